/**
 * Every shape that crosses a boundary, as one set of valibot schemas: the published data layout
 * ("dateline-data" version 3), the basemap, the gazetteer index, geoparse's JSONL in and out, and
 * gold corpora. They are the documented formats: writers produce exactly these shapes and readers
 * validate what they read against them, so types are inferred here, never restated.
 *
 * Layout under data/: the index dateline.json (the one mutable file, renamed into place last) and
 * content-addressed, immutable shards in shards/<kind>-<hash16>.json that the index points to.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as v from 'valibot';
import { PLACE_KINDS } from './place';

/** Bump when any shape below changes; the app refuses any other version. */
export const DATA_FORMAT_VERSION = 3;
export const DATA_FORMAT_NAME = 'dateline-data';

/** Passages per passage page: page k of a place holds its passages k*50 .. k*50+49. */
export const PASSAGE_PAGE_SIZE = 50;

/** Other readings kept per mention and per place, best first. */
export const MAX_ALTERNATIVES = 3;

/** Mentions below this confidence are worth a reviewer's look. */
export const REVIEW_BELOW = 0.9;
/** The review list holds at most this many of them, the least sure; a page holds 50. */
export const REVIEW_LIMIT = 1000;
export const REVIEW_PAGE_SIZE = 50;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = count;
const unit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const isoDate = v.pipe(v.string(), v.isoDate());
const SHARD_PATH = /^shards\/[a-z0-9-]+-[0-9a-f]{16}\.json$/;
/** A path relative to data/, e.g. "shards/articles-0123456789abcdef.json". */
const shardPath = v.pipe(v.string(), v.regex(SHARD_PATH));

/**
 * A long list of simple values, checked in one loop. valibot checks an array item by item
 * through its pipe, which costs about 0.2 µs an item; at 100,000 articles the index and the
 * article list hold millions of numbers and strings, and item-by-item checking took 0.5 s of the
 * main thread before the first marker (issue 7). The message names the list's kind, not the item.
 */
function listOf<T>(test: (item: unknown) => item is T, what: string) {
  return v.custom<T[]>(
    (list) => Array.isArray(list) && list.every((item) => test(item)),
    `must be a list of ${what}`,
  );
}
const isString = (x: unknown): x is string => typeof x === 'string';
const isInteger = (x: unknown): x is number => Number.isInteger(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const orNull =
  <T>(test: (x: unknown) => x is T) =>
  (x: unknown): x is T | null =>
    x === null || test(x);
const isShardPath = (x: unknown): x is string => typeof x === 'string' && SHARD_PATH.test(x);

/** Flat sorted pairs [day, mentions, day, mentions, ...]. */
const dayCounts = v.pipe(
  listOf(isInteger, 'whole numbers'),
  v.check((pairs) => pairs.length % 2 === 0, 'day counts come in [day, count] pairs'),
);

export const AttributionSchema = v.object({
  name: v.string(),
  version: v.string(),
  licence: v.string(),
  url: v.string(),
});

export const PlaceKindSchema = v.picklist(PLACE_KINDS);

const latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));

/**
 * A resolved place as the geoparser reports it. `id` is stable across runs: `gn:<geonameid>`
 * where GeoNames has the place, otherwise a readable key such as `country:RU`, `adm1:US.GA` or
 * `region:black-sea`.
 */
export const PlaceRefSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  kind: PlaceKindSchema,
  lat: latitude,
  lon: longitude,
  /** ISO 3166-1 alpha-2 code of the country the place is in, or null (seas, continents). */
  country: v.nullable(v.string()),
  /** First-level division ("Illinois"), when the geoparser gives it, to tell namesakes apart. */
  admin1: v.optional(v.nullable(v.string())),
});

/** Just the reference of a place (an index row, a store row): what a correction names. */
export function placeRefOf(place: PlaceRef): PlaceRef {
  const { id, name, kind, lat, lon, country, admin1 } = place;
  return { id, name, kind, lat, lon, country, ...(admin1 === undefined ? {} : { admin1 }) };
}

