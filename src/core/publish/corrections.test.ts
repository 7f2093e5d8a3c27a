import { describe, expect, it } from 'vitest';
import { ARMENIA, GEORGIA_STATE as STATE } from '../../shared/places.testing';
import type { Correction } from '../../shared/schema';
import { applyCorrections, CorrectionsIndex, type PublishMention } from './00-corrections';

const TEXT = 'Storms in Georgia\n\nOfficials in Georgia, Ukraine and Armenia met. Jordan scored.';

/** The article as the store keeps it: a title passage and one body passage. */
function article(text: string) {
  const cut = text.indexOf('\n\n');
  return {
    text,
    passages: [
      { index: 0, start: 0, end: cut },
      { index: 1, start: cut + 2, end: text.length },
    ],
  };
}

/** What a geoparser found: each name, read as a country, wherever it stands. */
function geoparsed(text: string, names = ['Georgia', 'Ukraine', 'Jordan']): PublishMention[] {
  const cut = text.indexOf('\n\n');
  return names
    .flatMap((name) =>
      [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
        passageIndex: m.index < cut ? 0 : 1,
        start: m.index,
        end: m.index + name.length,
        text: name,
        form: 'name' as const,
        placeId: `country:${name}`,
        confidence: 0.6,
        alternatives: ['adm1:US.GA'],
      })),
    )
    .sort((a, b) => a.start - b.start);
}

const at = (text: string, mention: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(mention, i + 1);
  return {
    before: text.slice(Math.max(0, i - 40), i),
    after: text.slice(i + mention.length, i + mention.length + 40),
  };
};

function correction(over: Partial<Correction>): Correction {
  return {
    article: 'a1',
    mention: 'Georgia',
    ...at(TEXT, 'Georgia', 1),
    scope: 'mention',
    verdict: 'place',
    place: STATE,
    ...over,
  };
}

const readings = (mentions: PublishMention[]) => mentions.map((m) => `${m.text}=${m.placeId}`);

describe('applying corrections to an article', () => {
  it('moves one mention to the place the reader chose, and only that one', () => {
    const { mentions, applied } = applyCorrections(article(TEXT), geoparsed(TEXT), [
      correction({}),
    ]);
    expect(readings(mentions)).toEqual([
      'Georgia=country:Georgia',
      'Georgia=adm1:US.GA',
      'Ukraine=country:Ukraine',
      'Jordan=country:Jordan',
    ]);
    const moved = mentions[1];
    expect([moved?.confidence, moved?.reasons, moved?.alternatives]).toEqual([
      1,
      ['corrected by a reviewer'],
      ['country:Georgia'],
    ]);
    expect(applied).toHaveLength(1);
  });

  it('keeps a correction after an edit elsewhere in its article', () => {
    const edited = TEXT.replace('Storms in', 'Late storms hit').replace('met.', 'met on Monday.');
    const { mentions, applied } = applyCorrections(article(edited), geoparsed(edited), [
      correction({}),
    ]);
    expect(applied).toHaveLength(1);
    expect(readings(mentions).slice(0, 2)).toEqual([
      'Georgia=country:Georgia',
      'Georgia=adm1:US.GA',
    ]);
  });

  it('reaches nothing (an orphan to report) when its mention has gone', () => {
    const edited = TEXT.replace('Officials in Georgia', 'Officials in Moldova');
    const { mentions, applied } = applyCorrections(article(edited), geoparsed(edited), [
      correction({}),
    ]);
    expect(applied).toEqual([]);
    expect(readings(mentions)).toEqual(readings(geoparsed(edited)));
  });

  it('applies an article-wide correction to every mention of the name, one mention winning', () => {
    const wide = correction({ scope: 'article', place: ARMENIA });
    const { mentions } = applyCorrections(article(TEXT), geoparsed(TEXT), [correction({}), wide]);
    expect(readings(mentions).slice(0, 2)).toEqual(['Georgia=country:AM', 'Georgia=adm1:US.GA']);
  });

  it('removes a name that is not a place', () => {
    const jordan = { ...correction({ mention: 'Jordan', scope: 'article' }) } as Correction;
    const notAPlace = { ...jordan, verdict: 'not-a-place' } as Correction;
    delete (notAPlace as { place?: unknown }).place;
    const { mentions } = applyCorrections(article(TEXT), geoparsed(TEXT), [notAPlace]);
    expect(readings(mentions)).not.toContain('Jordan=country:Jordan');
    expect(mentions).toHaveLength(3);
  });

  it('adds a missed place in its passage, in text order, unless a mention covers it', () => {
    const missed = correction({
      mention: 'Armenia',
      ...at(TEXT, 'Armenia'),
      verdict: 'missed',
      place: ARMENIA,
    });
    const { mentions } = applyCorrections(article(TEXT), geoparsed(TEXT), [missed]);
    expect(readings(mentions)).toEqual([
      'Georgia=country:Georgia',
      'Georgia=country:Georgia',
      'Ukraine=country:Ukraine',
      'Armenia=country:AM',
      'Jordan=country:Jordan',
    ]);
    expect(mentions[3]).toMatchObject({ passageIndex: 1, confidence: 1, form: 'name' });

    const covered = correction({ mention: 'Ukraine', ...at(TEXT, 'Ukraine'), verdict: 'missed' });
    const again = applyCorrections(article(TEXT), geoparsed(TEXT), [covered]).mentions;
    expect(readings(again)).toContain('Ukraine=adm1:US.GA');
    expect(again).toHaveLength(4);
  });

  it('marks an accepted reading as certain and confirmed', () => {
    const accepted = correction({
      mention: 'Ukraine',
      ...at(TEXT, 'Ukraine'),
      verdict: 'accept',
      place: { ...ARMENIA, id: 'country:Ukraine', name: 'Ukraine' },
    });
    const { mentions } = applyCorrections(article(TEXT), geoparsed(TEXT), [accepted]);
    expect(mentions[2]).toMatchObject({
      placeId: 'country:Ukraine',
      confidence: 1,
      reasons: ['confirmed by a reviewer'],
      alternatives: ['adm1:US.GA'],
    });
  });
});

describe("a story's copies", () => {
  const names = new Set(['Georgia', 'Ukraine', 'Jordan']);
  const terms = new Set<string>();

  it('take the corrections of their canonical article, and only its', () => {
    const ofStory = correction({ article: 'ap' });
    const ofAnother = correction({ article: 'medvedev', place: ARMENIA });
    const index = new CorrectionsIndex([ofStory, ofAnother]);
    expect(index.forArticle('reuters', names, terms, 'ap')).toEqual([ofStory]);
    expect(index.forArticle('reuters', names, terms, null)).toEqual([]);
    const { mentions } = applyCorrections(
      article(TEXT),
      geoparsed(TEXT),
      index.forArticle('reuters', names, terms, 'ap'),
    );
    expect(readings(mentions).slice(0, 2)).toEqual([
      'Georgia=country:Georgia',
      'Georgia=adm1:US.GA',
    ]);
  });

  it("let a copy's own correction outrank its story's", () => {
    const ofStory = correction({ article: 'ap' });
    const ofCopy = correction({ article: 'reuters', place: ARMENIA });
    const index = new CorrectionsIndex([ofCopy, ofStory]);
    const { mentions } = applyCorrections(
      article(TEXT),
      geoparsed(TEXT),
      index.forArticle('reuters', names, terms, 'ap'),
    );
    expect(readings(mentions)[1]).toBe('Georgia=country:AM');
  });
});
