import type { Gazetteer, GazPlace } from '../gazetteer/gazetteer';
import { calibrated } from './calibrate';
import { findCandidates, type Candidate } from './candidates';
import { findCountyLists } from './counties';
import { extendFeatureNames } from './features';
import { filterCandidates, type Kept, type Rejection } from './filters';
import { resolveNames, type Resolution } from './resolve';
import { dropStrays } from './strays';
import { tokenize, type Token } from './tokens';
import type { GeoMention, PlaceRef } from '../../shared/schema';

/** Runner-up readings kept per mention, for "also could be". */
const MAX_ALTERNATIVES = 3;
/** The resolver's score for a demonym: the adjective names its country outright. */
const DEMONYM_SCORE = 1;

/** One text on its way through the recipe; each stage reads earlier fields and fills its own. */
export interface GeoDoc {
  readonly text: string;
  readonly gazetteer: Gazetteer;
  tokens: Token[];
  /** Every gazetteer name found, before recognition rules. */
  found: Candidate[];
  /** Candidates recognition kept, with what made them places. */
  kept: Kept[];
  /** Candidates recognition left out, with the rule that did it (the debug view). */
  rejected: Rejection[];
  resolutions: Map<string, Resolution>;
  mentions: GeoMention[];
  /** The resolver's own score for each mention, before calibration (what calibration is fitted on). */
  scores: number[];
}

/** A stage of the recipe: a name and what it does to the document. */
interface Stage {
  name: string;
  run: (doc: GeoDoc) => void;
}

/** The reported form of a gazetteer place, its division named. */
export function placeRef(p: GazPlace, gazetteer: Gazetteer): PlaceRef {
  const division = p.admin1 === '' || p.kind === 'admin1' ? undefined : gazetteer.admin1(p.admin1);
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: division?.name ?? null,
  };
}

/** Builds the mention for a kept candidate, with the resolver's score beside it. */
function assemble(doc: GeoDoc, k: Kept): { mention: GeoMention; score: number } | undefined {
  const c = k.candidate;
  if (c.form === 'demonym') {
    const country = c.matches[0]?.place;
    if (!country) return undefined;
    const mention: GeoMention = {
      start: c.start,
      end: c.end,
      text: c.text,
      form: 'demonym',
      place: placeRef(country, doc.gazetteer),
      confidence: DEMONYM_SCORE,
      alternatives: [],
      reasons: k.reasons,
    };
    return { mention, score: DEMONYM_SCORE };
  }
  const r = doc.resolutions.get(c.key);
  const best = r?.ranked[0];
  if (!r || !best) return undefined;
  const mention: GeoMention = {
    start: c.start,
    end: c.end,
    text: c.text,
    form: 'name',
    place: placeRef(best.place, doc.gazetteer),
    confidence: r.score,
    alternatives: r.ranked
      .slice(1, 1 + MAX_ALTERNATIVES)
      .map((a) => placeRef(a.place, doc.gazetteer)),
    reasons: [...k.reasons, ...r.reasons],
  };
  return { mention, score: r.score };
}

/**
 * The recipe, in order. Each stage is small and named; the numbers are the order they run in.
 * Decisions: a city named for its government ("Moscow said", "Washington and Moscow") is tagged
 * as the city; buildings standing for a body (White House, Kremlin, Pentagon) are not tagged. A
 * demonym ("Russian", the "Russian" of "U.S.-Russian") is a mention with form 'demonym' pointing
 * at its country; nouns for people ("the Russians") are left alone.
 */
export const RECIPE: readonly Stage[] = [
  // 1. Words, dotted abbreviations, punctuation, capitals and sentence starts.
  { name: '1-tokenize', run: (d) => (d.tokens = tokenize(d.text)) },
  // 2. The longest gazetteer names and demonyms at capitalised words.
  {
    name: '2-find-candidates',
    run: (d) => (d.found = findCandidates(d.text, d.tokens, d.gazetteer)),
  },
  // 2b. "Chase and Dundy counties": each name before a plural head is that county.
  {
    name: '2b-find-county-lists',
    run: (d) => (d.found = findCountyLists(d.text, d.tokens, d.found, d.gazetteer)),
  },
  // 3. Recognition rules (RECOGNITION_RULES) drop people, organisations, institutions, diseases
  //    and common words; what they drop is kept in `rejected` with the rule's name.
  {
    name: '3-filter-candidates',
    run: (d) => {
      const { kept, rejected } = filterCandidates(d.text, d.tokens, d.found, d.gazetteer);
      d.kept = kept;
      d.rejected = rejected;
    },
  },
  // 4. "Salinas Valley" covers the valley, placed at Salinas.
  {
    name: '4-extend-feature-names',
    run: (d) => {
      const extended = extendFeatureNames(
        d.text,
        d.tokens,
        d.kept.map((k) => k.candidate),
      );
      d.kept = d.kept.map((k, i) => ({ ...k, candidate: extended[i] ?? k.candidate }));
    },
  },
  // 5. Rank each name's readings by prior, local cues (LOCAL_CUES) and document context, jointly.
  {
    name: '5-resolve-names',
    run: (d) =>
      (d.resolutions = resolveNames(
        d.text,
        d.tokens,
        d.kept.map((k) => k.candidate),
        d.gazetteer,
      )),
  },
  // 6. Resolution rules (RESOLUTION_RULES) drop names whose place the gazetteer lacks.
  {
    name: '6-drop-strays',
    run: (d) => {
      const { keep, rejected } = dropStrays(
        d.text,
        d.kept.map((k) => k.candidate),
        d.resolutions,
      );
      d.kept = d.kept.filter((_, i) => keep[i]);
      d.rejected.push(...rejected);
    },
  },
  // 7. GeoMentions sorted by start, with the resolver's score and the reasons.
  {
    name: '7-assemble-mentions',
    run: (d) => {
      const built = d.kept
        .map((k) => assemble(d, k))
        .filter((b) => b !== undefined)
        .sort((a, b) => a.mention.start - b.mention.start);
      d.mentions = built.map((b) => b.mention);
      d.scores = built.map((b) => b.score);
    },
  },
  // 8. Confidence = the chance the place is right within 161 km, from the fitted table.
  {
    name: '8-calibrate',
    run: (d) => {
      d.mentions.forEach((m, i) => {
        m.confidence = calibrated(d.scores[i] ?? 0, m.place.kind, m.form);
      });
    },
  },
];

/** Runs the whole recipe and returns the document with every stage's output (for debugging). */
export function geoparseDocument(text: string, gazetteer: Gazetteer): GeoDoc {
  const doc: GeoDoc = {
    text,
    gazetteer,
    tokens: [],
    found: [],
    kept: [],
    rejected: [],
    resolutions: new Map(),
    mentions: [],
    scores: [],
  };
  for (const stage of RECIPE) stage.run(doc);
  return doc;
}

/** Finds and resolves every place mention in a text. Pure: no I/O. */
export function geoparse(text: string, gazetteer: Gazetteer): GeoMention[] {
  return geoparseDocument(text, gazetteer).mentions;
}

export type { Gazetteer } from '../gazetteer/gazetteer';
