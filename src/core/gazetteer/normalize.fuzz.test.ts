import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAbbreviation, nameKey, unicodeNameKey } from './normalize';

// Names as recognition sees them: ASCII words, dots, dashes, quotes and spaces, with some Unicode.
const piece = fc.oneof(
  fc.constantFrom(
    'U.S.',
    'Al-Minya',
    "Côte d'Ivoire",
    'São',
    'N`Djamena',
    ' ',
    '  ',
    '-',
    '.',
    '\t',
  ),
  fc.string({ unit: fc.constantFrom(...'AbZz.-` \t\n\r\u000b\f\u00e9\u2019\u2013'.split('')) }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const name = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

describe('name keys under fuzzing', () => {
  it('keys ASCII names by the same rule as any other text', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(nameKey(n)).toBe(unicodeNameKey(n));
      }),
    );
  });

  it('calls a name an abbreviation exactly when it is two to six capitals, dots aside', () => {
    fc.assert(
      fc.property(name, (n) => {
        const letters = n.replace(/\./g, '');
        const expected = letters.length >= 2 && letters.length <= 6 && /^[A-Z]+$/.test(letters);
        expect(isAbbreviation(n)).toBe(expected);
      }),
    );
  });
});
