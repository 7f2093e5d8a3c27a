import * as v from 'valibot';
import {
  ArticleFullSchema,
  ArticleListSchema,
  DATA_FORMAT_NAME,
  DATA_FORMAT_VERSION,
  DataIndexSchema,
  LinkDaysSchema,
  LinkRowSchema,
  PassagePageSchema,
  PlaceDaysSchema,
  PlacePassageSchema,
  PlaceRowSchema,
  ReviewEntrySchema,
  ReviewPageSchema,
  SearchShardSchema,
  type ArticleFull,
  type ArticleListFile,
  type DataIndexFile,
  type LinkDaysFile,
  type PassagePage,
  type PlaceDaysFile,
  type ReviewPage,
  type SearchShardFile,
} from '../../shared/schema';
import { firstIssue } from '../../shared/issues';

export type Checked<T> =
  | {
      ok: true;
      value: T;
      /** One line per kind of record left out, for a notice. */ dropped: string[];
    }
  | { ok: false; message: string };

const RERUN = 'Run npm run preprocess to rebuild it.';

// The index with its row lists unchecked, so a bad row costs that row, not the whole page.
const IndexShellSchema = v.object({
  ...DataIndexSchema.entries,
  places: v.array(v.unknown()),
  links: v.array(v.unknown()),
});

/** Keeps the rows the schema accepts; says how many were left out and why the first one was. */
export function keepValid<S extends v.GenericSchema>(
  rows: readonly unknown[],
  schema: S,
  noun: string,
  dropped: string[],
): v.InferOutput<S>[] {
  const kept: v.InferOutput<S>[] = [];
  let bad = 0;
  let why = '';
  for (const [i, row] of rows.entries()) {
    const result = v.safeParse(schema, row);
    if (result.success) kept.push(result.output);
    else if (bad++ === 0) why = `${noun} ${i}, ${firstIssue(result.issues)}`;
  }
  if (bad > 0) dropped.push(`${bad} malformed ${bad === 1 ? noun : `${noun}s`} left out (${why})`);
  return kept;
}

/** Accepts only the data format and version this app reads, with a message a person can act on. */
export function checkIndex(json: unknown): Checked<DataIndexFile> {
  const file = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (file.format !== DATA_FORMAT_NAME) {
    return { ok: false, message: `The data file is not a Dateline data file. ${RERUN}` };
  }
  if (file.version !== DATA_FORMAT_VERSION) {
    const version =
      typeof file.version === 'number' ? `version ${file.version}` : 'of no known version';
    return {
      ok: false,
      message: `This data file is ${version}; this app reads version ${DATA_FORMAT_VERSION}. ${RERUN}`,
    };
  }
  const shell = v.safeParse(IndexShellSchema, json);
  if (!shell.success) {
    return {
      ok: false,
      message: `The data file is damaged (${firstIssue(shell.issues)}). ${RERUN}`,
    };
  }
  const dropped: string[] = [];
  const places = keepValid(shell.output.places, PlaceRowSchema, 'place', dropped);
  const ids = new Set(places.map((p) => p.id));
  const links = keepValid(shell.output.links, LinkRowSchema, 'link', dropped).filter(
    (link) => ids.has(link.a) && ids.has(link.b),
  );
  return { ok: true, value: { ...shell.output, places, links }, dropped };
}

/** Throws a one-line reason when a shard does not have the shape the index promised. */
function parseOrThrow<S extends v.GenericSchema>(schema: S, json: unknown, what: string) {
  const result = v.safeParse(schema, json);
  if (!result.success) throw new Error(`${what} is damaged (${firstIssue(result.issues)})`);
  return result.output;
}

export function parseArticleList(json: unknown): ArticleListFile {
  return parseOrThrow(ArticleListSchema, json, 'The article list');
}

export function parseLinkDays(json: unknown): LinkDaysFile {
  return parseOrThrow(LinkDaysSchema, json, 'The links’ dates');
}

export function parsePlaceDays(json: unknown): PlaceDaysFile {
  return parseOrThrow(PlaceDaysSchema, json, 'The places’ dates');
}

/** The places' series checked where they are parsed (fetch-json.ts), for the page to take. */
export function checkPlaceDays(json: unknown): Checked<PlaceDaysFile> {
  try {
    return { ok: true, value: parsePlaceDays(json), dropped: [] };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The places' series as checked where they were parsed; throws its one-line reason if bad. */
export function checkedPlaceDays(json: unknown): PlaceDaysFile {
  const checked = json as Checked<PlaceDaysFile>;
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

export function parseSearchShard(json: unknown): SearchShardFile {
  return parseOrThrow(SearchShardSchema, json, 'A search file');
}

// Offsets must land inside the article's text, or highlighting would cut the wrong words.
const ArticleInTextSchema = v.pipe(
  ArticleFullSchema,
  v.check(
    (a) =>
      a.passages.every((p) => p.start <= p.end && p.end <= a.text.length) &&
      a.mentions.every((m) => m.start < m.end && m.end <= a.text.length),
    'an offset lies outside the article text',
  ),
);

/** An article shard, each malformed article left out (and counted). */
export function parseArticleShard(json: unknown, dropped: string[]): Map<string, ArticleFull> {
  const file = parseOrThrow(v.record(v.string(), v.unknown()), json, 'An article file');
  const articles = keepValid(Object.values(file), ArticleInTextSchema, 'article', dropped);
  return new Map(articles.map((article) => [article.id, article]));
}

// A passage page's passages are checked one by one, so one bad passage costs only itself.
const PageShellSchema = v.object({ ...PassagePageSchema.entries, passages: v.array(v.unknown()) });

/** A passage page shard: place id -> its page, each checked only when that place is opened. */
export function parsePassageShard(json: unknown): Map<string, unknown> {
  return new Map(
    Object.entries(parseOrThrow(v.record(v.string(), v.unknown()), json, 'A passage file')),
  );
}

/** A place's page out of a passage page shard, malformed passages left out. */
export function parsePassagePage(json: unknown, dropped: string[]): PassagePage {
  const page = parseOrThrow(PageShellSchema, json, 'A page of passages');
  return { ...page, passages: keepValid(page.passages, PlacePassageSchema, 'passage', dropped) };
}

// A review page's entries are checked one by one, so one bad entry costs only itself.
const ReviewShellSchema = v.object({ ...ReviewPageSchema.entries, entries: v.array(v.unknown()) });

/** A page of the review list, malformed entries left out. */
export function parseReviewPage(json: unknown, dropped: string[]): ReviewPage {
  const page = parseOrThrow(ReviewShellSchema, json, 'A page of the review list');
  return { entries: keepValid(page.entries, ReviewEntrySchema, 'review entry', dropped) };
}
