/** A word, dotted abbreviation or punctuation mark, with UTF-16 offsets into the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter ("Moscow", "U.S.", "NATO"). */
  capitalised: boolean;
  /** Begins a sentence: first token, or after . ! ? : or a line break (quotes skipped). */
  sentenceStart: boolean;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
}

// Dotted abbreviations first ("U.S.", "D.C.", "U.S.A."), then words, then any other single mark.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const CAPITAL = /^\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', '•']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–']);

const ASCII_END = 0x80;

/** `CAPITAL.test(t)` and "has a letter or digit" for a token, by its first character when ASCII. */
function wordShape(t: string): { capitalised: boolean; word: boolean } {
  const c = t.charCodeAt(0);
  if (c >= ASCII_END) return { capitalised: CAPITAL.test(t), word: /[\p{L}\p{N}]/u.test(t) };
  // A token starting with an ASCII character is a run of letters and digits or a single mark.
  const upper = c >= 0x41 && c <= 0x5a;
  const alphanumeric = upper || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return { capitalised: upper, word: alphanumeric };
}

/** Splits a text into tokens, marking capitals and sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  // The first line break at or after the end of the last token: one search per line, not a
  // slice and a regular expression per token.
  let lineBreak = text.indexOf('\n');
  const pattern = new RegExp(TOKEN);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const t = m[0];
    if (lineBreak !== -1 && lineBreak < start) {
      sentenceStart = true;
      lineBreak = text.indexOf('\n', start + t.length);
    }
    const { capitalised, word } = wordShape(t);
    tokens.push({ start, end: start + t.length, text: t, capitalised, sentenceStart, word });
    // A dotted abbreviation may also end a sentence ("... in the U.S. The ..."), but more often
    // does not; the next word keeps its own capitalisation as evidence either way.
    if (SENTENCE_END.has(t)) sentenceStart = true;
    else if (!OPENERS.has(t)) sentenceStart = false;
  }
  return tokens;
}
