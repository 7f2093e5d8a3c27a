import { pathToFileURL } from 'node:url';
import { printable } from './args';
import { describeFsError, UsageError, UserError } from './errors';

/** Exit statuses shared by every command: see runCli. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** True in the module that was started as the command (`tsx src/node/x.ts`), false when imported. */
export function isMain(moduleUrl: string): boolean {
  return moduleUrl === pathToFileURL(process.argv[1] ?? '').href;
}

export interface Cli {
  /** The command's name, the prefix of every message ("geoparse: ..."). */
  name: string;
  /** One line, printed after a usage mistake. */
  usage: string;
}

/**
 * Runs a command's main function with the house rules for errors:
 * - a UsageError prints "name: message" (and the usage line) and exits 2;
 * - a UserError, or a file-system error caused by a path or the disk, prints one line, exits 1;
 * - anything else is a bug and keeps its stack trace (exit 1);
 * - stdout closed by the reader (`| head -1`, EPIPE) ends the command quietly;
 * - otherwise the exit status is what main returns (default 0);
 * - `--help` prints the usage line and exits 0 without running main.
 */
/** A command's work; it may return its exit status (a number), or nothing for 0. */
export type Main = (args: string[]) => unknown;

export function runCli(cli: Cli, main: Main) {
  endQuietlyOnEpipe(cli);
  const fail = (message: string, status: number) => {
    process.stderr.write(`${cli.name}: ${message}\n`);
    process.exitCode = status;
  };
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write(`${cli.usage}\n`);
    return;
  }
  // Through a promise, so a synchronous throw in main is handled like a rejection.
  Promise.resolve(args)
    .then(main)
    .then(
      (status) => {
        process.exitCode ??= typeof status === 'number' ? status : EXIT.ok;
      },
      (error: unknown) => {
        if (error instanceof UsageError) {
          fail(error.message, EXIT.usage);
          if (error.showUsage) process.stderr.write(`${cli.usage}\n`);
        } else if (error instanceof UserError) {
          fail(error.message, EXIT.failed);
        } else {
          const fs = describeFsError(error);
          if (fs !== undefined) fail(printable(fs, 300), EXIT.failed);
          else fail(error instanceof Error ? (error.stack ?? error.message) : String(error), 1);
        }
      },
    );
}

// A reader that stops early (head, less quitting) closes the pipe: that is not an error.
function endQuietlyOnEpipe(cli: Cli): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`${cli.name}: cannot write the output: ${error.message}\n`);
    process.exit(EXIT.failed);
  });
}
