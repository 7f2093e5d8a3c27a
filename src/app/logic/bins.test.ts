import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../shared/hash';
import {
  autoBin,
  binEnd,
  binStart,
  moveWindow,
  nextPlayWindow,
  resizeWindow,
  stepBins,
  type Bin,
  type DayWindow,
} from './bins';
import { binSeries, countBetween, daySeries } from './day-series';
import { countIn, placeDays } from './place-days';

const day = (iso: string): number => {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(iso);
  return d;
};
const win = (from: string, to: string): DayWindow => ({ from: day(from), to: day(to) });
const iso = (w: DayWindow) => [isoFromDay(w.from), isoFromDay(w.to)];

// The same table must hold whatever the browser's time zone: bins are UTC calendar dates.
describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])('binning in %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('runs in that time zone', () => {
    const offset = new Date('2008-01-01T12:00:00Z').getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 }[zone]);
  });

  it.each<[string, Bin, string, string]>([
    ['a day is its own bin', 'day', '2008-03-05', '2008-03-05'],
    ['a Wednesday is in the week from Monday', 'week', '2008-03-05', '2008-03-03'],
    ['a Monday starts its week', 'week', '2008-03-03', '2008-03-03'],
    ['a Sunday ends the week from Monday', 'week', '2008-03-09', '2008-03-03'],
    ['1 January 2009 is in ISO week 1, from 29 December', 'week', '2009-01-01', '2008-12-29'],
    ['3 January 2010 is in the last week of 2009', 'week', '2010-01-03', '2009-12-28'],
    ['a week before 1970 starts on its Monday', 'week', '1969-12-31', '1969-12-29'],
    ['29 February is in February', 'month', '2008-02-29', '2008-02-01'],
    ['31 December is in December', 'month', '2008-12-31', '2008-12-01'],
    ['a year-one date keeps its year', 'month', '0001-01-15', '0001-01-01'],
  ])('%s', (_name, bin, date, start) => {
    expect(isoFromDay(binStart(day(date), bin))).toBe(start);
  });

  it.each<[string, Bin, string, number, string]>([
    ['the next month over a year end', 'month', '2008-12-15', 1, '2009-01-01'],
    ['the month before over a year start', 'month', '2008-01-10', -1, '2007-12-01'],
    ['the next week over a year end', 'week', '2008-12-31', 1, '2009-01-05'],
    ['the next day over a leap day', 'day', '2008-02-28', 1, '2008-02-29'],
  ])('steps to %s', (_name, bin, date, n, start) => {
    expect(isoFromDay(stepBins(day(date), n, bin))).toBe(start);
  });

  it('ends February on the 29th in a leap year and the 28th otherwise', () => {
    expect(isoFromDay(binEnd(day('2008-02-10'), 'month'))).toBe('2008-02-29');
    expect(isoFromDay(binEnd(day('2009-02-10'), 'month'))).toBe('2009-02-28');
  });

  it('bins mentions across a year end by month and by ISO week', () => {
    const series = daySeries([[day('2008-12-31'), 3, day('2009-01-01'), 2, day('2009-01-05'), 1]]);
    const span = win('2008-12-31', '2009-01-05');
    const months = binSeries(series, 'month', span);
    expect([months.starts.map(isoFromDay), months.counts]).toEqual([
      ['2008-12-01', '2009-01-01'],
      [3, 3],
    ]);
    const weeks = binSeries(series, 'week', span);
    expect([weeks.starts.map(isoFromDay), weeks.counts]).toEqual([
      ['2008-12-29', '2009-01-05'],
      [5, 1],
    ]);
  });
});

describe('counting in a window', () => {
  const pairs = [day('2008-03-01'), 2, day('2008-03-05'), 3, day('2008-04-01'), 7];

  it('sums the days inside, ends included, from the running totals', () => {
    const series = daySeries([pairs, [day('2008-03-05'), 1]]);
    if (!series) throw new Error('no series');
    expect(countBetween(series, day('2008-03-01'), day('2008-03-05'))).toBe(6);
    expect(countBetween(series, day('2008-03-02'), day('2008-03-31'))).toBe(4);
    expect(countBetween(series, day('2007-01-01'), day('2009-01-01'))).toBe(13);
    expect(countBetween(series, day('2008-03-06'), day('2008-03-05'))).toBe(0);
  });

  it("finds one place's count by binary search, with open ends and unsorted pairs", () => {
    const place = placeDays([day('2008-04-01'), 7, day('2008-03-01'), 2, day('2008-03-05'), 3]);
    expect(countIn(place, { from: day('2008-03-02'), to: day('2008-04-01') })).toBe(10);
    expect(countIn(place, { from: null, to: day('2008-03-05') })).toBe(5);
    expect(countIn(place, { from: day('2008-03-06'), to: null })).toBe(7);
    expect(countIn(place, { from: day('2008-03-02'), to: day('2008-03-04') })).toBe(0);
  });

  it('gives no series when nothing is dated', () => {
    expect(daySeries([[], []])).toBeNull();
  });
});

describe('bar size', () => {
  it.each<[number, Bin]>([
    [1, 'day'],
    [92, 'day'],
    [93, 'week'],
    [731, 'week'],
    [732, 'month'],
  ])('a span of %i days gets %s bars', (span, bin) => {
    expect(autoBin(span)).toBe(bin);
  });
});

describe('moving the window by keyboard and playback', () => {
  const span = win('2008-01-01', '2008-12-31');

  it('moves a week one week later and keeps its length', () => {
    expect(iso(moveWindow(win('2008-03-03', '2008-03-09'), 1, 'week', span))).toEqual([
      '2008-03-10',
      '2008-03-16',
    ]);
  });

  it('moves a month into the next, of another length', () => {
    expect(iso(moveWindow(win('2008-01-01', '2008-01-31'), 1, 'month', span))).toEqual([
      '2008-02-01',
      '2008-02-29',
    ]);
  });

  it('stays put rather than leave the span', () => {
    const last = win('2008-12-01', '2008-12-31');
    expect(moveWindow(last, 1, 'month', span)).toEqual(last);
  });

  it('grows and shrinks by one bin at the end, never below one bin', () => {
    const week = win('2008-03-03', '2008-03-09');
    expect(iso(resizeWindow(week, 1, 'week', span))).toEqual(['2008-03-03', '2008-03-16']);
    expect(resizeWindow(week, -1, 'week', span)).toEqual(week);
  });
});

describe('playback steps', () => {
  it('starts at the first step, moves a week at a time through a month, then stops', () => {
    const span = win('2008-04-01', '2008-04-30');
    const seen: string[][] = [];
    let window = nextPlayWindow(null, 'week', span);
    while (window) {
      seen.push(iso(window));
      window = nextPlayWindow(window, 'week', span);
    }
    expect(seen).toEqual([
      ['2008-03-31', '2008-04-06'],
      ['2008-04-07', '2008-04-13'],
      ['2008-04-14', '2008-04-20'],
      ['2008-04-21', '2008-04-27'],
      ['2008-04-28', '2008-05-04'],
    ]);
  });

  it('slides a week-long window a day at a time', () => {
    const span = win('2008-04-01', '2008-04-30');
    const next = nextPlayWindow(win('2008-04-07', '2008-04-13'), 'day', span);
    expect(next && iso(next)).toEqual(['2008-04-08', '2008-04-14']);
  });
});