/**
 * What copies of stories add to a count (issue 8): a wire story reprinted by five outlets is
 * counted once by default, as its canonical article; "count every copy" adds these. Present
 * only where copies mention the place or pair.
 */
export const CopyCountsSchema = v.object({
  mentionCount: count,
  articleCount: count,
  /** Published apart, with the place's own series (the `placeDays` shard). */
  days: v.optional(dayCounts),
});

export const PlaceRowSchema = v.object({
  ...PlaceRefSchema.entries,
  mentionCount: count,
  articleCount: count,
  /** Lowest confidence over this place's mentions. */
  confidence: unit,
  /** Other readings the geoparser weighed for at least one mention, best first. */
  alternatives: v.pipe(v.array(PlaceRefSchema), v.maxLength(MAX_ALTERNATIVES)),
  /** Distinct surface forms used for it (form 'name'), <= 5, for search. */
  names: v.pipe(v.array(v.string()), v.maxLength(5)),
  /**
   * Dated mentions per day; undated mentions = mentionCount - sum of the counts. Published apart,
   * in the `placeDays` shard, and set by the app once it arrives, after the first markers: at
   * 100,000 articles the places' series were 2.8 of the index's 4.0 MB.
   */
  days: v.optional(dayCounts),
  /** Passage page shard paths; see PASSAGE_PAGE_SIZE. */
  pages: listOf(isShardPath, 'shard paths'),
  /**
   * The day of each page's first passage (null: undated), so the place panel can open at a date
   * window's first page without fetching pages to find it. Present for places with more than
   * one page and a dated passage.
   */
  pageDays: v.optional(listOf(orNull(isInteger), 'days or null')),
  /** Mentions in other outlets' copies of the stories counted above. */
  copies: v.optional(CopyCountsSchema),
});

export const LinkRowSchema = v.object({
  a: v.string(),
  b: v.string(),
  weight: count,
  /**
   * Shared passages per day. Published apart, in the `linkDays` shard, and set by the app once a
   * date window needs them: at 100,000 articles the links' series were 8 of the index's 12 MB.
   */
  days: v.optional(dayCounts),
  /** Passages shared in other outlets' copies of the stories counted above. */
  copies: v.optional(v.object({ weight: count, days: v.optional(dayCounts) })),
});

/** The `placeDays` shard: each place's day series (and its copies'), keyed by the place's id. */
export const PlaceDaysSchema = v.array(
  v.object({ id: v.string(), days: dayCounts, copies: v.optional(dayCounts) }),
);

/** The `linkDays` shard: each link's day series (and its copies'), keyed by the link's ends. */
export const LinkDaysSchema = v.array(
  v.object({ a: v.string(), b: v.string(), days: dayCounts, copies: v.optional(dayCounts) }),
);

export const RunSchema = v.object({
  id: v.string(),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Content hash of the geoparser that produced the mentions. */
  geoparser: v.string(),
  /** Content hash of the gazetteer index it resolved against. */
  gazetteer: v.string(),
});

/** dateline.json: loaded at start, so kept small (<= 3 MB gzip at 100k articles). */
export const DataIndexSchema = v.object({
  format: v.literal(DATA_FORMAT_NAME),
  version: v.literal(DATA_FORMAT_VERSION),
  run: RunSchema,
  attribution: v.array(AttributionSchema),
  /** Shard path of the basemap TopoJSON. */
  basemap: shardPath,
  articleCount: count,
  datedArticleCount: count,
  /** Shard path of the article list (ArticleListFile). */
  articles: shardPath,
  /** Article id -> articleShards[fnv1a32(id) % length]. */
  articleShards: listOf(isShardPath, 'shard paths'),
  /** Term -> search[fnv1a32(prefix2(term)) % length]. */
  search: listOf(isShardPath, 'shard paths'),
  /**
   * Dated mentions per day over every place (the sum of the places' series), and what copies of
   * stories add to it: the timeline's bars before the places' own series arrive.
   */
  days: dayCounts,
  copyDays: v.optional(dayCounts),
  /** Most mentioned first. */
  places: v.array(PlaceRowSchema),
  /** Shard path of the places' day series (PlaceDaysFile), fetched after the first markers. */
  placeDays: v.optional(shardPath),
  /** Top co-occurrence pairs (<= 2000), strongest first. */
  links: v.array(LinkRowSchema),
  /** Shard path of the links' day series (LinkDaysFile), fetched when a date window is set. */
  linkDays: v.optional(shardPath),
  /** Copies merged into stories: counts and lists hold each story once, as its canonical article. */
  duplicates: v.optional(v.object({ exact: count, near: count, stories: count })),
  /**
   * "Review doubtful places": the `count` least sure of the `total` mentions below
   * REVIEW_BELOW, in review order over pages of REVIEW_PAGE_SIZE (ReviewPageSchema).
   */
  review: v.optional(v.object({ count, total: count, pages: v.array(shardPath) })),
});

