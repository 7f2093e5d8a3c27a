import type { ReactNode } from 'react';
import type { Mention, Passage } from '../../shared/data-file';
import { segmentText } from '../logic/segments';

interface Props {
  text: string;
  passage: Passage;
  mentions: readonly Mention[];
  /** How to show a mention; plain text around it stays React text nodes. */
  renderMention: (mention: Mention, text: string) => ReactNode;
}

/** Untrusted article text, cut into text nodes and mentions: never parsed as HTML. */
export function PassageText({ text, passage, mentions, renderMention }: Props) {
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
