import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

// News-like pieces and any Unicode: capitals, digits, accents, marks, dotted abbreviations, lines.
const piece = fc.oneof(
  fc.constantFrom(
    'U.S.',
    'Moscow',
    'said',
    '2009',
    'Éire',
    'ölçü',
    '\u0301x',
    '. ',
    '\n',
    '\n\n',
    '"',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(' '));

describe('tokens under fuzzing', () => {
  it('marks capitals, words and line-initial sentence starts as their definitions say', () => {
    fc.assert(
      fc.property(text, (t) => {
        let lastEnd = 0;
        for (const token of tokenize(t)) {
          expect(token.text).toBe(t.slice(token.start, token.end));
          expect(token.capitalised).toBe(/^\p{Lu}/u.test(token.text));
          expect(token.word).toBe(/[\p{L}\p{N}]/u.test(token.text));
          if (t.slice(lastEnd, token.start).includes('\n')) expect(token.sentenceStart).toBe(true);
          lastEnd = token.end;
        }
      }),
    );
  });
});
