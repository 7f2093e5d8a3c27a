import { describe, expect, it } from 'vitest';
import { fingerprint } from './duplicates';
import { groupStories, type StoryCandidate } from './stories';
import { PARAGRAPHS, otherStory } from './wire-story.testing';

const body = PARAGRAPHS.join('\n\n');
const trimmed = PARAGRAPHS.slice(0, 7).join('\n\n');

function candidate(id: string, day: number | null, text: string): StoryCandidate {
  return { id, day, length: text.length, fingerprint: fingerprint(text) };
}

describe('grouping articles into stories', () => {
  it.each([
    [
      'the earliest copy is the canonical article',
      [candidate('late', 12, body), candidate('early', 10, body)],
      'early',
    ],
    [
      'an undated copy never beats a dated one',
      [candidate('undated', null, body), candidate('dated', 400, body)],
      'dated',
    ],
    [
      'on the same day the longest copy wins over a trimmed one',
      [candidate('a-trimmed', 10, trimmed), candidate('z-full', 10, body)],
      'z-full',
    ],
    [
      'on the same day and length the first id wins',
      [candidate('reuters', 10, body), candidate('ap', 10, body)],
      'ap',
    ],
  ])('%s', (_, candidates, canonical) => {
    const { copies } = groupStories(candidates);
    expect(copies.has(canonical)).toBe(false);
    for (const { id } of candidates) {
      if (id !== canonical) expect(copies.get(id)?.canonical).toBe(canonical);
    }
  });

  it('tells exact from near copies and counts the stories that have copies', () => {
    const other = otherStory.slice(otherStory.indexOf('\n') + 1);
    const { copies, counts } = groupStories([
      candidate('ap', 10, body),
      candidate('reuters', 10, body),
      candidate('trimmed', 10, trimmed),
      candidate('medvedev', 11, other),
      candidate('medvedev-again', 12, other),
      candidate('alone', 11, 'A short note from Sochi.'),
    ]);
    expect(Object.fromEntries(copies)).toEqual({
      reuters: { canonical: 'ap', kind: 'exact' },
      trimmed: { canonical: 'ap', kind: 'near' },
      'medvedev-again': { canonical: 'medvedev', kind: 'exact' },
    });
    expect(counts).toEqual({ exact: 2, near: 1, stories: 2 });
  });

  it('gives the same groups whatever order the articles come in', () => {
    const candidates = [
      candidate('c', 10, trimmed),
      candidate('b', 11, body),
      candidate('a', 10, body),
    ];
    const forward = groupStories(candidates).copies;
    const backward = groupStories([...candidates].reverse()).copies;
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
    expect(forward.get('b')?.canonical).toBe('a');
  });
});
