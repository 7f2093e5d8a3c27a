import type { Gazetteer, NameMatch } from '../gazetteer/gazetteer';
import { NameSource } from '../gazetteer/types';
import type { Candidate } from './candidates';
import type { Token } from './tokens';

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
 * Places no one mistakes: continents, regions, seas, countries, first-level divisions and capitals
 * or big cities by their own name. A division or city reached by an alternate name ("Vladimir" for
 * Vladimir Oblast, "Part" for Perth) is not: such names are often ordinary words or given names.
 */
export function isStrongMatch(m: NameMatch): boolean {
  const p = m.place;
  if (p.kind === 'country' || p.kind === 'continent' || p.kind === 'region' || p.kind === 'sea') {
    return true;
  }
  if (m.source === NameSource.alternate) return false;
  return p.kind === 'admin1' || p.feature === 'PPLC' || p.population >= 1_000_000;
}

export function hasStrongMatch(c: Candidate): boolean {
  return c.form === 'demonym' || c.matches.some(isStrongMatch);
}

/**
 * "Paris, Texas", "Tbilisi, Georgia": a candidate followed by a comma and a candidate naming a
 * country or first-level division. Returns the qualifying candidate, if any.
 */
export function qualifierOf(
  text: string,
  candidates: Candidate[],
  k: number,
): Candidate | undefined {
  const c = candidates[k];
  const next = candidates[k + 1];
  if (!c || !next || next.form !== 'name') return undefined;
  if (!/^,\s?$/.test(text.slice(c.end, next.start))) return undefined;
  const containerKinds = next.matches.some(
    (m) => m.place.kind === 'country' || m.place.kind === 'admin1',
  );
  return containerKinds ? next : undefined;
}

/** True when the text's word is a common English word in lower case ("march", "bath", "reading"). */
export function isCommonWordSpan(gazetteer: Gazetteer, c: Candidate): boolean {
  return c.first === c.last && gazetteer.isCommonWord(c.text);
}
