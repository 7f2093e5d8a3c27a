import { distanceKm } from '../../shared/place';
import type { Gazetteer, GazPlace } from '../gazetteer/gazetteer';

/** Two towns of one state or province: local news stays local ("Tyler", "Fairfield", Texas). */
const SAME_ADMIN1 = 0.8;
/** A first-level division and a place inside it (Atlanta and Georgia the state). */
const CONTAINS_DIVISION = 3;
/** A country and a place inside it: weak, since big countries appear in most news. */
const CONTAINS_COUNTRY = 0.5;
const SAME_COUNTRY = 0.3;
const NEIGHBOURING_COUNTRIES = 0.3;
/** Distance over which nearness fades to 1/e of its weight. */
const NEARNESS_KM = 600;

/** `outer` is a country or first-level division that holds `inner`. */
export function contains(outer: GazPlace, inner: GazPlace): boolean {
  if (outer.index === inner.index) return false;
  if (outer.kind === 'country') return inner.country === outer.country && inner.kind !== 'country';
  // Cities and counties (admin2) carry their admin1 key.
  if (outer.kind === 'admin1') return inner.kind !== 'admin1' && inner.admin1 === outer.admin1;
  return false;
}

/**
 * How much another place in the same text supports reading a name as `p`: one contains the other
 * (Atlanta and Georgia the state; Tbilisi and Georgia the country), same country, neighbouring
 * countries, or simply nearby. A mentioned country is weak support for its parts, since big
 * countries appear in most news; a first-level division containing the place is strong.
 */
export function relatedness(gazetteer: Gazetteer, p: GazPlace, q: GazPlace): number {
  if (p.index === q.index) return 0;
  let r = 0;
  if (contains(q, p) || contains(p, q)) {
    r += q.kind === 'country' ? CONTAINS_COUNTRY : CONTAINS_DIVISION;
  } else if (p.admin1 !== '' && p.admin1 === q.admin1) {
    r += SAME_ADMIN1;
  } else if (p.country !== null && p.country === q.country) {
    r += SAME_COUNTRY;
  } else if (
    p.country !== null &&
    q.country !== null &&
    gazetteer.areNeighbours(p.country, q.country)
  ) {
    r += NEIGHBOURING_COUNTRIES;
  }
  // Distances to the point of a continent or sea say little.
  if (q.kind !== 'continent' && p.kind !== 'continent') {
    r += Math.exp(-distanceKm(p, q) / NEARNESS_KM);
  }
  return r;
}

/** Formats as `Number.prototype.toLocaleString('en-US')` does, without building a formatter per call. */
const EN_US_NUMBER = new Intl.NumberFormat('en-US');

/** How `q`, named elsewhere in the text, bears on reading a name as `p`, in words. */
export function describeTie(p: GazPlace, q: GazPlace, gazetteer: Gazetteer, near: boolean): string {
  const where = near ? 'in the same passage' : 'in the text';
  const km = Math.round(distanceKm(p, q) / 100) * 100;
  let relation = km < 100 ? 'nearby' : `${EN_US_NUMBER.format(km)} km away`;
  if (contains(q, p)) relation = 'which holds it';
  else if (contains(p, q)) relation = 'inside it';
  else if (p.admin1 !== '' && p.admin1 === q.admin1) relation = 'in the same state or province';
  else if (p.country !== null && p.country === q.country) relation = 'in the same country';
  else if (
    p.country !== null &&
    q.country !== null &&
    gazetteer.areNeighbours(p.country, q.country)
  )
    relation = q.kind === 'country' ? 'a neighbouring country' : 'in a neighbouring country';
  return `${q.name} (${relation}) is mentioned ${where}`;
}