/**
 * The article list, columnar to stay small: entry i of every column is article i. Newest first:
 * dated by date descending, then undated; ties by title.
 */
export const ArticleListSchema = v.pipe(
  v.object({
    ids: listOf(isString, 'texts'),
    titles: listOf(isString, 'texts'),
    /** Dictionary of distinct sources. */
    sources: listOf(isString, 'texts'),
    /** Index into `sources`, or -1 when the article names none. */
    source: listOf(
      (x): x is number => Number.isInteger(x) && (x as number) >= -1,
      'source indexes',
    ),
    /** Days since 1970-01-01 (UTC calendar dates), see src/shared/hash.ts. */
    days: listOf(orNull(isInteger), 'days or null'),
    urls: listOf(orNull(isString), 'texts or null'),
    /** Distinct places per article. */
    placeCounts: listOf(isCount, 'counts'),
  }),
  v.check(
    (list) =>
      [list.titles, list.source, list.days, list.urls, list.placeCounts].every(
        (column) => column.length === list.ids.length,
      ),
    'every column of the article list has one entry per article',
  ),
);

export const MentionFormSchema = v.picklist(['name', 'demonym']);

/** A paragraph of an article, as character offsets into the article text. */
export const PassageSchema = v.object({
  /** Index within the article's passages; stable for a given article text. */
  index: count,
  start: offset,
  end: offset,
  /** True for the article's title line. */
  title: v.boolean(),
});

export const ArticleMentionSchema = v.object({
  passageIndex: count,
  start: offset,
  end: offset,
  text: v.string(),
  form: MentionFormSchema,
  placeId: v.string(),
  confidence: unit,
  /** Position of this mention's passage in the place's passage list (page = floor(rank / 50)). */
  rank: count,
  /** Names of the geoparser rules behind the reading, when it gives them. */
  reasons: v.optional(v.array(v.string())),
  /**
   * Place ids of the other readings the geoparser weighed for this mention, best first; absent
   * when there were none. Ids, not whole places, to keep article shards small: the app finds
   * them in the index, or asks the local API's gazetteer for the rest.
   */
  alternatives: v.optional(v.pipe(v.array(v.string()), v.maxLength(MAX_ALTERNATIVES))),
});

/** Another outlet's copy of an article's story: "also published by". */
export const ArticleCopySchema = v.object({
  id: v.string(),
  title: v.string(),
  source: v.nullable(v.string()),
  url: v.nullable(v.string()),
  date: v.nullable(isoDate),
  /** 'exact': the same words; 'near': another headline, dateline or a trimmed tail. */
  kind: v.picklist(['exact', 'near']),
});

export const ArticleFullSchema = v.object({
  id: v.string(),
  file: v.string(),
  title: v.string(),
  source: v.nullable(v.string()),
  date: v.nullable(isoDate),
  url: v.nullable(v.string()),
  /** The original text, exactly as read; every offset points into it. */
  text: v.string(),
  passages: v.array(PassageSchema),
  /** In text order. */
  mentions: v.array(ArticleMentionSchema),
  /** Copies of this story merged into it (it is their canonical article), by source. */
  copies: v.optional(v.array(ArticleCopySchema)),
});

