/** A span of the original text: `text === original.slice(start, end)`. */
export interface TextBlock {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits an article into its title (the first non-blank line) and its paragraphs (runs of
 * lines separated by blank lines). Offsets point into the original text, so mentions found in
 * the whole text can be placed in their passage; surrounding white space is left out.
 */
export function splitArticle(text: string): {
  title: TextBlock | undefined;
  paragraphs: TextBlock[];
} {
  const lines = splitLines(text);
  const firstLine = lines.findIndex((line) => line.text.trim() !== '');
  if (firstLine === -1) return { title: undefined, paragraphs: [] };
  const titleLine = lines[firstLine];
  const title = titleLine && trimBlock(titleLine);
  const paragraphs: TextBlock[] = [];
  let open: TextBlock | undefined;
  for (const line of lines.slice(firstLine + 1)) {
    if (line.text.trim() === '') {
      if (open) paragraphs.push(trimBlock(open));
      open = undefined;
    } else if (open) {
      open = { start: open.start, end: line.end, text: text.slice(open.start, line.end) };
    } else {
      open = line;
    }
  }
  if (open) paragraphs.push(trimBlock(open));
  return { title, paragraphs };
}

function splitLines(text: string): TextBlock[] {
  const lines: TextBlock[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  for (const match of text.matchAll(lineBreak)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

function trimBlock(block: TextBlock): TextBlock {
  const leading = block.text.length - block.text.trimStart().length;
  const trailing = block.text.length - block.text.trimEnd().length;
  const start = block.start + leading;
  const end = block.end - trailing;
  return { start, end, text: block.text.slice(leading, block.text.length - trailing) };
}

/** Passages longer than this are split at sentence ends; groups aim for TARGET characters. */
const MAX_PASSAGE = 1200;
const TARGET_PASSAGE = 600;
/** A "sentence" with no end in sight (no punctuation at all) is cut at a space near this. */
const MAX_SENTENCE = 1500;
/** Share of lines that must end a sentence for a block to be read as one paragraph per line. */
const LINE_PARAGRAPHS = 0.8;

/**
 * One blank-line paragraph as readable passages. Text that puts one paragraph per line (single
 * newlines) gives a passage per line; a wall of text with no line breaks at all gives groups of
 * whole sentences of about TARGET_PASSAGE characters. Hard-wrapped prose (lines ending mid-
 * sentence) stays one paragraph. Offsets still point into the original text.
 */
export function readablePassages(block: TextBlock): TextBlock[] {
  const lines = splitLines(block.text)
    .filter((line) => line.text.trim() !== '')
    .map((line) =>
      trimBlock({ ...line, start: line.start + block.start, end: line.end + block.start }),
    );
  const endsSentence = lines.filter((line) => /[.!?:;"'\u201d\u2019)\]]$/.test(line.text)).length;
  const pieces =
    lines.length > 1 && endsSentence >= lines.length * LINE_PARAGRAPHS ? lines : [block];
  return pieces.flatMap((piece) =>
    piece.text.length > MAX_PASSAGE ? groupSentences(piece) : [piece],
  );
}

/**
 * Sentence ends: terminal punctuation (and any closing quote or bracket) before white space and a
 * capital or digit, or CJK full stops. Hand-written rather than Intl.Segmenter, whose iteration
 * turns quadratic on long texts in Node 20 (4,000 sentences took 40 s), and which splits after
 * "Mr." just the same.
 */
const SENTENCE_END =
  /[.!?\u2026]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018([]?[\p{Lu}\p{N}])|[\u3002\uff01\uff1f]+/gu;
/** Words whose full stop does not end a sentence: titles, initials, "U.S.", month abbreviations. */
const NO_END =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|etc|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/u;

function groupSentences(block: TextBlock): TextBlock[] {
  const groups: TextBlock[] = [];
  let open: { start: number; end: number } | undefined;
  const flush = () => {
    if (!open) return;
    const start = block.start + open.start;
    const end = block.start + open.end;
    const trimmed = trimBlock({ start, end, text: block.text.slice(open.start, open.end) });
    if (trimmed.text) groups.push(trimmed);
    open = undefined;
  };
  for (const piece of sentencePieces(block.text)) {
    if (open && piece.end - open.start > TARGET_PASSAGE) flush();
    open = open ? { start: open.start, end: piece.end } : piece;
  }
  flush();
  return groups;
}

/** Sentence spans (relative to the text), with any overlong one cut at spaces. */
function* sentencePieces(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  const pieces = [...sentenceEnds(text), text.length];
  for (const end of pieces) {
    if (end <= start) continue;
    while (end - start > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
      const cut = space > start ? space + 1 : start + MAX_SENTENCE;
      yield { start, end: cut };
      start = cut;
    }
    yield { start, end };
    start = end;
  }
}

function* sentenceEnds(text: string): Generator<number> {
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(Math.max(0, match.index - 6), match.index + 1);
    if (match[0].startsWith('.') && NO_END.test(before)) continue;
    yield match.index + match[0].length;
  }
}
