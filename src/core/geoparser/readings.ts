import type { GazPlace, NameMatch } from '../gazetteer/gazetteer';
import { nameKey } from '../gazetteer/normalize';
import { NameSource } from '../gazetteer/types';
import { prior } from './prior';

/** Readings per name considered jointly; the rest are too unlikely to matter. */
const MAX_READINGS = 50;

/** A place a name may mean, with its score before document context. */
export interface Reading {
  place: GazPlace;
  base: number;
  /** The score by prior alone, before local cues. */
  prior: number;
  /** The text names the place by its own name, not an alternate spelling or another language's. */
  ownName: boolean;
  /** Reasons given by the local cues that raised `base` ("its container follows it"). */
  cues: string[];
}

/** A name's readings by prior, best first (one per place, with its best name source). */
export function bestReadings(matches: NameMatch[], key: string): Reading[] {
  const byPlace = new Map<number, Reading>();
  for (const m of matches) {
    const base = prior(m);
    const had = byPlace.get(m.place.index);
    if (!had || had.base < base) {
      const ownName = m.source === NameSource.primary || had?.ownName === true;
      byPlace.set(m.place.index, { place: m.place, base, prior: base, ownName, cues: [] });
    } else if (m.source === NameSource.primary) {
      had.ownName = true;
    }
  }
  const readings = [...byPlace.values()];
  // By its own name, or as a seat by any of its names ("Geneva" for Genève); not "New York"
  // for New York City, which is neither the state's name for it nor its seat, and not a seat by
  // the first words of its name ("Oklahoma" for Oklahoma City): that is the division's name.
  const nameOf = new Set(
    matches
      .filter(
        (m) =>
          m.source === NameSource.primary ||
          ((m.place.feature === 'PPLA' || m.place.feature === 'PPLC') &&
            !nameKey(m.place.name).startsWith(`${key} `)),
      )
      .map((m) => m.place.index),
  );
  preferEponymousSeats(readings, nameOf);
  return readings.sort((a, b) => b.base - a.base).slice(0, MAX_READINGS);
}

/** Share of its division's people above which a seat is what the shared name means. */
const SEAT_SHARE = 0.2;
/** How far such a seat leads its division by prior. */
const SEAT_LEAD = 0.5;

/**
 * "Istanbul", "Lagos", "Kharkiv": a division and its main city share a name, and the city holds a good
 * part of its people; news then means the city unless it says "region" or "province". Where the
 * city is small beside its division ("Quebec"), the division keeps its lead.
 */
function preferEponymousSeats(readings: Reading[], ownName: Set<number>): void {
  for (const city of readings) {
    const p = city.place;
    if (p.kind !== 'city' || !ownName.has(p.index)) continue;
    const division = readings.find((r) => r.place.kind === 'admin1' && r.place.admin1 === p.admin1);
    if (division && p.population >= SEAT_SHARE * division.place.population) {
      city.base = Math.max(city.base, division.base + SEAT_LEAD);
      city.prior = city.base;
    }
  }
}