/** articleShards[k]: about 64 articles, keyed by id. */
export const ArticleShardSchema = v.record(v.string(), ArticleFullSchema);

export const PlacePassageSchema = v.object({
  articleId: v.string(),
  title: v.string(),
  date: v.nullable(isoDate),
  source: v.nullable(v.string()),
  passageIndex: count,
  /** Offset of the passage in the article text. */
  start: offset,
  /** The passage text. */
  text: v.string(),
  /** This place's mentions in the passage, as offsets into the article text. */
  mentions: v.array(v.object({ start: offset, end: offset })),
});

export const PassagePageSchema = v.object({
  /** Up to PASSAGE_PAGE_SIZE, newest first (date desc, undated last, article order, passage index). */
  passages: v.array(PlacePassageSchema),
  /** Page 0 only: the top 10 places sharing passages with this one ("Mentioned with"). */
  with: v.optional(v.array(v.object({ placeId: v.string(), weight: count }))),
});

/** A passage page shard: small places' pages share a bucket file; big places get their own. */
export const PassagePageShardSchema = v.record(v.string(), PassagePageSchema);

/**
 * A doubtful mention to review, with its passage: least sure first, then the place's mentions
 * (most first), the article list's order and text order. Copies of stories are not listed.
 */
export const ReviewEntrySchema = v.object({
  articleId: v.string(),
  title: v.string(),
  date: v.nullable(isoDate),
  passageIndex: count,
  /** Offset of the passage in the article text. */
  start: offset,
  /** The passage text. */
  text: v.string(),
  /** The mention, as offsets into the article text. */
  mention: v.object({ start: offset, end: offset, text: v.string() }),
  placeId: v.string(),
  confidence: unit,
  /** The other readings the geoparser weighed for it, best first. */
  alternatives: v.pipe(v.array(PlaceRefSchema), v.maxLength(MAX_ALTERNATIVES)),
});

/** One page of the review list (DataIndex.review.pages[k]): entries k*50 .. k*50+49. */
export const ReviewPageSchema = v.object({ entries: v.array(ReviewEntrySchema) });

/** search[k]: folded term -> delta-encoded ascending positions in the article list. */
export const SearchShardSchema = v.record(v.string(), listOf(isInteger, 'whole numbers'));

export type Attribution = v.InferOutput<typeof AttributionSchema>;
export type PlaceRef = v.InferOutput<typeof PlaceRefSchema>;
export type PlaceRow = v.InferOutput<typeof PlaceRowSchema>;
export type LinkRow = v.InferOutput<typeof LinkRowSchema>;
export type LinkDaysFile = v.InferOutput<typeof LinkDaysSchema>;
export type PlaceDaysFile = v.InferOutput<typeof PlaceDaysSchema>;
export type RunInfo = v.InferOutput<typeof RunSchema>;
export type DataIndexFile = v.InferOutput<typeof DataIndexSchema>;
export type ArticleListFile = v.InferOutput<typeof ArticleListSchema>;
export type Passage = v.InferOutput<typeof PassageSchema>;
export type ArticleMention = v.InferOutput<typeof ArticleMentionSchema>;
export type CopyCounts = v.InferOutput<typeof CopyCountsSchema>;
export type ArticleCopy = v.InferOutput<typeof ArticleCopySchema>;
export type ArticleFull = v.InferOutput<typeof ArticleFullSchema>;
export type ArticleShardFile = v.InferOutput<typeof ArticleShardSchema>;
export type PlacePassage = v.InferOutput<typeof PlacePassageSchema>;
export type PassagePage = v.InferOutput<typeof PassagePageSchema>;
export type PassagePageShardFile = v.InferOutput<typeof PassagePageShardSchema>;
export type SearchShardFile = v.InferOutput<typeof SearchShardSchema>;
export type ReviewEntry = v.InferOutput<typeof ReviewEntrySchema>;
export type ReviewPage = v.InferOutput<typeof ReviewPageSchema>;

