/**
 * Dates as sources write them, read into ISO calendar days (YYYY-MM-DD). A date is kept as the
 * calendar day written in its own time zone ("Fri, 04 Apr 2008 23:30 -0500" is 2008-04-04, the
 * day the publisher dated it), not shifted to UTC. Anything that would need a guess (06/04/2008
 * without a stated order, a year alone, a two-digit year) gives no date and a notice saying why.
 */
export type DateOrder = 'dmy' | 'mdy';

export interface DateOptions {
  /** How to read an all-numeric day/month pair such as 06/04/2008; unset means "flag it". */
  order?: DateOrder;
}

export type DateReading = { date: string; notice?: undefined } | { date: null; notice?: string };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

/** One way of writing a date: a pattern and how to read its match. */
interface DateForm {
  name: string;
  pattern: RegExp;
  read: (match: RegExpExecArray, value: string, options: DateOptions) => DateReading;
}

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?`;

const DATE_FORMS: readonly DateForm[] = [
  {
    name: 'ISO 8601',
    pattern: new RegExp(String.raw`^[+]?(\d{4,})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i'),
    read: (m, value) => calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), value),
  },
  {
    name: 'year-first with slashes or dots',
    pattern: new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`, 'i'),
    read: (m, value) => calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), value),
  },
  {
    name: 'compact YYYYMMDD (GDELT)',
    pattern: /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/,
    read: (m, value) => calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), value),
  },
  {
    name: 'Unix time in seconds or milliseconds',
    pattern: /^(\d{9,10}|\d{12,13})$/,
    read: (m, value) => {
      const digits = m[1] ?? '';
      const ms = Number(digits) * (digits.length <= 10 ? 1000 : 1);
      const day = new Date(ms);
      return calendarDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), value);
    },
  },
  {
    name: 'day and month in numbers',
    pattern: new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})${TIME}$`, 'i'),
    read: (m, value, options) =>
      numericDayMonth(Number(m[1]), Number(m[2]), m[3] ?? '', value, options),
  },
  {
    name: 'a year alone',
    pattern: /^(\d{1,5})$/,
    read: (_m, value) => ({ date: null, notice: `"${value}" is a year alone, not a date` }),
  },
  {
    name: 'a year and month',
    pattern: /^(\d{4})-(\d{1,2})$/,
    read: (_m, value) => ({ date: null, notice: `"${value}" has no day of the month` }),
  },
];

/** Reads one date value; null with a notice when it cannot be read without guessing. */
export function readDate(raw: string | number, options: DateOptions = {}): DateReading {
  const value = String(raw).trim();
  if (value === '') return { date: null };
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(value);
    if (match) return form.read(match, value, options);
  }
  return wordDate(value);
}

function numericDayMonth(
  first: number,
  second: number,
  yearText: string,
  value: string,
  options: DateOptions,
): DateReading {
  if (yearText.length !== 4) return { date: null, notice: `"${value}" has a two-digit year` };
  const year = Number(yearText);
  if (first === second) return calendarDay(year, first, second, value);
  if (first > 12) return calendarDay(year, second, first, value);
  if (second > 12) return calendarDay(year, first, second, value);
  if (options.order === 'dmy') return calendarDay(year, second, first, value);
  if (options.order === 'mdy') return calendarDay(year, first, second, value);
  return {
    date: null,
    notice: `"${value}" could be day/month or month/day; set "dateOrder" to "dmy" or "mdy"`,
  };
}

/** "April 4, 2008", "4 April 2008", "Fri, 04 Apr 2008 10:00:00 +0000", "4th of April 2008". */
function wordDate(value: string): DateReading {
  const words = value
    .replace(/\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?/g, ' ')
    .split(/[\s,./-]+/)
    .filter(Boolean);
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const lower = word.toLowerCase();
    const named = MONTHS[lower.replace(/\.$/, '')];
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(word);
    if (named !== undefined && month === undefined) month = named;
    else if (/^\d{4,5}$/.test(word) && year === undefined) year = Number(word);
    else if (ordinal && day === undefined) day = Number(ordinal[1]);
  }
  if (month === undefined || year === undefined) return { date: null, notice: unreadable(value) };
  if (day === undefined) return { date: null, notice: `"${value}" has no day of the month` };
  return calendarDay(year, month, day, value);
}

/** A day in the proleptic Gregorian calendar, years 1 to 9999 (ISO's four digits). */
function calendarDay(year: number, month: number, day: number, value: string): DateReading {
  if (year < 1 || year > 9999)
    return { date: null, notice: `"${value}": year ${year} is out of range` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { date: null, notice: `"${value}" is not a calendar date` };
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function unreadable(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}" is not a date Dateline can read`;
}
