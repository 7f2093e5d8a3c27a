import type { Gazetteer, NameMatch } from '../gazetteer/gazetteer';
import { isAbbreviation, nameKey } from '../gazetteer/normalize';
import { NameSource } from '../gazetteer/types';
import { isStrongMatch } from './context';
import type { Token } from './tokens';

/** A span of text that names something in the gazetteer: places, or the country of a demonym. */
export interface Candidate {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  key: string;
  form: 'name' | 'demonym';
  /** Places the name can mean; for a demonym, the one country. */
  matches: NameMatch[];
  /** A head word the text gives after a list of names ("Chase and Dundy counties": "county"). */
  impliedHead?: string;
}

/** Lower-case words that occur inside place names ("Bosnia and Herzegovina", "Port-au-Prince"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
  'las',
  'los',
  'el',
  'al',
  'upon',
  'on',
  'au',
  'aux',
  'sur',
  'am',
  'im',
  'an',
  'der',
  'y',
  'en',
  'es',
  // Elided and possessive pieces: "Côte d'Ivoire", "L'Aquila", "People's Republic of China".
  'd',
  'l',
  's',
  'kwa',
]);
const INNER_MARKS = new Set(['-', "'", '’', '.']);

/** Can this token sit inside a multi-word name? */
function canContinue(t: Token): boolean {
  return t.capitalised || CONNECTORS.has(t.text) || INNER_MARKS.has(t.text);
}

/** Letters enough that an all-capitals word is a word in capitals, not an acronym. */
const MIN_CAPITALISED_WORD = 4;

/**
 * Keeps the matches the text's case allows. An acronym ("NATO") matches abbreviation entries only,
 * not the Philippine town Nato; a mixed-case word ("Us") never an abbreviation. A longer word in
 * capitals ("MOSCOW", a wire dateline) may also be an unmistakable place by its own name. State
 * abbreviations ("Ga.", "GA") count only right after "Place, ".
 */
function matchesForCase(
  text: string,
  matches: readonly NameMatch[],
  afterPlaceComma: boolean,
): NameMatch[] {
  const caps = isAbbreviation(text);
  const shouting = caps && !text.includes('.') && text.length >= MIN_CAPITALISED_WORD;
  const abbreviations = matches.filter((m) => m.source === NameSource.abbreviation);
  return matches.filter((m) => {
    if (m.source === NameSource.qualifier) return afterPlaceComma;
    if (!caps) return m.source !== NameSource.abbreviation;
    if (m.source === NameSource.abbreviation) return true;
    return (
      shouting && abbreviations.length === 0 && m.source === NameSource.primary && isStrongMatch(m)
    );
  });
}

/**
 * Stage 1: the longest gazetteer names and demonyms starting at capitalised tokens, left to right,
 * without overlaps. "Czech Republic" wins over "Czech"; "U.S.-Russian" yields U.S. and Russian.
 */
export function findCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const maxWords = Math.min(gazetteer.maxNameWords, 8);
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first?.capitalised) {
      i++;
      continue;
    }
    // How far a name could reach: capitalised words, connectors and inner marks.
    let reach = i;
    let words = 1;
    while (reach + 1 < tokens.length && words < maxWords * 2) {
      const next = tokens[reach + 1];
      const gap = next ? text.slice(tokens[reach]?.end ?? 0, next.start) : '\n';
      if (!next || /\n/.test(gap) || gap.length > 1 || !canContinue(next)) break;
      reach++;
      words++;
    }
    const prev = found.at(-1);
    const afterPlaceComma =
      prev?.form === 'name' && /^,\s?$/.test(text.slice(prev.end, first.start));
    // Shortest first, keeping the longest hit; stop once no name starts with the words so far.
    let hit: Candidate | undefined;
    for (let last = i; last <= reach; last++) {
      const end = tokens[last];
      if (!end) break;
      const spanText = text.slice(first.start, end.end);
      const key = nameKey(spanText);
      // A name ends on a word with a capital or a dotted abbreviation.
      if (end.capitalised) {
        const span = { first: i, last, start: first.start, end: end.end, text: spanText, key };
        // An adjective ("Russian") is read as one even where a hamlet shares the spelling.
        const country = isAbbreviation(spanText) ? undefined : gazetteer.demonym(spanText);
        const matches = country
          ? []
          : matchesForCase(spanText, gazetteer.lookupKey(key), afterPlaceComma);
        if (country) {
          hit = {
            ...span,
            form: 'demonym',
            matches: [{ place: country, source: NameSource.primary }],
          };
        } else if (matches.length > 0) {
          hit = { ...span, form: 'name', matches };
        }
      }
      if (!gazetteer.hasPrefix(key)) break;
    }
    if (hit) {
      found.push(hit);
      i = hit.last + 1;
    } else {
      i++;
    }
  }
  return found;
}
