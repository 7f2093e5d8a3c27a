import { bucketOf, isoFromDay } from '../../shared/hash';
import { PASSAGE_PAGE_SIZE, type PassagePage, type PlacePassage } from '../../shared/schema';
import { passageBucketCount } from './01-shard-counts';
import type { PlaceStats, PlaceTally } from './03-place-tally';

/** Where one article of the list stands, for the passage header. */
export interface ListedMeta {
  id: string;
  title: string;
  day: number | null;
  source: string | null;
}

/** A passage without this place's mentions: the same for every place the passage mentions. */
export type PassageHead = Omit<PlacePassage, 'mentions'>;

/**
 * How a passage is held in a page: `head` once per passage of an article, `passage` once per
 * place it mentions, with that place's mentions. A PlacePassage by default; the publisher may
 * give a form it encodes faster, with the same JSON (src/node/store/passage-json.ts).
 */
export interface PassageForm<P, H> {
  head: (head: PassageHead) => H;
  passage: (head: H, mentions: PlacePassage['mentions']) => P;
}

/** A PlacePassage, its keys in the schema's order. */
export const plainPassage: PassageForm<PlacePassage, PassageHead> = {
  head: (head) => head,
  passage: (head, mentions) => ({ ...head, mentions }),
};

/** A passage page shard file (PassagePageShardFile when P is PlacePassage). */
export type PageShard<P> = Record<string, Omit<PassagePage, 'passages'> & { passages: P[] }>;

/** A finished passage page file, and which place pages it holds. */
export interface PageFile<P = PlacePassage> {
  /** See PageAssembler.unitOf. */
  unit: string;
  content: PageShard<P>;
  pages: { placeId: string; page: number }[];
}

interface OpenPage<P> {
  place: PlaceStats;
  page: number;
  passages: P[];
}

interface Bucket<P> {
  waiting: number;
  content: PageShard<P>;
  pages: { placeId: string; page: number }[];
}

/**
 * Stage 6: passage pages, built while the articles stream by in list order with their texts.
 * A place with one page shares a bucket file with other small places; a bigger place's pages
 * get a file each, and each page is a unit of its own, so a change rebuilds only the pages whose
 * passages changed (from the first changed rank on), not the place. A page is handed out as soon
 * as it is complete, so what is held at any moment is the pages still filling, not the collection.
 */
export class PageAssembler<P, H> {
  private readonly open = new Map<string, OpenPage<P>>();
  private readonly buckets: Bucket<P>[];
  private readonly bucketCount: number;
  /** The places to build, each with the pages wanted (all of a small place's one page). */
  private needed = new Map<PlaceStats, ReadonlySet<number>>();

  constructor(
    private readonly tally: PlaceTally,
    private readonly mentionedWith: Map<string, { placeId: string; weight: number }[]>,
    /** How a passage is held (plainPassage, or the publisher's encoded form). */
    private readonly form: PassageForm<P, H>,
  ) {
    let smallPassages = 0;
    for (const place of tally.byIndex) {
      if (isSmall(place)) smallPassages += place.passageCount;
    }
    this.bucketCount = passageBucketCount(smallPassages);
    this.buckets = Array.from({ length: this.bucketCount }, () => ({
      waiting: 0,
      content: Object.create(null) as PageShard<P>,
      pages: [],
    }));
    this.restrictTo(tally.byIndex.map((place) => ({ place, pages: allPages(place) })));
  }

  /**
   * The file page `page` of a place goes in: "bucket-<count>-<k>" shared by small places, or
   * "page-<page>-<id>" for a page of a place with pages of their own. A unit is rebuilt whole.
   */
  unitOf(place: PlaceStats, page = 0): string {
    return isSmall(place)
      ? `bucket-${this.bucketCount}-${bucketOf(place.id, this.bucketCount)}`
      : `page-${page}-${place.id}`;
  }

  /**
   * Builds only these pages (those whose content changed, and the whole of a small place whose
   * bucket changed, with its bucket mates); the others' files are still current. Call before
   * adding articles.
   */
  restrictTo(wanted: Iterable<{ place: PlaceStats; pages: Iterable<number> }>): void {
    this.needed = new Map();
    for (const { place, pages } of wanted) this.needed.set(place, new Set(pages));
    for (const bucket of this.buckets) bucket.waiting = 0;
    for (const place of this.needed.keys()) {
      if (isSmall(place)) this.bucketFor(place).waiting += 1;
    }
  }

  /** The list positions of the articles the wanted pages are made from, ascending. */
  positions(): number[] {
    const wanted = new Set<number>();
    for (const [place, pages] of this.needed) {
      for (const page of pages) {
        const [from, to] = pageRefs(place, page);
        const refs = place.refs.view();
        for (let r = from; r < to; r += 4) wanted.add(refs[r] as number);
      }
    }
    return [...wanted].sort((a, b) => a - b);
  }

