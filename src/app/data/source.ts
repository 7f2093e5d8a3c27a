import { bucketOf, searchShardOf } from '../../shared/hash';
import type {
  ArticleFull,
  ArticleListFile,
  LinkDaysFile,
  PassagePage,
  PlaceDaysFile,
  PlaceRow,
  ReviewPage,
  SearchShardFile,
} from '../../shared/schema';
import type { DataIndex } from './data-index';
import { readAs, type FetchResult, type FileKind } from './fetch-json';
import { JsonCache, type Entry, type FetchJson } from './json-cache';
import {
  checkedPlaceDays,
  parseArticleList,
  parseArticleShard,
  parseLinkDays,
  parsePassagePage,
  parsePassageShard,
  parseReviewPage,
  parseSearchShard,
} from './validate';

/** Reads a file as `kind` says (fetch-json.ts), where the file is parsed. */
export type FetchFile = (path: string, kind: FileKind) => Promise<FetchResult>;

/** A FetchFile over plain JSON, reading each file as its kind says here (tests). */
function readingHere(fetchJson: FetchJson): FetchFile {
  return async (path, kind) => {
    const result = await fetchJson(path);
    return result.ok ? { ok: true, json: readAs(kind, result.json) } : result;
  };
}

/** The article list with the look-up from id to position that filters and search need. */
export interface ArticleList extends ArticleListFile {
  positionById: Map<string, number>;
}

/**
 * Everything the app fetches after the index: the article list, article shards, passage pages
 * and search shards, each on demand and cached. Only src/app/data fetches; components ask here
 * and re-render when their file arrives (`subscribe`).
 */
export class DataSource {
  private readonly cache: JsonCache;
  private readonly pages = new Map<string, PassagePage>();

  constructor(
    readonly index: DataIndex,
    fetchJson: FetchJson,
    /** Hears one line whenever malformed records in a fetched file were left out. */
    private readonly report: (line: string) => void = () => undefined,
    /** Reads the big files wanted after the first view: the article list, the series. */
    private readonly fetchBackground: FetchFile = readingHere(fetchJson),
  ) {
    this.cache = new JsonCache(fetchJson);
  }

  private background(kind: 'json' | 'placeDays'): FetchJson {
    return (path) => this.fetchBackground(path, kind);
  }

  subscribe(path: string, listener: () => void): () => void {
    return this.cache.subscribe(path, listener);
  }

  /** The cache entry of a file as it stands: a stable snapshot for useSyncExternalStore. */
  peekFile(path: string): Entry<unknown> | undefined {
    return this.cache.peek(path);
  }

  forget(path: string): void {
    this.cache.forget(path);
  }

  private checked<T>(parse: (json: unknown, dropped: string[]) => T): (json: unknown) => T {
    return (json) => {
      const dropped: string[] = [];
      const value = parse(json, dropped);
      if (dropped.length > 0) this.report(`Some data could not be read: ${dropped.join('; ')}.`);
      return value;
    };
  }

  get articleListPath(): string {
    return this.index.data.articles;
  }

  articleList(): Promise<Entry<ArticleList>> {
    return this.cache.load(this.articleListPath, toArticleList, this.background('json'));
  }

  peekArticleList(): Entry<ArticleList> | undefined {
    return this.cache.peek(this.articleListPath);
  }

  /** The links' day series, for a date window; undefined when the index carries them inline. */
  get linkDaysPath(): string | undefined {
    return this.index.data.linkDays;
  }

  linkDays(): Promise<Entry<LinkDaysFile>> | undefined {
    const path = this.linkDaysPath;
    return path ? this.cache.load(path, parseLinkDays, this.background('json')) : undefined;
  }

  /** The places' day series, fetched after the first markers; undefined when inline. */
  get placeDaysPath(): string | undefined {
    return this.index.data.placeDays;
  }

  placeDays(): Promise<Entry<PlaceDaysFile>> | undefined {
    const path = this.placeDaysPath;
    // Checked where they are parsed, in the background lane's worker.
    return path ? this.cache.load(path, checkedPlaceDays, this.background('placeDays')) : undefined;
  }

