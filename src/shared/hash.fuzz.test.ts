import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldUnicode } from './hash';

const word = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.constantFrom('Moscow', 'São', 'Ölçü', 'e\u0301', 'ǅ', 'İstanbul'),
);

describe('search-term folding under fuzzing', () => {
  it('folds ASCII words by the same rule as any other text', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(fold(w)).toBe(foldUnicode(w));
      }),
    );
  });
});
