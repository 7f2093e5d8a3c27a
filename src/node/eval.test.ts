import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluateArticles, formatScores, parseGoldLine } from './eval';
import { correctionsCorpus } from './eval-corrections';
import { GEORGIA_COUNTRY as GE, GEORGIA_STATE as GA } from '../shared/places.testing';
import type { PlaceRef } from '../shared/schema';

describe('eval corpus lines', () => {
  it('reads an article with toponyms and unresolved spans', () => {
    const line = JSON.stringify({
      id: 'a',
      text: 'In Sochi.',
      toponyms: [{ start: 3, end: 8, name: 'Sochi', lat: 43.6, lon: 39.73 }],
      unresolved: [],
    });
    const a = parseGoldLine(line);
    expect(typeof a === 'string' ? a : a.toponyms.length).toBe(1);
  });

  it.each([
    ['{', 'not valid JSON'],
    ['[]', 'expected a JSON object, got array'],
    ['{"toponyms":[]}', '"text" is missing'],
    ['{"text":"x"}', '"toponyms" is missing'],
    ['{"text":"x","toponyms":[{"start":1}]}', '"toponyms"[0] "end" is missing'],
    [
      '{"text":"x","toponyms":[{"start":1,"end":"2"}]}',
      '"toponyms"[0] "end" must be a number, got string',
    ],
    ['{"text":"x","toponyms":[],"unresolved":3}', '"unresolved" must be an array, got number'],
  ])('names the problem with %s', (line, reason) => {
    expect(parseGoldLine(line)).toBe(reason);
  });
});

describe('formatScores', () => {
  it('prints P, R, F1, A@161, median km and AUC as a table row', () => {
    const out = formatScores({
      gold: 4,
      predicted: 4,
      matched: 3,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      resolved: 3,
      accuracy161: 2 / 3,
      medianKm: 12.34,
      auc: 0.25,
    });
    expect(out.split('\n').at(-1)).toBe('| 0.750 | 0.750 | 0.750 | 0.667 | 12.3 | 0.250 |');
  });
});

// Loading the gazetteer takes seconds on a busy machine.
describe('npm run eval -- --corrections', { timeout: 60_000 }, () => {
  const seed = readFileSync(join(process.cwd(), 'seeds', '000_845b873d2f18d17e.txt'), 'utf8');

  /** A folder with the seed article and a corrections file, made at test time. */
  function fixture(corrections: unknown[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-corrections-'));
    writeFileSync(join(dir, 'story.txt'), seed);
    const path = join(dir, 'corrections.json');
    writeFileSync(
      path,
      JSON.stringify({ format: 'dateline-corrections', version: 1, corrections }, null, 1),
    );
    return path;
  }
  const place = (p: PlaceRef) => ({ verdict: 'place', place: p });
  const at = (mention: string) => {
    const i = seed.indexOf(mention);
    return {
      before: seed.slice(Math.max(0, i - 40), i),
      after: seed.slice(i + mention.length, i + mention.length + 40),
    };
  };

  it('scores the geoparser on the reviewed mentions only', async () => {
    const path = fixture([
      { article: 'story', mention: 'Georgia', ...at('Georgia'), scope: 'mention', ...place(GE) },
      // A reader who meant the U.S. state: the geoparser's country is then wrong.
      { article: 'story', mention: 'Sochi', ...at('Sochi'), scope: 'article', ...place(GA) },
      {
        article: 'story',
        mention: 'Rice',
        ...at('Rice'),
        scope: 'article',
        verdict: 'not-a-place',
      },
    ]);
    const { scores } = evaluateArticles(await correctionsCorpus(path), false);
    expect([scores.gold, scores.predicted, scores.matched]).toEqual([2, 2, 2]);
    expect(scores.accuracy161).toBe(0.5);
  });

  it('reports a correction whose mention has gone and scores the rest', async () => {
    const path = fixture([
      {
        article: 'story',
        mention: 'Atlantis',
        before: '',
        after: '',
        scope: 'mention',
        ...place({ ...GE, id: 'country:GR', name: 'Greece', country: 'GR' }),
      },
      { article: 'story', mention: 'Georgia', ...at('Georgia'), scope: 'mention', ...place(GE) },
    ]);
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      errors.push(String(s));
      return true;
    });
    const gold = await correctionsCorpus(path);
    spy.mockRestore();
    expect(errors).toEqual([`eval: ${path}: "Atlantis" is no longer in article story\n`]);
    expect(gold[0]?.toponyms).toHaveLength(1);
  });

  it('names the file and the problem in a bad corrections file', async () => {
    const path = fixture([{ article: 'story' }]);
    await expect(correctionsCorpus(path)).rejects.toThrow(
      `${path}: correction 1: verdict: Invalid type`,
    );
  });
});
