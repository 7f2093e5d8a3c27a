import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { listedStats, type EntryStats, type FolderListing } from './listing';

/** A file to read, or something in the folder that is not read, with the reason. */
export type WalkEntry =
  | {
      kind: 'file';
      path: string;
      relative: string;
      size: number;
      /**
       * Size, inode and change times: unchanged, the file is taken to be unchanged (as git's index
       * does). Undefined when a change could hide in the clock's grain: times of the last two
       * seconds, which a write right after the read could repeat.
       */
      stamp?: string;
    }
  | { kind: 'skip'; relative: string; reason: string };

/** Skipped without being read, one rule a row: the first that matches names the reason. */
const SKIP_RULES: readonly { name: string; test: (name: string) => boolean; reason: string }[] = [
  {
    name: 'hidden',
    test: (n) => n.startsWith('.'),
    reason: 'it is hidden (its name starts with ".")',
  },
  {
    name: 'editor backup',
    test: (n) => /~$|^#.*#$|\.(?:swp|swo|swx|bak|orig|tmp|part|crdownload)$/i.test(n),
    reason: 'it is an editor backup or temporary file',
  },
];

/** Why a file or folder of this name is not read, or undefined when it is. */
export function skipReason(name: string): string | undefined {
  return SKIP_RULES.find((r) => r.test(name))?.reason;
}

/**
 * The seeds folder, depth first, in name order (so ids and collision suffixes are the same every
 * run). Only one folder's names are held at a time. Symlinks are followed while they stay inside
 * the folder; anything else that is not a regular file is reported, never dropped in silence.
 */
export function* walkSeeds(
  root: string,
  ignore: ReadonlySet<string>,
  /** The root's names and their lstat taken beforehand (listing.ts); else taken here. */
  listing?: FolderListing,
): Generator<WalkEntry> {
  const realRoot = realpathSync(root);
  const visited = new Set<string>([realRoot]);
  const listed = listing?.folder === root ? listing : undefined;
  yield* walkFolder(root, realRoot, '', visited, ignore, listed);
}

function* walkFolder(
  folder: string,
  realRoot: string,
  prefix: string,
  visited: Set<string>,
  ignore: ReadonlySet<string>,
  listing?: FolderListing,
): Generator<WalkEntry> {
  const names = listing ? listing.names : readdirSync(folder).sort();
  for (const [i, name] of names.entries()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (ignore.has(rel)) continue;
    const reason = skipReason(name);
    if (reason !== undefined) {
      yield { kind: 'skip', relative: rel, reason };
      continue;
    }
    const path = join(folder, name);
    const listed = listing ? listedStats(listing, i) : undefined;
    let stats: EntryStats = listed ?? lstatSync(path);
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        yield { kind: 'skip', relative: rel, reason: 'it is a broken symbolic link' };
        continue;
      }
      if (target !== realRoot && !target.startsWith(realRoot + sep)) {
        yield {
          kind: 'skip',
          relative: rel,
          reason: 'it is a symbolic link to a place outside the seeds folder',
        };
        continue;
      }
      stats = statSync(path);
      if (stats.isDirectory() && visited.has(target)) {
        yield {
          kind: 'skip',
          relative: rel,
          reason: `it is a symbolic link to a folder already read (${relative(realRoot, target) || '.'})`,
        };
        continue;
      }
      if (stats.isDirectory()) visited.add(target);
    }
    if (stats.isDirectory()) {
      let found = 0;
      for (const entry of walkFolder(path, realRoot, rel, visited, ignore)) {
        if (entry.kind === 'file') found++;
        yield entry;
      }
      if (found === 0 && /\.[a-z0-9]{1,8}$/i.test(basename(name))) {
        yield {
          kind: 'skip',
          relative: rel,
          reason: 'it is a folder (named like a file) with no articles in it',
        };
      }
    } else if (stats.isFile()) {
      const { size, ino, mtimeMs, ctimeMs } = stats;
      // Against the time the stat was taken: a write after it cannot pass for settled.
      const now = listing && listed ? listing.takenAt : Date.now();
      const settled = Math.max(mtimeMs, ctimeMs) < now - 2000;
      yield {
        kind: 'file',
        path,
        relative: rel,
        size,
        ...(settled ? { stamp: `${size}:${ino}:${mtimeMs}:${ctimeMs}` } : {}),
      };
    } else {
      yield { kind: 'skip', relative: rel, reason: 'it is not a regular file (a pipe or device)' };
    }
  }
}
