import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GEORGIA_STATE as STATE } from '../../shared/places.testing';
import { CorrectionSchema } from '../../shared/schema';
import { draftCorrection } from './correction-draft';

const ARTICLE =
  'Title\n\nA long first paragraph that goes on and on. Storms hit Georgia on Monday.';

describe('a correction drafted in the page', () => {
  it('anchors a mention by its text and 40 characters each side, in article offsets', () => {
    const passageStart = ARTICLE.indexOf('A long');
    const start = ARTICLE.indexOf('Georgia');
    const c = draftCorrection(
      {
        articleId: 'a1',
        text: ARTICLE.slice(passageStart),
        offset: passageStart,
        start,
        end: start + 7,
      },
      'mention',
      { verdict: 'place', place: STATE },
    );
    expect(c).toEqual({
      article: 'a1',
      mention: 'Georgia',
      before: 'ragraph that goes on and on. Storms hit ',
      after: ' on Monday.',
      scope: 'mention',
      verdict: 'place',
      place: STATE,
    });
    expect(c.before).toHaveLength(40);
    expect(v.is(CorrectionSchema, c)).toBe(true);
  });

  it('trims the spaces a selection takes with it, and stops context at the text it has', () => {
    const start = ARTICLE.indexOf(' Storms');
    const c = draftCorrection(
      { articleId: 'a1', text: ARTICLE, offset: 0, start, end: start + 8 },
      'article',
      { verdict: 'not-a-place' },
    );
    expect([c.mention, c.after, c.verdict]).toEqual([
      'Storms',
      ' hit Georgia on Monday.',
      'not-a-place',
    ]);
    expect(v.is(CorrectionSchema, c)).toBe(true);
  });
});
