import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/hash';
import { tinyIndex, tinySource } from '../data/tiny-data.testing';
import { INITIAL_STATE } from './app-state';
import { articlesInRange, dayRange, shownLinks, shownPlaces, sumInRange } from './filters';
import { passageTotal, rankInPlace } from './passages';
import { resolveState, type Known } from './resolve-state';
import { prepareSearchInSlices, searchPlaces } from './search';

const index = tinyIndex();
const source = tinySource();
const a1 = await source.article('a1');
const article = a1.state === 'ok' ? a1.value : null;
if (!article) throw new Error('a1 is in the tiny data');
const known: Known = {
  placeById: index.placeById,
  article: (id) => (id === 'a1' ? article : id === 'a2' ? undefined : null),
};

describe('resolveState', () => {
  it('keeps ids that exist', () => {
    const input = {
      ...INITIAL_STATE,
      placeId: 'gn:491422',
      articleId: 'a1',
      passage: 1,
      panel: 'article' as const,
    };
    expect(resolveState(input, known)).toEqual({ state: input, problems: [] });
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
    const { state, problems } = resolveState({ ...INITIAL_STATE, ...over }, known);
    expect(state).toMatchObject(expected);
    expect(problems).toHaveLength(1);
  });

  it('trusts an article whose shard is not at hand yet', () => {
    const input = { ...INITIAL_STATE, articleId: 'a2', passage: 7, panel: 'article' as const };
    expect(resolveState(input, known).problems).toEqual([]);
  });
});

describe('resolveState without a map position', () => {
  it('centres a link to a place on that place', () => {
    const { state } = resolveState(
      { ...INITIAL_STATE, placeId: 'gn:491422', panel: 'place' },
      known,
    );
    expect(state.view).toEqual({ lat: 10, lon: 20, zoom: 6 });
  });

  it('leaves the view to the map for an article link, which fits its places', () => {
    const { state } = resolveState({ ...INITIAL_STATE, articleId: 'a1', panel: 'article' }, known);
    expect(state.view).toBeNull();
  });
});

describe('filters', () => {
  const open = dayRange(INITIAL_STATE.filters);
  const names = (shown: { place: { name: string } }[]) => shown.map((s) => s.place.name);

  it('shows only the chosen article\u2019s places, and none while its shard loads', () => {
    expect(names(shownPlaces(index, open, article, true))).toEqual([
      'Black Sea',
      'Bucharest',
      'Poland',
      'Sochi',
    ]);
    expect(shownPlaces(index, open, undefined, true)).toEqual([]);
  });

  it('counts only the mentions on days inside the range, from the index alone', () => {
    const range = dayRange({ from: '2008-01-01', to: null });
    const sochi = shownPlaces(index, range, undefined, false).find((s) => s.place.name === 'Sochi');
    expect(sochi?.count).toBe(1);
    expect(names(shownPlaces(index, range, undefined, false))).not.toContain('São Paulo');
    expect(shownPlaces(index, dayRange({ from: '2009-01-01', to: null }), null, false)).toEqual([]);
  });

  it('counts mentions across every article with no filter, most mentioned first', () => {
    expect(shownPlaces(index, open, undefined, false)[0]).toMatchObject({
      place: { name: 'Sochi' },
      count: 2,
    });
  });

  it('sums [day, count] pairs inside a range', () => {
    expect(sumInRange([10, 1, 20, 2, 30, 4], { from: 15, to: 30 })).toBe(6);
    expect(sumInRange([10, 1], { from: null, to: null })).toBe(1);
  });

  it('keeps the links of dated passages inside the range', () => {
    const range = dayRange({ from: '2008-04-01', to: '2008-04-30' });
    expect(shownLinks(index, range, undefined, false)).toHaveLength(3);
    expect(shownLinks(index, open, article, true).map((l) => l.weight)).toEqual([1, 1, 1]);
  });

  it('lists undated articles only while no range is set', () => {
    const day = dayFromIso('2008-04-04');
    expect(articlesInRange([day, null], open)).toEqual([0, 1]);
    expect(articlesInRange([day, null], dayRange({ from: '2008-04-04', to: null }))).toEqual([0]);
  });
});