/**
 * The corrections file, "dateline-corrections" version 1: a reader's reviewed mentions, kept
 * beside the articles (seeds/corrections.json) and applied on every preprocess run. It is the
 * source of truth for them: the store and the published data can be rebuilt from the articles
 * and this file. Each correction is anchored by article id, the mention's text and up to
 * CORRECTION_CONTEXT_CHARS characters on each side, so it survives edits elsewhere in the article.
 */
export const CORRECTIONS_FORMAT_NAME = 'dateline-corrections';
export const CORRECTIONS_FORMAT_VERSION = 1;
export const CORRECTION_CONTEXT_CHARS = 40;

/** How far a correction reaches: one mention, every mention of the name in its article, or all. */
export const CORRECTION_SCOPES = ['mention', 'article', 'collection'] as const;

const contextText = v.pipe(v.string(), v.maxLength(CORRECTION_CONTEXT_CHARS));

const correctionAnchor = {
  /** Article id, as in the data file. */
  article: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  /** The mention's text exactly as in the article ("Georgia"). */
  mention: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(200),
    v.check((text) => text.trim() === text, 'the mention must not start or end with a space'),
  ),
  /** The text right before and right after the mention. */
  before: contextText,
  after: contextText,
  scope: v.picklist(CORRECTION_SCOPES),
  /** Free text for the reviewer ("the basketball player"). */
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
};

/**
 * One reviewed mention. The verdict: "place" (the geoparser chose wrong; this is the place),
 * "accept" (a reviewer confirmed the geoparser's place), "not-a-place", or "missed" (a place the
 * geoparser did not tag). A place is written out in full, so the file reads on its own.
 */
export const CorrectionSchema = v.variant('verdict', [
  v.strictObject({ ...correctionAnchor, verdict: v.literal('place'), place: PlaceRefSchema }),
  v.strictObject({ ...correctionAnchor, verdict: v.literal('accept'), place: PlaceRefSchema }),
  v.strictObject({ ...correctionAnchor, verdict: v.literal('missed'), place: PlaceRefSchema }),
  v.strictObject({ ...correctionAnchor, verdict: v.literal('not-a-place') }),
]);

export const CorrectionsFileSchema = v.strictObject({
  format: v.literal(CORRECTIONS_FORMAT_NAME),
  version: v.literal(CORRECTIONS_FORMAT_VERSION),
  corrections: v.array(CorrectionSchema),
});

export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionScope = Correction['scope'];
export type CorrectionVerdict = Correction['verdict'];
export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema>;

/**
 * The local API (`npm start`, `npm run dev`; src/node/api): what the app sends and gets back.
 * A static deploy has no API; the app then offers the corrections as a download instead.
 */
export const ApiStatusSchema = v.object({
  editing: v.boolean(),
  /** Sent back in the X-Dateline-Token header of every write; new each time the server starts. */
  token: v.string(),
});

/** POST /api/corrections: one correction to save; `file` is the corrections file in seeds/. */
export const SaveCorrectionSchema = v.strictObject({
  correction: CorrectionSchema,
  file: v.optional(v.string()),
});

export const SaveCorrectionReplySchema = v.object({
  /** Corrections in the file after the save. */
  corrections: count,
  /** True when the data was rebuilt with it (the app then reloads the data). */
  published: v.boolean(),
  /** Lines about corrections that reach no mention, as preprocess prints them. */
  orphans: v.array(v.string()),
});

/** GET /api/gazetteer?q=: places a name can be, namesakes told apart by country and division. */
export const GazetteerReplySchema = v.object({ places: v.array(PlaceRefSchema) });

/** Ids one look-up may ask for: a mention's alternatives, and some to spare. */
export const MAX_LOOKUP_IDS = 10;

/**
 * GET /api/gazetteer?ids=a,b,c: the places with these ids (`gn:524901`, `adm1:US.GA`), for a
 * mention's alternatives the index does not list; ids the gazetteer lacks are left out.
 */
