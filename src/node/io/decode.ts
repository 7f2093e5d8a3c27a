import { detect } from 'chardet';
import iconv from 'iconv-lite';

/**
 * File bytes as text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such; other
 * bytes are decoded by the encoding the file declares (an HTML <meta charset>, an HTTP header) or,
 * failing that, the one chardet detects (Windows-1252, Latin-1, KOI8-R, Shift_JIS...). Decoding
 * itself is Node's WHATWG TextDecoder (full ICU), so no second codec library is needed: chardet
 * detects, the platform decodes. Files with NUL bytes are binary and refused.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, reason: 'it is a binary file, not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A byte-order mark is not part of the article, and would shift every offset by one.
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding, declared or detected below.
  }
  const candidates = [declared, detect(bytes) ?? undefined, 'windows-1252'];
  for (const label of candidates) {
    if (!label || /^utf-?8$/i.test(label)) continue;
    const decoded = decodeAs(bytes, label);
    if (decoded.ok) return decoded;
  }
  return { ok: false, reason: 'its text encoding cannot be told' };
}

function decodeAs(bytes: Uint8Array, label: string): Decoded {
  // As browsers do: text labelled Latin-1 or ASCII is Windows-1252 in practice (curly quotes in 0x80-0x9f).
  const name = /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii)$/i.test(label) ? 'windows-1252' : label;
  if (!iconv.encodingExists(name)) {
    return { ok: false, reason: `it declares an unknown encoding "${label}"` };
  }
  return { ok: true, text: iconv.decode(Buffer.from(bytes), name), encoding: name.toLowerCase() };
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
