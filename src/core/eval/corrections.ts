/**
 * The corrections file's logic (its shape is CorrectionsFileSchema in src/shared/schema.ts):
 * reading it with one line per problem, finding a correction's mention again in an edited
 * article, and turning reviewed mentions into a gold corpus for `npm run eval -- --corrections`.
 */
import * as v from 'valibot';
import { firstIssue } from '../../shared/issues';
import {
  CORRECTIONS_FORMAT_NAME,
  CORRECTIONS_FORMAT_VERSION,
  CorrectionSchema,
  type Correction,
  type CorrectionScope,
  type GoldArticle,
  type GoldToponym,
} from '../../shared/schema';

export type { Correction, CorrectionScope };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A corrections file's usable corrections, and one line for each one that is not usable. */
export interface ReadCorrections {
  corrections: Correction[];
  problems: string[];
}

/**
 * Reads a corrections file's JSON text. A file that is not one (bad JSON, another format or
 * version) throws one line; a malformed correction is left out with a line naming it, so one
 * typo does not undo every other correction.
 */
export function readCorrections(json: string): ReadCorrections {
  let x: unknown;
  try {
    x = JSON.parse(json);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!isObject(x) || x.format !== CORRECTIONS_FORMAT_NAME) {
    throw new Error(`not a corrections file (format must be "${CORRECTIONS_FORMAT_NAME}")`);
  }
  if (x.version !== CORRECTIONS_FORMAT_VERSION) {
    throw new Error(
      `version ${String(x.version)} is not supported (expected ${CORRECTIONS_FORMAT_VERSION})`,
    );
  }
  if (!Array.isArray(x.corrections)) throw new Error('"corrections" must be an array');
  const out: ReadCorrections = { corrections: [], problems: [] };
  x.corrections.forEach((c: unknown, i: number) => {
    const result = v.safeParse(CorrectionSchema, c);
    if (result.success) out.corrections.push(result.output);
    else out.problems.push(`correction ${i + 1}: ${firstIssue(result.issues)}`);
  });
  return out;
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Offsets of the mention's text where it stands as a whole word. */
export function occurrences(text: string, mention: string): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
    const prev = text[i - 1] ?? '';
    const next = text[i + mention.length] ?? '';
    if (!word.test(prev) && !word.test(next)) out.push(i);
  }
  return out;
}

/** Characters of the stored context that must still surround the mention for it to be found. */
const MIN_CONTEXT_FIT = 10;

/**
 * Where a correction's mention is in the article now: the occurrence of its text whose context
 * agrees most with the stored context. Undefined when the text is gone, or when several
 * occurrences fit equally and none matches any context (the anchor is lost).
 */
export function anchorCorrection(text: string, c: Correction): number | undefined {
  const found = occurrences(text, c.mention);
  if (found.length === 0) return undefined;
  const fit = (i: number) =>
    commonSuffix(text.slice(Math.max(0, i - c.before.length), i), c.before) +
    commonPrefix(text.slice(i + c.mention.length, i + c.mention.length + c.after.length), c.after);
  const scored = found.map((i) => ({ i, fit: fit(i) })).sort((a, b) => b.fit - a.fit || a.i - b.i);
  const best = scored[0];
  const second = scored[1];
  if (!best) return undefined;
  // Some of the context must still be there, or a surviving namesake elsewhere would inherit it.
  const needed = Math.min(MIN_CONTEXT_FIT, c.before.length + c.after.length);
  if (best.fit < needed || (found.length > 1 && (best.fit === 0 || best.fit === second?.fit))) {
    return undefined;
  }
  return best.i;
}

/** Widest first: a narrower correction is applied later and so outranks a wider one. */
export const SCOPE_ORDER: Record<CorrectionScope, number> = {
  collection: 0,
  article: 1,
  mention: 2,
};

/** Where a correction reaches in one article: the start of each mention it is about. */
export function correctionTargets(text: string, c: Correction): number[] {
  if (c.scope !== 'mention') return occurrences(text, c.mention);
  const at = anchorCorrection(text, c);
  return at === undefined ? [] : [at];
}

/** One line that says which correction it is: `article X, "Georgia" (officials in … , Ukraine)`. */
export function describeCorrection(c: Correction): string {
  const where = c.scope === 'collection' ? 'every article' : `article ${c.article}`;
  // On one line whatever the article's line breaks, and without its control characters.
  const flat = (text: string) => text.replace(/[\s\p{Cc}]+/gu, ' ');
  const context =
    c.scope === 'mention' ? ` ("…${flat(c.before)}[${c.mention}]${flat(c.after)}…")` : '';
  return `${where}, "${c.mention}"${context}, ${c.verdict}`;
}

/** A gold corpus of reviewed mentions, and the corrections whose mention could not be found. */
export interface CorrectionsCorpus {
  articles: GoldArticle[];
  orphans: { correction: Correction; reason: string }[];
}

/**
 * Turns reviewed mentions into gold: a place (corrected, confirmed or added) becomes a toponym at
 * its point; "not a place" a span that must not be tagged. Only reviewed spans are scored
 * (`scored`), since the rest of each article was never reviewed.
 */
export function correctionsToGold(
  articles: { id: string; text: string }[],
  corrections: Correction[],
): CorrectionsCorpus {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const gold = new Map<string, GoldArticle & { scored: { start: number; end: number }[] }>();
  const orphans: CorrectionsCorpus['orphans'] = [];
  const taken = new Set<string>();
  const add = (a: { id: string; text: string }, start: number, c: Correction) => {
    const key = `${a.id}:${start}`;
    if (taken.has(key)) return;
    taken.add(key);
    let g = gold.get(a.id);
    if (!g) {
      g = { id: a.id, text: a.text, toponyms: [], scored: [] };
      gold.set(a.id, g);
    }
    const end = start + c.mention.length;
    g.scored.push({ start, end });
    if (c.verdict !== 'not-a-place') {
      const toponym: GoldToponym = {
        start,
        end,
        name: c.mention,
        lat: c.place.lat,
        lon: c.place.lon,
      };
      g.toponyms.push(toponym);
    }
  };
  // Narrow scopes first here: the first word on a span is kept, and a single mention's wins.
  const sorted = [...corrections].sort((a, b) => SCOPE_ORDER[b.scope] - SCOPE_ORDER[a.scope]);
  for (const c of sorted) {
    const targets = c.scope === 'collection' ? articles : [byId.get(c.article)];
    let found = 0;
    for (const a of targets) {
      if (!a) continue;
      const starts = correctionTargets(a.text, c);
      found += starts.length;
      for (const s of starts) add(a, s, c);
    }
    if (found > 0) continue;
    const reason =
      c.scope !== 'collection' && !byId.has(c.article)
        ? `article ${c.article} is not in the collection`
        : `"${c.mention}" is no longer in ${c.scope === 'collection' ? 'any article' : `article ${c.article}`}`;
    orphans.push({ correction: c, reason });
  }
  return { articles: [...gold.values()], orphans };
}
