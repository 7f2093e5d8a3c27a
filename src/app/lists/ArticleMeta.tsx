import { isoFromDay } from '../../shared/hash';

/** "Fox News · 4 April 2008 · 12 places": only what is known. */
export function ArticleMeta({
  source,
  day,
  placeCount,
}: {
  source: string | null;
  day: number | null;
  placeCount: number;
}) {
  const parts = [
    source,
    day === null ? null : formatDay(day),
    `${placeCount} ${placeCount === 1 ? 'place' : 'places'}`,
  ].filter((p): p is string => p !== null);
  return <p className="dl-meta">{parts.join(' · ')}</p>;
}

let format: Intl.DateTimeFormat | null = null;
const formatted = new Map<number, string>();

/** "4 April 2008" for a day number; each day is formatted once, however often it is shown. */
export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    format ??= new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const date = new Date(`${isoFromDay(day)}T00:00:00Z`);
    text = Number.isNaN(date.getTime()) ? isoFromDay(day) : format.format(date);
    formatted.set(day, text);
  }
  return text;
}