  articleShardPath(id: string): string | undefined {
    const shards = this.index.data.articleShards;
    return shards[bucketOf(id, shards.length)];
  }

  /** The article's shard entry; its value is null when the data has no such article. */
  async article(id: string): Promise<Entry<ArticleFull | null>> {
    const path = this.articleShardPath(id);
    if (!path) return { state: 'ok', value: null };
    return pick(await this.cache.load(path, this.checked(parseArticleShard)), id);
  }

  peekArticle(id: string): Entry<ArticleFull | null> | undefined {
    const path = this.articleShardPath(id);
    if (!path) return { state: 'ok', value: null };
    const entry = this.cache.peek<Map<string, ArticleFull>>(path);
    return entry && entry.state !== 'loading' ? pick(entry, id) : undefined;
  }

  pagePath(place: PlaceRow, page: number): string | undefined {
    return place.pages[page];
  }

  /** Page `page` of a place's passages (newest first); an empty page if the file lacks it. */
  async passagePage(place: PlaceRow, page: number): Promise<Entry<PassagePage>> {
    const path = this.pagePath(place, page);
    if (!path) return { state: 'ok', value: { passages: [] } };
    await this.cache.load(path, parsePassageShard);
    return this.peekPassagePage(place, page) ?? { state: 'error', message: 'not loaded' };
  }

  peekPassagePage(place: PlaceRow, page: number): Entry<PassagePage> | undefined {
    const path = this.pagePath(place, page);
    if (!path) return { state: 'ok', value: { passages: [] } };
    const entry = this.cache.peek<Map<string, unknown>>(path);
    if (!entry || entry.state === 'loading') return undefined;
    if (entry.state === 'error') return entry;
    const key = `${path}#${place.id}`;
    let value = this.pages.get(key);
    if (!value) {
      const raw = entry.value.get(place.id);
      try {
        value = raw === undefined ? { passages: [] } : this.checked(parsePassagePage)(raw);
      } catch (error) {
        return { state: 'error', message: error instanceof Error ? error.message : String(error) };
      }
      this.pages.set(key, value);
    }
    return { state: 'ok', value };
  }

  /** Path of page k of the review list (DataIndex.review), if there is one. */
  reviewPagePath(k: number): string | undefined {
    return this.index.data.review?.pages[k];
  }

  /** Page k of the review list, least sure first; an empty page past the end. */
  reviewPage(k: number): Promise<Entry<ReviewPage>> {
    const path = this.reviewPagePath(k);
    if (!path) return Promise.resolve({ state: 'ok', value: { entries: [] } });
    return this.cache.load(path, this.checked(parseReviewPage));
  }

  peekReviewPage(k: number): Entry<ReviewPage> | undefined {
    const path = this.reviewPagePath(k);
    if (!path) return { state: 'ok', value: { entries: [] } };
    return this.cache.peek(path);
  }

  /** The search shard holding a folded term (3+ characters), or null when there is none. */
  async searchShard(folded: string): Promise<SearchShardFile | null> {
    const shards = this.index.data.search;
    const path = shards[searchShardOf(folded, shards.length)];
    if (!path) return null;
    const entry = await this.cache.load(path, parseSearchShard);
    return entry.state === 'ok' ? entry.value : null;
  }
}

function pick(entry: Entry<Map<string, ArticleFull>>, id: string): Entry<ArticleFull | null> {
  if (entry.state !== 'ok') return entry.state === 'error' ? entry : { state: 'ok', value: null };
  return { state: 'ok', value: entry.value.get(id) ?? null };
}

/**
 * The checked list with its look-up from id to position, built at its first use (the list of an
 * article chosen), in a plain loop: at 100,000 articles building it from [id, i] pairs as the
 * list arrived was 150-200 ms of one task of the page's main thread (issue 7).
 */
function toArticleList(json: unknown): ArticleList {
  const list = parseArticleList(json);
  let positions: Map<string, number> | undefined;
  return {
    ...list,
    get positionById() {
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < list.ids.length; i++) positions.set(list.ids[i] ?? '', i);
      }
      return positions;
    },
  };
}