  /**
   * Adds the passages of the article at `position` for every place it mentions; `passageAt`
   * gives a passage's offset and text, asked once per passage. Articles come in list order.
   * Returns the files this article completed.
   */
  addArticle(
    position: number,
    meta: ListedMeta,
    placeIds: Iterable<string>,
    passageAt: (index: number) => { start: number; text: string },
  ): PageFile<P>[] {
    const done: PageFile<P>[] = [];
    // A passage that mentions several places has one head, its text cut once.
    const heads = new Map<number, H>();
    const headOf = (index: number): H => {
      let head = heads.get(index);
      if (head === undefined) {
        head = this.form.head(passageHead(meta, index, passageAt(index)));
        heads.set(index, head);
      }
      return head;
    };
    for (const placeId of placeIds) {
      const place = this.tally.places.get(placeId);
      const pages = place && this.needed.get(place);
      if (!place || !pages) continue;
      const refs = place.refs.view();
      for (let r = firstRefAt(refs, position); r < refs.length && refs[r] === position; r += 4) {
        const page = Math.floor(r / 4 / PASSAGE_PAGE_SIZE);
        if (!pages.has(page)) continue;
        const open = this.pageOf(place, page);
        open.passages.push(this.form.passage(headOf(place.refs.at(r + 1)), mentionsOf(place, r)));
        if (open.passages.length === pageLength(place, page)) {
          this.open.delete(`${place.index} ${page}`);
          const file = this.finish(open);
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

  private pageOf(place: PlaceStats, page: number): OpenPage<P> {
    const key = `${place.index} ${page}`;
    let open = this.open.get(key);
    if (!open) {
      open = { place, page, passages: [] };
      this.open.set(key, open);
    }
    return open;
  }

  private finish(open: OpenPage<P>): PageFile<P> | undefined {
    const { place } = open;
    const page: PageShard<P>[string] = { passages: open.passages };
    if (open.page === 0) page.with = this.mentionedWith.get(place.id) ?? [];
    const ref = { placeId: place.id, page: open.page };
    if (!isSmall(place)) {
      const content = Object.create(null) as PageShard<P>;
      content[place.id] = page;
      return { unit: this.unitOf(place, open.page), content, pages: [ref] };
    }
    const bucket = this.bucketFor(place);
    bucket.content[place.id] = page;
    bucket.pages.push(ref);
    bucket.waiting -= 1;
    if (bucket.waiting > 0) return undefined;
    return { unit: this.unitOf(place), content: bucket.content, pages: bucket.pages };
  }

  private bucketFor(place: PlaceStats): Bucket<P> {
    return this.buckets[bucketOf(place.id, this.bucketCount)] as Bucket<P>;
  }
}

/** The head of passage `index` of an article: all of a PlacePassage but the mentions. */
function passageHead(
  meta: ListedMeta,
  index: number,
  { start, text }: { start: number; text: string },
): PassageHead {
  return {
    articleId: meta.id,
    title: meta.title,
    date: meta.day === null ? null : isoFromDay(meta.day),
    source: meta.source,
    passageIndex: index,
    start,
    text,
  };
}

/** The mentions of a place's ref at `r`, as offsets from the tally. */
function mentionsOf(place: PlaceStats, r: number): PlacePassage['mentions'] {
  const first = place.refs.at(r + 2);
  const count = place.refs.at(r + 3);
  const mentions = [];
  for (let m = first; m < first + count; m++) {
    mentions.push({
      start: place.offsets.at(m * 2),
      end: place.offsets.at(m * 2 + 1),
    });
  }
  return mentions;
}

/** Index into refs of the first ref at `position` or after it (refs ascend by position). */
function firstRefAt(refs: Int32Array, position: number): number {
  let lo = 0;
  let hi = refs.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((refs[mid * 4] as number) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo * 4;
}

/** How many pages a place's passages fill. */
export function pageCount(place: PlaceStats): number {
  return Math.max(1, Math.ceil(place.passageCount / PASSAGE_PAGE_SIZE));
}

function allPages(place: PlaceStats): number[] {
  return Array.from({ length: pageCount(place) }, (_, k) => k);
}

function pageLength(place: PlaceStats, page: number): number {
  return Math.min(PASSAGE_PAGE_SIZE, place.passageCount - page * PASSAGE_PAGE_SIZE);
}

/** The range [from, to) of indices into the place's refs that page `page` holds. */
export function pageRefs(place: PlaceStats, page: number): [number, number] {
  const from = page * PASSAGE_PAGE_SIZE * 4;
  return [from, Math.min(place.refs.length, from + PASSAGE_PAGE_SIZE * 4)];
}

/**
 * Stage 6b: the day of each page's first passage, as PlaceRow.pageDays, from the list positions
 * in the tally; undefined for a place with one page or no dated passage.
 */
export function pageStartDays(
  place: PlaceStats,
  dayAt: (position: number) => number | null,
): (number | null)[] | undefined {
  const pages = pageCount(place);
  if (pages < 2) return undefined;
  const days: (number | null)[] = [];
  for (let k = 0; k < pages; k++) {
    days.push(dayAt(place.refs.at(k * PASSAGE_PAGE_SIZE * 4)));
  }
  return days[0] === null ? undefined : days;
}

function isSmall(place: PlaceStats): boolean {
  return place.passageCount <= PASSAGE_PAGE_SIZE;
}
