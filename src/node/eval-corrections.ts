import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { correctionsToGold, parseCorrections } from '../core/eval/corrections';
import { articleId } from '../core/pipeline/04-structure-article';
import { loadGazetteer } from './gazetteer/load';
import { readArticles } from './io/read-articles';
import type { GoldArticle } from '../shared/schema';

/**
 * The gold corpus made of a corrections file and the articles beside it (or in `articlesDir`).
 * Corrections whose mention has gone are reported on stderr, one line each, and left out.
 */
export function correctionsCorpus(path: string, articlesDir = dirname(path)): GoldArticle[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  let file;
  try {
    file = parseCorrections(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!existsSync(articlesDir)) throw new Error(`${articlesDir}: no such folder`);
  const { sources } = readArticles(articlesDir);
  const articles = sources.map((s) => ({ id: articleId(s.file), text: s.text }));
  const gazetteer = loadGazetteer();
  const { articles: gold, orphans } = correctionsToGold(articles, file.corrections, (id) =>
    gazetteer.byPlaceId(id),
  );
  for (const o of orphans) process.stderr.write(`eval: ${path}: ${o.reason}\n`);
  return gold;
}
