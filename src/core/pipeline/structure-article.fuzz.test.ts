import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structureArticle } from './04-structure-article';

// Text shaped like articles (lines, blank lines, headers, CRLF) as well as any Unicode at all.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '\t', 'Source: Example Wire', 'Date: 2008-04-06', 'Date: 0001-01-01'),
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .tuple(fc.array(line, { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028'))
    .map(([lines, end]) => lines.join(end)),
);

describe('article structuring under fuzzing', () => {
  it('keeps every passage inside the text, in order and not overlapping, for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const result = structureArticle({ file: 'fuzz.txt', text: t });
        if (!result.ok) {
          expect(result.reason).not.toBe('');
          return;
        }
        const { article } = result;
        expect(article.text).toBe(t);
        let previousEnd = 0;
        article.passages.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(0 <= p.start && p.start < p.end && p.end <= t.length).toBe(true);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = p.end;
        });
        expect(t.slice(article.passages[0]?.start, article.passages[0]?.end).trim()).toBe(
          article.title.trim(),
        );
      }),
    );
  });
});
