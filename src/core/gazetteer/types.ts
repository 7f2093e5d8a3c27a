import type { Attribution } from '../../shared/data-file';

/** Bump when the index layout or the way it is built changes; a stale index is rebuilt. */
export const GAZETTEER_FORMAT = 5;

/** How a name reaches a place; better sources weigh more when resolving. */
export const NameSource = {
  /** The place's own name ("Moscow", "Czech Republic"). */
  primary: 0,
  /** An alternate, official or short name ("Russian Federation", "Czechia", "Moskva"). */
  alternate: 1,
  /** An abbreviation that only matches capitals in the text ("UK", "U.S.", "NSW"). */
  abbreviation: 2,
  /**
   * A postal or news-style abbreviation of a state or province ("GA", "Ga.", "Calif.", "Ont."),
   * in any case, matched only right after a place and a comma ("Atlanta, Ga.").
   */
  qualifier: 3,
} as const;
export type NameSource = (typeof NameSource)[keyof typeof NameSource];

/**
 * The compact prebuilt index as stored on disk. Tables are single strings of lines so that loading
 * is one JSON.parse of a few large strings; lines are split and parsed only when looked up.
 */
export interface GazetteerIndex {
  format: typeof GAZETTEER_FORMAT;
  /** Names and versions of the inputs; a different key means the index must be rebuilt. */
  inputsKey: string;
  attribution: Attribution[];
  /**
   * One line per place, fields separated by tabs (see `PLACE_FIELDS`): id, name, kind, lat, lon,
   * country ('' for none), population, feature code (GeoNames' for towns, 'ADM1'/'ADM2' for
   * divisions, '' otherwise), admin1 key ("US.GA", '' for none). Population is summed over the
   * GeoNames towns inside for countries and divisions, and 0 for the hand-made regions.
   */
  places: string;
  /** Lines "key\tP:S,P:S" sorted by key: place line P reached by name source S under `nameKey`. */
  names: string;
  /** Lines "key\tP": a demonym/adjective ("russian") and the country it names. */
  demonyms: string;
  /** Neighbouring countries by ISO alpha-2, "GE\tRU,AM,AZ,TR" per line. */
  borders: string;
  /** Common English words (lower case, space separated): a capitalised one needs more evidence. */
  commonWords: string;
  /** Common English given names that are not common words (lower case, space separated). */
  givenNames: string;
}

/** Field order of a place line. */
export const PLACE_FIELDS = [
  'id',
  'name',
  'kind',
  'lat',
  'lon',
  'country',
  'population',
  'feature',
  'admin1',
] as const;
