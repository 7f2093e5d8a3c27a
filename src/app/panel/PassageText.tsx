import type { ReactNode } from 'react';
import { segmentText } from '../logic/segments';

interface Props<M> {
  text: string;
  /** The part of `text` to show, as offsets into it. */
  passage: { start: number; end: number };
  /** Ranges to mark, in the same offsets as `text`. */
  mentions: readonly M[];
  /** How to show a mention; plain text around it stays React text nodes. */
  renderMention: (mention: M, text: string) => ReactNode;
}

/** Untrusted article text, cut into text nodes and mentions: never parsed as HTML. */
export function PassageText<M extends { start: number; end: number }>({
  text,
  passage,
  mentions,
  renderMention,
}: Props<M>) {
  const segments = segmentText(
    text,
    passage.start,
    passage.end,
    mentions.map((m) => ({ start: m.start, end: m.end, value: m })),
  );
  return (
    <>
      {segments.map((segment) =>
        segment.span ? (
          <span key={segment.start}>{renderMention(segment.span.value, segment.text)}</span>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </>
  );
}
