import { isoFromDay } from '../../shared/hash';
import type { ArticleCopy, CopyCounts, LinkRow, PlaceRow } from '../../shared/schema';
import type { TallyMention } from './03-place-tally';

/** A copy of a story as the list walk meets it (see src/core/ingest/stories.ts). */
export interface ListedCopy {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  day: number | null;
  kind: ArticleCopy['kind'];
  /** The story's canonical article. */
  canonical: string;
}

interface Counts {
  mentionCount: number;
  articleCount: number;
  days: Map<number, number>;
}

const dayPairs = (days: Map<number, number>) => [...days].sort(([a], [b]) => a - b).flat();

const bump = (days: Map<number, number>, day: number | null) => {
  if (day !== null) days.set(day, (days.get(day) ?? 0) + 1);
};

/**
 * Stage 9: copies of stories. Counts and lists hold each story once, as its canonical article
 * (stages 2-8 never see a copy); this stage counts what the copies would add, per place and per
 * pair of places sharing a passage, so the app can count every copy on request, and lists each
 * story's copies for "also published by". Holds numbers and metadata, never texts.
 */
export class CopyTally {
  private readonly places = new Map<string, Counts>();
  private readonly pairs = new Map<string, { weight: number; days: Map<number, number> }>();
  private readonly byStory = new Map<string, ArticleCopy[]>();
  private readonly versions = new Map<string, string[]>();

  /** Adds one copy with its mentions (text order); `version` names its content for digests. */
  add(copy: ListedCopy, mentions: readonly TallyMention[], version: string): void {
    const { canonical, day } = copy;
    const entry: ArticleCopy = {
      id: copy.id,
      title: copy.title,
      source: copy.source,
      url: copy.url,
      date: day === null ? null : isoFromDay(day),
      kind: copy.kind,
    };
    append(this.byStory, canonical, entry);
    append(this.versions, canonical, version);

    const seen = new Set<string>();
    let passage = -1;
    let inPassage = new Set<string>();
    for (const mention of mentions) {
      if (mention.passageIndex !== passage) {
        this.countPairs(inPassage, day);
        inPassage = new Set();
        passage = mention.passageIndex;
      }
      inPassage.add(mention.placeId);
      const counts = this.countsOf(mention.placeId);
      counts.mentionCount += 1;
      if (!seen.has(mention.placeId)) counts.articleCount += 1;
      seen.add(mention.placeId);
      bump(counts.days, day);
    }
    this.countPairs(inPassage, day);
  }

  /** The tally as plain data, days as flat [day, count] pairs. */
  toPart(): CopyPart {
    return {
      places: [...this.places].map(([id, c]) => [
        id,
        c.mentionCount,
        c.articleCount,
        [...c.days].flat(),
      ]),
      pairs: [...this.pairs].map(([key, p]) => [key, p.weight, [...p.days].flat()]),
      byStory: [...this.byStory],
      versions: [...this.versions],
    };
  }

  /** Adds a tally of the copies met after these (a later block of the list). */
  append(part: CopyPart): void {
    for (const [id, mentionCount, articleCount, days] of part.places) {
      const counts = this.countsOf(id);
      counts.mentionCount += mentionCount;
      counts.articleCount += articleCount;
      addDays(counts.days, days);
    }
    for (const [key, weight, days] of part.pairs) {
      let pair = this.pairs.get(key);
      if (!pair) {
        pair = { weight: 0, days: new Map() };
        this.pairs.set(key, pair);
      }
      pair.weight += weight;
      addDays(pair.days, days);
    }
    for (const [story, copies] of part.byStory)
      for (const c of copies) append(this.byStory, story, c);
    for (const [story, versions] of part.versions) {
      for (const v of versions) append(this.versions, story, v);
    }
  }

  /** The copies of a story, by source (unnamed last), then id. */
  copiesOf(canonical: string): ArticleCopy[] {
    const copies = this.byStory.get(canonical) ?? [];
    return [...copies].sort(
      (a, b) =>
        (a.source === null ? 1 : 0) - (b.source === null ? 1 : 0) ||
        (a.source ?? '').localeCompare(b.source ?? '') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** What a story's copies are made of, for the digest of the shard that lists them. */
  versionOf(canonical: string): string {
    // Asked for every listed article, and most have no copies.
    const versions = this.versions.get(canonical);
    return versions ? [...versions].sort().join(',') : '';
  }

  /** A place row with what copies add to its counts. */
  placeRow(row: PlaceRow): PlaceRow {
    const counts = this.places.get(row.id);
    if (!counts) return row;
    const copies: CopyCounts = {
      mentionCount: counts.mentionCount,
      articleCount: counts.articleCount,
      days: dayPairs(counts.days),
    };
    return { ...row, copies };
  }

  /** A link row with what copies add to its weight. */
  linkRow(row: LinkRow): LinkRow {
    const pair = this.pairs.get(pairId(row.a, row.b));
    if (!pair) return row;
    return { ...row, copies: { weight: pair.weight, days: dayPairs(pair.days) } };
  }

  private countsOf(placeId: string): Counts {
    let counts = this.places.get(placeId);
    if (!counts) {
      counts = { mentionCount: 0, articleCount: 0, days: new Map() };
      this.places.set(placeId, counts);
    }
    return counts;
  }

  private countPairs(places: ReadonlySet<string>, day: number | null): void {
    const ids = [...places];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairId(ids[i] as string, ids[j] as string);
        let pair = this.pairs.get(key);
        if (!pair) {
          pair = { weight: 0, days: new Map() };
          this.pairs.set(key, pair);
        }
        pair.weight += 1;
        bump(pair.days, day);
      }
    }
  }
}

/** A copy tally as plain data (CopyTally.toPart). */
export interface CopyPart {
  places: [string, number, number, number[]][];
  pairs: [string, number, number[]][];
  byStory: [string, ArticleCopy[]][];
  versions: [string, string[]][];
}

function addDays(days: Map<number, number>, pairs: readonly number[]): void {
  for (let i = 0; i < pairs.length; i += 2) {
    const day = pairs[i] as number;
    days.set(day, (days.get(day) ?? 0) + (pairs[i + 1] as number));
  }
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pairId(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
