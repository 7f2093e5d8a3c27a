import {
  ArticleListBuilder,
  CopyTally,
  PlaceTally,
  ReviewSelection,
  SearchIndexBuilder,
  type CopyPart,
  type PublishMention,
  type ReviewPart,
  type SearchPart,
  type TallyPart,
} from '../../core/publish/index';
import { createHash } from 'node:crypto';
import { IntColumn } from '../../core/publish/int-column';
import type { ArticleListFile } from '../../shared/schema';
import type { CorrectedMentions } from './corrected-mentions';
import type { ListRow } from './read-store';

/**
 * What the first walk keeps per article position: compact numbers, never texts. The columns of
 * numbers are typed (IntColumn): millions of them, kept off the heap the collector walks.
 */
export interface Walk {
  list: ArticleListBuilder;
  tally: PlaceTally;
  search: SearchIndexBuilder;
  /** ranks[rankStart[p] + seq] is the rank of mention seq of the article at position p. */
  ranks: IntColumn;
  rankStart: IntColumn;
  /** The tally index of each mention's place, beside `ranks` (to append a walk to another). */
  rankPlaces: IntColumn;
  /**
   * Tally indices of the distinct places of the article at position p, in the order its mentions
   * first name them: placeIndices[placeStart[p] .. placeStart[p+1]).
   */
  placeIndices: IntColumn;
  placeStart: IntColumn;
  buckets: number[];
  /**
   * What the article at position p is made of, for unit digests: a short hash of its id, content
   * hash, parse version and the corrections that reached it (versionOf). A page digest repeats
   * it once per passage: at 100k articles a million times, so it is kept short.
   */
  versions: string[];
  /** The parse versions met, in order; every unit digest includes them. */
  parsers: string[];
  mentions: number;
  corrected: CorrectedMentions;
  /** Other outlets' copies of the listed stories: counted apart, never listed. */
  copies: CopyTally;
  /** The least sure mentions, for "Review doubtful places". */
  review: ReviewSelection;
  /**
   * A digest of what each search shard is made from, when the walk went in blocks (walk-parts.ts):
   * a shard whose digest is unchanged keeps its file, and its text is not made again.
   */
  searchDigests?: string[];
  /** Likewise, a digest of what the article list is made from. */
  listDigest?: string;
}

export function emptyWalk(corrected: CorrectedMentions): Walk {
  return {
    list: new ArticleListBuilder(),
    tally: new PlaceTally(),
    search: new SearchIndexBuilder(),
    ranks: new IntColumn(),
    rankStart: new IntColumn(),
    rankPlaces: new IntColumn(),
    placeIndices: new IntColumn(),
    placeStart: new IntColumn(),
    buckets: [],
    versions: [],
    parsers: [],
    mentions: 0,
    corrected,
    copies: new CopyTally(),
    review: new ReviewSelection(),
  };
}

/** Adds the next row of the list (in list order) with its mentions, corrected. */
export function walkRow(walk: Walk, row: ListRow, rows: readonly PublishMention[]): void {
  if (row.copy_of !== null) {
    const kind = row.copy_kind === 'exact' ? 'exact' : 'near';
    const copy = { ...row, kind, canonical: row.copy_of } as const;
    walk.copies.add(copy, rows, `${row.id} ${row.hash}`);
    return;
  }
  const places = [...new Set(rows.map((m) => m.placeId))];
  const position = walk.list.add({
    id: row.id,
    title: row.title,
    source: row.source,
    day: row.day,
    url: row.url,
    placeCount: places.length,
  });
  walk.rankStart.push(walk.ranks.length);
  for (const rank of walk.tally.addArticle(position, row.day, rows, walk.rankPlaces)) {
    walk.ranks.push(rank);
  }
  walk.placeStart.push(walk.placeIndices.length);
  for (const place of places) walk.placeIndices.push(walk.tally.indexOf(place));
  walk.buckets.push(row.bucket);
  parserOf(walk, row.parsed_with);
  walk.versions.push(versionOf(row, walk.corrected.digest(row.id)));
  walk.search.add(position, row.terms === '' ? [] : row.terms.split(' '));
  walk.review.addArticle(position, rows);
  walk.mentions += rows.length;
}

/** 96 bits of SHA-256 over what an article's published files are made of, as text. */
function versionOf(row: ListRow, corrections: string): string {
  const made = `${row.id} ${row.hash} ${row.parsed_with} ${corrections}`;
  return createHash('sha256').update(made).digest('base64url').slice(0, 16);
}

function parserOf(walk: Walk, parsedWith: string): number {
  const parser = walk.parsers.indexOf(parsedWith);
  return parser < 0 ? walk.parsers.push(parsedWith) - 1 : parser;
}

