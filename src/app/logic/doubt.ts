/**
 * Below this confidence a place is drawn as doubtful (dashed, hollow) and can be hidden. Lower than
 * the point at which the panel lists other readings: a place the geoparser is 70% sure of shows
 * its alternatives but is not yet called doubtful on the map.
 */
export const DOUBTFUL_BELOW = 0.6;

export function isDoubtful(place: { confidence: number }): boolean {
  return place.confidence < DOUBTFUL_BELOW;
}

/** The places left when doubtful ones are hidden; a no-op when they are not. */
export function withoutDoubtful<T extends { place: { confidence: number } }>(
  shown: readonly T[],
  hide: boolean,
): readonly T[] {
  return hide ? shown.filter((s) => !isDoubtful(s.place)) : shown;
}
