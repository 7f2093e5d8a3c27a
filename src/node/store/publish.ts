import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  PageAssembler,
  articleShardCount,
  buildIndex,
  mentionedWith,
  pageCount,
  pageRefs,
  pageStartDays,
  placeRow,
  searchShardCount,
  sortPlaceRows,
  splitLinkDays,
  splitPlaceDays,
  topLinks,
  type KnownPlace,
  type PlaceStats,
} from '../../core/publish/index';
import type { PlaceKind } from '../../shared/place';
import {
  placeRefOf,
  type Attribution,
  type Correction,
  type PlaceRef,
  type RunInfo,
} from '../../shared/schema';
import type { ShardJob, ShardJobArticle } from './article-shards';
import { startArticleShards, type ShardThreadOptions } from './article-shards-runner';
import { CorrectedMentions, type OrphanCorrection } from './corrected-mentions';
import type { StoreReader } from './batch-reader';
import type { StoreDb } from './db';
import { collectGarbage, referencedShards, shardsOf } from './gc';
import { listBatches, passageSourcesOf, READ_BATCH, type StoredKeys } from './read-store';
import { writeReviewPages } from './review-pages';
import { encodedPassages, PAGE_LEVELS } from './passage-json';
import { ShardWriter, switchIndex } from './shard-writer';
import { digestOf, PublishedUnits } from './units';
import type { PartsHelperOptions } from './parts-helper';
import { emptyWalk, finishWalk, placeIdsOf, ranksOf, walkRow, type Walk } from './walk';
import { walkInBlocks, type WalkCache } from './walk-parts';

export interface PublishOptions {
  out: string;
  tmp: string;
  run: RunInfo;
  attribution: Attribution[];
  /** The basemap TopoJSON, serialised. */
  basemap: string;
  onStage?: (stage: string) => void;
  /** Copies merged into stories this run (see stories.ts), for the index. */
  duplicates?: { exact: number; near: number; stories: number };
  /** Called right before the index is switched; throwing there publishes nothing. */
  beforeSwitch?: () => void;
  /** The reader's corrections (seeds/corrections.json), applied over the stored mentions. */
  corrections?: readonly Correction[];
  /** Lets the article shards be built in a thread of their own (article-shards-runner.ts). */
  thread?: ShardThreadOptions;
  /**
   * Where the walk keeps its blocks' parts, and its code's hash (walk-parts.ts): with it, a
   * re-run walks only changed blocks; without it, the list is walked whole.
   */
  walkCache?: WalkCache;
  /** Articles per block of the walk, about (walk-parts.ts); 0 walks the list whole. */
  walkBlockSpan?: number;
  /** Lets a thread walk blocks too, when there are many to walk (parts-helper.ts). */
  walkHelper?: PartsHelperOptions;
  /**
   * The articles' versions as the run read them before its sync, and the ids it stored since:
   * the walk then reads the versions of just those again (read-store.ts, listKeys).
   */
  storedKeys?: StoredKeys;
}

export interface PublishResult {
  indexPath: string;
  articles: number;
  places: number;
  mentions: number;
  /** Bytes of the index and of every shard it refers to. */
  bytes: number;
  indexBytes: number;
  basemapBytes: number;
  shardsWritten: number;
  shardsReused: number;
  shardsRemoved: number;
  /** Corrections that reached a mention, and those that reached none (reported, never dropped). */
  corrections: { applied: number; orphans: OrphanCorrection[] };
}

/** Pass 1: metadata and mentions in list order, into the article list, the tally and search. */
async function walkMetadata(
  db: StoreDb,
  reader: StoreReader,
  corrected: CorrectedMentions,
  cache: WalkCache | undefined,
  blockSpan?: number,
  helper?: PartsHelperOptions,
  before?: StoredKeys,
): Promise<Walk> {
  if (!corrected.any && blockSpan !== 0 && cache !== undefined) {
    return walkInBlocks(db, reader, corrected, cache, blockSpan, helper, before);
  }
  const walk = emptyWalk(corrected);
  for (const batch of listBatches(reader)) {
    const mentions = await corrected.ofBatch(db, batch);
    for (const row of batch) walkRow(walk, row, mentions.get(row.id) ?? []);
  }
  return finishWalk(walk);
}

/**
 * What page `page` of a place is made from: its passages (the articles' versions, the passage
 * indices and the mentions' offsets) and, on the first page, its neighbours. The numbers are
 * hashed as the bytes of typed arrays: a text per passage was a million small strings a run.
 */
