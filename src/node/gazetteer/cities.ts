import { isAbbreviation, nameKey } from '../../core/gazetteer/normalize';
import { NameSource } from '../../core/gazetteer/types';
import type { GeoNamesCity } from './geonames';
import { LATIN_NAME, type IndexBuilder } from './index-builder';

/**
 * GeoNames alternate names mix spellings ("Moskva", "Bucuresti") with airport codes ("TPE"),
 * other places' names and oddities ("Google" for Topeka). Kept: any name of a city of a million
 * or more (exonyms such as "Calcutta", "Peking"), otherwise only names starting like the city's
 * own (spellings and transliterations), with "St." and "Saint" counted alike.
 */
function isSpellingOf(alt: string, c: GeoNamesCity): boolean {
  if (c.population >= 1_000_000) return true;
  const head = (n: string) =>
    nameKey(n)
      .replace(/^(saint|sainte|st|ste) /, 's ')
      .slice(0, 2);
  return head(alt) === head(c.name) || head(alt) === head(c.asciiname);
}

/** "NYC" for New York City, "LA" for Los Angeles: the initials of the name's words. */
function isInitialism(abbr: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return abbr.replace(/\./g, '') === initials;
}

/** GeoNames towns with their own, ASCII and (filtered) alternate names. */
export function addCities(b: IndexBuilder, cities: GeoNamesCity[]): void {
  for (const c of cities) {
    const i = b.addPlace({
      id: `gn:${c.geonameid}`,
      name: c.name,
      kind: 'city',
      point: { lat: c.lat, lon: c.lon },
      country: c.country,
      population: c.population,
      feature: c.feature,
      admin1: `${c.country}.${c.admin1}`,
    });
    b.addName(c.name, i, NameSource.primary);
    b.addName(c.asciiname, i, NameSource.primary);
    // Recognition starts names at capitals: "the Hague" is looked up as "Hague".
    if (/^The /.test(c.name)) b.addName(c.name.slice(4), i, NameSource.primary);
    // Alternate names of hamlets are mostly foreign spellings that collide with English words.
    const major = c.population >= 5000 || /^PPL(A|A2|C)$/.test(c.feature);
    if (!major) continue;
    for (const alt of c.alternatenames) {
      if (alt.length < 2 || !LATIN_NAME.test(alt)) continue;
      if (isAbbreviation(alt) ? isInitialism(alt, c.name) : isSpellingOf(alt, c)) {
        b.addName(alt, i, NameSource.alternate);
      }
    }
  }
}
