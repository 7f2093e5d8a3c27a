import type { Candidate } from './candidates';
import { hasStrongMatch, isContainerMatch, qualifierOf } from './context';
import type { Rejection } from './filters';
import { contains } from './relatedness';
import type { Resolution } from './resolve';
import { FEATURE_HEADS } from './words';

/** A town this size or bigger is kept even with nothing else in the text near it (Glasgow). */
const STRAY_MAX_POPULATION = 100_000;
/** Below this tie to every other name, a place has nothing in the text near it. */
const STRAY_MAX_TIE = 0.05;
/** Other names needed before a lone place looks stray: a short note may name one far town. */
const STRAY_MIN_OTHERS = 2;

/**
 * Words after a name that call it a first-level division. Not "district" or "county": a town
 * usually lies in its eponymous district, so its point stays near; nor "region", which follows
 * cities too ("the Houston region").
 */
const DIVISION_AFTER = /^\s+(province|provinces|state|oblast|governorate|prefecture)\b/i;

const SEATS = new Set(['PPLA', 'PPLC']);

/** "the provinces of Nyanza", "the state of Lagos". */
const DIVISION_BEFORE = /\b(province|provinces|state|oblast|governorate|prefecture) of (the )?$/i;

/** "Fraser Valley": the mention was extended over a feature word and is placed at the town. */
function isExtendedFeature(c: Candidate): boolean {
  const words = c.text.split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  return FEATURE_HEADS.has(last) && !c.key.endsWith(last);
}

/** What may join the names of a list: "Zaïre, Bundibugyo, Côte d'Ivoire and Sudan". */
const LIST_GAP = /^(,\s*|,?\s+(and|or)\s+)$/;

/**
 * The name at `k` goes on into a list rather than a chain of containers: the next name is no
 * container of it ("Stroud, Ontario, Canada" is a chain; "Côte d'Ivoire and Sudan" a list).
 */
function continuesList(text: string, candidates: Candidate[], k: number): boolean {
  const c = candidates[k];
  const next = candidates[k + 1];
  if (!c || !next || !LIST_GAP.test(text.slice(c.end, next.start))) return false;
  const holds = next.matches.some((outer) =>
    c.matches.some((inner) => contains(outer.place, inner.place)),
  );
  return !holds;
}

/** What a resolution rule sees: one kept name and how it was resolved. */
interface StrayView {
  text: string;
  candidates: Candidate[];
  k: number;
  c: Candidate;
  r: Resolution;
  /** Names of the text placed in each country ('' for none), this one included. */
  countries: Map<string, number>;
}

/** The text names other places, none of them in the reading's country. */
function abroad(r: Resolution, countries: Map<string, number>): boolean {
  const country = r.ranked[0]?.place.country ?? '';
  let total = 0;
  for (const n of countries.values()) total += n;
  return total > 1 && (countries.get(country) ?? 0) <= 1;
}

/** A rule that drops a resolved name whose every reading is wrong for the gazetteer's lack. */
interface ResolutionRule {
  name: string;
  reason: string;
  test: (v: StrayView) => boolean;
}

/**
 * Names whose best reading is surely not what the text means: the place meant is missing from
 * the gazetteer, and a namesake stood in. Better no dot than a dot on another continent.
 */
export const RESOLUTION_RULES: readonly ResolutionRule[] = [
  {
    name: 'container-without-reading',
    reason: 'its container holds no place of this name ("Bradford, Ontario")',
    test: ({ text, candidates, k, r }) => {
      // Towns and counties only: "Colorado, Georgia" in a list of states is no town and its state.
      if (!r.ranked.every((x) => x.place.kind === 'city' || x.place.kind === 'admin2'))
        return false;
      const q = qualifierOf(text, candidates, k, 'comma');
      if (!q || continuesList(text, candidates, k + 1)) return false;
      const containers = q.matches.filter(isContainerMatch).map((m) => m.place);
      return !r.ranked.some((x) => containers.some((outer) => contains(outer, x.place)));
    },
  },
  {
    name: 'division-without-reading',
    reason: 'called a province, yet no first-level division has this name ("Nyanza province")',
    test: ({ text, candidates, c, r, countries }) =>
      r.ranked.every((x) => x.place.kind === 'city' || x.place.kind === 'admin2') &&
      // A seat names the province around it ("the Al-Minya governorate"): its point is inside,
      // unless the text is about other countries (Nyanza, Rwanda, in a story about Kenya).
      (!SEATS.has(r.ranked[0]?.place.feature ?? '') || abroad(r, countries)) &&
      candidates.some(
        (m) =>
          m.key === c.key &&
          (DIVISION_AFTER.test(text.slice(m.end, m.end + 14)) ||
            DIVISION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))),
      ),
  },
  {
    name: 'stray-feature',
    reason: 'a natural feature named after a town far from every other place in the text',
    test: ({ c, r }) =>
      isExtendedFeature(c) && r.others >= STRAY_MIN_OTHERS && r.strongestTie < STRAY_MAX_TIE,
  },
  {
    name: 'stray-namesake',
    reason: 'a small place far from every other place in the text ("Piccadilly" in Australia)',
    test: ({ c, r }) => {
      const top = r.ranked[0]?.place;
      return (
        top !== undefined &&
        (top.kind === 'city' || top.kind === 'admin2') &&
        top.population < STRAY_MAX_POPULATION &&
        !hasStrongMatch(c) &&
        r.others >= STRAY_MIN_OTHERS &&
        r.strongestTie < STRAY_MAX_TIE
      );
    },
  },
];

/** Splits resolved name candidates into those kept and those a resolution rule drops. */
export function dropStrays(
  text: string,
  candidates: Candidate[],
  resolutions: Map<string, Resolution>,
): { keep: boolean[]; rejected: Rejection[] } {
  const rejected: Rejection[] = [];
  const dropped = new Map<string, { rule: string; reason: string }>();
  // Each name once, by the country of its place.
  const countries = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const place =
      c.form === 'demonym' ? c.matches[0]?.place : resolutions.get(c.key)?.ranked[0]?.place;
    const country = place?.country ?? '';
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  candidates.forEach((c, k) => {
    const r = resolutions.get(c.key);
    if (c.form !== 'name' || !r || dropped.has(c.key)) return;
    const rule = RESOLUTION_RULES.find((x) => x.test({ text, candidates, k, c, r, countries }));
    if (rule) dropped.set(c.key, { rule: rule.name, reason: rule.reason });
  });
  // One sense per text: every mention of a dropped name goes.
  const keep = candidates.map((c) => {
    const d = c.form === 'name' ? dropped.get(c.key) : undefined;
    if (d) rejected.push({ candidate: c, ...d });
    return d === undefined;
  });
  return { keep, rejected };
}
