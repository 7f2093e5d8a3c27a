/**
 * Progress for a long run. On a terminal: one bar redrawn in place, with the rate and the time
 * left. In a pipe or CI: a plain line every few seconds, so logs stay readable.
 */
export interface Progress {
  /** `total` is undefined when it cannot be known ahead (a feed or an export in the folder). */
  update(done: number, total: number | undefined): void;
  /** A stage without a count ("writing article shards"). */
  stage(name: string): void;
  done(): void;
}

const LINE_EVERY_MS = 5000;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 28;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * "12,340/100,000 articles  1,234/s  1m03s left": the figures both forms print. Without a total,
 * "12,340 articles  1,234/s".
 */
export function progressFigures(
  done: number,
  total: number | undefined,
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  if (total === undefined) return `${n(done)} articles  ${n(rate)}/s`;
  const left = rate > 0 ? (total - done) / rate : Infinity;
  return `${n(done)}/${n(total)} articles  ${n(rate)}/s  ${duration(left)} left`;
}

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

export function createProgress(
  stream: NodeJS.WriteStream,
  label: string,
  now: () => number = () => Date.now(),
  // CI logs are files even when a pseudo-terminal is attached.
  tty: boolean = stream.isTTY && !process.env.CI,
): Progress {
  const started = now();
  let last = 0;
  let drawn = false;
  const clear = () => {
    if (tty && drawn) stream.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    update(done, total) {
      const t = now();
      const finished = total !== undefined && done >= total;
      if (!finished && t - last < (tty ? REDRAW_EVERY_MS : LINE_EVERY_MS)) return;
      last = t;
      const figures = progressFigures(done, total, t - started);
      if (tty) {
        stream.write(
          `\r\u001b[2K${label} ${total === undefined ? '' : `${bar(done, total)} `}${figures}`,
        );
        drawn = true;
      } else if (!finished) {
        stream.write(`${label}: ${figures}\n`);
      }
    },
    stage(name) {
      clear();
      stream.write(`${label}: ${name}\n`);
    },
    done() {
      clear();
    },
  };
}
