import {
  CORRECTION_CONTEXT_CHARS,
  type Correction,
  type CorrectionScope,
  type PlaceRef,
} from '../../shared/schema';

/** A mention to correct: where it is, in a text that starts at `offset` in its article. */
export interface CorrectionTarget {
  articleId: string;
  /** The article's text, or a passage of it. */
  text: string;
  /** Where `text` starts in the article. */
  offset: number;
  /** Offsets into the article. */
  start: number;
  end: number;
}

/** What the reader decided: a place (another, the same confirmed, or a missed one), or none. */
export type Verdict =
  { verdict: 'place' | 'accept' | 'missed'; place: PlaceRef } | { verdict: 'not-a-place' };

/** The mention's text and the context it is anchored by, trimmed of surrounding spaces. */
export function anchorOf(target: CorrectionTarget): {
  mention: string;
  before: string;
  after: string;
} {
  let start = target.start - target.offset;
  let end = target.end - target.offset;
  const text = target.text;
  // A selection often takes a space with it; the anchor is the name itself.
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return {
    mention: text.slice(start, end),
    before: text.slice(Math.max(0, start - CORRECTION_CONTEXT_CHARS), start),
    after: text.slice(end, end + CORRECTION_CONTEXT_CHARS),
  };
}

/** The correction to save, in the file's shape (src/shared/schema.ts, CorrectionSchema). */
export function draftCorrection(
  target: CorrectionTarget,
  scope: CorrectionScope,
  verdict: Verdict,
): Correction {
  const anchor = { article: target.articleId, ...anchorOf(target), scope };
  return verdict.verdict === 'not-a-place'
    ? { ...anchor, verdict: 'not-a-place' }
    : { ...anchor, verdict: verdict.verdict, place: verdict.place };
}
