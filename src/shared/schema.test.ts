import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ArticleListSchema,
  type DataIndexFile,
  DataIndexSchema,
  type PlaceRef,
  type PlaceRef as GeoPlaceRef,
  type PlaceRow,
  PlaceRowSchema,
} from './schema';

const shard = (kind: string) => `shards/${kind}-0123456789abcdef.json`;

const SOCHI: PlaceRow = {
  id: 'gn:491422',
  name: 'Sochi',
  kind: 'city',
  lat: 43.6,
  lon: 39.73,
  country: 'RU',
  mentionCount: 3,
  articleCount: 1,
  confidence: 0.9,
  alternatives: [],
  names: ['Sochi'],
  days: [13975, 2],
  pages: [shard('passages')],
};

const INDEX: DataIndexFile = {
  format: 'dateline-data',
  version: 3,
  run: { id: 'r1', finishedAt: '2026-11-29T03:00:00.000Z', geoparser: 'g', gazetteer: 'z' },
  attribution: [],
  basemap: shard('basemap'),
  articleCount: 1,
  datedArticleCount: 1,
  articles: shard('articles'),
  articleShards: [shard('article')],
  search: [shard('search')],
  days: [13975, 2],
  places: [SOCHI],
  links: [],
};

describe('the version 3 data schema', () => {
  it('accepts a well-formed index', () => {
    expect(v.safeParse(DataIndexSchema, INDEX).success).toBe(true);
  });

  it.each([
    ['a place without lat', { ...SOCHI, lat: undefined }],
    ['a place with a null name', { ...SOCHI, name: null }],
    ['odd day pairs', { ...SOCHI, days: [13975] }],
    ['a page outside shards/', { ...SOCHI, pages: ['../secret.json'] }],
    ['an unknown kind', { ...SOCHI, kind: 'planet' }],
  ])('refuses %s', (_case, place) => {
    expect(v.safeParse(PlaceRowSchema, place).success).toBe(false);
  });

  it('refuses an index of another version', () => {
    expect(v.safeParse(DataIndexSchema, { ...INDEX, version: 2 }).success).toBe(false);
  });

  it('refuses an article list whose columns differ in length', () => {
    const list = {
      ids: ['a', 'b'],
      titles: ['A', 'B'],
      sources: [],
      source: [-1, -1],
      days: [null],
      urls: [null, null],
      placeCounts: [0, 0],
    };
    expect(v.safeParse(ArticleListSchema, list).success).toBe(false);
    expect(v.safeParse(ArticleListSchema, { ...list, days: [null, 1] }).success).toBe(true);
  });

  it('describes the same place reference as the geoparser', () => {
    expectTypeOf<PlaceRef>().toEqualTypeOf<GeoPlaceRef>();
  });
});
