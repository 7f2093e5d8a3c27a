import { spawnSync } from 'node:child_process';
import { UserError } from '../cli/errors';

/** Wall-clock milliseconds of one run of a command reading `stdinFd`, its output discarded. */
export function commandMillis(command: string, args: string[], stdinFd: number): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: [stdinFd, 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new UserError(
      `${args.join(' ')} exited ${result.status}: ${result.stderr.toString().trim()}`,
    );
  }
  return ms;
}
