import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonBytes, RawJson } from './json-bytes';

const long = 'Kyiv’s “talks” — '.repeat(5_000);

const cases: { name: string; value: object }[] = [
  { name: 'an empty object', value: {} },
  { name: 'an empty array', value: [] },
  { name: 'a shard of articles keyed by id', value: { a1: { id: 'a1', text: long }, b2: {} } },
  { name: 'integer-like keys, which come first', value: { b: 1, 10: 2, 2: 3, a: [4] } },
  { name: 'entries without JSON left out', value: { a: undefined, b: () => 1, c: null, d: 0 } },
  { name: 'elements without JSON as null', value: [undefined, () => 1, Symbol('s'), 1] },
  { name: 'a value with toJSON', value: { at: new Date(0), list: [new Date(1)] } },
  {
    name: 'a Map and a class instance, as JSON.stringify writes them',
    value: [new Map(), new URL('https://x.y/')],
  },
  {
    name: 'an object without prototype',
    value: Object.assign(Object.create(null) as object, { z: 1 }),
  },
  { name: 'deep nesting', value: { a: [{ b: [{ c: [long] }] }] } },
  { name: 'lone surrogates and escapes', value: { '\ud800"': ['\udfff', '\u0000\n\\', 'é'] } },
  { name: 'numbers', value: [0, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY] },
  {
    name: 'a column of many titles',
    value: { titles: Array.from({ length: 3_000 }, (_, i) => `t${i}’`) },
  },
];

const stringified = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

describe('JsonBytes', () => {
  it.each(cases)('encodes $name as JSON.stringify does', ({ value }) => {
    expect(new JsonBytes().encode(value).equals(stringified(value))).toBe(true);
  });

  it('gives each value its own bytes when one encoder is reused, larger or smaller', () => {
    const json = new JsonBytes();
    for (const { value } of [...cases, ...[...cases].reverse()]) {
      expect(json.encode(value).toString('utf8')).toBe(JSON.stringify(value));
    }
    expect(json.utf8('{"a":"’"}').toString('utf8')).toBe('{"a":"’"}');
  });

  it('agrees with JSON.stringify on any JSON value', () => {
    const json = new JsonBytes();
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (a, b) => {
        expect(json.encode(a).equals(stringified(a))).toBe(true);
        expect(json.encode(b).equals(stringified(b))).toBe(true);
      }),
    );
  });

  it('writes RawJson pieces as they are where the walk reaches them', () => {
    const raw = new RawJson(['{"a":', '"’"', '}']);
    const value = { page: { passages: [raw, raw] }, n: 1 };
    expect(new JsonBytes().encode(value, 3).toString('utf8')).toBe(
      '{"page":{"passages":[{"a":"’"},{"a":"’"}]},"n":1}',
    );
  });

  it('refuses RawJson to JSON.stringify, which would write it wrong', () => {
    const value = { page: { passages: [new RawJson(['{}'])] } };
    expect(() => JSON.stringify(value)).toThrow(/RawJson/);
    expect(() => new JsonBytes().encode(value, 2)).toThrow(/RawJson/);
  });
});
