import { describe, expect, it } from 'vitest';
import { basemapInHead, basemapNamedBy } from './fetch-json';
import { tinyFiles } from './tiny-data.testing';
import { checkIndex } from './validate';

const INDEX_URL = 'http://host/app/data/dateline.json';
const PATH = 'shards/basemap-0123456789abcdef.json';

describe('the basemap named by an index', () => {
  it.each([
    ['the first bytes of an index', `{"format":"dateline-data","basemap":"${PATH}","art`, true],
    ['a head cut before the path ends', `{"format":"dateline-data","basemap":"shards/bas`, false],
    ['a path outside shards/', '{"basemap":"../secret-0123456789abcdef.json"}', false],
  ])('is found in %s only when whole and in shards/', (_case, head, found) => {
    expect(basemapInHead(head, INDEX_URL)).toBe(found ? `http://host/app/data/${PATH}` : null);
  });

  it('is read from a checked index, and not from a refused one', () => {
    const index = tinyFiles().get('dateline.json') as { basemap: string };
    expect(basemapNamedBy(checkIndex(index), INDEX_URL)).toBe(
      new URL(index.basemap, INDEX_URL).href,
    );
    expect(basemapNamedBy(checkIndex({ ...index, version: 1 }), INDEX_URL)).toBeNull();
  });
});
