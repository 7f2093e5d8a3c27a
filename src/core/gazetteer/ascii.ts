/**
 * The gazetteer's tables are kept as ASCII: every character from U+007F up is written as U+007F
 * followed by its UTF-16 code unit in four lower-case hex digits ("Zürich" -> "Z\x7f00fcrich").
 *
 * Why: a 20 MB table with a few thousand accented names decodes from UTF-8 at about 100 MB/s
 * into a two-byte string, most of an empty `geoparse` run. ASCII text is read as latin1, a copy,
 * into a one-byte string. The escape keeps the order of lines: U+007F sorts after every other
 * ASCII character, as the characters it stands for do, and fixed-width hex sorts as the numbers
 * do. So a sorted table stays sorted, and a bisection with an escaped key finds what it found.
 */
const MARK = '\x7f';
const NEEDS_ESCAPE = /[\u007f-\uffff]/;
const TO_ESCAPE = /[\u007f-\uffff]/g;
const ESCAPED = /\x7f([0-9a-f]{4})/g;

export function toAscii(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(TO_ESCAPE, (c) => MARK + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function fromAscii(text: string): string {
  if (!text.includes(MARK)) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
