import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { GazetteerIndexSchema, type GazetteerIndex } from '../../shared/schema';

/**
 * The gazetteer index on disk: one JSON header line, then the large tables as raw text, one after
 * another, with their lengths in the header. One JSON document of the same tables took JSON.parse
 * over 20 MB of escaped strings at every start (about a third of an empty `geoparse` run); raw
 * text is read with no unescaping, and each table is a slice of the one decoded string.
 * The whole file is ASCII (the tables by the index's own escape, see core/gazetteer/ascii.ts; the
 * header by JSON's \u escapes), so it is read as latin1: a copy, where UTF-8 decoding of 20 MB
 * into a two-byte string took about 250 ms.
 */
const TABLES = ['places', 'names', 'demonyms', 'borders', 'commonWords', 'givenNames'] as const;
type Table = (typeof TABLES)[number];

/** The file's text for an index. The header starts `{"format":N,"inputsKey":...`, so a reader can
 * tell a current file from its first bytes (src/node/store/gazetteer-file.ts). */
export function gazetteerFileText(index: GazetteerIndex): string {
  const { format, inputsKey, attribution } = index;
  const lengths = Object.fromEntries(TABLES.map((t) => [t, index[t].length]));
  const header = JSON.stringify({ format, inputsKey, attribution, lengths }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${header}\n${TABLES.map((t) => index[t]).join('')}`;
}

/** The index in a file, or undefined when it is missing, unreadable or not of this format. */
export function readGazetteerFile(path: string): GazetteerIndex | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  let header: { lengths?: Partial<Record<Table, unknown>> } & Record<string, unknown>;
  try {
    header = JSON.parse(text.slice(0, end)) as typeof header;
  } catch {
    // Half-written by an older tool, or of an older layout: the caller rebuilds it.
    return undefined;
  }
  const { lengths, ...rest } = header;
  const tables: Partial<Record<Table, string>> = {};
  let at = end + 1;
  for (const table of TABLES) {
    const length = lengths?.[table];
    if (typeof length !== 'number') return undefined;
    tables[table] = text.slice(at, at + length);
    at += length;
  }
  if (at !== text.length) return undefined;
  const index: unknown = { ...rest, ...tables };
  return v.is(GazetteerIndexSchema, index) ? index : undefined;
}
