import { describe, expect, it } from 'vitest';
import {
  anchorCorrection,
  correctionsToGold,
  parseCorrections,
  type Correction,
} from './corrections';

const TEXT = 'Storms hit Georgia. Later, officials in Georgia, Ukraine and Armenia met in Tbilisi.';
const GEORGIA_STATE = { lat: 32.75, lon: -83.5, name: 'Georgia' };

function correction(over: Partial<Correction>): Correction {
  return {
    article: 'a1',
    mention: 'Georgia',
    before: 'officials in ',
    after: ', Ukraine',
    scope: 'mention',
    place: 'country:GE',
    ...over,
  };
}

describe('anchoring a correction', () => {
  it('finds the mention whose context matches, not the first one', () => {
    expect(anchorCorrection(TEXT, correction({}))).toBe(TEXT.lastIndexOf('Georgia'));
  });

  it('survives an edit elsewhere in the article', () => {
    const edited = `Update: a new first line.\n${TEXT.replace('Storms hit', 'Heavy storms hit')}`;
    const at = anchorCorrection(edited, correction({}));
    expect(edited.slice(at, (at ?? 0) + 20)).toBe('Georgia, Ukraine and');
  });

  it('reports nothing for a mention that has gone', () => {
    expect(anchorCorrection(TEXT.replaceAll('Georgia', 'Moldova'), correction({}))).toBeUndefined();
  });

  it('does not guess between equal occurrences when no context matches', () => {
    expect(anchorCorrection(TEXT, correction({ before: 'xyz ', after: ' qq' }))).toBeUndefined();
  });
});

describe('corrections as a gold corpus', () => {
  const articles = [{ id: 'a1', text: TEXT }];
  const pointOf = (id: string) =>
    id === 'country:GE' ? { lat: 42, lon: 43.5, name: 'Georgia' } : undefined;

  it('makes a toponym of a corrected place and scores only reviewed spans', () => {
    const { articles: gold, orphans } = correctionsToGold(articles, [correction({})], pointOf);
    expect(orphans).toEqual([]);
    expect(gold[0]?.toponyms).toEqual([
      { start: 40, end: 47, name: 'Georgia', lat: 42, lon: 43.5 },
    ]);
    expect(gold[0]?.scored).toEqual([{ start: 40, end: 47 }]);
  });

  it('applies an article-wide correction to every mention of the name, a single one winning', () => {
    const wide = correction({ scope: 'article', place: 'adm1:US.GA', point: GEORGIA_STATE });
    const { articles: gold } = correctionsToGold(articles, [wide, correction({})], pointOf);
    expect(gold[0]?.toponyms.map((t) => [t.start, t.lat])).toEqual([
      [40, 42],
      [11, 32.75],
    ]);
  });

  it('keeps a "not a place" span as scored with no toponym', () => {
    const { articles: gold } = correctionsToGold(articles, [correction({ place: null })], pointOf);
    expect([gold[0]?.toponyms, gold[0]?.scored]).toEqual([[], [{ start: 40, end: 47 }]]);
  });

  it('reports an orphaned correction instead of dropping it silently', () => {
    const gone = correction({ mention: 'Moldova' });
    const { orphans } = correctionsToGold(articles, [gone], pointOf);
    expect(orphans.map((o) => o.reason)).toEqual(['"Moldova" is no longer in article a1']);
  });
});

describe('reading a corrections file', () => {
  const file = (corrections: unknown[]) =>
    JSON.stringify({ format: 'dateline-corrections', version: 1, corrections });

  it('accepts a valid file', () => {
    expect(parseCorrections(file([correction({})])).corrections).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another format', '{"format":"x"}', 'not a corrections file'],
    ['a bad scope', file([{ ...correction({}), scope: 'all' }]), 'correction 1: "scope"'],
    ['a bad point', file([{ ...correction({}), point: { lat: 200, lon: 0 } }]), '"point"'],
  ])('rejects %s with one line', (_name, json, message) => {
    expect(() => parseCorrections(json)).toThrow(message);
  });
});