describe('passages', () => {
  it('finds where a passage of an article sits in a place\u2019s newest-first list', () => {
    // a1 is dated, a2 is not: a1's Sochi passage comes first.
    expect(rankInPlace(article, 'gn:491422', 1)).toBe(0);
    expect(rankInPlace(article, 'gn:491422', 2)).toBeNull();
  });

  it('counts every page full until the last one is known', () => {
    expect(passageTotal({ pages: ['p0', 'p1', 'p2'] }, null)).toBe(150);
    expect(passageTotal({ pages: ['p0', 'p1', 'p2'] }, 7)).toBe(107);
    expect(passageTotal({ pages: [] }, null)).toBe(0);
  });
});

describe('searchPlaces', () => {
  it.each([
    ['so', ['Sochi, Russia: 2 mentions']],
    ['sao', ['São Paulo, Brazil: 1 mention']],
    ['sea', ['Black Sea: 1 mention']],
    ['   ', []],
    ['zzz', []],
  ])('finds %j', (query, labels) => {
    expect(searchPlaces(index, query).map((h) => h.label)).toEqual(labels);
  });

  it('finds a place by the name an article used for it, and says so', () => {
    const renamed = tinyIndex();
    const poland = renamed.placeById.get('country:PL');
    if (poland) poland.name = 'Polska';
    if (poland) poland.names = ['Poland'];
    expect(searchPlaces(renamed, 'poland')).toEqual([
      expect.objectContaining({ label: 'Polska: 1 mention', why: 'named “Poland” in articles' }),
    ]);
  });

  it('ranks a name that starts with the query above one that contains it', () => {
    expect(
      searchPlaces(index, 's')
        .map((h) => h.label)
        .slice(0, 2),
    ).toEqual(['Sochi, Russia: 2 mentions', 'São Paulo, Brazil: 1 mention']);
  });
});

describe('the place search built in slices', () => {
  // Enough places that the build takes several slices on any machine.
  const many = (() => {
    const tiny = tinyIndex();
    const [first] = tiny.data.places;
    if (!first) throw new Error('tiny data has places');
    const places = Array.from({ length: 30_000 }, (_, i) => ({
      ...first,
      id: `gn:${1_000_000 + i}`,
      name: `Placeville ${i}`,
      names: [],
    }));
    const data = { ...tiny.data, places };
    return { ...tiny, data, placeById: new Map(places.map((p) => [p.id, p])) };
  })();

  it('finds the last place, whether asked during the build or after it', async () => {
    const building = prepareSearchInSlices(many);
    // Asked before the slices are done: the rest is added at once, and only once.
    expect(searchPlaces(many, 'placeville 29999').map((h) => h.id)).toEqual(['gn:1029999']);
    await building;
    expect(searchPlaces(many, 'placeville 29998').map((h) => h.id)).toEqual(['gn:1029998']);
  });

  it('counts as the index shown, with the names of the index it was built from', () => {
    const counted = tinyIndex();
    const sochi = counted.placeById.get('gn:491422');
    if (sochi) sochi.mentionCount = 5;
    expect(searchPlaces(counted, 'sochi', index).map((h) => h.label)).toEqual([
      'Sochi, Russia: 5 mentions',
    ]);
  });
});

describe('searchPlaces with aliases and demonyms', () => {
  const world = tinyIndex();
  const [first] = world.data.places;
  if (!first) throw new Error('tiny data has places');
  const us = {
    ...first,
    id: 'country:US',
    name: 'United States',
    kind: 'country' as const,
    country: 'US',
    mentionCount: 1,
    names: [],
  };
  const ru = { ...us, id: 'country:RU', name: 'Russia', country: 'RU' };
  // "Bush" starts with "bu" like Bucharest, and "Ushuaia" with "us": neither may beat an alias.
  const ushuaia = {
    ...us,
    id: 'gn:3833367',
    name: 'Ushuaia',
    kind: 'city' as const,
    mentionCount: 9,
  };
  const data = { ...world.data, places: [ushuaia, ...world.data.places, us, ru] };
  const index = { ...world, data, placeById: new Map(data.places.map((p) => [p.id, p])) };

  it.each([
    ['US', 'United States: 1 mention', 'also called US'],
    ['U.S.', 'United States: 1 mention', 'also called US'],
    ['America', 'United States: 1 mention', 'also called America'],
    ['Russian', 'Russia: 1 mention', 'Russian, demonym'],
  ])('%j offers %j first, saying why', (query, label, why) => {
    expect(searchPlaces(index, query)[0]).toMatchObject({ label, why });
  });
});
