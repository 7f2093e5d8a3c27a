import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseCorrections } from '../../shared/corrections-file';
import { GEORGIA_COUNTRY } from '../../shared/places.testing';
import { CORRECTION_CONTEXT_CHARS } from '../../shared/schema';
import { correctionsScorer } from './score';

const ARTICLE = '000_845b873d2f18d17e';

/** A seeds folder with the seed article and, if asked, a correction confirming "Georgia". */
function seedsWithCorrection(write: boolean): string {
  const seeds = mkdtempSync(join(tmpdir(), 'dateline-score-'));
  copyFileSync(join('seeds', `${ARTICLE}.txt`), join(seeds, `${ARTICLE}.txt`));
  const text = readFileSync(join(seeds, `${ARTICLE}.txt`), 'utf8');
  const at = text.indexOf('Georgia');
  const correction = {
    article: ARTICLE,
    mention: 'Georgia',
    before: text.slice(Math.max(0, at - CORRECTION_CONTEXT_CHARS), at),
    after: text.slice(at + 7, at + 7 + CORRECTION_CONTEXT_CHARS),
    scope: 'mention' as const,
    verdict: 'accept' as const,
    place: GEORGIA_COUNTRY,
  };
  if (write) writeFileSync(join(seeds, 'corrections.json'), serialiseCorrections([correction]));
  return join(seeds, 'corrections.json');
}

/** The scorer's next printed report. */
function scoreOnce(file: string): Promise<string> {
  return new Promise((resolve) => {
    correctionsScorer({ root: process.cwd(), file, log: resolve })();
  });
}

describe('the score after a review session', { timeout: 60_000 }, () => {
  it("prints the geoparser's score on the reviewed mentions", async () => {
    const file = seedsWithCorrection(true);
    const report = await scoreOnce(file);
    expect(report.split('\n')).toEqual([
      `Your corrections as a test set (npm run eval -- --corrections ${file}):`,
      'gold 1  predicted 1  matched 1  resolved 1',
      '| P | R | F1 | A@161 | median km | AUC |',
      '| --- | --- | --- | --- | --- | --- |',
      expect.stringMatching(/^\| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| /),
    ]);
  });

  it('says how to see why when the corrections cannot be scored', async () => {
    const file = seedsWithCorrection(false);
    expect(await scoreOnce(file)).toBe(
      `Could not score the corrections; run npm run eval -- --corrections ${file} to see why.`,
    );
  });
});