/** Ends a walk: the position after the last article closes `placeStart`. */
export function finishWalk(walk: Walk): Walk {
  walk.placeStart.push(walk.placeIndices.length);
  return walk;
}

/**
 * A walk over one block of the list (positions from 0) as plain data, to be kept in the store
 * and appended to the walk of the whole by a later run. Only for walks no correction reached:
 * what a correction changed is kept in CorrectedMentions, not here.
 */
export interface WalkPart {
  list: ArticleListFile;
  tally: TallyPart;
  search: SearchPart;
  review: ReviewPart;
  copies: CopyPart;
  ranks: Int32Array;
  rankPlaces: Int32Array;
  /** Mentions of each listed article (the lengths of its runs in `ranks`). */
  mentionCounts: Int32Array;
  /**
   * Each listed article's distinct places (the part's tally indices), in the order its mentions
   * first name them: list.placeCounts of them per article (Walk.placeIndices).
   */
  placeIndices: Int32Array;
  buckets: number[];
  /** Each listed article's version (Walk.versions). */
  versions: string[];
  parsers: string[];
  mentions: number;
}

/** A part as the walk in blocks keeps it (walk-parts.ts): with the digests of what it makes. */
export interface KeptPart extends WalkPart {
  /** A digest of what the part puts in each search shard, for one shard count. */
  searchShards: { count: number; digests: string[] };
  /** A digest of the part's article list. */
  listDigest: string;
}

/** A finished walk of one block (no corrections applied) as plain data. */
export function toPart(walk: Walk): WalkPart {
  const count = walk.list.count;
  const mentionCounts = new Int32Array(count);
  for (let p = 0; p < count; p++) mentionCounts[p] = rankEnd(walk, p) - walk.rankStart.at(p);
  return {
    list: walk.list.build(),
    tally: walk.tally.toPart(),
    search: walk.search.toPart(),
    review: walk.review.toPart(),
    copies: walk.copies.toPart(),
    ranks: walk.ranks.copy(),
    rankPlaces: walk.rankPlaces.copy(),
    mentionCounts,
    placeIndices: walk.placeIndices.copy(),
    buckets: walk.buckets,
    versions: walk.versions,
    parsers: walk.parsers,
    mentions: walk.mentions,
  };
}

/**
 * Appends a block's part to the walk of the blocks before it, as if the walk had gone on over
 * the block's articles: positions move by the articles before, ranks by each place's passages
 * before, place indices are renumbered and parse versions met are added.
 */
export function appendPart(walk: Walk, part: WalkPart): void {
  const base = walk.list.count;
  walk.list.append(part.list);
  const { passagesBefore, index } = walk.tally.append(part.tally, base);
  walk.search.append(part.search, base);
  walk.review.append(part.review, base);
  walk.copies.append(part.copies);
  for (const parser of part.parsers) parserOf(walk, parser);
  // Whole columns at a time: ranks move by their place's passages before, place indices are
  // renumbered; the starts follow from each article's counts.
  const { ranks, placeIndices } = walk;
  const placeCounts = part.list.placeCounts;
  for (let p = 0, rank = ranks.length, place = placeIndices.length; p < placeCounts.length; p++) {
    walk.rankStart.push(rank);
    walk.placeStart.push(place);
    rank += part.mentionCounts[p] as number;
    place += placeCounts[p] as number;
  }
  ranks.appendShifted(part.ranks, part.rankPlaces, passagesBefore);
  walk.rankPlaces.appendIndexed(part.rankPlaces, index);
  placeIndices.appendIndexed(part.placeIndices, index);
  for (const bucket of part.buckets) walk.buckets.push(bucket);
  for (const version of part.versions) walk.versions.push(version);
  walk.mentions += part.mentions;
}

/** Where the ranks of the article at position p end (the next article's start, or the last). */
export function rankEnd(walk: Walk, p: number): number {
  return p + 1 < walk.rankStart.length ? walk.rankStart.at(p + 1) : walk.ranks.length;
}

/** The ranks of the article at position p's mentions, in text order (a view: do not keep). */
export function ranksOf(walk: Walk, p: number): Int32Array {
  return walk.ranks.view(walk.rankStart.at(p), rankEnd(walk, p));
}

/** The ids of the distinct places the article at position p names, in first-named order. */
export function placeIdsOf(walk: Walk, p: number): string[] {
  const indices = walk.placeIndices.view(walk.placeStart.at(p), walk.placeStart.at(p + 1));
  return Array.from(indices, (i) => (walk.tally.byIndex[i] as { id: string }).id);
}
