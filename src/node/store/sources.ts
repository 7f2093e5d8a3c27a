import type { ReadItem } from '../io/read-collection';
import { readCollection, reportLines } from '../io/read-collection';

export type { ReadItem } from '../io/read-collection';

/**
 * The articles of a seeds folder as a stream (one file in memory at a time), in every format a
 * reader knows. Notes about usable articles (a legacy encoding decoded, a date left out) are
 * printed as they come; unusable files are collected by the sync and printed as "skipped".
 */
export async function* readSources(folder: string): AsyncIterable<ReadItem> {
  for await (const item of readCollection(folder)) {
    if (item.ok) for (const line of reportLines(item, folder)) console.error(line);
    yield item;
  }
}
