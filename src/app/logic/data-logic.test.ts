import { describe, expect, it } from 'vitest';
import { tinyIndex } from '../data/tiny-data.testing';
import { INITIAL_STATE } from './app-state';
import { mentionCounts, shownArticleIds, shownPlaces } from './filters';
import { passagesForPlace } from './passages';
import { resolveState } from './resolve-state';
import { search } from './search';

const index = tinyIndex();

describe('resolveState', () => {
  it('keeps ids that exist', () => {
    const input = {
      ...INITIAL_STATE,
      placeId: 'gn:491422',
      articleId: 'a1',
      passage: 1,
      panel: 'article' as const,
    };
    expect(resolveState(input, index)).toEqual({ state: input, problems: [] });
  });

  it.each([
    [
      'drops an unknown place and closes its panel',
      { placeId: 'gn:0', panel: 'place' as const },
      { placeId: null, panel: null },
    ],
    [
      'drops an unknown article with its passage',
      { articleId: 'zz', passage: 2, panel: 'article' as const },
      { articleId: null, passage: null, panel: null },
    ],
    [
      'drops a passage past the end of the article',
      { articleId: 'a1', passage: 99, panel: 'article' as const },
      { articleId: 'a1', passage: null, panel: 'article' },
    ],
    [
      'falls back to the article when the place is unknown',
      { placeId: 'nope', articleId: 'a1', panel: 'place' as const },
      { placeId: null, articleId: 'a1', panel: 'article' },
    ],
  ])('%s with a notice', (_name, over, expected) => {
    const { state, problems } = resolveState({ ...INITIAL_STATE, ...over }, index);
    expect(state).toMatchObject(expected);
    expect(problems).toHaveLength(1);
  });
});

describe('resolveState without a map position', () => {
  it('centres a link to a place on that place', () => {
    const { state } = resolveState(
      { ...INITIAL_STATE, placeId: 'gn:491422', panel: 'place' },
      index,
    );
    expect(state.view).toEqual({ lat: 10, lon: 20, zoom: 6 });
  });

  it('leaves the view to the map for an article link, which fits its places', () => {
    const { state } = resolveState({ ...INITIAL_STATE, articleId: 'a1', panel: 'article' }, index);
    expect(state.view).toBeNull();
  });
});

describe('filters', () => {
  it('shows only the chosen article\u2019s places', () => {
    const counts = mentionCounts(index, shownArticleIds(index, INITIAL_STATE.filters, 'a2'));
    expect(shownPlaces(index, counts).map((s) => s.place.name)).toEqual(['São Paulo', 'Sochi']);
  });

  it('drops undated articles once a date range is set', () => {
    expect([...shownArticleIds(index, { from: '2008-01-01', to: null }, null)]).toEqual(['a1']);
    expect([...shownArticleIds(index, { from: '2009-01-01', to: null }, null)]).toEqual([]);
  });

  it('counts mentions across every shown article, most mentioned first', () => {
    const counts = mentionCounts(index, shownArticleIds(index, INITIAL_STATE.filters, null));
    expect(shownPlaces(index, counts)[0]).toMatchObject({ place: { name: 'Sochi' }, count: 2 });
  });
});

describe('passagesForPlace', () => {
  it('groups the passages mentioning Sochi by article', () => {
    const groups = passagesForPlace(index, 'gn:491422');
    expect(groups.map((g) => [g.article.id, g.passages.map((p) => p.passage.index)])).toEqual([
      ['a1', [1]],
      ['a2', [1]],
    ]);
  });
});

describe('search', () => {
  it.each([
    ['so', ['Sochi, Russia: 2 mentions']],
    ['sao', ['São Paulo, Brazil: 1 mention']],
    ['sea', ['Black Sea: 1 mention']],
    ['summit', ['Summit news']],
    ['   ', []],
    ['zzz', []],
  ])('finds %j', (query, labels) => {
    expect(search(index, query).map((h) => h.label)).toEqual(labels);
  });

  it('ranks a name that starts with the query above one that contains it', () => {
    expect(
      search(index, 's')
        .map((h) => h.label)
        .slice(0, 2),
    ).toEqual(['Sochi, Russia: 2 mentions', 'São Paulo, Brazil: 1 mention']);
  });
});
