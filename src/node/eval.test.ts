import { describe, expect, it } from 'vitest';
import { formatScores, parseGoldLine } from './eval';

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
    ['[]', 'missing "text" string'],
    ['{"text":"x"}', 'missing "toponyms" array of spans'],
    ['{"text":"x","toponyms":[{"start":1}]}', 'missing "toponyms" array of spans'],
    ['{"text":"x","toponyms":[],"unresolved":3}', '"unresolved" is not an array of spans'],
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
