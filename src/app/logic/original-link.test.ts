import { describe, expect, it } from 'vitest';
import { originalLink } from './original-link';

describe('originalLink', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['http://news.example/a', 'http://news.example/a'],
    ['HTTPS://NEWS.EXAMPLE/A', 'https://news.example/A'],
    // Not web addresses: never a link.
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('links %j as %j', (url, expected) => {
    expect(originalLink(url)).toBe(expected);
  });
});