export const GazetteerIdsSchema = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.regex(/^[a-z][a-z0-9]*:[^\s,]{1,100}$/, 'is not a place id such as "gn:524901"'),
    ),
  ),
  v.minLength(1, 'name at least one place id'),
  v.maxLength(MAX_LOOKUP_IDS, `ask for at most ${MAX_LOOKUP_IDS} place ids at once`),
);

export type ApiStatus = v.InferOutput<typeof ApiStatusSchema>;
export type SaveCorrection = v.InferOutput<typeof SaveCorrectionSchema>;
export type SaveCorrectionReply = v.InferOutput<typeof SaveCorrectionReplySchema>;
export type GazetteerReply = v.InferOutput<typeof GazetteerReplySchema>;

/** An article as read and structured, before geoparsing: everything published but its mentions. */
export type Article = Omit<ArticleFull, 'mentions' | 'url'> & { url?: string | null };

/** A mention as the pipeline attaches it to its article and passage, before publishing. */
export type Mention = Omit<ArticleMention, 'rank' | 'reasons' | 'alternatives'> & {
  articleId: string;
};

// ---------------------------------------------------------------------------------------------
// The basemap: one TopoJSON file, published as a shard (src/node/basemap.ts writes it).

/** Bump when the basemap's shape changes; the app draws no basemap from any other version. */
export const BASEMAP_FORMAT = 'dateline-basemap';
export const BASEMAP_VERSION = 2;

/** A name drawn on the basemap from `minZoom` on. */
export const MapLabelSchema = v.object({
  name: v.string(),
  lat: latitude,
  lon: longitude,
  minZoom: v.pipe(v.number(), v.integer()),
});

const GeometryCollectionShell = v.looseObject({
  type: v.literal('GeometryCollection'),
  geometries: v.array(v.unknown()),
});

/**
 * The basemap's shell. The topology's arcs and geometries are checked by shape only (their type
 * comes from topojson-specification): topojson-client decodes them, and a deep check of every
 * arc would cost more than the map is worth to validate.
 */
export const BasemapFileSchema = v.looseObject({
  type: v.literal('Topology'),
  dateline: v.object({ format: v.literal(BASEMAP_FORMAT), version: v.literal(BASEMAP_VERSION) }),
  arcs: v.array(v.unknown()),
  objects: v.looseObject({ countries: GeometryCollectionShell, borders: GeometryCollectionShell }),
  /** The larger countries' and cities' names with the zoom they appear at. */
  labels: v.object({ countries: v.array(MapLabelSchema), cities: v.array(MapLabelSchema) }),
});

export type MapLabel = v.InferOutput<typeof MapLabelSchema>;

/** A country shape's properties: which ISO code it shades for, and its name. */
export interface CountryShapeProperties {
  iso2: string | null;
  name: string;
}

/**
 * The basemap as published. `countries` are land shapes (lakes and inland seas are gaps, so the
 * water shows through); `borders` are first-level division boundaries as lines.
 */
export type BasemapFile = Topology<{
  countries: GeometryCollection<CountryShapeProperties>;
  borders: GeometryCollection<{ country: string }>;
}> &
  Pick<v.InferOutput<typeof BasemapFileSchema>, 'dateline' | 'labels'>;

// ---------------------------------------------------------------------------------------------
// The gazetteer index, built once by postinstall into node_modules/.cache/dateline/.

/** Bump when the index layout or the way it is built changes; a stale index is rebuilt. */
export const GAZETTEER_FORMAT = 8;

/**
 * A table of the gazetteer index: lines of ASCII text (characters from U+007F up are escaped, see
 * src/core/gazetteer/ascii.ts), kept as the bytes read from the file, so that a start makes no
 * 20 MB string; lines are found, and decoded, only when looked up (src/core/gazetteer/lines.ts).
 */
const asciiTable = v.custom<Uint8Array>(
  (x) => x instanceof Uint8Array,
  'must be the bytes of a table',
);

/** Line offsets into a table, kept with it (see src/core/gazetteer/lines.ts). */
const lineStarts = v.custom<Uint32Array>(
  (x) => x instanceof Uint32Array && x.length > 0,
  'must be the line offsets of a table',
);

