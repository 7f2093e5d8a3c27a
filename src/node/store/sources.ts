import { readCollection, type ReadItem } from '../io/read-collection';

export type { ReadItem } from '../io/read-collection';

/**
 * The articles of a seeds folder as a stream (one file in memory at a time), in every format a
 * reader knows. Nothing is printed here: the sync collects notes and unusable files, and
 * preprocess prints them by file once the run is done, clear of the progress bar.
 */
export function readSources(folder: string): AsyncIterable<ReadItem> {
  return readCollection(folder);
}
