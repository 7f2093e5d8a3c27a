import { createHash } from 'node:crypto';
import {
  closeSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { writeGazetteerIndex } from '../gazetteer/build';
import { indexPath, inputsKey } from '../gazetteer/inputs';
import { GAZETTEER_FORMAT } from '../../shared/schema';

/** The head of the index file, where its format and inputs key are written first. */
function readHead(path: string): string | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.subarray(0, read).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/**
 * Makes sure the gazetteer index is current, building it here in the parent when it is missing
 * or stale (workers only read it), and returns its path and version: the first 16 hex of the
 * SHA-256 of the file, so any change to the gazetteer re-parses every article.
 */
export function ensureGazetteer(): { path: string; version: string } {
  const path = indexPath();
  const stamp = fileStamp(path);
  if (checked?.path === path && checked.stamp === stamp && stamp !== undefined) return checked;
  const head = readHead(path);
  const current =
    head !== undefined &&
    head.startsWith(`{"format":${GAZETTEER_FORMAT},"inputsKey":${JSON.stringify(inputsKey())}`);
  if (!current) {
    process.stderr.write(
      `gazetteer: building the index at ${path} (${head === undefined ? 'missing' : 'stale'})\n`,
    );
    writeGazetteerIndex(path);
  }
  const version = versionOf(path);
  checked = { path, version, stamp: fileStamp(path) };
  return { path, version };
}

/**
 * The file's version, kept beside it with the stamp it was hashed at (`<path>.version`): hashing
 * 20 MB costs a few hundred milliseconds of every run, and the file changes only when rebuilt.
 */
function versionOf(path: string): string {
  const stamp = fileStamp(path);
  const sidecar = `${path}.version`;
  try {
    const kept = JSON.parse(readFileSync(sidecar, 'utf8')) as { stamp?: string; version?: string };
    if (stamp !== undefined && kept.stamp === stamp && kept.version) return kept.version;
  } catch {
    // None yet, or unreadable: hash the file.
  }
  const version = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
  const temporary = `${sidecar}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify({ stamp, version }));
    renameSync(temporary, sidecar);
  } catch {
    // A folder we cannot write to: the next run hashes again.
  }
  return version;
}

/** The last file checked in this process: the parser and the basemap both ask, once each run. */
let checked: { path: string; version: string; stamp: string | undefined } | undefined;

function fileStamp(path: string): string | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(path);
    return `${size} ${mtimeMs} ${ino}`;
  } catch {
    return undefined;
  }
}