/** The compact prebuilt index as stored on disk. */
export const GazetteerIndexSchema = v.object({
  format: v.literal(GAZETTEER_FORMAT),
  /** Names and versions of the inputs; a different key means the index must be rebuilt. */
  inputsKey: v.string(),
  attribution: v.array(AttributionSchema),
  /**
   * One line per place, fields separated by tabs (see `PLACE_FIELDS`): id, name, kind, lat, lon,
   * country ('' for none), population, feature code (GeoNames' for towns, 'ADM1'/'ADM2' for
   * divisions, '' otherwise), admin1 key ("US.GA", '' for none). Population is summed over the
   * GeoNames towns inside for countries and divisions, and 0 for the hand-made regions.
   */
  places: asciiTable,
  /** Lines "key\tP:S,P:S" sorted by key: place line P reached by name source S under `nameKey`. */
  names: asciiTable,
  /** Where each line of `places` (and of `names`) begins, then one past the end of the last. */
  placeStarts: lineStarts,
  /** The line of the first GeoNames town ("gn:" id): towns come last, every other place before. */
  firstTown: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nameStarts: lineStarts,
  /** The most words in a name: recognition never tries longer spans. */
  maxNameWords: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Lines "key\tP": a demonym/adjective ("russian") and the country it names. */
  demonyms: asciiTable,
  /** Neighbouring countries by ISO alpha-2, "GE\tRU,AM,AZ,TR" per line. */
  borders: asciiTable,
  /** Common English words (lower case, one a line, sorted): a capitalised one needs more evidence. */
  commonWords: asciiTable,
  /** Common English given names that are not common words (lower case, one a line, sorted). */
  givenNames: asciiTable,
});

export type GazetteerIndex = v.InferOutput<typeof GazetteerIndexSchema>;

// ---------------------------------------------------------------------------------------------
// JSONL: geoparse's input and output lines, and gold corpora (one annotated article per line).

/** "number", "null", "array", "object"...: the JSON type a user would name. */
export function jsonType(x: unknown): string {
  if (x === null) return 'null';
  return Array.isArray(x) ? 'array' : typeof x;
}

// Messages a user can act on: `"text" must be a string, got number` (the key comes from the path).
const missingOr = (what: string) => (issue: v.BaseIssue<unknown>) =>
  issue.input === undefined ? 'is missing' : `must be ${what}, got ${jsonType(issue.input)}`;
const jsonText = () => v.string(missingOr('a string'));
const jsonOffset = v.pipe(v.number(missingOr('a number')), v.integer(), v.minValue(0));
const jsonList = <S extends v.GenericSchema>(item: S) => v.array(item, missingOr('an array'));
const jsonObject = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    // valibot takes an array for an object; a JSON user would not.
    v.custom<unknown>((x) => !Array.isArray(x), 'expected a JSON object, got array'),
    v.looseObject(entries, (issue) =>
      // The object's message also serves its missing keys, which come with a path.
      issue.path ? 'is missing' : `expected a JSON object, got ${jsonType(issue.input)}`,
    ),
  );
const jsonSpan = { start: jsonOffset, end: jsonOffset };
const jsonLat = v.pipe(v.number(missingOr('a number')), v.minValue(-90), v.maxValue(90));
const jsonLon = v.pipe(v.number(missingOr('a number')), v.minValue(-180), v.maxValue(180));

/**
 * One line's problem as a user reads it: `"text" must be a string, got number`, or
 * `"toponyms"[2] "end" is missing`.
 */
export function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'not valid';
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : ` "${String(item.key)}"`))
    .join('')
    .trim();
  return path ? `${path} ${issue.message}` : issue.message;
}

/** geoparse reads `{"id": "...", "text": "..."}` per line. */
export const GeoparseRequestSchema = jsonObject({ id: jsonText(), text: jsonText() });

