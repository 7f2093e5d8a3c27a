import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type AppState } from './app-state';
import { URL_CODECS } from './url-codecs';
import { decodeUrlState, encodeUrlState, pushesHistory } from './url-state';

const state = (over: Partial<AppState>): AppState => ({ ...INITIAL_STATE, ...over });

describe('URL state round trip', () => {
  it.each<[string, AppState, string]>([
    [
      'a map-only view',
      state({ view: { lat: 45.1234, lon: 30.9876, zoom: 4 } }),
      '?map=4/45.12/30.99',
    ],
    [
      'a place view',
      state({ view: { lat: 43.6, lon: 39.73, zoom: 6 }, placeId: 'gn:491422', panel: 'place' }),
      '?map=6/43.6/39.73&place=gn:491422',
    ],
    [
      'an article view',
      state({ view: { lat: 50, lon: 20, zoom: 3.5 }, articleId: '000_845b', panel: 'article' }),
      '?map=3.5/50/20&article=000_845b',
    ],
    [
      'an article and passage with a place in the reader',
      state({ placeId: 'country:RU', articleId: 'a1', passage: 4, panel: 'article' }),
      '?place=country:RU&article=a1&passage=4&panel=article',
    ],
    [
      'filters, layers and the article list',
      state({
        filters: { from: '2008-04-01', to: '2008-04-30' },
        layers: { links: true, rising: false },
        list: 'articles',
      }),
      '?from=2008-04-01&to=2008-04-30&layers=links&list=articles',
    ],
    ['hidden doubtful places', state({ hideDoubtful: true }), '?doubtful=hide'],
    [
      'links with their limit and the place list following the map',
      state({ layers: { links: true, rising: false }, linkLimit: 100, onlyInView: true }),
      '?layers=links&linklimit=100&inview=only',
    ],
    ['the empty state', INITIAL_STATE, ''],
  ])('round-trips %s through the URL', (_name, input, url) => {
    expect(encodeUrlState(input)).toBe(url);
    const decoded = decodeUrlState(url);
    expect(decoded.problems).toEqual([]);
    expect(encodeUrlState(decoded.state)).toBe(url);
  });

  it('escapes characters that would break the address', () => {
    const url = encodeUrlState(state({ placeId: 'x&y=z #1' }));
    expect(decodeUrlState(url).state.placeId).toBe('x&y=z #1');
  });
});

describe('decodeUrlState with bad input', () => {
  it.each([
    ['rejects a malformed zoom and falls back', '?map=abc/1/2'],
    ['rejects a latitude off the globe', '?map=3/95/10'],
    ['rejects a map value with missing parts', '?map=3/10'],
    ['rejects a non-numeric passage', '?article=a1&passage=two'],
    ['rejects an impossible date', '?from=2008-02-31'],
    ['rejects an unknown layer', '?layers=tanks'],
    ['rejects an unknown list', '?list=everything'],
    ['rejects an unknown choice about doubtful places', '?doubtful=maybe'],
    ['rejects an unknown panel', '?place=p&panel=popup'],
  ])('%s with a notice and no throw', (_name, url) => {
    const decoded = decodeUrlState(url);
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.state.view).toBeNull();
    expect(decoded.state.layers.links).toBe(false);
  });

  it('clamps a zoom beyond what the map allows', () => {
    expect(decodeUrlState('?map=15/10/10').state.view?.zoom).toBe(12);
  });

  it('ignores a passage without an article', () => {
    expect(decodeUrlState('?passage=3').state.passage).toBeNull();
  });

  it('opens the place panel when a place is named without a panel', () => {
    expect(decodeUrlState('?place=gn:1&article=a').state.panel).toBe('place');
  });
});

describe('decodeUrlState notices', () => {
  it('turns a reversed date range round, with a notice', () => {
    const decoded = decodeUrlState('?from=2008-04-30&to=2008-04-01');
    expect(decoded.state.filters).toEqual({ from: '2008-04-01', to: '2008-04-30' });
    expect(decoded.problems).toEqual([
      'The start date in the link was after the end date, so the two were swapped.',
    ]);
  });

  it('keeps a one-day range as it is', () => {
    const decoded = decodeUrlState('?from=2008-04-06&to=2008-04-06');
    expect([decoded.state.filters, decoded.problems]).toEqual([
      { from: '2008-04-06', to: '2008-04-06' },
      [],
    ]);
  });

  it('never echoes bidi or control characters from the address', () => {
    const { problems } = decodeUrlState('?layers=%E2%80%AEsknat%00%1B%5B31m');
    expect(problems).toEqual(['The link names a layer this app does not have ("sknat[31m").']);
  });
});

