/** A range of text to mark, in the same offsets as the text it belongs to. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

/** A piece of a passage: plain text, or text covered by a span. */
export interface Segment<T> {
  text: string;
  start: number;
  span: Span<T> | null;
}

/**
 * Cuts `text[start, end)` into plain and marked pieces, so the app can render untrusted text as
 * React text nodes and <mark>s without ever parsing it as HTML. Spans outside the range or
 * overlapping an earlier span are skipped rather than garbling the text.
 */
export function segmentText<T>(
  text: string,
  start: number,
  end: number,
  spans: readonly Span<T>[],
): Segment<T>[] {
  const segments: Segment<T>[] = [];
  let cursor = start;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    if (span.start < cursor || span.end > end || span.end <= span.start) continue;
    if (span.start > cursor) {
      segments.push({ text: text.slice(cursor, span.start), start: cursor, span: null });
    }
    segments.push({ text: text.slice(span.start, span.end), start: span.start, span });
    cursor = span.end;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), start: cursor, span: null });
  return segments;
}
