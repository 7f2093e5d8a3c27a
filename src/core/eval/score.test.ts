import { describe, expect, it } from 'vitest';
import { errorAuc, goldSpans, matchSpans, scoreCorpus } from './score';
import type { GoldArticle } from '../../shared/schema';

const MOSCOW = { lat: 55.75, lon: 37.62 };

function article(
  toponyms: GoldArticle['toponyms'],
  unresolved: GoldArticle['unresolved'] = [],
): GoldArticle {
  return { id: 'a', text: '', toponyms, unresolved };
}

describe('span matching', () => {
  it('matches overlapping spans once each, preferring the largest overlap', () => {
    const gold = [{ start: 0, end: 10 }];
    const predicted = [
      { start: 8, end: 12 },
      { start: 2, end: 9 },
    ];
    expect(matchSpans(gold, predicted)).toEqual([[gold[0], predicted[1]]]);
  });

  it('does not match touching spans', () => {
    expect(matchSpans([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toEqual([]);
  });
});

describe('scoreCorpus', () => {
  it('counts precision, recall and F1 over all articles', () => {
    const gold = article([
      { start: 0, end: 6, name: 'Moscow', ...MOSCOW },
      { start: 10, end: 15, name: 'Sochi', lat: 43.6, lon: 39.73 },
    ]);
    const s = scoreCorpus([
      {
        gold,
        predicted: [
          { start: 0, end: 6, ...MOSCOW },
          { start: 20, end: 25, ...MOSCOW },
        ],
      },
    ]);
    expect([s.precision, s.recall, s.f1]).toEqual([0.5, 0.5, 0.5]);
    expect(s.accuracy161).toBe(1);
    expect(s.medianKm).toBe(0);
  });

  it('drops Homonym and Language spans and scores unresolved ones for recognition only', () => {
    const gold = article(
      [],
      [
        { start: 0, end: 4, name: 'Ohio', type: 'Location' },
        { start: 5, end: 12, name: 'English', type: 'Language' },
        { start: 13, end: 18, name: 'Paris', type: 'Homonym' },
      ],
    );
    expect(goldSpans(gold)).toHaveLength(1);
    const s = scoreCorpus([{ gold, predicted: [{ start: 0, end: 4, lat: 0, lon: 0 }] }]);
    expect([s.recall, s.resolved]).toEqual([1, 0]);
  });

  it('measures resolution error in km: A@161, median and AUC', () => {
    const gold = article([
      { start: 0, end: 6, name: 'Moscow', ...MOSCOW },
      { start: 7, end: 13, name: 'Moscow', ...MOSCOW },
    ]);
    // Moscow, Idaho is about 8,700 km away.
    const s = scoreCorpus([
      {
        gold,
        predicted: [
          { start: 0, end: 6, ...MOSCOW },
          { start: 7, end: 13, lat: 46.73, lon: -117.0 },
        ],
      },
    ]);
    expect(s.accuracy161).toBe(0.5);
    expect(s.medianKm).toBeGreaterThan(4000);
    expect(s.auc).toBeGreaterThan(0.4);
    expect(s.auc).toBeLessThan(0.5);
  });
});

describe('errorAuc', () => {
  it('is 0 for perfect resolution and 1 for every error at the antipode', () => {
    expect(errorAuc([0, 0, 0])).toBe(0);
    expect(errorAuc([20039, 20039])).toBeCloseTo(1, 4);
  });

  it('is the trapezoid area under the sorted scaled errors', () => {
    const e = Math.log(1 + 100) / Math.log(20039);
    expect(errorAuc([100, 0])).toBeCloseTo(e / 2, 9);
  });
});
