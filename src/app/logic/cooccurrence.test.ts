import { describe, expect, it } from 'vitest';
import { cooccurrences, mentionedWith } from './cooccurrence';
import type { Mention } from '../../shared/schema';

const mention = (placeId: string, passageIndex: number, articleId = 'a1'): Mention => ({
  articleId,
  passageIndex,
  placeId,
  start: 0,
  end: 1,
  text: placeId,
  form: 'name',
  confidence: 1,
});

describe('cooccurrences', () => {
  it('links Bucharest and Sochi once when they share one passage', () => {
    expect(cooccurrences([mention('bucharest', 4), mention('sochi', 4)])).toEqual([
      { a: 'bucharest', b: 'sochi', weight: 1 },
    ]);
  });

  it('weights Poland and Czech Republic by the passages they share, not by repeats within one', () => {
    const links = cooccurrences([
      mention('poland', 5),
      mention('czechia', 5),
      mention('czechia', 5),
      mention('poland', 6),
      mention('czechia', 6),
      mention('russia', 6),
    ]);
    expect(links[0]).toEqual({ a: 'czechia', b: 'poland', weight: 2 });
    expect(links).toHaveLength(3);
  });

  it('does not link places from different articles that share a passage number', () => {
    expect(cooccurrences([mention('x', 1, 'a1'), mention('y', 1, 'a2')])).toEqual([]);
  });
});

describe('mentionedWith', () => {
  it('lists the partners of a place from either end of a link, strongest first', () => {
    const links = [
      { a: 'bucharest', b: 'sochi', weight: 1 },
      { a: 'russia', b: 'sochi', weight: 3 },
      { a: 'poland', b: 'russia', weight: 2 },
    ];
    expect(mentionedWith(links, 'sochi')).toEqual([
      { placeId: 'russia', weight: 3 },
      { placeId: 'bucharest', weight: 1 },
    ]);
  });
});
