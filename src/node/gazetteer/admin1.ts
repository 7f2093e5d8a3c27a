import type { LatLon } from '../../shared/place';

/** Generic words after an admin1 name ("Kursk Oblast", "Nyanza Province"): news often drops them. */
const ADMIN1_SUFFIX =
  /\s+(Province|Region|Department|District|Oblast'?|State|Governorate|Prefecture|Krai|Voivodeship|Municipality|Division|Territory)$/i;

/** Leading generic words: "Province of Nueva Ecija". */
const DIVISION_PREFIX = /^(Province|Region|Department|District|State|Municipality) of\s+/i;

/**
 * The name plus its form without a generic word ("Moscow Oblast" -> "Moscow", "Province of
 * Nueva Ecija" -> "Nueva Ecija"), unless the short form is an ordinary word that would match
 * everywhere ("Western Province" -> "Western", "North Region" -> "North"). US-style "County" and
 * "Parish" stay: "Scott County" is the name, "Scott" a person.
 */
export function divisionNameVariants(
  name: string,
  isOrdinaryWord: (w: string) => boolean,
): string[] {
  const short = name.replace(ADMIN1_SUFFIX, '').replace(DIVISION_PREFIX, '');
  if (short === name || short.length <= 2 || isOrdinaryWord(short)) return [name];
  return [name, short];
}

function midRange(xs: number[]): { mid: number; span: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return { mid: (lo + hi) / 2, span: hi - lo };
}

/** Grid cell size (degrees) for finding strays: about 220 km. */
const CELL = 2;

/**
 * Drops places with no other place of the division in their own or a neighbouring grid cell: a
 * town filed under the wrong division (a "Hebei" village in Gansu) would otherwise stretch the
 * extent by a thousand km. Sparse but contiguous areas (Nunavik in Quebec) keep their towns.
 */
function withoutStrays(points: LatLon[]): LatLon[] {
  const cellOf = (p: LatLon) => `${Math.floor(p.lat / CELL)},${Math.floor(p.lon / CELL)}`;
  const counts = new Map<string, number>();
  for (const p of points) counts.set(cellOf(p), (counts.get(cellOf(p)) ?? 0) + 1);
  const kept = points.filter((p) => {
    const la = Math.floor(p.lat / CELL);
    const lo = Math.floor(p.lon / CELL);
    let n = 0;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++) n += counts.get(`${la + i},${lo + j}`) ?? 0;
    return n > 1;
  });
  return kept.length > 0 ? kept : points;
}

/**
 * A representative point for a first-level division from the GeoNames places inside it: the
 * middle of their latitude and longitude extent. GeoNames' ADM1 points are area centres, and the
 * outermost towns mark the area even where people crowd one coast; measured against ADM1 points,
 * this beat trimmed extents, grid-cell centroids and medians for large sparse provinces (Quebec,
 * Ontario, Queensland) and was as good elsewhere.
 */
export function admin1Point(all: LatLon[]): LatLon {
  const points = withoutStrays(all);
  const lat = midRange(points.map((p) => p.lat)).mid;
  const lon = midRange(points.map((p) => p.lon));
  // A division across the antimeridian (Chukotka, Fiji) is measured with longitudes shifted east.
  const shifted = midRange(points.map((p) => (p.lon < 0 ? p.lon + 360 : p.lon)));
  const mid = shifted.span < lon.span ? shifted.mid : lon.mid;
  return { lat, lon: mid > 180 ? mid - 360 : mid };
}
