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
    expect(parseHeader(block(text))).toEqual({ header, rest: undefined, notices: [] });
  });

  it('reads header lines followed by body lines with no blank line between', () => {
    const text = 'Source: AP\nDate: 2008-04-04\nBush met Putin in Sochi.';
    const reading = parseHeader(block(text));
    expect(reading?.header).toEqual({ source: 'AP', date: '2008-04-04' });
    expect(reading?.rest).toEqual({
      start: 28,
      end: text.length,
      text: 'Bush met Putin in Sochi.',
    });
  });

  it.each([
    'President Bush, fresh from securing full NATO support.',
    'Date: tomorrow\nBush will meet Putin in Sochi.',
    'Source of the leak: a Pentagon official',
    'Source: officials said the talks failed. Then they left.',
  ])('does not take prose for a header: %j', (text) => {
    expect(parseHeader(block(text))).toBeUndefined();
  });

  it.each([
    ['Date: 0001-01-01', '0001-01-01', undefined],
    ['Date: 99999-01-01', null, 'year 99999 is out of range'],
    ['Date: 2008', null, 'a year alone'],
    ['Date: 06/04/2008', null, 'day/month or month/day'],
  ])('reads %j as %j with a notice when it cannot', (text, date, notice) => {
    const reading = parseHeader(block(text));
    expect(reading?.header.date).toBe(date);
    if (notice) expect(reading?.notices.join()).toContain(notice);
    else expect(reading?.notices).toEqual([]);
  });

  it('reads an ambiguous numeric date by the stated order', () => {
    expect(parseHeader(block('Date: 06/04/2008'), { order: 'dmy' })?.header.date).toBe(
      '2008-04-06',
    );
    expect(parseHeader(block('Date: 06/04/2008'), { order: 'mdy' })?.header.date).toBe(
      '2008-06-04',
    );
  });

  it.each([
    ['2008-04-04T10:00:00Z', '2008-04-04'],
    ['2008-02-30', null],
    ['not a date', null],
  ])('normalises the date %j to %j', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});
