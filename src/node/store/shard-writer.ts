import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { JsonBytes } from './json-bytes';

export const SHARDS_DIR = 'shards';

/**
 * Writes content-addressed shard files: shards/<kind>-<first 16 hex of SHA-256>.json under the
 * output folder. Each file is written in the temp folder and renamed into place, so a file under
 * shards/ is always whole; a file that already exists has these very bytes and is not rewritten.
 */
export class ShardWriter {
  private serial = 0;
  /** Bytes of every shard this publish references, written or reused. */
  bytes = 0;
  written = 0;
  reused = 0;
  /** Bytes of each shard this writer wrote or found, by path (kept with the units, units.ts). */
  readonly sizes = new Map<string, number>();
  private readonly json = new JsonBytes();

  constructor(
    private readonly out: string,
    private readonly tmp: string,
  ) {
    mkdirSync(join(out, SHARDS_DIR), { recursive: true });
    mkdirSync(tmp, { recursive: true });
  }

  /** Counts files a publish keeps from the last one without building them again. */
  reuse(bytes: number, files: number): void {
    this.bytes += bytes;
    this.reused += files;
  }

  /** Counts what another writer of this publish wrote (a thread's, see article-shards-thread.ts). */
  absorb(other: { bytes: number; written: number; reused: number }): void {
    this.bytes += other.bytes;
    this.written += other.written;
    this.reused += other.reused;
  }

  /**
   * Writes a shard of `kind`: `content` is its JSON already serialised (a string), or the value
   * to serialise (an object or array; see JsonBytes for why not JSON.stringify). Returns the
   * shard's path relative to data/. `levels`: see JsonBytes.encode.
   */
  write(kind: string, content: string | object, levels?: number): string {
    const data =
      typeof content === 'string' ? this.json.utf8(content) : this.json.encode(content, levels);
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
    const path = `${SHARDS_DIR}/${kind}-${hash}.json`;
    const target = join(this.out, path);
    this.bytes += data.length;
    this.sizes.set(path, data.length);
    if (existsSync(target) && statSync(target).size === data.length) {
      this.reused += 1;
      return path;
    }
    // The thread in the name too: two threads of one publish write shards at once.
    const temporary = join(
      this.tmp,
      `${kind}-${hash}.${process.pid}.${threadId}.${this.serial++}.tmp`,
    );
    try {
      writeFileFully(temporary, data, false);
      renameSync(temporary, target);
    } finally {
      rmSync(temporary, { force: true });
    }
    this.written += 1;
    return path;
  }
}

/**
 * Writes a whole file; with `sync`, forces it to disk before returning, so a rename that follows
 * cannot point at data a power cut would lose.
 */
export function writeFileFully(path: string, data: Buffer, sync: boolean): void {
  const fd = openSync(path, 'w');
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames the index into place last: the single step that switches readers to this run. */
export function switchIndex(out: string, tmp: string, json: string): string {
  const temporary = join(tmp, `dateline.json.${process.pid}.tmp`);
  const target = join(out, 'dateline.json');
  try {
    writeFileFully(temporary, Buffer.from(json, 'utf8'), true);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
  return target;
}

/** Clears the temp folder: whatever a killed run left there is never served or reused. */
export function clearTmp(tmp: string): void {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
}

/** Whether out and tmp share a file system (rename across file systems is not atomic). */
export function sameDevice(a: string, b: string): boolean {
  return statSync(a).dev === statSync(b).dev;
}
