import { describe, expect, it } from 'vitest';
import { basemapInHead } from './index-head';

const PATH = 'shards/basemap-0123456789abcdef.json';

describe('the basemap named by an index', () => {
  it.each([
    ['the first bytes of an index', `{"format":"dateline-data","basemap":"${PATH}","art`, true],
    ['a head cut before the path ends', `{"format":"dateline-data","basemap":"shards/bas`, false],
    ['a path outside shards/', '{"basemap":"../secret-0123456789abcdef.json"}', false],
  ])('is found in %s only when whole and in shards/', (_case, head, found) => {
    expect(basemapInHead(head)).toBe(found ? PATH : null);
  });
});
