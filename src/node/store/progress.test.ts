import { describe, expect, it } from 'vitest';
import { createProgress, progressFigures } from './progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream,
  };
}

describe('progress output', () => {
  it('gives the rate and the time left', () => {
    expect(progressFigures(2500, 10000, 10_000)).toBe('2,500/10,000 articles  250/s  30s left');
    expect(progressFigures(0, 10, 0)).toBe('0/10 articles  0/s  ? left');
  });

  it('gives the count and the rate, and no bar, when the total cannot be known', () => {
    expect(progressFigures(2500, undefined, 10_000)).toBe('2,500 articles  250/s');
    let now = 0;
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, 'preprocess', () => now, true);
    now = 1000;
    progress.update(50, undefined);
    expect(written.at(-1)).toBe('\r\u001b[2Kpreprocess 50 articles  50/s');
  });

  it('prints a plain line every few seconds in a pipe, not one per update', () => {
    let now = 0;
    const { stream, written } = fakeStream(false);
    const progress = createProgress(stream, 'preprocess', () => now, false);
    for (let done = 1; done <= 100; done++) {
      now = done * 200;
      progress.update(done, 100);
    }
    expect(written).toHaveLength(3);
    expect(written.every((line) => line.startsWith('preprocess: ') && line.endsWith('\n'))).toBe(
      true,
    );
  });

  it('redraws one bar in place on a terminal', () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, 'preprocess', () => now, true);
    now = 1000;
    progress.update(50, 100);
    expect(written.at(-1)).toContain(
      `\r\u001b[2Kpreprocess [${'#'.repeat(14)}${'-'.repeat(14)}] 50/100`,
    );
    expect(written.join('')).not.toContain('\n');
  });
});
