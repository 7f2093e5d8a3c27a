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
