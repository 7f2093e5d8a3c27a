import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readCorrections, type ReadCorrections } from '../../core/eval/corrections';
import { serialiseCorrections } from '../../shared/corrections-file';
import type { Correction } from '../../shared/schema';

/**
 * The reader's corrections, beside the articles. The readers skip this name (and the config's):
 * it is data about the articles, not an article.
 */
export const CORRECTIONS_FILE = 'corrections.json';

/** A corrections file that is not one: the run stops, naming it, rather than drop every fix. */
export class CorrectionsFileError extends Error {}

export function correctionsPath(seeds: string): string {
  return join(seeds, CORRECTIONS_FILE);
}

/**
 * The corrections in a file; none when there is no file. A file that is not a corrections file
 * throws one line naming it; malformed corrections come back as `problems`, one line each.
 */
export function loadCorrections(path: string): ReadCorrections {
  if (!existsSync(path)) return { corrections: [], problems: [] };
  try {
    const read = readCorrections(readFileSync(path, 'utf8'));
    return { ...read, problems: read.problems.map((p) => `${path}: ${p}`) };
  } catch (error) {
    throw new CorrectionsFileError(
      `${path}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Writes the corrections so that a crash never loses a saved one: a hidden temporary file beside
 * it (the readers skip hidden files), flushed to disk, renamed over the file, and the folder
 * flushed so the rename itself is on disk.
 */
export function saveCorrections(path: string, corrections: readonly Correction[]): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w', 0o644);
    try {
      writeSync(fd, serialiseCorrections(corrections));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    const folder = openSync(dirname(path), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}
