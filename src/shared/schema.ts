/**
 * The published data layout, "dateline-data" version 2 (issue 7; /work/contract.md), as one set
 * of valibot schemas. They are the documented format: preprocess writes exactly these shapes and
 * the app validates what it fetches against them, so types are inferred here, never restated.
 *
 * Layout under data/: the index dateline.json (the one mutable file, renamed into place last) and
 * content-addressed, immutable shards in shards/<kind>-<hash16>.json that the index points to.
 */
import * as v from 'valibot';
import { PLACE_KINDS } from './place';

/** Bump when any shape below changes; the app refuses any other version. */
export const DATA_FORMAT_VERSION = 2;
export const DATA_FORMAT_NAME = 'dateline-data';

/** Passages per passage page: page k of a place holds its passages k*50 .. k*50+49. */
export const PASSAGE_PAGE_SIZE = 50;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = count;
/** Days since 1970-01-01 (UTC calendar dates), see src/shared/hash.ts. */
const day = v.pipe(v.number(), v.integer());
const unit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const isoDate = v.pipe(v.string(), v.isoDate());
/** A path relative to data/, e.g. "shards/articles-0123456789abcdef.json". */
const shardPath = v.pipe(v.string(), v.regex(/^shards\/[a-z0-9-]+-[0-9a-f]{16}\.json$/));
/** Flat sorted pairs [day, mentions, day, mentions, ...]. */
const dayCounts = v.pipe(
  v.array(v.pipe(v.number(), v.integer())),
  v.check((pairs) => pairs.length % 2 === 0, 'day counts come in [day, count] pairs'),
);

export const AttributionSchema = v.object({
  name: v.string(),
  version: v.string(),
  licence: v.string(),
  url: v.string(),
});

export const PlaceKindSchema = v.picklist(PLACE_KINDS);

export const PlaceRefSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  kind: PlaceKindSchema,
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
  /** ISO 3166-1 alpha-2 code of the country the place is in, or null (seas, continents). */
  country: v.nullable(v.string()),
  /** First-level division ("Illinois"), when the geoparser gives it, to tell namesakes apart. */
  admin1: v.optional(v.nullable(v.string())),
});

export const PlaceRowSchema = v.object({
  ...PlaceRefSchema.entries,
  mentionCount: count,
  articleCount: count,
  /** Lowest confidence over this place's mentions. */
  confidence: unit,
  /** Other readings the geoparser weighed for at least one mention, best first (<= 3). */
  alternatives: v.pipe(v.array(PlaceRefSchema), v.maxLength(3)),
  /** Distinct surface forms used for it (form 'name'), <= 5, for search. */
  names: v.pipe(v.array(v.string()), v.maxLength(5)),
  /** Dated mentions per day; undated mentions = mentionCount - sum of the counts. */
  days: dayCounts,
  /** Passage page shard paths; see PASSAGE_PAGE_SIZE. */
  pages: v.array(shardPath),
});

export const LinkRowSchema = v.object({
  a: v.string(),
  b: v.string(),
  weight: count,
  days: dayCounts,
});

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
  articleShards: v.array(shardPath),
  /** Term -> search[fnv1a32(prefix2(term)) % length]. */
  search: v.array(shardPath),
  /** Most mentioned first. */
  places: v.array(PlaceRowSchema),
  /** Top co-occurrence pairs (<= 2000), strongest first. */
  links: v.array(LinkRowSchema),
});

/**
 * The article list, columnar to stay small: entry i of every column is article i. Newest first:
 * dated by date descending, then undated; ties by title.
 */
export const ArticleListSchema = v.pipe(
  v.object({
    ids: v.array(v.string()),
    titles: v.array(v.string()),
    /** Dictionary of distinct sources. */
    sources: v.array(v.string()),
    /** Index into `sources`, or -1 when the article names none. */
    source: v.array(v.pipe(v.number(), v.integer(), v.minValue(-1))),
    days: v.array(v.nullable(day)),
    urls: v.array(v.nullable(v.string())),
    /** Distinct places per article. */
    placeCounts: v.array(count),
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

/** search[k]: folded term -> delta-encoded ascending positions in the article list. */
export const SearchShardSchema = v.record(v.string(), v.array(v.pipe(v.number(), v.integer())));

export type Attribution = v.InferOutput<typeof AttributionSchema>;
export type PlaceRef = v.InferOutput<typeof PlaceRefSchema>;
export type PlaceRow = v.InferOutput<typeof PlaceRowSchema>;
export type LinkRow = v.InferOutput<typeof LinkRowSchema>;
export type RunInfo = v.InferOutput<typeof RunSchema>;
export type DataIndexFile = v.InferOutput<typeof DataIndexSchema>;
export type ArticleListFile = v.InferOutput<typeof ArticleListSchema>;
export type Passage = v.InferOutput<typeof PassageSchema>;
export type ArticleMention = v.InferOutput<typeof ArticleMentionSchema>;
export type ArticleFull = v.InferOutput<typeof ArticleFullSchema>;
export type ArticleShardFile = v.InferOutput<typeof ArticleShardSchema>;
export type PlacePassage = v.InferOutput<typeof PlacePassageSchema>;
export type PassagePage = v.InferOutput<typeof PassagePageSchema>;
export type PassagePageShardFile = v.InferOutput<typeof PassagePageShardSchema>;
export type SearchShardFile = v.InferOutput<typeof SearchShardSchema>;

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

export type ApiStatus = v.InferOutput<typeof ApiStatusSchema>;
export type SaveCorrection = v.InferOutput<typeof SaveCorrectionSchema>;
export type SaveCorrectionReply = v.InferOutput<typeof SaveCorrectionReplySchema>;
export type GazetteerReply = v.InferOutput<typeof GazetteerReplySchema>;