/** One place mention found in a text: the `geoparse` contract. Offsets are UTF-16 indices. */
export const GeoMentionSchema = v.object({
  start: offset,
  end: offset,
  text: v.string(),
  /** By its name ("Russia") or by a demonym or adjective ("Russian"). */
  form: MentionFormSchema,
  place: PlaceRefSchema,
  /**
   * 0..1: the chance that `place` is right within 161 km, calibrated on the dev corpora (a
   * mention at 0.9 is right about 9 times in 10).
   */
  confidence: unit,
  /** Runner-up candidates, best first, so the app can say "also could be". */
  alternatives: v.array(PlaceRefSchema),
  /** Why this place, in short sentences from the rules and cues that decided it. */
  reasons: v.optional(v.array(v.string())),
});

/** geoparse's answer per line: the mentions, or the line's error (and one line out per line in). */
export const GeoparseAnswerSchema = v.union([
  v.object({
    id: v.string(),
    mentions: v.array(
      v.object({ ...GeoMentionSchema.entries, alternatives: v.optional(v.array(PlaceRefSchema)) }),
    ),
  }),
  v.object({ id: v.null(), error: v.string() }),
]);

/** A gold place span with coordinates (GeoNames conventions). */
export const GoldToponymSchema = jsonObject({
  ...jsonSpan,
  name: v.optional(v.string(), ''),
  lat: jsonLat,
  lon: jsonLon,
});

/** A gold place span without coordinates; counted for recognition only. */
export const GoldUnresolvedSchema = jsonObject({
  ...jsonSpan,
  name: v.optional(v.string(), ''),
  type: v.optional(v.string()),
});

/** One annotated article of a gold corpus (one JSONL line). */
export const GoldArticleSchema = jsonObject({
  id: v.optional(v.string(), ''),
  text: jsonText(),
  toponyms: jsonList(GoldToponymSchema),
  unresolved: v.optional(jsonList(GoldUnresolvedSchema)),
  /**
   * When present, only predictions overlapping these spans are scored: the article was reviewed
   * there and nowhere else (a corrections corpus).
   */
  scored: v.optional(jsonList(jsonObject(jsonSpan))),
});

export type MentionForm = v.InferOutput<typeof MentionFormSchema>;
export type GeoMention = v.InferOutput<typeof GeoMentionSchema>;
export type GeoparseRequest = v.InferOutput<typeof GeoparseRequestSchema>;
export type GeoparseAnswer = v.InferOutput<typeof GeoparseAnswerSchema>;
export type GoldToponym = v.InferOutput<typeof GoldToponymSchema>;
export type GoldUnresolved = v.InferOutput<typeof GoldUnresolvedSchema>;
export type GoldArticle = v.InferOutput<typeof GoldArticleSchema>;

/**
 * dateline.tiles.json beside package.json, read when the app is built: an optional online tile
 * layer drawn under the offline basemap, for readers with a network. Absent, the map is offline.
 */
export const TileLayerConfigSchema = v.object({
  /** A Leaflet URL template over https, e.g. "https://{s}.tiles.example/{z}/{x}/{y}.png". */
  url: v.pipe(
    v.string(),
    v.regex(/^https:\/\/[^\s"';,]+$/, 'url must be an https:// address with no spaces or quotes'),
    v.check(
      (url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)),
      'url must contain {z}, {x} and {y}',
    ),
    // The host becomes the policy's image source, so it may vary only by Leaflet's {s} label.
    v.check(
      (url) => /^https:\/\/(\{s\}\.)?[a-z0-9.-]+(:\d+)?(\/|$)/i.test(url),
      'url host may hold only {s}, as its first label',
    ),
  ),
  /** Shown as text in the map's credits, as the tile provider asks. */
  attribution: v.pipe(v.string(), v.trim(), v.minLength(1, 'attribution must not be empty')),
  /** Letters for {s} in the URL (Leaflet's default "abc"). */
  subdomains: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z0-9]+$/, 'subdomains must be letters or digits')),
  ),
  maxZoom: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(22))),
});

export type TileLayerConfig = v.InferOutput<typeof TileLayerConfigSchema>;
