import { describe, expect, it } from 'vitest';
import type { DataIndexFile } from '../../shared/schema';
import { tinyFiles } from './tiny-data.testing';
import { checkIndex, parseArticleShard, parsePassagePage } from './validate';

const good = tinyFiles().get('dateline.json') as DataIndexFile;

describe('checkIndex', () => {
  it('accepts a version 3 Dateline index', () => {
    expect(checkIndex(good)).toMatchObject({ ok: true, dropped: [] });
  });

  it.each([
    [
      'refuses version 2 and says which version it reads',
      { ...good, version: 2 },
      'This data file is version 2; this app reads version 3. Run npm run preprocess',
    ],
    ['refuses another format', { ...good, format: 'geojson' }, 'not a Dateline data file'],
    ['refuses something that is not an object', 'hello', 'not a Dateline data file'],
    ['refuses an index without places', { ...good, places: null }, 'damaged (places'],
  ])('%s', (_name, input, message) => {
    const result = checkIndex(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('leaves out a place without lat, and a null place, and counts them in one line', () => {
    const [first, ...rest] = good.places;
    const places = [{ ...first, lat: undefined }, null, ...rest];
    const result = checkIndex({ ...good, places });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.places).toHaveLength(rest.length);
    expect(result.dropped).toEqual([
      expect.stringMatching(/^2 malformed places left out \(place 0, lat: /),
    ]);
  });

  it('drops links to places that were left out', () => {
    const places = good.places.filter((p) => p.id !== 'gn:683506');
    const result = checkIndex({ ...good, places: [...places, { ...good.places[0], name: null }] });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.links.some((l) => l.a === 'gn:683506' || l.b === 'gn:683506')).toBe(false);
  });
});

describe('shard checks', () => {
  it('leaves out an article whose mention lies outside its text', () => {
    const shard = tinyFiles().get('shards/article-0000000000000001.json') as Record<
      string,
      { mentions: { end: number }[] }
    >;
    const a2 = shard.a2;
    if (!a2?.mentions[0]) throw new Error('a2 has mentions');
    a2.mentions[0].end = 10_000;
    const dropped: string[] = [];
    expect([...parseArticleShard(shard, dropped).keys()]).toEqual(['a1']);
    expect(dropped[0]).toContain('1 malformed article left out');
  });

  it("reads a mention's alternatives, and a mention of older data without them", () => {
    const shard = tinyFiles().get('shards/article-0000000000000001.json') as Record<
      string,
      { mentions: { alternatives?: string[] }[] }
    >;
    const [withThem, without] = shard.a1?.mentions ?? [];
    if (!withThem || !without) throw new Error('a1 has two mentions');
    withThem.alternatives = ['adm1:US.GA', 'gn:1'];
    delete without.alternatives;
    const dropped: string[] = [];
    const a1 = parseArticleShard(shard, dropped).get('a1');
    expect(a1?.mentions[0]?.alternatives).toEqual(['adm1:US.GA', 'gn:1']);
    expect(a1?.mentions[1]).toBeDefined();
    expect(a1?.mentions[1]?.alternatives).toBeUndefined();
    expect(dropped).toEqual([]);
  });

  it('leaves out an article whose mention has more than 3 alternatives', () => {
    const shard = tinyFiles().get('shards/article-0000000000000001.json') as Record<
      string,
      { mentions: { alternatives?: string[] }[] }
    >;
    const first = shard.a1?.mentions[0];
    if (!first) throw new Error('a1 has mentions');
    first.alternatives = ['gn:1', 'gn:2', 'gn:3', 'gn:4'];
    const dropped: string[] = [];
    expect([...parseArticleShard(shard, dropped).keys()]).toEqual(['a2']);
    expect(dropped[0]).toContain('alternatives');
  });

  it('keeps the good passages of a page with one bad one', () => {
    const page = { passages: [{ articleId: 'a1' }, { nonsense: true }], with: [] };
    const dropped: string[] = [];
    expect(parsePassagePage(page, dropped).passages).toEqual([]);
    expect(dropped[0]).toContain('2 malformed passages left out');
  });
});