function pageDigest(
  place: PlaceStats,
  page: number,
  walk: Walk,
  neighbours: { placeId: string; weight: number }[] | undefined,
): string {
  const [from, to] = pageRefs(place, page);
  const refs = place.refs.view();
  const offsets = place.offsets.view();
  const versions: string[] = [];
  // Each passage's index and mention count, then the mentions' [start, end] pairs in order.
  const shape = new Int32Array((to - from) / 2);
  let mentions = 0;
  for (let r = from; r < to; r += 4) mentions += refs[r + 3] as number;
  const pairs = new Int32Array(mentions * 2);
  for (let r = from, k = 0, m = 0; r < to; r += 4, k += 2) {
    const first = (refs[r + 2] as number) * 2;
    const end = first + (refs[r + 3] as number) * 2;
    versions.push(walk.versions[refs[r] as number] ?? '');
    shape[k] = refs[r + 1] as number;
    shape[k + 1] = refs[r + 3] as number;
    for (let o = first; o < end; o++) pairs[m++] = offsets[o] as number;
  }
  const head = [
    walk.parsers.join(' '),
    place.id,
    page,
    (to - from) / 4,
    page === 0 ? JSON.stringify(neighbours ?? []) : '',
  ];
  const hash = createHash('sha256').update(digestOf([...head, versions.join(' ')]));
  return hash.update(bytesOf(shape)).update(bytesOf(pairs)).digest('hex');
}

