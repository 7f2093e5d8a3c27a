import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { correctionsToGold } from '../core/eval/corrections';
import { articleId } from '../core/pipeline/04-structure-article';
import { loadCorrections } from './io/corrections-file';
import { readArticles } from './io/read-articles';
import type { GoldArticle } from '../shared/schema';

/**
 * The gold corpus made of a corrections file and the articles beside it (or in `articlesDir`).
 * Corrections whose mention has gone are reported on stderr, one line each, and left out.
 */
export function correctionsCorpus(path: string, articlesDir = dirname(path)): GoldArticle[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  const { corrections, problems } = loadCorrections(path);
  // A scorer should not quietly score fewer mentions than the reader reviewed.
  if (problems[0] !== undefined) throw new Error(problems[0]);
  if (!existsSync(articlesDir)) throw new Error(`${articlesDir}: no such folder`);
  const { sources } = readArticles(articlesDir);
  const articles = sources.map((s) => ({ id: articleId(s.file), text: s.text }));
  const { articles: gold, orphans } = correctionsToGold(articles, corrections);
  for (const o of orphans) process.stderr.write(`eval: ${path}: ${o.reason}\n`);
  return gold;
}
