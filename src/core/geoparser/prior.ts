import type { NameMatch } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';

/**
 * How likely a name means this place before reading the rest of the text, on a log10-population
 * scale. Countries and continents outrank any namesake; a division counts its people;
 * a capital gets a large boost ("Washington" in news is the U.S. capital unless something says the
 * state), a provincial seat a small one; neighbourhoods (PPLX) a penalty.
 */
export function prior(m: NameMatch): number {
  const p = m.place;
  let score: number;
  switch (p.kind) {
    case 'continent':
      score = 10;
      break;
    case 'country':
      // Between 9 and 10: above any namesake, ordered by people among countries ("Congo").
      score = 9 + 0.1 * Math.log10(p.population + 10);
      break;
    case 'region':
    case 'sea':
      score = 8.5;
      break;
    case 'admin2':
      // Counties rank by people, below a same-named town's own name.
      score = Math.log10(p.population + 10) - 0.5;
      break;
    case 'admin1':
      score = Math.log10(p.population + 10) + 0.5;
      break;
    case 'city':
      score = Math.log10(p.population + 10) + featureBonus(p.feature);
      break;
  }
  // Alternate names are often other languages' names for another place ("Poland" -> Terryville).
  if (m.source === NameSource.alternate && p.kind === 'city') score -= 1.5;
  return score;
}

function featureBonus(feature: string): number {
  switch (feature) {
    case 'PPLC':
      return 2;
    case 'PPLA':
      return 0.5;
    case 'PPLA2':
      return 0.2;
    case 'PPLX':
      return -0.5;
    default:
      return 0;
  }
}
