import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isListedFolder, type FolderListing } from './listing';
import { READERS } from './readers/index';
import { NOT_ARTICLES } from './read-collection';
import { skipReason } from './walk';

/** Extensions a one-article reader takes (.txt, .md, .html; not feeds or exports). */
const SINGLE = new Set(READERS.filter((r) => !r.multi).flatMap((r) => r.extensions));

/**
 * How many articles a seeds folder will give, for the progress bar's total, or undefined when
 * that cannot be known before reading: a feed or an export holds any number. Names only, no stat
 * and no read, so it costs little beside the run. A .txt counts as one article, though a .txt of
 * nothing but links is a list of many: a bar that fills early is better than none for that rare case.
 * Given the folder's listing (listing.ts), its own names are not listed again: 100,000 names at
 * every re-run of a large collection.
 */
export function expectedArticles(folder: string, listing?: FolderListing): number | undefined {
  let count = 0;
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries =
      dir === folder && listing !== undefined
        ? listing.names.map((name, i) => ({
            name,
            isDirectory: () => isListedFolder(listing, i),
          }))
        : readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (skipReason(entry.name) !== undefined) continue;
      if (dir === folder && NOT_ARTICLES.has(entry.name)) continue;
      if (entry.isDirectory()) {
        pending.push(join(dir, entry.name));
        continue;
      }
      const extension = extname(entry.name).toLowerCase();
      if (SINGLE.has(extension)) count += 1;
      else if (READERS.some((r) => r.extensions.includes(extension))) return undefined;
    }
  }
  return count;
}
