import { describe, expect, it } from 'vitest';
import { idFromPath, idSegment, recordKey } from './ids';

// Expected values were produced before ids.ts used the shared fnv1a32: published ids, and so
// every link to an article, must not change with the hash's implementation.
describe('article ids that carry a hash stay the same', () => {
  it.each([
    ['a name without letters', () => idSegment('!!!'), 'article-2d53a722'],
    [
      'a name of punctuation, hashed by file',
      () => idSegment('…', 'note….txt'),
      'article-de159ee7',
    ],
    ['a long name', () => idSegment('x'.repeat(100)), `${'x'.repeat(71)}-ac246ad5`],
    [
      'a long name in another script',
      () => idFromPath(`world/${'長'.repeat(90)}.txt`),
      `world/${'長'.repeat(71)}-3611aecb`,
    ],
    [
      'a record known by its link',
      () => recordKey({ url: 'https://example.org/story/1' }, 1),
      'item-581c952a',
    ],
    ['a record with a URN id', () => recordKey({ id: 'urn:uuid:1234' }, 2), 'item-2a3a8c39'],
    [
      'a record with a long id',
      () => recordKey({ id: `tag:${'y'.repeat(50)}` }, 3),
      'item-0bb24aad',
    ],
  ])('%s', (_, make, id) => {
    expect(make()).toBe(id);
  });

  it('keeps the ids of the seed articles', () => {
    expect(idFromPath('000_845b873d2f18d17e.txt')).toBe('000_845b873d2f18d17e');
  });
});
