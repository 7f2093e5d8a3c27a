import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiBytes, asciiText, Lines } from './lines';

describe('lines of one ASCII table, found by offset', () => {
  it.each([
    ['', ['']],
    ['one', ['one']],
    ['one\ntwo', ['one', 'two']],
    ['one\n\nthree\n', ['one', '', 'three', '']],
    ['\n', ['', '']],
  ])('reads %j as the lines split() gives', (text, expected) => {
    const lines = new Lines(asciiBytes(text));
    expect(lines.count).toBe(expected.length);
    expect(Array.from({ length: lines.count }, (_, i) => lines.at(i))).toEqual(expected);
    expect(expected).toEqual(text.split('\n'));
  });

  it('gives no line outside the text', () => {
    const lines = new Lines(asciiBytes('a\nb'));
    expect(lines.at(-1)).toBeUndefined();
    expect(lines.at(2)).toBeUndefined();
  });

  it('gives where each line starts and ends in the text', () => {
    const lines = new Lines(asciiBytes('ab\ncde'));
    expect([lines.start(1), lines.end(1)]).toEqual([3, 6]);
    expect(lines.at(0)).toBe('ab');
  });

  it.each([
    ['moscow', 'moscow', 0],
    ['moscow\t12:1', 'moscow\t', 0],
    ['moscow', 'mosco', 0],
    ['mosco', 'moscow', -1],
    ['mosca', 'moscow', -1],
    ['moscx', 'moscow', 1],
    ['', 'a', -1],
    ['a', '', 0],
  ])(
    'orders line %j against probe %j as %i (0: the line starts with the probe)',
    (line, probe, sign) => {
      const lines = new Lines(asciiBytes(`first\n${line}\nlast`));
      expect(Math.sign(lines.compare(1, asciiBytes(probe)))).toBe(sign);
    },
  );

  it('orders any ASCII line against any probe as the strings sort, so bisection finds what it found', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, ascii, (raw, probe) => {
        const line = raw.replaceAll('\n', ' ');
        const expected = line.startsWith(probe) ? 0 : line < probe ? -1 : 1;
        expect(Math.sign(new Lines(asciiBytes(line)).compare(0, asciiBytes(probe)))).toBe(expected);
      }),
    );
  });

  it('reads back any ASCII text, however long, byte for byte', () => {
    const text = 'Zaporizhzhia\t'.repeat(5_000);
    expect(asciiText(asciiBytes(text))).toBe(text);
  });

  it.each([
    ['bath', true],
    ['march', true],
    ['mar', false],
    ['marches', false],
    ['aaa', false],
    ['zzz', false],
  ])('finds whether sorted lines hold %j itself', (word, held) => {
    expect(new Lines(asciiBytes('bath\nmarch\nmarsh')).has(asciiBytes(word))).toBe(held);
  });

  it('gives the first sorted line not below a probe, the one that starts with it if any does', () => {
    const lines = new Lines(asciiBytes('bath\nmarch\nmarsh'));
    expect(['a', 'bath', 'mar', 'mars', 'z'].map((p) => lines.lowerBound(asciiBytes(p)))).toEqual([
      0, 0, 1, 2, 3,
    ]);
  });

  it.each([
    ['mar', 1],
    ['marc', 1],
    ['mars', 2],
    ['marsh', 2],
    ['marshes', -1],
    ['a', -1],
    ['z', -1],
  ])('finds the first sorted line starting with %j at %i (-1: none)', (probe, line) => {
    expect(new Lines(asciiBytes('bath\nmarch\nmarsh')).startingWith(asciiBytes(probe))).toBe(line);
  });
});
