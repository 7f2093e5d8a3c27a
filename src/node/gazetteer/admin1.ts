import type { LatLon } from '../../shared/place';

/** Generic words after an admin1 name ("Kursk Oblast", "Nyanza Province"): news often drops them. */
const ADMIN1_SUFFIX =
  /\s+(Province|Region|Department|District|Oblast'?|State|Governorate|Prefecture|Krai|Voivodeship|County|Municipality|Division|Territory)$/i;

/** The name plus its form without a generic suffix ("Moscow Oblast" -> "Moscow"). */
export function admin1NameVariants(name: string): string[] {
  const short = name.replace(ADMIN1_SUFFIX, '');
  return short !== name && short.length > 2 ? [name, short] : [name];
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] ?? 0;
}

/**
 * A representative point for a first-level division from the GeoNames places inside it: the
 * middle of their latitude/longitude range, trimmed to the 5th-95th percentiles so a far-off
 * island does not drag it. Closer to GeoNames' ADM1 points (area centres) than a population-
 * weighted centroid, which sits in the biggest city (measured on US states and Canadian provinces).
 */
export function admin1Point(points: LatLon[]): LatLon {
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  const lons = points.map((p) => p.lon).sort((a, b) => a - b);
  // Divisions across the antimeridian (Chukotka, Alaska's Aleutians) would average to the far side.
  const lonSpan = quantile(lons, 0.95) - quantile(lons, 0.05);
  const lon =
    lonSpan > 180
      ? quantile(
          lons.map((l) => (l < 0 ? l + 360 : l)).sort((a, b) => a - b),
          0.5,
        )
      : (quantile(lons, 0.05) + quantile(lons, 0.95)) / 2;
  return {
    lat: (quantile(lats, 0.05) + quantile(lats, 0.95)) / 2,
    lon: lon > 180 ? lon - 360 : lon,
  };
}
