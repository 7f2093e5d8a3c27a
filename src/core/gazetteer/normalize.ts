import { isAscii } from '../../shared/hash';

/**
 * The one key every name is stored and looked up under: lower case, accents removed, dots
 * dropped ("U.S." -> "us"), apostrophes unified, dashes read as spaces, spaces collapsed. Case is not part of
 * the key; abbreviations are told apart by the caller (see `isAbbreviation`).
 */
export function nameKey(name: string): string {
  // Recognition keys every capitalised span of every text: most are plain ASCII, which needs none
  // of the Unicode steps, and a loop over it costs a tenth of the regular expressions.
  return isAscii(name) ? asciiNameKey(name) : unicodeNameKey(name);
}

/** `nameKey` by its definition, for any text. */
export function unicodeNameKey(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      // Hyphens and spaces are interchangeable in names ("Al-Minya", "Al Minya"; "Guinea-Bissau").
      .replace(/[-‐‑‒–—]/g, ' ')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const BACKTICK = 0x60;
const APOSTROPHE = "'";

/** Whitespace as `\s` reads it among ASCII characters (tab, line feed, vertical tab, form feed, CR, space). */
function isAsciiSpace(code: number): boolean {
  return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
}

/**
 * `unicodeNameKey` for ASCII text: NFD and the accent and typographic-quote steps change nothing
 * there, so what is left is lower case, "`" as "'", "-" as a space, no dots, spaces collapsed.
 */
function asciiNameKey(name: string): string {
  const lower = name.toLowerCase();
  let plain = true;
  for (let i = 0; i < lower.length && plain; i++) {
    const code = lower.charCodeAt(i);
    plain = code !== HYPHEN && code !== DOT && code !== BACKTICK && !isAsciiSpace(code);
  }
  if (plain) return lower;
  let key = '';
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === DOT) continue;
    if (code === HYPHEN || isAsciiSpace(code)) {
      space = key !== '';
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += code === BACKTICK ? APOSTROPHE : lower.charAt(i);
  }
  return key;
}

const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const MIN_ABBREVIATION_LETTERS = 2;
const MAX_ABBREVIATION_LETTERS = 6;

/** "UK", "U.S.", "UAE", "NSW": all capitals (dots allowed), at most six letters. */
export function isAbbreviation(name: string): boolean {
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === DOT) continue;
    if (code < CAPITAL_A || code > CAPITAL_Z) return false;
    letters++;
  }
  return letters >= MIN_ABBREVIATION_LETTERS && letters <= MAX_ABBREVIATION_LETTERS;
}
