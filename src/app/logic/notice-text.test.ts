import { describe, expect, it } from 'vitest';
import { quoteForNotice } from './notice-text';

describe('quoteForNotice', () => {
  it.each([
    ['removes a right-to-left override', 'evil\u202Etxt.exe', 'eviltxt.exe'],
    ['removes bidi isolates and marks', '\u2066a\u2069\u200Fb\u061C', 'ab'],
    ['removes control codes and escapes', 'a\u0000\u001b[2J\u0085b', 'a[2Jb'],
    ['removes zero-width characters', 'a\u200Bb\uFEFF', 'ab'],
    ['keeps letters of every script', '東京 Zürich القاهرة', '東京 Zürich القاهرة'],
  ])('%s', (_name, value, quoted) => {
    expect(quoteForNotice(value)).toBe(quoted);
  });

  it('cuts long values without splitting a character in two', () => {
    expect(quoteForNotice('😀'.repeat(50), 3)).toBe('😀😀😀…');
  });
});
