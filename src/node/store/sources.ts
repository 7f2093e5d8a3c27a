import type { ArticleSource } from '../../core/pipeline/index';
import { readArticles } from '../io/read-articles';

/** The reader seam of the contract (src/node/io/read-collection.ts, by ingest). */
export type ReadItem =
  { ok: true; source: ArticleSource & SourceExtras } | { ok: false; file: string; reason: string };

export interface SourceExtras {
  id?: string;
  meta?: { title?: string; source?: string; date?: string; url?: string };
}

/**
 * Adapter over today's readArticles until ingest's streaming readCollection lands: the same
 * items, as a stream. (readArticles reads the whole folder first; readCollection will not.)
 */
export async function* readSources(folder: string): AsyncIterable<ReadItem> {
  const { sources, rejected } = readArticles(folder);
  await Promise.resolve();
  for (const { file, reason } of rejected) yield { ok: false, file, reason };
  for (const source of sources) yield { ok: true, source };
}
