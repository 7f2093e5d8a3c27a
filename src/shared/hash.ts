/**
 * The small functions both sides of the data layout must compute identically: which shard holds
 * an article or a search term, how a search term is folded, and how days are numbered.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 code units of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Index of the bucket `key` falls in among `buckets` (0 when there are none). */
export function bucketOf(key: string, buckets: number): number {
  return buckets > 0 ? fnv1a32(key) % buckets : 0;
}

/** Search terms shorter than this are not indexed; the client waits for this many characters. */
export const MIN_TERM_LENGTH = 3;

/** A word as the search index keys it: decomposed, accents stripped, lower case. */
export function fold(word: string): string {
  // Preprocessing folds every capitalised word of every article: ASCII has nothing to decompose.
  return isAscii(word) ? word.toLowerCase() : foldUnicode(word);
}

/** `fold` by its definition, for any text. */
export function foldUnicode(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const ASCII_END = 0x80;

/** Every UTF-16 unit below 0x80: text that the Unicode steps of a normalisation leave alone. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= ASCII_END) return false;
  return true;
}

/** The first two characters of a folded term: the key of its search shard. */
export function prefix2(folded: string): string {
  return folded.slice(0, 2);
}

/** Index of the search shard for a folded term among `shards` shard files. */
export function searchShardOf(folded: string, shards: number): number {
  return bucketOf(prefix2(folded), shards);
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO calendar date (YYYY-MM-DD), or null when it is not one. */
export function dayFromIso(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0..99 as 1900..1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The ISO calendar date (YYYY-MM-DD) of a day number from dayFromIso. */
export function isoFromDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}
