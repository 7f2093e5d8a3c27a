import { describe, expect, it } from 'vitest';
import { PASSAGE_PAGE_SIZE } from '../../shared/schema';
import { pageStartDays } from './06-passage-pages';
import { PlaceTally, type TallyMention } from './03-place-tally';

/** A mention of `placeId` alone in passage `passageIndex`. */
function mention(placeId: string, passageIndex: number): TallyMention {
  return {
    passageIndex,
    start: passageIndex * 10,
    end: passageIndex * 10 + 5,
    text: 'Sochi',
    form: 'name',
    placeId,
    confidence: 1,
    alternatives: [],
  };
}

/** A tally over articles in list order, each with `passages` passages that mention `placeId`. */
function tallyOf(articles: { day: number | null; passages: number }[]): PlaceTally {
  const tally = new PlaceTally();
  articles.forEach(({ day, passages }, position) => {
    tally.addArticle(
      position,
      day,
      Array.from({ length: passages }, (_, p) => mention('sochi', p)),
    );
  });
  return tally;
}

describe('pageStartDays', () => {
  const cases: {
    name: string;
    articles: { day: number | null; passages: number }[];
    expected: (number | null)[] | undefined;
  }[] = [
    {
      name: 'gives the day of each page’s first passage, newest first',
      // 30 passages a day: passage 50 is the 21st of day 399, passage 100 the 11th of day 397.
      articles: [400, 399, 398, 397].map((day) => ({ day, passages: 30 })),
      expected: [400, 399, 397],
    },
    {
      name: 'marks the pages that start among undated articles with null',
      articles: [
        { day: 400, passages: PASSAGE_PAGE_SIZE },
        { day: null, passages: PASSAGE_PAGE_SIZE + 1 },
      ],
      expected: [400, null, null],
    },
    {
      name: 'leaves out a place with one page: page 0 says it all',
      articles: [{ day: 400, passages: PASSAGE_PAGE_SIZE }],
      expected: undefined,
    },
    {
      name: 'leaves out a place with no dated passage: no window can select it',
      articles: [{ day: null, passages: 3 * PASSAGE_PAGE_SIZE }],
      expected: undefined,
    },
  ];
  it.each(cases)('$name', ({ articles, expected }) => {
    const tally = tallyOf(articles);
    const place = tally.places.get('sochi');
    if (!place) throw new Error('no tally for sochi');
    expect(pageStartDays(place, (position) => articles[position]?.day ?? null)).toEqual(expected);
  });
});
