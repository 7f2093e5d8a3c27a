import type { GeometryCollection, Topology } from 'topojson-specification';

/** What the app needs to know about a country shape: which ISO code it shades for. */
export interface CountryShapeProperties {
  iso2: string | null;
  name: string;
}

export interface CountryCodes {
  iso2: string;
  /** ISO 3166-1 numeric, as Natural Earth's shapes are keyed ("643" for Russia); may be empty. */
  numeric: string;
  name: string;
}

/**
 * Keys Natural Earth's country shapes by ISO alpha-2, the code places carry, so the app can
 * shade a mentioned country without shipping a code table. Shapes without a numeric code
 * (Kosovo) are matched by name; the rest (Somaliland, N. Cyprus) keep iso2 null.
 */
export function keyShapesByIso2(topology: Topology, countries: readonly CountryCodes[]): Topology {
  const byNumeric = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.iso2]));
  const byName = new Map(countries.map((c) => [c.name, c.iso2]));
  const shapes = topology.objects.countries as GeometryCollection<{ name: string }> | undefined;
  if (!shapes) throw new Error('the basemap has no "countries" object');
  const geometries = shapes.geometries.map((geometry) => {
    const name = shapeName(geometry.properties);
    const id = geometry.id === undefined ? undefined : String(geometry.id);
    const iso2 = (id && byNumeric.get(id)) ?? byName.get(name) ?? null;
    const properties: CountryShapeProperties = { iso2, name };
    return { ...geometry, properties };
  });
  return { ...topology, objects: { countries: { ...shapes, geometries } } };
}

function shapeName(properties: unknown): string {
  const name = (properties as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : '';
}
