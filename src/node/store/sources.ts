import {
  readKeeping,
  type KeptFiles,
  type ReadItem,
  type UnchangedItem,
} from '../io/read-collection';
import type { FolderListing } from '../io/listing';

export type { KeptFile, ReadItem, UnchangedItem } from '../io/read-collection';

/**
 * The articles of a seeds folder as a stream (one file in memory at a time), in every format a
 * reader knows; files the store kept and that are unchanged come as `unchanged` items, unread.
 * Nothing is printed here: the sync collects notes and unusable files, and preprocess prints
 * them by file once the run is done, clear of the progress bar.
 */
export function readSources(
  folder: string,
  kept?: KeptFiles,
  /** The folder listed beforehand, in a thread (seed-listing.ts). */
  listing?: Promise<FolderListing | undefined>,
): AsyncIterable<ReadItem | UnchangedItem> {
  return readKeeping(folder, {}, kept, listing);
}
