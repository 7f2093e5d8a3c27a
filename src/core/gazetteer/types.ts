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
