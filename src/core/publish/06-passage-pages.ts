import { bucketOf, isoFromDay } from '../../shared/hash';
import {
  PASSAGE_PAGE_SIZE,
  type PassagePage,
  type PassagePageShardFile,
  type PlacePassage,
} from '../../shared/schema';
import { passageBucketCount } from './01-shard-counts';
import type { PlaceStats, PlaceTally } from './03-place-tally';

/** Where one article of the list stands, for the passage header. */
export interface ListedMeta {
  id: string;
  title: string;
  day: number | null;
  source: string | null;
}

/** A finished passage page file, and which place pages it holds. */
export interface PageFile {
  /** See PageAssembler.unitOf. */
  unit: string;
  content: PassagePageShardFile;
  pages: { placeId: string; page: number }[];
}

interface OpenPage {
  place: PlaceStats;
  page: number;
  passages: PlacePassage[];
}

interface Bucket {
  waiting: number;
  content: PassagePageShardFile;
  pages: { placeId: string; page: number }[];
}

/**
 * Stage 6: passage pages, built while the articles stream by in list order with their texts.
 * A place with one page shares a bucket file with other small places; a bigger place's pages
 * get a file each. A page is handed out as soon as it is complete, so what is held at any moment
 * is the pages still filling, not the collection.
 */
export class PageAssembler {
  private readonly open = new Map<PlaceStats, OpenPage>();
  private readonly buckets: Bucket[];
  private readonly bucketCount: number;

  constructor(
    private readonly tally: PlaceTally,
    private readonly mentionedWith: Map<string, { placeId: string; weight: number }[]>,
  ) {
    let smallPassages = 0;
    for (const place of tally.byIndex) {
      if (isSmall(place)) smallPassages += place.passageCount;
    }
    this.bucketCount = passageBucketCount(smallPassages);
    this.buckets = Array.from({ length: this.bucketCount }, () => ({
      waiting: 0,
      content: Object.create(null) as PassagePageShardFile,
      pages: [],
    }));
    this.restrictTo(tally.byIndex);
  }

  /**
   * The file a place's pages go in: "bucket-<count>-<k>" shared by small places, or
   * "place-<id>" for a place with pages of its own. A unit is rebuilt as a whole.
   */
  unitOf(place: PlaceStats): string {
    return isSmall(place)
      ? `bucket-${this.bucketCount}-${bucketOf(place.id, this.bucketCount)}`
      : `place-${place.id}`;
  }

  /**
   * Builds pages only for these places (those whose pages changed, and their bucket mates);
   * the others' files are still current. Call before adding articles.
   */
  restrictTo(places: Iterable<PlaceStats>): void {
    this.needed = new Set(places);
    for (const bucket of this.buckets) bucket.waiting = 0;
    for (const place of this.needed) {
      if (isSmall(place)) this.bucketFor(place).waiting += 1;
    }
  }

  private needed = new Set<PlaceStats>();

  /**
   * Adds the passages of the article at `position` for every place it mentions; `passageAt`
   * gives a passage's offset and text. Returns the files this article completed.
   */
  addArticle(
    position: number,
    meta: ListedMeta,
    placeIds: Iterable<string>,
    passageAt: (index: number) => { start: number; text: string },
  ): PageFile[] {
    const done: PageFile[] = [];
    for (const placeId of placeIds) {
      const place = this.tally.places.get(placeId);
      if (!place || !this.needed.has(place)) continue;
      for (const passage of this.passagesAt(place, position, meta, passageAt)) {
        const page = this.pageOf(place);
        page.passages.push(passage);
        if (page.passages.length === PASSAGE_PAGE_SIZE || this.isLastPassage(place, page)) {
          this.open.delete(place);
          const file = this.finish(page);
          if (file) done.push(file);
        }
      }
    }
    return done;
  }

  /** Every page has been handed out once every article was added; anything left is a bug. */
  get pending(): number {
    return this.open.size + this.buckets.filter((b) => b.waiting > 0).length;
  }

  private *passagesAt(
    place: PlaceStats,
    position: number,
    meta: ListedMeta,
    passageAt: (index: number) => { start: number; text: string },
  ): Generator<PlacePassage> {
    const refs = place.refs;
    // The place's refs at this article are consecutive and next in line after those consumed.
    for (let r = this.cursor.get(place) ?? 0; r < refs.length && refs[r] === position; r += 4) {
      this.cursor.set(place, r + 4);
      const index = refs[r + 1] as number;
      const first = refs[r + 2] as number;
      const count = refs[r + 3] as number;
      const { start, text } = passageAt(index);
      const mentions = [];
      for (let m = first; m < first + count; m++) {
        mentions.push({
          start: place.offsets[m * 2] as number,
          end: place.offsets[m * 2 + 1] as number,
        });
      }
      yield {
        articleId: meta.id,
        title: meta.title,
        date: meta.day === null ? null : isoFromDay(meta.day),
        source: meta.source,
        passageIndex: index,
        start,
        text,
        mentions,
      };
    }
  }

  private pageOf(place: PlaceStats): OpenPage {
    let page = this.open.get(place);
    if (!page) {
      page = { place, page: this.nextPage.get(place) ?? 0, passages: [] };
      this.nextPage.set(place, page.page + 1);
      this.open.set(place, page);
    }
    return page;
  }

  private readonly nextPage = new Map<PlaceStats, number>();
  /** Index into each place's refs of the next passage to add. */
  private readonly cursor = new Map<PlaceStats, number>();

  private isLastPassage(place: PlaceStats, page: OpenPage): boolean {
    return page.page * PASSAGE_PAGE_SIZE + page.passages.length === place.passageCount;
  }

  private finish(open: OpenPage): PageFile | undefined {
    const { place } = open;
    const page: PassagePage = { passages: open.passages };
    if (open.page === 0) page.with = this.mentionedWith.get(place.id) ?? [];
    const ref = { placeId: place.id, page: open.page };
    if (!isSmall(place)) {
      const content = Object.create(null) as PassagePageShardFile;
      content[place.id] = page;
      return { unit: this.unitOf(place), content, pages: [ref] };
    }
    const bucket = this.bucketFor(place);
    bucket.content[place.id] = page;
    bucket.pages.push(ref);
    bucket.waiting -= 1;
    if (bucket.waiting > 0) return undefined;
    return { unit: this.unitOf(place), content: bucket.content, pages: bucket.pages };
  }

  private bucketFor(place: PlaceStats): Bucket {
    return this.buckets[bucketOf(place.id, this.bucketCount)] as Bucket;
  }
}

/**
 * Stage 6b: the day of each page's first passage, as PlaceRow.pageDays, from the list positions
 * in the tally; undefined for a place with one page or no dated passage.
 */
export function pageStartDays(
  place: PlaceStats,
  dayAt: (position: number) => number | null,
): (number | null)[] | undefined {
  const pageCount = Math.ceil(place.passageCount / PASSAGE_PAGE_SIZE);
  if (pageCount < 2) return undefined;
  const days: (number | null)[] = [];
  for (let k = 0; k < pageCount; k++) {
    days.push(dayAt(place.refs[k * PASSAGE_PAGE_SIZE * 4] as number));
  }
  return days[0] === null ? undefined : days;
}

function isSmall(place: PlaceStats): boolean {
  return place.passageCount <= PASSAGE_PAGE_SIZE;
}
