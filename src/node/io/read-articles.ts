import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../core/pipeline/index';

export interface Rejected {
  file: string;
  reason: string;
}

const ARTICLE_EXTENSION = /\.txt$/i;

/**
 * Reads every .txt article in a folder, in file-name order. A file that is not UTF-8 text is
 * reported and skipped; other files in the folder (README, images) are ignored silently.
 */
export function readArticles(folder: string): { sources: ArticleSource[]; rejected: Rejected[] } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const sources: ArticleSource[] = [];
  const rejected: Rejected[] = [];
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSION.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const file of files) {
    try {
      // A byte-order mark is not part of the article, and would shift every offset by one.
      const text = decoder.decode(readFileSync(join(folder, file))).replace(/^\uFEFF/, '');
      sources.push({ file, text });
    } catch (error) {
      const reason = error instanceof TypeError ? 'it is not UTF-8 text' : describe(error);
      rejected.push({ file, reason });
    }
  }
  return { sources, rejected };
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES') return 'it cannot be read (permission denied)';
  return error instanceof Error ? error.message : String(error);
}
