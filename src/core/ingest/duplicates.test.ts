import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates';
import {
  newHeadline,
  original,
  otherStory,
  PARAGRAPHS,
  retyped,
  story,
  trimmedTail,
} from './wire-story.testing';

describe('grouping wire copies of one story', () => {
  it('groups exact and near copies under the first article, and keeps other stories apart', () => {
    const index = new DuplicateIndex();
    const canonical = [
      ['ap', original],
      ['reuters', newHeadline],
      ['upper', retyped],
      ['trimmed', trimmedTail],
      ['medvedev', otherStory],
      ['ap-again', original],
    ].map(([id, text]) => index.add(id ?? '', text ?? ''));

    expect(canonical).toEqual([null, 'ap', 'ap', 'ap', null, 'ap']);
    expect(index.counts).toEqual({ exact: 3, near: 1 });
    expect(index.merged).toBe(4);
  });

  it('does not merge short notes that only share a few words', () => {
    const index = new DuplicateIndex();
    expect(index.add('a', 'Brief\n\nTalks in Sochi ended.')).toBeNull();
    expect(index.add('b', 'Brief\n\nTalks in Minsk ended.')).toBeNull();
    expect(index.add('c', 'Other title\n\nTalks in Sochi ended.')).toBe('a');
  });

  it('keeps a story whose text overlaps by less than half apart', () => {
    const index = new DuplicateIndex();
    index.add('full', original);
    const half = story('Shorter piece', PARAGRAPHS.slice(0, 3));
    expect(index.add('short', half)).toBeNull();
  });

  it("merges a short story's copy that changed one word, and keeps another short story apart", () => {
    // About 60 words: most of the signature's bins get no 5-gram of their own and borrow one.
    const short = PARAGRAPHS.slice(0, 2).join(' ');
    const index = new DuplicateIndex();
    expect(index.add('wire', `Putin warns NATO\n\n${short}`)).toBeNull();
    const edited = short.replace('Saturday', 'Sunday');
    expect(index.add('outlet', `Putin speaks in Sochi\n\n${edited}`)).toBe('wire');
    // Bins empty in both texts must not count as agreeing: another short story stays apart.
    const other = PARAGRAPHS.slice(2, 4).join(' ');
    expect(index.add('shield', `No deal on the shield\n\n${other}`)).toBeNull();
  });

  it('gives the same groups in the same order every run', () => {
    const run = () => {
      const index = new DuplicateIndex();
      return [original, trimmedTail, otherStory].map((text, i) => index.add(String(i), text));
    };
    expect(run()).toEqual(run());
  });
});
