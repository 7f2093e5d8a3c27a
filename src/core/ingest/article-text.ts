/**
 * The one plain-text shape every reader builds (the contract's ArticleSource.text): the title on
 * the first line, then paragraphs separated by blank lines.
 */
export function articleText(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => p.replace(/\n\s*\n+/g, '\n').trim()).filter(Boolean);
  return [oneLine(title), ...body].join('\n\n');
}

/** A title on one line; a record without a title borrows the start of its first paragraph. */
export function titleFor(title: string | undefined | null, paragraphs: readonly string[]): string {
  const own = oneLine(title ?? '');
  if (own) return own;
  const first = oneLine(paragraphs[0] ?? '');
  const sentence = /^.{20,160}?[.!?](?=\s|$)/u.exec(first)?.[0];
  if (sentence) return sentence;
  return first.length <= 120 ? first : `${first.slice(0, 117).replace(/\s+\S*$/, '')}...`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
