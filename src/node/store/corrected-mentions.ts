import {
  applyCorrections,
  CorrectionsIndex,
  type PublishMention,
} from '../../core/publish/00-corrections';
import type { Correction } from '../../shared/schema';
import type { StoreDb } from './db';
import { unpackMentions } from './packed-mentions';
import { articlesOf, mentionsOf, passagesOf, publishMention, type ListRow } from './read-store';
import { digestOf } from './units';

/** A correction that reached no mention, with why. */
export interface OrphanCorrection {
  correction: Correction;
  reason: string;
}

/**
 * The store's mentions as published: the geoparser's, with the reader's corrections applied
 * (src/core/publish/00-corrections.ts). Only articles a correction may touch have their text read;
 * their corrected mentions are kept for the article shards, and what reached them is part of
 * their digest, so a changed correction republishes just the files of the articles it touches.
 */
export class CorrectedMentions {
  private readonly index: CorrectionsIndex;
  private readonly corrected = new Map<string, PublishMention[]>();
  private readonly digests = new Map<string, string>();
  private readonly reached = new Set<Correction>();
  private readonly seen = new Set<string>();

  constructor(corrections: readonly Correction[]) {
    this.index = new CorrectionsIndex(corrections);
  }

  /** Whether there is any correction at all. */
  get any(): boolean {
    return this.index.all.length > 0;
  }

  /** Places the corrections name, for places no geoparsed mention brought into the store. */
  get places() {
    return this.index.places;
  }

  /**
   * The mentions of one batch of the article list, corrected, in text order: the packed ones
   * (without `reasons`, which only the article shards need), and for an article a correction
   * may touch, the stored rows in full, as the correction is applied over them.
   */
  async ofBatch(db: StoreDb, rows: readonly ListRow[]): Promise<Map<string, PublishMention[]>> {
    const out = new Map<string, PublishMention[]>();
    const touched: { id: string; corrections: Correction[] }[] = [];
    for (const row of rows) {
      this.seen.add(row.id);
      if (row.packed === null) throw new Error(`article ${row.id} has no packed mentions`);
      const list = unpackMentions(row.packed);
      out.set(row.id, list);
      if (this.index.all.length === 0) continue;
      const names = new Set(list.map((m) => m.text));
      const terms = new Set(row.terms.split(' '));
      const corrections = this.index.forArticle(row.id, names, terms, row.copy_of);
      if (corrections.length > 0) touched.push({ id: row.id, corrections });
    }
    if (touched.length === 0) return out;
    const ids = touched.map((t) => t.id);
    const [articles, passages, full] = await Promise.all([
      articlesOf(db, ids),
      passagesOf(db, ids),
      mentionsOf(db, ids),
    ]);
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const { id, corrections } of touched) {
      const article = {
        text: texts.get(id) ?? '',
        passages: (passages.get(id) ?? []).map((p) => ({
          index: p.idx,
          start: p.start,
          end: p.end,
        })),
      };
      const stored = (full.get(id) ?? []).map(publishMention);
      const result = applyCorrections(article, stored, corrections);
      if (result.applied.length === 0) continue;
      for (const c of result.applied) this.reached.add(c);
      out.set(id, result.mentions);
      this.corrected.set(id, result.mentions);
      this.digests.set(id, digestOf(result.applied.map((c) => JSON.stringify(c)).sort()));
    }
    return out;
  }

  /** What the corrections contribute to an article's digest: empty when none reached it. */
  digest(id: string): string {
    return this.digests.get(id) ?? '';
  }

  /** An article's mentions as corrected when `ofBatch` met it; undefined when none reached it. */
  correctedOf(id: string): PublishMention[] | undefined {
    return this.corrected.get(id);
  }

  /** How many corrections reached a mention. */
  get appliedCount(): number {
    return this.reached.size;
  }

  /** Corrections that reached no mention of the articles walked, each with the reason. */
  orphans(): OrphanCorrection[] {
    return this.index.all
      .filter((c) => !this.reached.has(c))
      .map((correction) => ({ correction, reason: orphanReason(correction, this.seen) }));
  }
}

function orphanReason(c: Correction, articles: ReadonlySet<string>): string {
  if (c.scope === 'collection') return `no article has "${c.mention}" where it could apply`;
  if (!articles.has(c.article)) return `article ${c.article} is not in the collection`;
  return c.scope === 'mention'
    ? `"${c.mention}" with its context is no longer in article ${c.article}`
    : `"${c.mention}" is no longer in article ${c.article}`;
}
