import { describe, expect, it } from 'vitest';
import { isoDate, parseHeader } from './03-article-metadata';

const block = (text: string) => ({ start: 0, end: text.length, text });

describe('article header under the title', () => {
  it.each([
    ['Source: Fox News', { source: 'Fox News', date: null }],
    ['Source: Fox News\nDate: 2008-04-04', { source: 'Fox News', date: '2008-04-04' }],
    ['Published: April 4, 2008', { source: null, date: '2008-04-04' }],
    ['date : 4 April 2008', { source: null, date: '2008-04-04' }],
  ])('reads %j', (text, header) => {
    expect(parseHeader(block(text))).toEqual(header);
  });

  it.each([
    'President Bush, fresh from securing full NATO support.',
    'Date: tomorrow\nBush will meet Putin in Sochi.',
    'Source of the leak: a Pentagon official',
  ])('does not take prose for a header: %j', (text) => {
    expect(parseHeader(block(text))).toBeUndefined();
  });

  it.each([
    ['2008-04-04T10:00:00Z', '2008-04-04'],
    ['2008-02-30', null],
    ['not a date', null],
  ])('normalises the date %j to %j', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});
