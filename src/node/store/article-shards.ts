import { articleShard, type PublishMention } from '../../core/publish/index';
import { MAX_ALTERNATIVES, type ArticleCopy, type ArticleMention } from '../../shared/schema';
import type { StoreDb } from './db';
import {
  articlesOf,
  mentionsOf,
  passagesOf,
  publishMention,
  READ_BATCH,
  type MentionRow,
} from './read-store';
import type { ShardWriter } from './shard-writer';

/**
 * One article shard to build (pass 3 of publishing): what the publish walk knows of its articles
 * and the store does not. Plain data, so the job can go to a thread of its own (see
 * article-shards-thread.ts) while the publishing thread writes passage pages.
 */
export interface ShardJob {
  unit: string;
  digest: string;
  articles: ShardJobArticle[];
}

export interface ShardJobArticle {
  id: string;
  /** The rank of each of its mentions in its place's passage list, in text order. */
  ranks: number[];
  /** Other outlets' copies of this story. */
  copies: ArticleCopy[];
  /** Its mentions with the reader's corrections applied, when one reached it; else the stored ones. */
  corrected?: PublishMention[];
}

/** A built shard: its unit and digest (to record as published) and its path. */
export interface ShardBuilt {
  unit: string;
  digest: string;
  path: string;
  /** The shard's size, kept with its unit so a later run need not stat it. */
  bytes: number;
}

/** Builds and writes one article shard from the store's texts, passages and mentions. */
export async function buildArticleShard(
  db: StoreDb,
  job: ShardJob,
  writer: ShardWriter,
): Promise<ShardBuilt> {
  const byId = new Map(job.articles.map((a) => [a.id, a]));
  const rows = [];
  for (let i = 0; i < job.articles.length; i += READ_BATCH) {
    const part = job.articles.slice(i, i + READ_BATCH);
    const ids = part.map((a) => a.id);
    const plain = part.filter((a) => a.corrected === undefined).map((a) => a.id);
    const [articles, passages, mentions] = await Promise.all([
      articlesOf(db, ids),
      passagesOf(db, ids),
      plain.length > 0 ? mentionsOf(db, plain) : new Map<string, MentionRow[]>(),
    ]);
    for (const article of articles) {
      const known = byId.get(article.id);
      const stored = known?.corrected ?? (mentions.get(article.id) ?? []).map(publishMention);
      rows.push({
        article: {
          ...article,
          copies: known?.copies ?? [],
          passages: (passages.get(article.id) ?? []).map((p) => ({
            index: p.idx,
            start: p.start,
            end: p.end,
            title: p.is_title === 1,
          })),
        },
        mentions: stored.map((m, seq) => articleMention(m, known?.ranks[seq] ?? 0)),
      });
    }
  }
  const path = writer.write('article', articleShard(rows));
  return { unit: job.unit, digest: job.digest, path, bytes: writer.sizes.get(path) ?? 0 };
}

/**
 * Builds jobs until none is left unclaimed. `claims` (one Int32, shared between the threads that
 * build the same jobs) hands each job to whichever thread asks first, so a thread that is done
 * with its other work takes its share of what is left.
 */
export async function buildClaimed(
  db: StoreDb,
  jobs: readonly ShardJob[],
  writer: ShardWriter,
  claims: Int32Array,
): Promise<{ index: number; built: ShardBuilt }[]> {
  const done: { index: number; built: ShardBuilt }[] = [];
  for (;;) {
    const index = Atomics.add(claims, 0, 1);
    const job = jobs[index];
    if (!job) return done;
    done.push({ index, built: await buildArticleShard(db, job, writer) });
  }
}

function articleMention(m: PublishMention, rank: number): ArticleMention {
  const { passageIndex, start, end, text, form, placeId, confidence, reasons, alternatives } = m;
  const mention: ArticleMention = {
    passageIndex,
    start,
    end,
    text,
    form,
    placeId,
    confidence,
    rank,
  };
  if (reasons !== undefined) mention.reasons = reasons;
  if (alternatives.length > 0) mention.alternatives = alternatives.slice(0, MAX_ALTERNATIVES);
  return mention;
}
