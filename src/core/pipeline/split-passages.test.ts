import { describe, expect, it } from 'vitest';
import { readablePassages, splitArticle } from './02-split-passages';

describe('splitting an article into title and passages', () => {
  it.each([
    ['blank-line paragraphs', 'Title\n\nOne.\n\nTwo.', 'Title', ['One.', 'Two.']],
    ['Windows line ends', 'Title\r\n\r\nOne.\r\n\r\nTwo.\r\n', 'Title', ['One.', 'Two.']],
    ['several blank lines', 'Title\n\n\n\nOne.\n  \n\t\nTwo.', 'Title', ['One.', 'Two.']],
    ['a paragraph right under the title', 'Title\nOne.\n\nTwo.', 'Title', ['One.', 'Two.']],
    [
      'wrapped lines in one paragraph',
      'Title\n\nOne\nstill one.\n\nTwo.',
      'Title',
      ['One\nstill one.', 'Two.'],
    ],
    ['leading blank lines and spaces', '\n\n  Title  \n\n  One.  ', 'Title', ['One.']],
  ])('handles %s', (_case, text, title, paragraphs) => {
    const split = splitArticle(text);
    expect(split.title?.text).toBe(title);
    expect(split.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('gives offsets that slice the original text back to each passage', () => {
    const text =
      'Bush, Putin at Odds\r\n\r\n  In Bucharest on Friday.\n\nAnd \u00e9 in Sochi \u{1F600} then.\n';
    const { title, paragraphs } = splitArticle(text);
    for (const block of [title, ...paragraphs]) {
      expect(block && text.slice(block.start, block.end)).toBe(block?.text);
    }
    expect(paragraphs.map((p) => p.text)).toEqual([
      'In Bucharest on Friday.',
      'And \u00e9 in Sochi \u{1F600} then.',
    ]);
  });

  it('finds nothing in an empty or blank text', () => {
    expect(splitArticle('')).toEqual({ title: undefined, paragraphs: [] });
    expect(splitArticle(' \n\n \n')).toEqual({ title: undefined, paragraphs: [] });
  });
});

describe('untidy text made into readable passages', () => {
  const whole = (text: string) => ({ start: 0, end: text.length, text });
  const sentence = (n: number) => `Sentence ${n} tells of talks in Sochi between the two leaders.`;

  it('gives a passage per line when every line ends a sentence (single newlines)', () => {
    const text = 'Bush met Putin.\nThey spoke of Ukraine.\nNATO was not pleased.';
    expect(readablePassages(whole(text)).map((p) => p.text)).toEqual([
      'Bush met Putin.',
      'They spoke of Ukraine.',
      'NATO was not pleased.',
    ]);
  });

  it('keeps hard-wrapped prose as one passage', () => {
    const text = 'Bush met Putin in\nSochi on Sunday, where\nthey spoke of Ukraine.';
    expect(readablePassages(whole(text)).map((p) => p.text)).toEqual([text]);
  });

  it('groups the sentences of a wall of text into passages of sensible length', () => {
    const text = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ');
    const passages = readablePassages(whole(text));
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(1200);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toMatch(/^Sentence \d+.*\.$/);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(text);
  });

  it('does not end a sentence after a title, an initial or "U.S."', () => {
    const sentence =
      'President George W. Bush met Mr. Putin in the U.S. capital on Jan. 5 to talk at length. ';
    const text = sentence.repeat(20).trim();
    const passages = readablePassages(whole(text));
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(p.text).toMatch(/^President George W\. Bush.*at length\.$/);
  });

  it('cuts text with no sentence ends at spaces, never mid-word', () => {
    const text = 'word '.repeat(2000).trim();
    const passages = readablePassages(whole(text));
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) expect(p.text).toMatch(/^word( word)*$/);
  });
});
