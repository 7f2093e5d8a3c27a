import { readFileSync } from 'node:fs';

/** The parent pid of `pid` from /proc (Linux), or undefined where there is no /proc. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    return Number.isInteger(parent) ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process `pid` is running (not gone, not a zombie). */
export function alive(pid: number): boolean {
  // A killed process stays a zombie until its own parent reaps it; it is gone all the same.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
  } catch {
    // No /proc (or the process is gone): fall through to kill(pid, 0).
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Watches the chain of processes that started this one (npm, its shell, tsx). `npm run` and tsx
 * run the work in a child process: when a parent is killed outright, the child would carry on and
 * publish later, behind the user's back. `lost()` says whether any of them is gone; `watch` checks
 * twice a second and calls `onLost` once.
 */
export class Lifeline {
  private readonly ancestors: number[] = [];
  private readonly parent = process.ppid;
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    let pid: number | undefined = process.ppid;
    while (pid !== undefined && pid > 1 && this.ancestors.length < 16) {
      this.ancestors.push(pid);
      pid = parentOf(pid);
    }
  }

  lost(): boolean {
    return process.ppid !== this.parent || this.ancestors.some((pid) => !alive(pid));
  }

  watch(onLost: () => void): void {
    this.timer = setInterval(() => {
      if (this.lost()) {
        this.stop();
        onLost();
      }
    }, 500);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
