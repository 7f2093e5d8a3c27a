import type { PlaceKind } from '../../shared/place';
import type { PlaceRef } from '../../shared/schema';

let regionNames: Intl.DisplayNames | null = null;

/** "Russia" for "RU"; the code itself if the browser does not know it. */
export function countryName(iso2: string | null): string | null {
  if (!iso2) return null;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(iso2.toUpperCase()) ?? iso2;
  } catch {
    return iso2;
  }
}

/** What a place's name is built from; `admin1` is absent in older data. */
export type Named = Pick<PlaceRef, 'name' | 'kind' | 'country' | 'admin1'>;

// Towns and counties share names across a country (four Springfields in the U.S.), so they also
// carry their state or province; a division or a larger place is told apart by its country alone.
const NAMED_WITH_DIVISION: ReadonlySet<PlaceKind> = new Set(['city', 'admin2']);

/**
 * "Springfield, Illinois, United States", "Sochi, Krasnodar Krai, Russia"; a division is "Georgia,
 * United States"; a country, sea or continent is just its name. A part equal to the name (Moscow
 * in Moscow) is left out.
 */
export function placeLabel(place: Named): string {
  if (place.kind === 'country' || place.kind === 'continent' || place.kind === 'sea') {
    return place.name;
  }
  const division = NAMED_WITH_DIVISION.has(place.kind) ? place.admin1 : null;
  const parts = [place.name, division, countryName(place.country)];
  return parts.filter((part, i) => part && (i === 0 || part !== place.name)).join(', ');
}

// One formatter: toLocaleString builds a new one on every call, and names are made per marker.
const COUNT = new Intl.NumberFormat('en-GB');

/** "1 mention", "45,830 mentions": the same words in names, the panel and the timeline. */
export function mentionsText(count: number): string {
  return `${COUNT.format(count)} ${count === 1 ? 'mention' : 'mentions'}`;
}

/** The accessible name of a place everywhere it is operable: "Sochi, Russia: 1 mention". */
export function placeAccessibleName(place: Named, count: number): string {
  return `${placeLabel(place)}: ${mentionsText(count)}`;
}

/**
 * A marker's accessible name: the place's, plus "doubtful" when the geoparser was unsure, so a
 * screen reader hears the doubt the dashed outline shows.
 */
export function markerAccessibleName(place: Named, count: number, doubtful: boolean): string {
  const name = placeAccessibleName(place, count);
  return doubtful ? `${name}, doubtful` : name;
}

const KIND_NAMES: Record<PlaceKind, string> = {
  continent: 'Continent',
  region: 'Region',
  sea: 'Sea',
  country: 'Country',
  admin1: 'State or province',
  admin2: 'County or district',
  city: 'City',
};

export function kindName(kind: PlaceKind): string {
  return KIND_NAMES[kind];
}

/** "Georgia, U.S. state"-style description of an alternative reading. */
export function alternativeLabel(place: Named): string {
  const country = countryName(place.country);
  if (place.kind === 'country') return `${place.name} (country)`;
  if (place.kind === 'admin1') {
    return country
      ? `${place.name} (state or province, ${country})`
      : `${place.name} (state or province)`;
  }
  return placeLabel(place);
}
