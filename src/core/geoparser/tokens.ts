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

/** Splits a text into tokens, marking capitals and sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const t = m[0];
    if (/\n\s*\n|\n/.test(text.slice(lastEnd, start))) sentenceStart = true;
    const word = /[\p{L}\p{N}]/u.test(t);
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      capitalised: CAPITAL.test(t),
      sentenceStart,
      word,
    });
    lastEnd = start + t.length;
    // A dotted abbreviation may also end a sentence ("... in the U.S. The ..."), but more often
    // does not; the next word keeps its own capitalisation as evidence either way.
    if (SENTENCE_END.has(t)) sentenceStart = true;
    else if (!OPENERS.has(t)) sentenceStart = false;
  }
  return tokens;
}
