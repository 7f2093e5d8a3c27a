/**
 * The store's tables, as Kysely sees them. Plain column types that SQLite and PostgreSQL share
 * (text, integer, real); JSON travels as text so the same queries run on both.
 */
export interface StoreTables {
  articles: ArticleTable;
  passages: PassageTable;
  mentions: MentionTable;
  places: PlaceTable;
  runs: RunTable;
  published: PublishedTable;
  fingerprints: FingerprintTable;
  notices: NoticeTable;
  packed_mentions: PackedMentionTable;
  article_texts: ArticleTextTable;
  files: FileTable;
}

export interface ArticleTable {
  id: string;
  file: string;
  /** SHA-256 of what the article was made from (file name, text, metadata). */
  hash: string;
  /** The geoparser and gazetteer versions it was parsed with; another version means a re-parse. */
  parsed_with: string;
  title: string;
  source: string | null;
  date: string | null;
  /** `date` as days since 1970-01-01, for ordering. */
  day: number | null;
  url: string | null;
  /** fnv1a32(id): which article shard it lands in is this modulo the shard count. */
  bucket: number;
  /** Distinct folded search terms, space separated (see src/core/publish/search-terms.ts). */
  terms: string;
}

/** An article's text, apart from its row in articles so that scans of the list stay small. */
export interface ArticleTextTable {
  article_id: string;
  text: string;
}

export interface PassageTable {
  article_id: string;
  idx: number;
  start: number;
  end: number;
  /** 1 for the title line: an integer, as SQLite has no booleans. */
  is_title: number;
}

export interface MentionTable {
  article_id: string;
  /** Position in the article's mentions, in text order. */
  seq: number;
  passage_idx: number;
  start: number;
  end: number;
  text: string;
  form: string;
  place_id: string;
  confidence: number;
  /** Place ids of the runner-up readings, best first, JSON. */
  alternatives: string;
  /** Names of the geoparser rules behind the reading, JSON, when it gives them. */
  reasons: string | null;
}

export interface PlaceTable {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
}

export interface RunTable {
  id: string;
  started_at: string;
  finished_at: string | null;
  geoparser: string;
  gazetteer: string;
  /** 'running' until published; a killed run stays 'running' and is marked 'abandoned' later. */
  status: string;
  articles: number;
  parsed: number;
  deleted: number;
}

/** What the last publish wrote for each unit (a place's pages, an article shard), by digest. */
export interface PublishedTable {
  unit: string;
  digest: string;
  /** JSON list of shard paths relative to data/. */
  paths: string;
  /** Bytes of those files together; null for a unit recorded before sizes were kept. */
  bytes: number | null;
}

/** One row per stored article: what grouping copies of a story needs, and what it decided. */
export interface FingerprintTable {
  article_id: string;
  /** Characters of the body (canonical order prefers the longest copy). */
  length: number;
  /** Key of the body's normalised words: equal keys are exact copies. */
  exact: string;
  /** MinHash signature, base64 of little-endian uint32s; null for a body too short to estimate. */
  minhash: string | null;
  /** The canonical article of the story this one copies; null for a canonical article. */
  copy_of: string | null;
  /** 'exact' or 'near' when `copy_of` is set. */
  copy_kind: string | null;
}

/** What structuring an article noticed but worked around ("its Date line gives no date: ..."). */
export interface NoticeTable {
  article_id: string;
  seq: number;
  text: string;
}

/** An article's mentions packed for the publish walk (see packed-mentions.ts). */
export interface PackedMentionTable {
  article_id: string;
  /** JSON: one array per mention, in text order. */
  packed: string;
}

/** A single-article file as the last run that read it saw it (see KeptFile). */
export interface FileTable {
  /** Path in the seeds folder. */
  file: string;
  /** Its stamp (walk.ts) and the reading settings. */
  stamp: string;
  article_id: string;
  /** UTF-8 bytes of the article's text, for the run's size limit. */
  bytes: number;
  /** JSON list of what reading it noticed. */
  notices: string;
}
