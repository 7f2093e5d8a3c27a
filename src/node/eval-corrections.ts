import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { correctionsToGold } from '../core/eval/corrections';
import { articleId } from '../core/pipeline/04-structure-article';
import { loadCorrections } from './io/corrections-file';
import { readCollection } from './io/read-collection';
import type { GoldArticle } from '../shared/schema';

/**
 * The gold corpus made of a corrections file and the articles beside it (or in `articlesDir`).
 * Corrections whose mention has gone are reported on stderr, one line each, and left out. The
 * articles are read as preprocess reads them (every format, the same ids), so a correction made
 * in the page finds its article here; URL lists are not fetched.
 */
export async function correctionsCorpus(
  path: string,
  articlesDir = dirname(path),
): Promise<GoldArticle[]> {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  const { corrections, problems } = loadCorrections(path);
  // A scorer should not quietly score fewer mentions than the reader reviewed.
  if (problems[0] !== undefined) throw new Error(problems[0]);
  if (!existsSync(articlesDir)) throw new Error(`${articlesDir}: no such folder`);
  const articles: { id: string; text: string }[] = [];
  for await (const item of readCollection(articlesDir, { fetch: false })) {
    if (item.ok)
      articles.push({ id: item.source.id ?? articleId(item.source.file), text: item.source.text });
  }
  const { articles: gold, orphans } = correctionsToGold(articles, corrections);
  for (const o of orphans) process.stderr.write(`eval: ${path}: ${o.reason}\n`);
  return gold;
}
