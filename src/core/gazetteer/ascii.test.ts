import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromAscii, toAscii } from './ascii';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("the gazetteer tables' ASCII escape", () => {
  it.each([
    ['Moscow', 'Moscow'],
    ['Zürich', 'Z\x7f00fcrich'],
    ['São Paulo', 'S\x7f00e3o Paulo'],
    ['Москва', '\x7f041c\x7f043e\x7f0441\x7f043a\x7f0432\x7f0430'],
    ['a\x7fb', 'a\x7f007fb'],
    ['🌍', '\x7fd83c\x7fdf0d'],
  ])('writes %j as %j and reads it back', (text, escaped) => {
    expect(toAscii(text)).toBe(escaped);
    expect(fromAscii(escaped)).toBe(text);
  });

  it('leaves any text readable back and every escaped character below U+007F or the mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = toAscii(text);
        expect(fromAscii(escaped)).toBe(text);
        expect(/[\u0080-\uffff]/.test(escaped)).toBe(false);
      }),
    );
  });

  it('keeps the order of lines, so a sorted table is bisected with an escaped key', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (lines) => {
        const escapedThenSorted = lines.map(toAscii).sort(compare);
        const sortedThenEscaped = [...lines].sort(compare).map(toAscii);
        expect(escapedThenSorted).toEqual(sortedThenEscaped);
      }),
    );
  });

  it('keeps prefixes: a name starts with a text when its escape starts with the text’s', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(toAscii(a + b).startsWith(toAscii(a))).toBe(true);
      }),
    );
  });
});
