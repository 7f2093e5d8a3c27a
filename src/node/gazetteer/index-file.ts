import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { GazetteerIndexSchema, type GazetteerIndex } from '../../shared/schema';

/**
 * The gazetteer index on disk: one JSON header line, then the tables one after another, with their
 * byte lengths in the header. One JSON document of the same tables took JSON.parse over 20 MB of
 * escaped strings at every start (about a third of an empty `geoparse` run); now a start reads the
 * file and takes each text table as a view of the bytes read, with no decoding and no copy.
 * The text is ASCII (the tables by the index's own escape, see core/gazetteer/ascii.ts; the header
 * by JSON's \u escapes). The two large tables' line offsets follow as 32-bit numbers in this
 * machine's byte order: the file is a cache built where it is read (node_modules/.cache).
 */
const TEXT_TABLES = [
  'places',
  'names',
  'demonyms',
  'borders',
  'commonWords',
  'givenNames',
] as const;
/** The line offsets of `places` and `names`. */
const STARTS = ['placeStarts', 'nameStarts'] as const;
type Table = (typeof TEXT_TABLES)[number] | (typeof STARTS)[number];
const TABLES: readonly Table[] = [...TEXT_TABLES, ...STARTS];
const NEWLINE = 0x0a;

function bytesOf(index: GazetteerIndex, table: Table): Uint8Array {
  const data = index[table];
  return data instanceof Uint32Array
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : data;
}

/** The file's bytes for an index. The header starts `{"format":N,"inputsKey":...`, so a reader can
 * tell a current file from its first bytes (src/node/store/gazetteer-file.ts). */
export function gazetteerFileBytes(index: GazetteerIndex): Buffer {
  const tables = TABLES.map((t) => bytesOf(index, t));
  const lengths = Object.fromEntries(TABLES.map((t, i) => [t, tables[i]?.length]));
  // Everything else goes in the header, format and inputs key first (see above).
  const { format, inputsKey, ...others } = index;
  const rest = Object.fromEntries(
    Object.entries(others).filter(([key]) => !(TABLES as readonly string[]).includes(key)),
  );
  const header = JSON.stringify({ format, inputsKey, ...rest, lengths }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), ...tables]);
}

/** The index in a file, or undefined when it is missing, unreadable or not of this format. */
export function readGazetteerFile(path: string): GazetteerIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(NEWLINE);
  let header: { lengths?: Partial<Record<Table, unknown>> } & Record<string, unknown>;
  try {
    header = JSON.parse(bytes.toString('latin1', 0, end)) as typeof header;
  } catch {
    // Half-written by an older tool, or of an older layout: the caller rebuilds it.
    return undefined;
  }
  const { lengths, ...rest } = header;
  const tables: Partial<Record<Table, Uint8Array | Uint32Array>> = {};
  let at = end + 1;
  for (const table of TABLES) {
    const length = lengths?.[table];
    if (typeof length !== 'number') return undefined;
    const view = bytes.subarray(at, at + length);
    // A copy of the offsets (~2 MB), as a Uint32Array view needs an aligned start.
    tables[table] = (STARTS as readonly Table[]).includes(table)
      ? new Uint32Array(view.buffer.slice(view.byteOffset, view.byteOffset + length))
      : view;
    at += length;
  }
  if (at !== bytes.length) return undefined;
  const index: unknown = { ...rest, ...tables };
  if (!v.is(GazetteerIndexSchema, index)) return undefined;
  // Offsets that do not end where their table does are of another file: rebuild.
  if (index.placeStarts.at(-1) !== index.places.length + 1) return undefined;
  if (index.nameStarts.at(-1) !== index.names.length + 1) return undefined;
  return index;
}
