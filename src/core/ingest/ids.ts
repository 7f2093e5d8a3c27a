import { fnv1a32 } from '../../shared/hash';
import { printable } from './printable';

/**
 * Article ids: stable, never empty, readable in a URL, unique within a run.
 *   "000_845b873d2f18d17e.txt"  -> "000_845b873d2f18d17e"   (ids of existing seeds never change)
 *   "東京.txt"                   -> "東京"                    (letters of any script kept, NFC)
 *   "world/My article (1).txt"  -> "world/My-article-1-"    (the folder keeps subfolder ids apart)
 *   "feed.xml", record by guid  -> "feed/<guid or its hash>" (one id per item of a multi-article file)
 */

/** Characters other than letters, marks, digits, "_" and "-" become one "-", as ASCII ids always did. */
const NOT_ID = /[^\p{L}\p{M}\p{N}_-]+/gu;
const MAX_SEGMENT = 80;

/** One path segment (or record key) as an id part; never empty. */
export function idSegment(text: string, hashed = text): string {
  const slug = text.normalize('NFC').replace(NOT_ID, '-');
  if (!/[\p{L}\p{N}]/u.test(slug)) return `article-${hash8(hashed)}`;
  if (slug.length <= MAX_SEGMENT) return slug;
  return `${slug.slice(0, MAX_SEGMENT - 9)}-${hash8(text)}`;
}

/** The id of a single-article file from its path relative to the seeds folder ("/" separated). */
export function idFromPath(relativePath: string): string {
  const parts = relativePath.split('/');
  const name = parts.pop() ?? '';
  const stem = name.replace(/\.[^.]*$/, '');
  return [...parts.map((part) => idSegment(part)), idSegment(stem, name)].join('/');
}

/** The key of one record in a feed or export: its own id when short, a hash of a URL, else its number. */
export function recordKey(
  record: { id?: string | null; url?: string | null },
  number: number,
): string {
  const own = record.id?.trim();
  if (own && own.length <= 40 && !/^[a-z][a-z0-9+.-]*:/i.test(own)) return idSegment(own);
  const long = own || record.url?.trim();
  if (long) return `item-${hash8(long)}`;
  return `item-${number}`;
}

/**
 * Hands out ids in reading order; a taken id gets "-2", "-3"... so a collision never drops an
 * article, and the same files in the same order always get the same ids.
 */
export class IdAllocator {
  private readonly owners = new Map<string, string>();

  claim(wanted: string, file: string): { id: string; notice?: string } {
    const owner = this.owners.get(wanted);
    if (owner === undefined) {
      this.owners.set(wanted, file);
      return { id: wanted };
    }
    let n = 2;
    while (this.owners.has(`${wanted}-${n}`)) n++;
    const id = `${wanted}-${n}`;
    this.owners.set(id, file);
    return {
      id,
      notice: `the id "${wanted}" is already used by ${printable(owner)}; this article gets "${id}"`,
    };
  }
}

/** 32-bit FNV-1a as 8 hex digits: short, stable and good enough to tell names apart. */
function hash8(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}
