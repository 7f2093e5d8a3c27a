import { describe, expect, it } from 'vitest';
import { GEORGIA_COUNTRY, GEORGIA_STATE } from '../../shared/places.testing';
import type { Correction } from '../../shared/schema';
import { anchorCorrection, correctionsToGold, readCorrections } from './corrections';

const TEXT = 'Storms hit Georgia. Later, officials in Georgia, Ukraine and Armenia met in Tbilisi.';

function correction(over: Partial<Correction> = {}): Correction {
  return {
    article: 'a1',
    mention: 'Georgia',
    before: 'officials in ',
    after: ', Ukraine',
    scope: 'mention',
    verdict: 'place',
    place: GEORGIA_COUNTRY,
    ...over,
  };
}

describe('anchoring a correction', () => {
  it('finds the mention whose context matches, not the first one', () => {
    expect(anchorCorrection(TEXT, correction())).toBe(TEXT.lastIndexOf('Georgia'));
  });

  it('survives an edit elsewhere in the article', () => {
    const edited = `Update: a new first line.\n${TEXT.replace('Storms hit', 'Heavy storms hit')}`;
    const at = anchorCorrection(edited, correction());
    expect(edited.slice(at, (at ?? 0) + 20)).toBe('Georgia, Ukraine and');
  });

  it('reports nothing for a mention that has gone', () => {
    expect(anchorCorrection(TEXT.replaceAll('Georgia', 'Moldova'), correction())).toBeUndefined();
  });

  it('does not guess between equal occurrences when no context matches', () => {
    expect(anchorCorrection(TEXT, correction({ before: 'xyz ', after: ' qq' }))).toBeUndefined();
  });
});

describe('corrections as a gold corpus', () => {
  const articles = [{ id: 'a1', text: TEXT }];

  it('makes a toponym of a corrected place and scores only reviewed spans', () => {
    const { articles: gold, orphans } = correctionsToGold(articles, [correction()]);
    expect(orphans).toEqual([]);
    expect(gold[0]?.toponyms).toEqual([
      { start: 40, end: 47, name: 'Georgia', lat: 42, lon: 43.5 },
    ]);
    expect(gold[0]?.scored).toEqual([{ start: 40, end: 47 }]);
  });

  it('applies an article-wide correction to every mention of the name, a single one winning', () => {
    const wide = correction({ scope: 'article', place: GEORGIA_STATE });
    const { articles: gold } = correctionsToGold(articles, [wide, correction()]);
    expect(gold[0]?.toponyms.map((t) => [t.start, t.lat])).toEqual([
      [40, 42],
      [11, 32.75],
    ]);
  });

  it('counts an accepted reading as gold, like a corrected one', () => {
    const accepted = correction({ verdict: 'accept' });
    const { articles: gold } = correctionsToGold(articles, [accepted]);
    expect(gold[0]?.toponyms.map((t) => t.lat)).toEqual([42]);
  });

  it('keeps a "not a place" span as scored with no toponym', () => {
    const notAPlace = { ...correction(), verdict: 'not-a-place' } as Correction;
    const { articles: gold } = correctionsToGold(articles, [notAPlace]);
    expect([gold[0]?.toponyms, gold[0]?.scored]).toEqual([[], [{ start: 40, end: 47 }]]);
  });

  it('reports an orphaned correction instead of dropping it silently', () => {
    const gone = correction({ mention: 'Moldova' });
    const { orphans } = correctionsToGold(articles, [gone]);
    expect(orphans.map((o) => o.reason)).toEqual(['"Moldova" is no longer in article a1']);
  });
});

describe('reading a corrections file', () => {
  const file = (corrections: unknown[]) =>
    JSON.stringify({ format: 'dateline-corrections', version: 1, corrections });

  it('accepts a valid file', () => {
    expect(readCorrections(file([correction()])).corrections).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another format', '{"format":"x"}', 'not a corrections file'],
    ['another version', '{"format":"dateline-corrections","version":2}', 'version 2'],
  ])('refuses %s with one line', (_name, json, message) => {
    expect(() => readCorrections(json)).toThrow(message);
  });

  it.each([
    ['a bad scope', { ...correction(), scope: 'all' }, 'correction 1: scope: Invalid'],
    ['a far point', { ...correction(), place: { ...GEORGIA_STATE, lat: 200 } }, 'place.lat'],
    ['an unknown verdict', { ...correction(), verdict: 'maybe' }, 'correction 1: verdict'],
    ['a place missing', { ...correction(), place: undefined }, 'correction 1: place'],
    ['a stray key', { ...correction(), pointer: 1 }, 'correction 1: pointer'],
  ])('leaves out %s with a line naming it, and keeps the rest', (_name, bad, message) => {
    const read = readCorrections(file([bad, correction()]));
    expect(read.corrections).toHaveLength(1);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toContain(message);
  });
});
