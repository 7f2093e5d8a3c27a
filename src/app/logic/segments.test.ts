import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

const text = 'In Bucharest and the Black Sea resort of Sochi.';
const span = (word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, value: word };
};
const pieces = (spans: ReturnType<typeof span>[], start = 0, end = text.length) =>
  segmentText(text, start, end, spans).map((s) => (s.span ? `[${s.text}]` : s.text));

describe('segmentText', () => {
  it.each([
    [
      'marks one mention',
      [span('Sochi')],
      ['In Bucharest and the Black Sea resort of ', '[Sochi]', '.'],
    ],
    ['keeps plain text when nothing is marked', [], [text]],
    [
      'marks several mentions in text order whatever the input order',
      [span('Sochi'), span('Bucharest')],
      ['In ', '[Bucharest]', ' and the Black Sea resort of ', '[Sochi]', '.'],
    ],
    [
      'skips a span that overlaps an earlier one',
      [span('Black Sea'), { start: text.indexOf('Sea'), end: text.indexOf('Sea') + 3, value: 'x' }],
      ['In Bucharest and the ', '[Black Sea]', ' resort of Sochi.'],
    ],
  ])('%s', (_name, spans, expected) => {
    expect(pieces(spans)).toEqual(expected);
  });

  it('cuts only the passage range and ignores spans outside it', () => {
    expect(pieces([span('Bucharest'), span('Sochi')], 17, 47)).toEqual([
      'the Black Sea resort of ',
      '[Sochi]',
      '.',
    ]);
  });

  it('never changes the text: the pieces join back to the original', () => {
    const segs = segmentText(text, 0, text.length, [span('Sochi'), span('Black Sea')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});
