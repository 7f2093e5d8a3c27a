import type { Gazetteer, NameMatch } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';
import type { Candidate } from './candidates';
import type { Token } from './tokens';

/** Tiny divisions share names with people ("Paul", Cape Verde; "Michael", Isle of Man). */
const STRONG_ADMIN1_POPULATION = 200_000;
const STRONG_CITY_POPULATION = 1_000_000;
/** Capitals of micro-states share names with people too (Douglas, Hamilton). */
const STRONG_CAPITAL_POPULATION = 100_000;

/** The word token before `index`, skipping a dot ("Gov. Perry"), or undefined. */
export function previousWord(tokens: Token[], index: number): Token | undefined {
  let i = index - 1;
  if (tokens[i]?.text === '.') i--;
  const t = tokens[i];
  return t?.word ? t : undefined;
}

/** Text between two tokens is a single space (no punctuation): they belong to one phrase. */
export function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  return /^ ?$/.test(text.slice(a.end, b.start)) && a.end <= b.start;
}

/**
 * Places no one mistakes for a word or a person: continents, regions, seas, countries, populous
 * first-level divisions, capitals and big cities, by their own name. Counties and towns are not
 * (Hamilton, Raub, Davis are surnames too), nor anything reached by an alternate name ("Vladimir"
 * for Vladimir Oblast, "Part" for Perth).
 */
export function isStrongMatch(m: NameMatch): boolean {
  const p = m.place;
  if (p.kind === 'country' || p.kind === 'continent' || p.kind === 'sea') return true;
  if (p.kind === 'region') return true;
  if (p.kind === 'admin2') return false;
  if (m.source === NameSource.alternate) return false;
  if (p.kind === 'admin1') return p.population >= STRONG_ADMIN1_POPULATION;
  if (p.feature === 'PPLC') return p.population >= STRONG_CAPITAL_POPULATION;
  return p.population >= STRONG_CITY_POPULATION;
}

export function hasStrongMatch(c: Candidate): boolean {
  return c.form === 'demonym' || c.matches.some(isStrongMatch);
}

/** What may stand between a place and its container: "Paris, Texas", "Fulton County in Illinois". */
const QUALIFIER_GAP = /^(,\s?|,?\s(?:located |situated )?in (?:the )?)$/;
/** The comma form only: "Banks in Zurich" shows Zurich is a place, not that Banks is one. */
const COMMA_GAP = /^,\s?$/;

/**
 * "Paris, Texas", "Tbilisi, Georgia", "Fulton County located in Illinois": a candidate followed by
 * a candidate surely naming a country or first-level division. Returns the qualifying candidate.
 */
export function qualifierOf(
  text: string,
  candidates: Candidate[],
  k: number,
  form: 'comma' | 'comma-or-in' = 'comma-or-in',
): Candidate | undefined {
  const c = candidates[k];
  const next = candidates[k + 1];
  if (!c || !next || next.form !== 'name') return undefined;
  const gap = form === 'comma' ? COMMA_GAP : QUALIFIER_GAP;
  if (!gap.test(text.slice(c.end, next.start))) return undefined;
  // Only a surely-known container qualifies: "Secretary, Douglas" is not a place and its county.
  if (!next.matches.some(isContainerMatch)) return undefined;
  // "Mexico, China, Japan" or "Georgia, Oklahoma, Wisconsin" is a list, not a place and its
  // container: the first name is itself a country or state of the same rank.
  const rank = (m: NameMatch) =>
    m.place.kind === 'country' ? 2 : m.place.kind === 'admin1' ? 1 : 0;
  const containerRank = Math.max(...next.matches.filter(isContainerMatch).map(rank));
  const listed = c.matches.some((m) => isContainerMatch(m) && rank(m) >= containerRank);
  return listed ? undefined : next;
}

/** A surely-known country or first-level division: what a qualifier names. */
export function isContainerMatch(m: NameMatch): boolean {
  return (m.place.kind === 'country' || m.place.kind === 'admin1') && isStrongMatch(m);
}

/** True when the text's word is a common English word in lower case ("march", "bath", "reading"). */
export function isCommonWordSpan(gazetteer: Gazetteer, c: Candidate): boolean {
  return c.first === c.last && gazetteer.isCommonWord(c.text);
}
