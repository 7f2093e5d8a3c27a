import { describe, expect, it } from 'vitest';
import { Lines } from './lines';

describe('lines of one string, found by offset', () => {
  it.each([
    ['', ['']],
    ['one', ['one']],
    ['one\ntwo', ['one', 'two']],
    ['one\n\nthree\n', ['one', '', 'three', '']],
    ['\n', ['', '']],
  ])('reads %j as the lines split() gives', (text, expected) => {
    const lines = new Lines(text);
    expect(lines.count).toBe(expected.length);
    expect(Array.from({ length: lines.count }, (_, i) => lines.at(i))).toEqual(expected);
    expect(expected).toEqual(text.split('\n'));
  });

  it('gives no line outside the text', () => {
    const lines = new Lines('a\nb');
    expect(lines.at(-1)).toBeUndefined();
    expect(lines.at(2)).toBeUndefined();
  });

  it('gives where each line starts and ends in the text', () => {
    const lines = new Lines('ab\ncde');
    expect([lines.start(1), lines.end(1)]).toEqual([3, 6]);
    expect(lines.text.slice(lines.start(0), lines.end(0))).toBe('ab');
  });
});
