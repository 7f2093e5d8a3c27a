import { describe, expect, it } from 'vitest';
import { GEORGIA_STATE } from '../../shared/places.testing';
import { applyCorrections, type PublishMention } from './00-corrections';
import { ReviewSelection, reviewPages } from './10-review';

/** A mention of `placeId` at `confidence`; offsets follow its order in the article. */
const m = (placeId: string, confidence: number, seq = 0): PublishMention => ({
  passageIndex: 0,
  start: seq * 10,
  end: seq * 10 + 5,
  text: placeId,
  form: 'name',
  placeId,
  confidence,
  alternatives: [],
});

/** Articles in list order, each a list of [place, confidence]; places' counts over the collection. */
interface Row {
  name: string;
  articles: [string, number][][];
  limit?: number;
  /** "position:seq" of the picks, in review order. */
  picks: string[];
  total: number;
}

const ROWS: Row[] = [
  {
    name: 'lists doubtful mentions by rising confidence and leaves out the sure ones',
    articles: [
      [
        ['A', 0.5],
        ['B', 0.95],
      ],
      [['C', 0.2]],
      [
        ['D', 0.9],
        ['E', 0.89],
      ],
    ],
    picks: ['1:0', '0:0', '2:1'],
    total: 3,
  },
  {
    name: "breaks a tie by the place's mentions, most first (one fix helps more)",
    articles: [
      [['A', 0.5]],
      [
        ['B', 0.5],
        ['B', 0.95],
      ],
    ],
    picks: ['1:0', '0:0'],
    total: 2,
  },
  {
    name: 'then by list position (newest first), then text order',
    articles: [
      [['A', 0.5]],
      [
        ['B', 0.5],
        ['C', 0.5],
      ],
      [['D', 0.5]],
    ],
    picks: ['0:0', '1:0', '1:1', '2:0'],
    total: 4,
  },
  {
    name: 'keeps only the least sure up to the bound, counting every doubtful mention',
    articles: [
      [
        ['A', 0.8],
        ['B', 0.7],
      ],
      [
        ['C', 0.6],
        ['D', 0.1],
      ],
      [
        ['E', 0.3],
        ['F', 0.85],
      ],
      [
        ['G', 0.2],
        ['H', 0.05],
      ],
    ],
    limit: 3,
    picks: ['3:1', '1:1', '3:0'],
    total: 8,
  },
  {
    name: 'keeps ties at the bound until the place counts decide them',
    articles: [[['A', 0.4]], [['A', 0.4]], [['B', 0.4]], [['B', 0.4]], [['B', 0.4]]],
    limit: 2,
    picks: ['2:0', '3:0'],
    total: 5,
  },
];

function select(articles: [string, number][][], limit?: number) {
  const selection = new ReviewSelection(limit);
  const counts = new Map<string, number>();
  articles.forEach((mentions, position) => {
    selection.addArticle(
      position,
      mentions.map(([place, confidence], seq) => m(place, confidence, seq)),
    );
    for (const [place] of mentions) counts.set(place, (counts.get(place) ?? 0) + 1);
  });
  return { selection, picks: selection.picks((id) => counts.get(id) ?? 0) };
}

describe('the review list', () => {
  it.each(ROWS)('$name', ({ articles, limit, picks, total }) => {
    const chosen = select(articles, limit);
    expect(chosen.picks.map((p) => `${p.position}:${p.seq}`)).toEqual(picks);
    expect(chosen.selection.total).toBe(total);
  });

  it.each(ROWS)(
    'picks as one selection when its articles are selected in two parts: $name',
    (row) => {
      const whole = select(row.articles, row.limit);
      for (let cut = 0; cut <= row.articles.length; cut++) {
        const first = select(row.articles.slice(0, cut), row.limit).selection;
        const second = select(row.articles.slice(cut), row.limit).selection;
        first.append(second.toPart(), cut);
        const counts = (id: string) => row.articles.flat().filter(([p]) => p === id).length;
        expect(first.picks(counts)).toEqual(whole.picks);
        expect(first.total).toBe(row.total);
      }
    },
  );

  it('never offers a mention a reviewer has decided, and counts it as doubtful no more', () => {
    const text = 'Georgia and Georgia';
    const mentions = [0, 12].map((start) => ({
      ...m('country:GE', 0.4),
      start,
      end: start + 'Georgia'.length,
      text: 'Georgia',
    }));
    const corrected = applyCorrections(
      { text, passages: [{ index: 0, start: 0, end: text.length }] },
      mentions,
      [
        {
          article: 'a',
          mention: 'Georgia',
          before: '',
          after: ' and Georgia',
          scope: 'mention',
          verdict: 'place',
          place: GEORGIA_STATE,
        },
      ],
    );
    const selection = new ReviewSelection();
    selection.addArticle(0, corrected.mentions);
    expect(selection.picks(() => 1).map((p) => p.mention.start)).toEqual([12]);
    expect(selection.total).toBe(1);
  });

  it('pages the picks with their article, passage and alternatives as places', () => {
    const { picks } = select(
      Array.from({ length: 60 }, (_, i): [string, number][] => [['A', i / 100]]),
    );
    const pages = reviewPages(
      picks.map((p) => ({
        ...p,
        mention: { ...p.mention, alternatives: ['adm1:US.GA', 'gn:unknown'] },
      })),
      {
        article: (position) => ({ id: `a${position}`, title: `T${position}`, day: 0 }),
        passage: (position) => ({ start: 0, text: `Passage of a${position}` }),
        place: (id) => (id === GEORGIA_STATE.id ? GEORGIA_STATE : undefined),
      },
    );
    expect(pages.map((p) => p.entries.length)).toEqual([50, 10]);
    expect(pages[1]?.entries[9]).toEqual({
      articleId: 'a59',
      title: 'T59',
      date: '1970-01-01',
      passageIndex: 0,
      start: 0,
      text: 'Passage of a59',
      mention: { start: 0, end: 5, text: 'A' },
      placeId: 'A',
      confidence: 0.59,
      alternatives: [GEORGIA_STATE],
    });
  });
});
