import { describe, expect, it } from 'vitest';
import { readDate } from './dates';

describe('reading dates as sources write them', () => {
  it.each([
    ['2008-04-04', '2008-04-04'],
    ['2008-04-04T23:30:00-05:00', '2008-04-04'],
    ['2008-04-04 10:00:00', '2008-04-04'],
    ['Fri, 04 Apr 2008 23:30:00 -0500', '2008-04-04'],
    ['Friday, April 4, 2008 10:00 AM EDT', '2008-04-04'],
    ['4th April 2008', '2008-04-04'],
    ['Sept. 4, 2008', '2008-09-04'],
    ['2008/04/04', '2008-04-04'],
    ['20080404', '2008-04-04'],
    ['20080404103000', '2008-04-04'],
    ['1207267200', '2008-04-04'],
    ['0001-01-01', '0001-01-01'],
    ['9999-12-31', '9999-12-31'],
    ['2000-02-29', '2000-02-29'],
    ['25/12/2008', '2008-12-25'],
    ['12/25/2008', '2008-12-25'],
    ['04/04/2008', '2008-04-04'],
  ])('reads %j as %s', (value, date) => {
    expect(readDate(value)).toEqual({ date });
  });

  it.each([
    ['99999-01-01', 'year 99999 is out of range'],
    ['2008', 'a year alone, not a date'],
    ['2008-04', 'has no day of the month'],
    ['April 2008', 'has no day of the month'],
    ['06/04/2008', 'could be day/month or month/day'],
    ['06/04/08', 'two-digit year'],
    ['1900-02-29', 'not a calendar date'],
    ['next Tuesday', 'not a date Dateline can read'],
  ])('gives no date for %j and says why: %s', (value, notice) => {
    const reading = readDate(value);
    expect(reading.date).toBeNull();
    expect(reading.notice).toContain(notice);
  });

  it('reads day/month order from the stated locale, never by guessing', () => {
    expect(readDate('06/04/2008', { order: 'dmy' }).date).toBe('2008-04-06');
    expect(readDate('06/04/2008', { order: 'mdy' }).date).toBe('2008-06-04');
  });

  it('gives nothing, quietly, for an empty value', () => {
    expect(readDate('  ')).toEqual({ date: null });
  });
});
