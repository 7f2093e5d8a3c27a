import type { GoldArticle } from '../core/eval/types';

/** Placeholder until the corrections format lands below. */
export async function correctionsCorpus(path: string): Promise<GoldArticle[]> {
  throw new Error(`${path}: corrections are not read yet`);
}
