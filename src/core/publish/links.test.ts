import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceTally, type TallyMention } from './03-place-tally';
import { splitLinkDays, topLinks } from './04-links';

/** Articles as passages, each the places it names; an article's day is its position mod 5. */
const articles = fc.array(
  fc.array(fc.uniqueArray(fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p4'), { maxLength: 4 }), {
    maxLength: 6,
  }),
  { maxLength: 40 },
);

const dayOf = (position: number) => (position % 5 === 4 ? null : 100 + (position % 5));

function mentionsOf(passages: readonly string[][]): TallyMention[] {
  return passages.flatMap((places, passageIndex) =>
    places.map((placeId) => ({
      passageIndex,
      start: 0,
      end: 1,
      text: placeId,
      form: 'name' as const,
      placeId,
      confidence: 1,
      alternatives: [],
    })),
  );
}

describe('topLinks', () => {
  it('gives each pair of places the day counts of the passages both appear in', () => {
    fc.assert(
      fc.property(articles, (list) => {
        const tally = new PlaceTally();
        const shared = new Map<string, Map<number, number>>();
        list.forEach((passages, position) => {
          tally.addArticle(position, dayOf(position), mentionsOf(passages));
          const day = dayOf(position);
          for (const places of passages) {
            for (const a of places) {
              for (const b of places) {
                if (a >= b || day === null) continue;
                const days = shared.get(`${a} ${b}`) ?? new Map<number, number>();
                days.set(day, (days.get(day) ?? 0) + 1);
                shared.set(`${a} ${b}`, days);
              }
            }
          }
        });
        for (const link of topLinks(tally, dayOf)) {
          const days = [...(shared.get(`${link.a} ${link.b}`) ?? [])].sort(([x], [y]) => x - y);
          expect(link.days).toEqual(days.flat());
        }
      }),
    );
  });
});

describe('splitLinkDays', () => {
  it('takes the day series out of the index rows, keyed by the links’ ends', () => {
    const { links, days } = splitLinkDays([
      { a: 'p1', b: 'p2', weight: 3, days: [100, 2, 101, 1] },
      { a: 'p1', b: 'p3', weight: 1, days: [], copies: { weight: 2, days: [100, 2] } },
    ]);
    expect(links).toEqual([
      { a: 'p1', b: 'p2', weight: 3 },
      { a: 'p1', b: 'p3', weight: 1, copies: { weight: 2 } },
    ]);
    expect(days).toEqual([
      { a: 'p1', b: 'p2', days: [100, 2, 101, 1] },
      { a: 'p1', b: 'p3', days: [], copies: [100, 2] },
    ]);
  });
});
