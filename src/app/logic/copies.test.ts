import { describe, expect, it } from 'vitest';
import { tinyIndex } from '../data/tiny-data.testing';
import { addDayCounts, countEveryCopy } from './copies';

describe('counting every copy of a story', () => {
  it.each([
    [[], [], []],
    [[10, 1], [], [10, 1]],
    [
      [10, 1, 12, 2],
      [11, 5, 12, 1],
      [10, 1, 11, 5, 12, 3],
    ],
    [[], [3, 1], [3, 1]],
  ])('adds day counts %j and %j into %j', (a, b, sum) => {
    expect(addDayCounts(a, b)).toEqual(sum);
  });

  it('adds what copies add to places and links, and re-ranks them', () => {
    const data = tinyIndex().data;
    const [first, second] = data.places;
    if (!first || !second) throw new Error('the tiny index has two places');
    const lifted = {
      ...data,
      places: [
        first,
        { ...second, copies: { mentionCount: first.mentionCount + 5, articleCount: 3, days: [] } },
        ...data.places.slice(2),
      ],
      links: data.links.map((link, i) =>
        i === data.links.length - 1 ? { ...link, copies: { weight: 100, days: [] } } : link,
      ),
    };

    const counted = countEveryCopy(lifted);

    expect(counted.places[0]?.id).toBe(second.id);
    expect(counted.places[0]?.mentionCount).toBe(second.mentionCount + first.mentionCount + 5);
    expect(counted.places[0]?.articleCount).toBe(second.articleCount + 3);
    expect(counted.places.find((p) => p.id === first.id)).toEqual(first);
    expect(counted.links[0]?.weight).toBe((data.links.at(-1)?.weight ?? 0) + 100);
    const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(countEveryCopy(data).places)).toEqual(byId(data.places));
  });
});
