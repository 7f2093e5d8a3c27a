import type { GoldArticle, GoldToponym } from '../../shared/schema';
/**
 * The corrections file: a reader's reviewed mentions, human-readable and diff-friendly
 * (seeds/corrections.json), and the gold corpus made from them. Until src/shared/schema.ts exists
 * on this branch the shape is checked here by hand; it belongs there (valibot) at merge.
 */

export const CORRECTIONS_FORMAT = 'dateline-corrections';
export const CORRECTIONS_VERSION = 1;

/** How far a correction reaches: one mention, every mention of the name in its article, or all. */
export const CORRECTION_SCOPES = ['mention', 'article', 'collection'] as const;
export type CorrectionScope = (typeof CORRECTION_SCOPES)[number];

/**
 * One reviewed mention, anchored by article id, its text and the text around it, so that it
 * survives a re-run and edits elsewhere in the article.
 */
export interface Correction {
  /** Article id (the file name without extension, as in the data file). */
  article: string;
  /** The mention's text, exactly as in the article ("Georgia"). */
  mention: string;
  /** Up to CONTEXT_CHARS characters right before the mention, and right after it. */
  before: string;
  after: string;
  scope: CorrectionScope;
  /** The place meant: a gazetteer id ("adm1:US.GA"), or null when the name is not a place here. */
  place: string | null;
  /** A point for a place the gazetteer lacks (then `place` may be any id the reader chose). */
  point?: { lat: number; lon: number };
  /** Free text for the reviewer ("the basketball player"). */
  note?: string;
}

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  corrections: Correction[];
}

/** Characters of context kept on each side of a corrected mention. */
export const CONTEXT_CHARS = 40;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Why one correction is unusable, or undefined when it is fine. */
function correctionProblem(x: unknown): string | undefined {
  if (!isObject(x)) return 'not an object';
  for (const key of ['article', 'mention', 'before', 'after'] as const) {
    if (typeof x[key] !== 'string') return `"${key}" must be a string`;
  }
  if (x.mention === '') return '"mention" is empty';
  if (!CORRECTION_SCOPES.includes(x.scope as CorrectionScope)) {
    return `"scope" must be one of ${CORRECTION_SCOPES.join(', ')}`;
  }
  if (x.place !== null && typeof x.place !== 'string') return '"place" must be an id or null';
  if (x.point !== undefined) {
    const p = x.point;
    const ok =
      isObject(p) &&
      typeof p.lat === 'number' &&
      typeof p.lon === 'number' &&
      Math.abs(p.lat) <= 90 &&
      Math.abs(p.lon) <= 180;
    if (!ok) return '"point" must be {lat, lon} in degrees';
  }
  if (x.note !== undefined && typeof x.note !== 'string') return '"note" must be a string';
  return undefined;
}

/** Parses a corrections file's JSON text; throws one line naming the first problem. */
export function parseCorrections(json: string): CorrectionsFile {
  let x: unknown;
  try {
    x = JSON.parse(json);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!isObject(x) || x.format !== CORRECTIONS_FORMAT) {
    throw new Error(`not a corrections file (format must be "${CORRECTIONS_FORMAT}")`);
  }
  if (x.version !== CORRECTIONS_VERSION) {
    throw new Error(
      `version ${String(x.version)} is not supported (expected ${CORRECTIONS_VERSION})`,
    );
  }
  if (!Array.isArray(x.corrections)) throw new Error('"corrections" must be an array');
  x.corrections.forEach((c: unknown, i: number) => {
    const problem = correctionProblem(c);
    if (problem) throw new Error(`correction ${i + 1}: ${problem}`);
  });
  return x as unknown as CorrectionsFile;
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
function occurrences(text: string, mention: string): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
    const prev = text[i - 1] ?? '';
    const next = text[i + mention.length] ?? '';
    if (!word.test(prev) && !word.test(next)) out.push(i);
  }
  return out;
}

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
  if (found.length > 1 && (best.fit === 0 || best.fit === second?.fit)) return undefined;
  return best.i;
}

/** A gold corpus of reviewed mentions, and the corrections whose mention could not be found. */
export interface CorrectionsCorpus {
  articles: GoldArticle[];
  orphans: { correction: Correction; reason: string }[];
}

/**
 * Turns reviewed mentions into gold: a place becomes a toponym at its point; "not a place" a span
 * that must not be tagged. Only reviewed spans are scored (`scored`), since the rest of each
 * article was never reviewed. `pointOf` finds a gazetteer id's point.
 */
export function correctionsToGold(
  articles: { id: string; text: string }[],
  corrections: Correction[],
  pointOf: (placeId: string) => { lat: number; lon: number; name: string } | undefined,
): CorrectionsCorpus {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const gold = new Map<string, GoldArticle & { scored: { start: number; end: number }[] }>();
  const orphans: CorrectionsCorpus['orphans'] = [];
  const taken = new Set<string>();
  const add = (
    a: { id: string; text: string },
    start: number,
    c: Correction,
    point: GoldToponym | null,
  ) => {
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
    if (point) g.toponyms.push({ ...point, start, end });
  };
  // Narrow scopes first: a correction of one mention outranks one for the whole collection.
  const order: Record<CorrectionScope, number> = { mention: 0, article: 1, collection: 2 };
  const sorted = [...corrections].sort((a, b) => order[a.scope] - order[b.scope]);
  for (const c of sorted) {
    let point: GoldToponym | null = null;
    if (c.place !== null) {
      const p = c.point ?? pointOf(c.place);
      if (!p) {
        orphans.push({
          correction: c,
          reason: `place ${c.place} is not in the gazetteer and has no point`,
        });
        continue;
      }
      point = { start: 0, end: 0, name: c.mention, lat: p.lat, lon: p.lon };
    }
    const article = byId.get(c.article);
    if (!article) {
      orphans.push({ correction: c, reason: `article ${c.article} is not in the collection` });
      continue;
    }
    // A wider scope needs only the name in its article; one mention needs its own anchor.
    const at =
      c.scope === 'mention'
        ? anchorCorrection(article.text, c)
        : occurrences(article.text, c.mention)[0];
    if (at === undefined) {
      orphans.push({
        correction: c,
        reason: `"${c.mention}" is no longer in article ${c.article}`,
      });
      continue;
    }
    const targets =
      c.scope === 'mention' ? [article] : c.scope === 'article' ? [article] : articles;
    for (const a of targets) {
      const starts = c.scope === 'mention' ? [at] : occurrences(a.text, c.mention);
      for (const s of starts) add(a, s, c, point);
    }
  }
  return { articles: [...gold.values()], orphans };
}