function bytesOf(values: Int32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/**
 * Pass 2: passage pages. Units (a page of a big place, a bucket of small places) whose digest is
 * unchanged keep their files; the others are rebuilt from the texts of just the articles they
 * need, streamed in list order. Returns each place's page paths.
 */
async function writePassagePages(
  reader: StoreReader,
  walk: Walk,
  writer: ShardWriter,
  units: PublishedUnits,
): Promise<Map<string, string[]>> {
  const pages = new Map<string, string[]>();
  const neighbours = mentionedWith(walk.tally);
  const assembler = new PageAssembler(walk.tally, neighbours, encodedPassages);
  const digests = new Map<string, string>();
  const wanted: { place: PlaceStats; pages: number[] }[] = [];
  const buckets = new Map<string, PlaceStats[]>();
  for (const place of walk.tally.byIndex) {
    const count = pageCount(place);
    if (count === 1) {
      const unit = assembler.unitOf(place);
      const mates = buckets.get(unit);
      if (mates) mates.push(place);
      else buckets.set(unit, [place]);
      continue;
    }
    const paths: string[] = [];
    const stale: number[] = [];
    for (let page = 0; page < count; page++) {
      const unit = assembler.unitOf(place, page);
      const digest = pageDigest(place, page, walk, neighbours.get(place.id));
      const current = units.current(unit, digest);
      if (current) {
        writer.reuse(current.bytes, 1);
        paths[page] = current.paths[0] ?? '';
      } else {
        digests.set(unit, digest);
        stale.push(page);
      }
    }
    pages.set(place.id, paths);
    if (stale.length > 0) wanted.push({ place, pages: stale });
  }
  for (const [unit, places] of buckets) {
    const digest = digestOf(places.map((p) => pageDigest(p, 0, walk, neighbours.get(p.id))).sort());
    const current = units.current(unit, digest);
    if (!current) {
      digests.set(unit, digest);
      wanted.push(...places.map((place) => ({ place, pages: [0] })));
      continue;
    }
    writer.reuse(current.bytes, 1);
    for (const place of places) pages.set(place.id, [current.paths[0] ?? '']);
  }
  assembler.restrictTo(wanted);
  const positions = assembler.positions();
  for (let i = 0; i < positions.length; i += READ_BATCH) {
    // The reads are synchronous: yield between batches, or the article shards' thread (started
    // from this event loop, as its bundle resolves) would wait for every page before starting,
    // and a Ctrl-C or a lost parent would go unheard for the whole stage.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const batch = positions.slice(i, i + READ_BATCH);
    const ids = batch.map((p) => walk.list.at(p).id);
    const sources = passageSourcesOf(reader, ids);
    for (const position of batch) {
      const meta = walk.list.at(position);
      const { text, bounds } = sources.get(meta.id) ?? { text: '', bounds: [] };
      const files = assembler.addArticle(position, meta, placeIdsOf(walk, position), (index) => {
        const start = bounds[index * 2];
        const end = bounds[index * 2 + 1];
        if (start === undefined || end === undefined) return { start: 0, text: '' };
        return { start, text: text.slice(start, end) };
      });
      for (const file of files) {
        const path = writer.write('passages', file.content, PAGE_LEVELS);
        for (const { placeId, page } of file.pages) {
          const list = pages.get(placeId) ?? [];
          list[page] = path;
          pages.set(placeId, list);
        }
        units.record(file.unit, digests.get(file.unit) ?? '', [path], writer.sizes.get(path) ?? 0);
      }
    }
  }
  if (assembler.pending > 0) throw new Error(`${assembler.pending} passage pages left unfinished`);
  return pages;
}

/**
 * One shard that is a unit of its own: kept when its digest is unchanged and its file is there,
 * else made and written. Without a digest it is made every time.
 */
function keptOrWritten(
  writer: ShardWriter,
  units: PublishedUnits,
  kind: string,
  digest: string | undefined,
  /** The file's content, made only when the kept one will not do (ShardWriter.write). */
  make: () => string | object,
): string {
  const current = digest === undefined ? undefined : units.current(kind, digest);
  if (current) {
    writer.reuse(current.bytes, 1);
    return current.paths[0] ?? '';
  }
  const path = writer.write(kind, make());
  if (digest !== undefined) units.record(kind, digest, [path], writer.sizes.get(path) ?? 0);
  return path;
}

/**
 * The search index's shards. A shard whose digest (walkInBlocks) is unchanged keeps its file
 * and its text is not made: after one article changed, most shards' terms did not.
 */
function writeSearchShards(walk: Walk, writer: ShardWriter, units: PublishedUnits): string[] {
  const count = searchShardCount(walk.list.count);
  const digests = walk.searchDigests;
  const paths: string[] = [];
  const stale = new Set<number>();
  for (let k = 0; k < count; k++) {
    const digest = digests?.[k];
    const current =
      digest === undefined ? undefined : units.current(`search-${count}-${k}`, digest);
    if (current) {
      writer.reuse(current.bytes, 1);
      paths[k] = current.paths[0] ?? '';
    } else stale.add(k);
  }
  if (stale.size === 0) return paths;
  walk.search.shardTexts(count, stale).forEach((json, k) => {
    if (!stale.has(k)) return;
    const path = writer.write('search', json);
    paths[k] = path;
    const digest = digests?.[k];
    if (digest !== undefined) {
      units.record(`search-${count}-${k}`, digest, [path], writer.sizes.get(path) ?? 0);
    }
  });
  return paths;
}

/**
 * Pass 3, planned: whole articles, shard by shard (fnv1a32(id) modulo the shard count). Shards
 * whose digest is unchanged keep their files; the others become jobs (article-shards.ts).
 * `paths[k]` is set for the kept shards only; `slots[j]` is the k of job j.
 */
function planArticleShards(
  walk: Walk,
  writer: ShardWriter,
  units: PublishedUnits,
): { paths: string[]; jobs: ShardJob[]; slots: number[] } {
  const count = articleShardCount(walk.list.count);
  const ids = walk.list.build().ids;
  const members: number[][] = Array.from({ length: count }, () => []);
  walk.buckets.forEach((bucket, position) => members[bucket % count]?.push(position));
  const paths: string[] = [];
  const jobs: ShardJob[] = [];
  const slots: number[] = [];
  for (const [k, positionsOfShard] of members.entries()) {
    const unit = `article-${count}-${k}`;
    const digest = digestOf([
      walk.parsers.join(' '),
      ...positionsOfShard
        .map((p) => {
          const copies = walk.copies.versionOf(ids[p] ?? '');
          return `${walk.versions[p] ?? ''} ${ranksOf(walk, p).join(',')} ${copies}`;
        })
        .sort(),
    ]);
    const current = units.current(unit, digest);
    if (current) {
      writer.reuse(current.bytes, 1);
      paths[k] = current.paths[0] ?? '';
      continue;
    }
    const articles = positionsOfShard.map((p): ShardJobArticle => {
      const id = ids[p] ?? '';
      const ranks = Array.from(ranksOf(walk, p));
      const article: ShardJobArticle = { id, ranks, copies: walk.copies.copiesOf(id) };
      const corrected = walk.corrected.correctedOf(id);
      if (corrected) article.corrected = corrected;
      return article;
    });
    jobs.push({ unit, digest, articles });
    slots.push(k);
  }
  return { paths, jobs, slots };
}

async function knownPlaces(
  db: StoreDb,
  ids: string[],
  fromCorrections: ReadonlyMap<string, PlaceRef>,
): Promise<Map<string, KnownPlace>> {
  // A place a reader chose from the gazetteer may be one no geoparsed mention brought in.
  const places = new Map<string, KnownPlace>(fromCorrections);
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const rows = await db
      .selectFrom('places')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + READ_BATCH))
      .execute();
    for (const r of rows) {
      const place: KnownPlace = {
        id: r.id,
        name: r.name,
        kind: r.kind as PlaceKind,
        lat: r.lat,
        lon: r.lon,
        country: r.country,
      };
      if (r.admin1 !== null) place.admin1 = r.admin1;
      places.set(r.id, place);
    }
  }
  return places;
}

