import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, LINK_LIMITS, LIST_TABS, SPEEDS, type AppState } from './app-state';
import { BINS } from './bins';
import { URL_CODECS } from './url-codecs';
import { decodeUrlState, encodeUrlState } from './url-state';
import { MAX_ZOOM, MIN_ZOOM, roundView } from './view';

const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const KEYS = URL_CODECS.map((row) => row.key);

/** The invariants any decoded state keeps, whatever the address said. */
function expectValid(state: AppState): void {
  if (state.view) {
    const { lat, lon, zoom } = state.view;
    expect(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180).toBe(true);
    expect(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM).toBe(true);
  }
  expect(state.placeId === null || state.placeId.length > 0).toBe(true);
  expect(state.articleId === null || state.articleId.length > 0).toBe(true);
  if (state.passage !== null) {
    expect(Number.isInteger(state.passage) && state.passage >= 0).toBe(true);
    expect(state.articleId).not.toBeNull();
  }
  expect([null, 'place', 'article']).toContain(state.panel);
  const { from, to } = state.filters;
  for (const date of [from, to]) {
    if (date !== null) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
  }
  if (from !== null && to !== null) expect(from <= to).toBe(true);
  expect(typeof state.layers.links).toBe('boolean');
  expect(LIST_TABS).toContain(state.list);
  expect(typeof state.hideDoubtful).toBe('boolean');
  expect(LINK_LIMITS).toContain(state.linkLimit);
  expect(typeof state.onlyInView).toBe('boolean');
  expect([null, ...BINS]).toContain(state.bin);
  expect([null, ...BINS]).toContain(state.step);
  expect(SPEEDS).toContain(state.speed);
}

// Addresses that reach the decoders: known keys with hostile values, as well as plain noise.
const value = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^-?\d{1,3}(\.\d{1,4})?\/-?\d{1,3}(\.\d{1,6})?\/-?\d{1,3}(\.\d{1,6})?$/),
  fc.stringMatching(/^\d{4,5}-\d{2}-\d{2}$/),
  fc.constantFrom(
    'place',
    'article',
    'none',
    'links',
    'places',
    'articles',
    'hide',
    'only',
    'week',
    '25',
    '\u202E',
    '%E2%80%AE',
  ),
);
const address = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), fc.string({ unit: 'binary' })), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

const isoDate = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });

/** Any state the app can be in and write to its address. */
const validState: fc.Arbitrary<AppState> = fc
  .record({
    view: fc.option(
      fc.record({
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
      }),
    ),
    placeId: fc.option(id),
    articleId: fc.option(id),
    passage: fc.option(fc.nat({ max: 999_999 })),
    panel: fc.constantFrom(null, 'place' as const, 'article' as const),
    dates: fc.tuple(fc.option(isoDate), fc.option(isoDate)),
    links: fc.boolean(),
    rising: fc.boolean(),
    list: fc.constantFrom(...LIST_TABS),
    hideDoubtful: fc.boolean(),
    linkLimit: fc.constantFrom(...LINK_LIMITS),
    onlyInView: fc.boolean(),
    bin: fc.constantFrom(null, ...BINS),
    step: fc.constantFrom(null, ...BINS),
    speed: fc.constantFrom(...SPEEDS),
  })
  .map(({ view, placeId, articleId, passage, panel, dates, links, rising, list, ...settings }) => {
    const [a, b] = dates;
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      ...INITIAL_STATE,
      // The address holds a view as rounded to what a reload can tell apart; +0 for -0.
      view: view && mapZero(roundView(view)),
      placeId,
      articleId,
      passage: articleId === null ? null : passage,
      panel,
      filters: { from, to },
      layers: { links, rising },
      list,
      ...settings,
    };
  });

function mapZero(v: { lat: number; lon: number; zoom: number }) {
  return { lat: v.lat + 0, lon: v.lon + 0, zoom: v.zoom + 0 };
}

describe('URL state under fuzzing', () => {
  it('gives a valid state, and notices without hidden characters, for any address', () => {
    fc.assert(
      fc.property(address, (search) => {
        const { state, problems } = decodeUrlState(search);
        expectValid(state);
        for (const p of problems) expect(p).not.toMatch(HIDDEN);
      }),
    );
  });

  it('decodes what it encodes, for every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeUrlState(encodeUrlState(state));
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
    );
  });
});
