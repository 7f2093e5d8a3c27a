import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What the seeds walk needs of a name's lstat (fs.Stats has it all). */
export interface EntryStats {
  isSymbolicLink(): boolean;
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * One folder's names in walk order with their lstat, taken at `takenAt` (before the first
 * lstat): numbers only, so a thread can hand them over without copying (see listing-thread.ts).
 */
export interface FolderListing {
  folder: string;
  names: string[];
  /** FIELDS numbers a name: kind, size, inode, modification and change times (ms). */
  stats: Float64Array;
  takenAt: number;
}

const FIELDS = 5;
/** Kinds; MISSING is a name whose lstat failed: the walk takes it again, and reports that. */
const MISSING = 0;
const FILE = 1;
const DIRECTORY = 2;
const LINK = 3;
const OTHER = 4;

function kindOf(stats: EntryStats): number {
  if (stats.isSymbolicLink()) return LINK;
  if (stats.isDirectory()) return DIRECTORY;
  return stats.isFile() ? FILE : OTHER;
}

/**
 * The folder's names, sorted as the walk takes them, each with its lstat. `takenAt` is a time
 * before the first lstat (a thread is given its starter's clock).
 */
export function listFolder(folder: string, takenAt = Date.now()): FolderListing {
  const names = readdirSync(folder).sort();
  const stats = new Float64Array(names.length * FIELDS);
  names.forEach((name, i) => {
    let entry: EntryStats;
    try {
      entry = lstatSync(join(folder, name));
    } catch {
      return;
    }
    stats.set([kindOf(entry), entry.size, entry.ino, entry.mtimeMs, entry.ctimeMs], i * FIELDS);
  });
  return { folder, names, stats, takenAt };
}

/** Whether the listing's `i`th name is a folder (not a link to one), with no object made. */
export function isListedFolder(listing: FolderListing, i: number): boolean {
  return listing.stats[i * FIELDS] === DIRECTORY;
}

/** The lstat of the listing's `i`th name, or undefined when it could not be taken. */
export function listedStats(listing: FolderListing, i: number): EntryStats | undefined {
  const at = i * FIELDS;
  const kind = listing.stats[at];
  if (kind === undefined || kind === MISSING) return undefined;
  return {
    isSymbolicLink: () => kind === LINK,
    isDirectory: () => kind === DIRECTORY,
    isFile: () => kind === FILE,
    size: listing.stats[at + 1] as number,
    ino: listing.stats[at + 2] as number,
    mtimeMs: listing.stats[at + 3] as number,
    ctimeMs: listing.stats[at + 4] as number,
  };
}
