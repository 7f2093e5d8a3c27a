import type { GazPlace } from '../gazetteer/gazetteer';
import type { Reading } from './readings';

/** What kind of reading won, as a reader would say it: "the capital", "the state". */
export function readingLabel(p: GazPlace): string {
  switch (p.kind) {
    case 'continent':
      return 'the continent';
    case 'region':
      return 'the region';
    case 'sea':
      return 'the sea';
    case 'country':
      return 'the country';
    case 'admin1':
      return p.country === 'US' ? 'the state' : 'the state or province';
    case 'admin2':
      return 'the county or district';
    case 'city':
      return p.feature === 'PPLC' ? 'the capital' : 'the town';
  }
}

/**
 * Why the prior favoured the winning reading, or undefined when the prior did not (local cues
 * or context overturned it). Reads the prior's own order: countries and capitals outrank their
 * namesakes, then people.
 */
export function priorReason(winner: Reading, readings: readonly Reading[]): string | undefined {
  const label = readingLabel(winner.place);
  if (readings.length === 1) return `${label}: the only place of this name`;
  const topPrior = Math.max(...readings.map((r) => r.prior));
  if (winner.prior < topPrior) return undefined;
  if (winner.place.kind === 'country') return `${label}: a country outranks its namesakes`;
  if (winner.place.feature === 'PPLC') return `${label}: a capital outranks its namesakes`;
  const mostPeople = Math.max(...readings.map((r) => r.place.population));
  if (winner.place.population >= mostPeople) return `${label}: the most populous namesake`;
  return `${label}: the likeliest namesake by kind and size`;
}
