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

/** Grid cell size (degrees) for grouping a division's places: about 220 km. */
const CELL = 2;
/** Cells this far apart still connect: gaps of up to ~650 km between towns (northern Quebec). */
const REACH = 3;

/**
 * Keeps the places in the largest connected group of occupied grid cells (cells up to REACH
 * apart connect). Towns filed under the wrong division (Tibetan townships coded as Hebei)
 * would otherwise stretch the extent by a thousand km; sparse but contiguous areas (Nunavik in
 * Quebec) stay connected.
 */
function mainCluster(points: LatLon[]): LatLon[] {
  const cellOf = (p: LatLon) => `${Math.floor(p.lat / CELL)},${Math.floor(p.lon / CELL)}`;
  const members = new Map<string, LatLon[]>();
  for (const p of points) {
    const list = members.get(cellOf(p)) ?? [];
    list.push(p);
    members.set(cellOf(p), list);
  }
  const seen = new Set<string>();
  let best: LatLon[] = [];
  for (const start of members.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const group: LatLon[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const cell = queue.pop() ?? '';
      group.push(...(members.get(cell) ?? []));
      const [la = 0, lo = 0] = cell.split(',').map(Number);
      for (let i = -REACH; i <= REACH; i++) {
        for (let j = -REACH; j <= REACH; j++) {
          const next = `${la + i},${lo + j}`;
          if (members.has(next) && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    if (group.length > best.length) best = group;
  }
  return best.length > 0 ? best : points;
}

/**
 * A representative point for a first-level division from the GeoNames places inside it: the
 * middle of their latitude and longitude extent. GeoNames' ADM1 points are area centres, and the
 * outermost towns mark the area even where people crowd one coast; measured against ADM1 points,
 * this beat trimmed extents, grid-cell centroids and medians for large sparse provinces (Quebec,
 * Ontario, Queensland) and was as good elsewhere.
 */
export function admin1Point(all: LatLon[]): LatLon {
  const points = mainCluster(all);
  const lat = midRange(points.map((p) => p.lat)).mid;
  const lon = midRange(points.map((p) => p.lon));
  // A division across the antimeridian (Chukotka, Fiji) is measured with longitudes shifted east.
  const shifted = midRange(points.map((p) => (p.lon < 0 ? p.lon + 360 : p.lon)));
  const mid = shifted.span < lon.span ? shifted.mid : lon.mid;
  return { lat, lon: mid > 180 ? mid - 360 : mid };
}