/**
 * Publishes the store as the version 2 layout under `out`: shards first (content-addressed,
 * each renamed into place whole), the index dateline.json last by one atomic rename, then shards
 * that neither this index nor the previous one refers to are deleted. A kill before the rename
 * leaves the previous index and all of its shards as they were.
 */
export async function publish(
  db: StoreDb,
  reader: StoreReader,
  options: PublishOptions,
): Promise<PublishResult> {
  const { out, tmp } = options;
  const stage = options.onStage ?? (() => undefined);
  const indexPath = join(out, 'dateline.json');
  const previous = referencedShards(indexPath);
  const writer = new ShardWriter(out, tmp);

  const basemap = writer.write('basemap', options.basemap);
  const basemapBytes = writer.bytes;
  stage('tallying places and search terms');
  const walk = await walkMetadata(
    db,
    reader,
    new CorrectedMentions(options.corrections ?? []),
    options.walkCache,
    options.walkBlockSpan,
    options.walkHelper,
    options.storedKeys,
  );
  const units = await PublishedUnits.load(db, out);
  const articles = keptOrWritten(writer, units, 'articles', walk.listDigest, () =>
    walk.list.build(),
  );
  const search = writeSearchShards(walk, writer, units);
  stage('writing passage pages');
  // The article shards are built beside the passage pages, in a thread of their own when there
  // are many: the two passes share nothing but the store, which both only read.
  const plan = planArticleShards(walk, writer, units);
  const shards = startArticleShards(db, plan.jobs, writer, { out, tmp, thread: options.thread });
  let pages: Map<string, string[]>;
  const articleShards = plan.paths;
  try {
    pages = await writePassagePages(reader, walk, writer, units);
    stage('writing article shards');
    (await shards.result()).forEach(({ unit, digest, path, bytes }, j) => {
      units.record(unit, digest, [path], bytes);
      articleShards[plan.slots[j] as number] = path;
    });
  } finally {
    shards.stop();
  }
  await units.save(db);

  const picks = walk.review.picks((id) => walk.tally.places.get(id)?.mentionCount ?? 0);
  const ids = walk.tally.byIndex.map((p) => p.id);
  const alternativeIds = [
    ...walk.tally.byIndex.flatMap((p) => p.alternatives),
    ...picks.flatMap((p) => p.mention.alternatives),
  ];
  const known = await knownPlaces(
    db,
    [...new Set([...ids, ...alternativeIds])],
    walk.corrected.places,
  );
  stage('writing the review list');
  const review = await writeReviewPages(
    db,
    { picks, total: walk.review.total },
    walk.list,
    known,
    writer,
  );
  const dayAt = (position: number) => walk.list.build().days[position] ?? null;
  const rows = walk.tally.byIndex.flatMap((stats) => {
    const place = known.get(stats.id);
    if (!place) return [];
    const alternatives = stats.alternatives.flatMap((id) => {
      const alternative = known.get(id);
      return alternative ? [placeRefOf(alternative)] : [];
    });
    const row = placeRow(
      stats,
      place,
      alternatives,
      pages.get(stats.id) ?? [],
      pageStartDays(stats, dayAt),
    );
    return [walk.copies.placeRow(row)];
  });
  const placeDays = splitPlaceDays(sortPlaceRows(rows));
  const { links, days: linkDays } = splitLinkDays(
    topLinks(walk.tally, dayAt).map((link) => walk.copies.linkRow(link)),
  );
  const index = buildIndex({
    run: options.run,
    attribution: options.attribution,
    basemap,
    articleCount: walk.list.count,
    datedArticleCount: walk.list.datedCount,
    articles,
    articleShards,
    search,
    days: placeDays.total,
    ...(placeDays.copyTotal ? { copyDays: placeDays.copyTotal } : {}),
    places: placeDays.places,
    placeDays: writer.write('place-days', placeDays.days),
    links,
    linkDays: writer.write('link-days', linkDays),
    ...(options.duplicates ? { duplicates: options.duplicates } : {}),
    review,
  });
  const json = JSON.stringify(index);
  options.beforeSwitch?.();
  switchIndex(out, tmp, json);

  // The index just switched in, from memory: reading it back would give these very paths.
  const keep = new Set([...previous, ...shardsOf(index)]);
  const removed = collectGarbage(out, keep);
  // Version 1 wrote the basemap beside the index; version 2 keeps it among the shards.
  rmSync(join(out, 'basemap.json'), { force: true });
  return {
    indexPath,
    articles: walk.list.count,
    places: rows.length,
    mentions: walk.mentions,
    bytes: writer.bytes + Buffer.byteLength(json),
    indexBytes: Buffer.byteLength(json),
    basemapBytes,
    shardsWritten: writer.written,
    shardsReused: writer.reused,
    shardsRemoved: removed,
    corrections: { applied: walk.corrected.appliedCount, orphans: walk.corrected.orphans() },
  };
}
