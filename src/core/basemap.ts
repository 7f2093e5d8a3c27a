import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CountryShapeProperties, MapLabel } from '../shared/schema';

export interface CountryCodes {
  iso2: string;
  /** ISO 3166-1 alpha-3, as the land shapes are keyed ("RUS"). */
  iso3: string;
  name: string;
  /** km², for deciding at which zoom a country's name fits. */
  area: number;
  lat: number;
  lon: number;
}

// Codes the shapes use where the country table has another (Kosovo has no ISO code yet).
const ISO3_ALIASES: Record<string, string> = { XKX: 'UNK' };

/**
 * Keys land shapes (properties.A3, ISO alpha-3) by ISO alpha-2, the code places carry, so the app
 * can shade a mentioned country without shipping a code table. Unknown codes keep iso2 null.
 */
export function keyShapesByIso2(
  shapes: FeatureCollection<Geometry, { A3?: string }>,
  countries: readonly CountryCodes[],
): FeatureCollection<Geometry, CountryShapeProperties> {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  return {
    type: 'FeatureCollection',
    features: shapes.features.map((f): Feature<Geometry, CountryShapeProperties> => {
      const a3 = f.properties.A3 ?? '';
      const country = byIso3.get(ISO3_ALIASES[a3] ?? a3);
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: { iso2: country?.iso2 ?? null, name: country?.name ?? a3 },
      };
    }),
  };
}

/** Zoom from which a name is drawn: the first threshold the size reaches, else none. */
function zoomFor(size: number, thresholds: readonly [number, number][]): number | null {
  for (const [min, zoom] of thresholds) if (size >= min) return zoom;
  return null;
}

// A country's name fits at world view when it is large (km²); small ones wait for a closer zoom.
const COUNTRY_ZOOMS: [number, number][] = [
  [2_500_000, 2],
  [500_000, 3],
  [100_000, 4],
  [0, 5],
];
// Cities by population: the largest from zoom 4, towns of 100,000 from zoom 7.
const CITY_ZOOMS: [number, number][] = [
  [5_000_000, 4],
  [1_000_000, 5],
  [300_000, 6],
  [100_000, 7],
];

export function countryLabels(countries: readonly CountryCodes[]): MapLabel[] {
  return countries.map((c) => ({
    name: c.name,
    lat: c.lat,
    lon: c.lon,
    minZoom: zoomFor(c.area, COUNTRY_ZOOMS) ?? 5,
  }));
}

export interface City {
  name: string;
  lat: number;
  lon: number;
  population: number;
}

/** Cities worth a name on the basemap, largest first (the app draws the larger where two collide). */
export function cityLabels(cities: Iterable<City>): MapLabel[] {
  const out: (MapLabel & { population: number })[] = [];
  for (const c of cities) {
    const minZoom = zoomFor(c.population, CITY_ZOOMS);
    if (minZoom !== null) out.push({ ...c, minZoom });
  }
  return out
    .sort((a, b) => b.population - a.population)
    .map(({ name, lat, lon, minZoom }) => ({ name, lat, lon, minZoom }));
}