/**
 * Every codec row's examples: states that differ from the default in that key alone, the address
 * each gives, and a value the row does not understand (omitted where any text is valid, as for
 * ids). A new row without examples fails the first test.
 */
const ROW_EXAMPLES: Record<string, { good: [Partial<AppState>, string][]; bad?: string }> = {
  map: {
    good: [[{ view: { lat: -33.87, lon: 151.21, zoom: 5 } }, 'map=5/-33.87/151.21']],
    bad: '5/x/1',
  },
  place: { good: [[{ placeId: 'gn:491422', panel: 'place' }, 'place=gn:491422']] },
  article: { good: [[{ articleId: 'a/b 1', panel: 'article' }, 'article=a/b%201']] },
  passage: {
    good: [[{ articleId: 'a1', passage: 0, panel: 'article' }, 'article=a1&passage=0']],
    bad: '-1',
  },
  panel: { good: [[{ placeId: 'p', panel: null }, 'place=p&panel=none']], bad: 'drawer' },
  from: {
    good: [[{ filters: { from: '2008-02-29', to: null } }, 'from=2008-02-29']],
    bad: '2009-02-29',
  },
  to: {
    good: [[{ filters: { from: null, to: '1999-12-31' } }, 'to=1999-12-31']],
    bad: '31/12/1999',
  },
  layers: {
    good: [
      [{ layers: { links: true, rising: false } }, 'layers=links'],
      [{ layers: { links: true, rising: true } }, 'layers=links,rising'],
    ],
    bad: 'heat',
  },
  list: {
    good: [
      [{ list: 'articles' }, 'list=articles'],
      [{ list: 'rising' }, 'list=rising'],
    ],
    bad: 'sources',
  },
  doubtful: { good: [[{ hideDoubtful: true }, 'doubtful=hide']], bad: 'yes' },
  linklimit: {
    good: [
      [{ linkLimit: 10 }, 'linklimit=10'],
      [{ linkLimit: 500 }, 'linklimit=500'],
    ],
    bad: '26',
  },
  inview: { good: [[{ onlyInView: true }, 'inview=only']], bad: 'yes' },
  copies: { good: [[{ everyCopy: true }, 'copies=all']], bad: 'twice' },
  bin: {
    good: [
      [{ bin: 'day' }, 'bin=day'],
      [{ bin: 'week' }, 'bin=week'],
      [{ bin: 'month' }, 'bin=month'],
    ],
    bad: 'year',
  },
  step: { good: [[{ step: 'month' }, 'step=month']], bad: 'hour' },
  speed: {
    good: [
      [{ speed: 0.5 }, 'speed=0.5'],
      [{ speed: 4 }, 'speed=4'],
    ],
    bad: '3',
  },
};

describe('the URL codec table', () => {
  it('has examples for every row, and no two rows share a key', () => {
    const keys = URL_CODECS.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(ROW_EXAMPLES).sort()).toEqual([...keys].sort());
  });

  it.each(
    URL_CODECS.flatMap((row) =>
      (ROW_EXAMPLES[row.key]?.good ?? []).map(([over, url]) => [row.key, over, url] as const),
    ),
  )('row %s round-trips %o as %s', (_key, over, url) => {
    const input = state(over);
    expect(encodeUrlState(input)).toBe(`?${url}`);
    expect(decodeUrlState(`?${url}`)).toEqual({ state: input, problems: [] });
  });

  it.each(
    URL_CODECS.flatMap((row) => {
      const bad = ROW_EXAMPLES[row.key]?.bad;
      return bad === undefined ? [] : [[row.key, bad] as const];
    }),
  )('row %s turns down %s with one notice and keeps the default', (key, bad) => {
    const decoded = decodeUrlState(`?${key}=${encodeURIComponent(bad)}`);
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.state).toEqual(INITIAL_STATE);
  });

  it('pushes a history entry for a selection and replaces it for a setting', () => {
    expect(pushesHistory(INITIAL_STATE, state({ placeId: 'p', panel: 'place' }))).toBe(true);
    expect(pushesHistory(state({ articleId: 'a', passage: 1 }), state({ articleId: 'a' }))).toBe(
      true,
    );
    expect(pushesHistory(INITIAL_STATE, state({ filters: { from: '2008-01-01', to: null } }))).toBe(
      false,
    );
    expect(pushesHistory(INITIAL_STATE, state({ linkLimit: 50, onlyInView: true }))).toBe(false);
  });
});
