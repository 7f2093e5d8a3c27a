import { nameKey } from '../../core/gazetteer/normalize';
import { NameSource } from '../../core/gazetteer/types';
import { COUNTRY_POINT_OVERRIDES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from './country-extras';
import type { GeoNamesCity } from './geonames';
import { LATIN_NAME, type IndexBuilder } from './index-builder';

/** The fields of a world-countries entry the gazetteer reads. */
export interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  borders: string[];
  demonyms: { eng?: { m: string; f: string } };
}

/**
 * Countries from world-countries. Population is the sum over the country's GeoNames towns: a
 * rough but consistent tie-breaker between countries sharing a name ("Congo").
 */
export function addCountries(
  b: IndexBuilder,
  countries: WorldCountry[],
  cities: GeoNamesCity[],
): string {
  const people = new Map<string, number>();
  for (const c of cities) people.set(c.country, (people.get(c.country) ?? 0) + c.population);
  const cca3to2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const borders: string[] = [];
  const claims = new Map<string, { place: number; population: number; listed: boolean }>();
  for (const c of countries) {
    const point = COUNTRY_POINT_OVERRIDES[c.cca2] ?? {
      lat: c.latlng[0] ?? 0,
      lon: c.latlng[1] ?? 0,
    };
    const i = b.addPlace({
      id: `country:${c.cca2}`,
      name: c.name.common,
      kind: 'country',
      point,
      country: c.cca2,
      population: people.get(c.cca2) ?? 0,
    });
    b.addName(c.name.common, i, NameSource.primary);
    b.addName(c.name.official, i, NameSource.alternate);
    for (const alt of c.altSpellings) {
      // ISO alpha-2 codes ("IN", "AT", "IT") are ordinary words in capitals; only "US" is a name.
      if (alt === c.cca2 && alt !== 'US') continue;
      if (LATIN_NAME.test(alt)) b.addName(alt, i, NameSource.alternate);
    }
    // English names news uses as the country's own ("Turkey", "Britain", "Burma").
    for (const name of EXTRA_COUNTRY_NAMES[c.cca2] ?? []) b.addName(name, i, NameSource.primary);
    const demonyms = [c.demonyms.eng?.m, c.demonyms.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])];
    for (const d of demonyms) {
      // "Vatican" is world-countries' demonym for the Vatican and also its name: a name it stays,
      // unless the extras table lists it as an adjective ("Saudi").
      const isName =
        nameKey(d ?? '') === nameKey(c.name.common) || c.altSpellings.includes(d ?? '');
      if (!d || (isName && !EXTRA_DEMONYMS[c.cca2]?.includes(d))) continue;
      const claim = {
        place: i,
        population: people.get(c.cca2) ?? 0,
        listed: EXTRA_DEMONYMS[c.cca2]?.includes(d) === true,
      };
      // A shared demonym ("French": France and the French Southern Lands) goes to the country
      // the extras table names, else to the most populous.
      const had = claims.get(nameKey(d));
      if (
        !had ||
        (claim.listed && !had.listed) ||
        (claim.listed === had.listed && claim.population > had.population)
      ) {
        claims.set(nameKey(d), claim);
      }
    }
    const neighbours = c.borders.map((x) => cca3to2.get(x)).filter((x) => x !== undefined);
    borders.push(`${c.cca2}\t${neighbours.join(',')}`);
  }
  for (const [key, claim] of claims) b.demonyms.set(key, claim.place);
  return borders.join('\n');
}
