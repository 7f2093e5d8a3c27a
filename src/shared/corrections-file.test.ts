import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { serialiseCorrections, withCorrection } from './corrections-file';
import { CorrectionsFileSchema, type Correction } from './schema';

const STATE = {
  country: 'US',
  lon: -83.5,
  lat: 32.75,
  kind: 'admin1' as const,
  name: 'Georgia',
  id: 'adm1:US.GA',
};

function correction(over: Partial<Correction>): Correction {
  return {
    verdict: 'place',
    place: STATE,
    scope: 'mention',
    after: ', Ukraine',
    before: 'officials in ',
    mention: 'Georgia',
    article: 'b',
    ...over,
  };
}

describe('the corrections file as written', () => {
  it('is one correction a line, sorted, keys in one order, and reads back the same', () => {
    const list = [correction({}), correction({ article: 'a', mention: 'Jordan' })];
    const text = serialiseCorrections(list);
    expect(text.split('\n')).toEqual([
      '{',
      '  "format": "dateline-corrections",',
      '  "version": 1,',
      '  "corrections": [',
      '    {"article":"a","mention":"Jordan","before":"officials in ","after":", Ukraine","scope":"mention","verdict":"place","place":{"id":"adm1:US.GA","name":"Georgia","kind":"admin1","lat":32.75,"lon":-83.5,"country":"US"}},',
      '    {"article":"b","mention":"Georgia","before":"officials in ","after":", Ukraine","scope":"mention","verdict":"place","place":{"id":"adm1:US.GA","name":"Georgia","kind":"admin1","lat":32.75,"lon":-83.5,"country":"US"}}',
      '  ]',
      '}',
      '',
    ]);
    const read = v.parse(CorrectionsFileSchema, JSON.parse(text));
    expect(serialiseCorrections(read.corrections)).toBe(text);
  });

  it('writes an empty list as valid JSON', () => {
    const text = serialiseCorrections([]);
    expect(v.parse(CorrectionsFileSchema, JSON.parse(text)).corrections).toEqual([]);
  });

  it('replaces a correction about the same mentions, and keeps one of another scope', () => {
    const first = correction({});
    const again = { ...correction({}), verdict: 'not-a-place' } as Correction;
    delete (again as { place?: unknown }).place;
    const wide = correction({ scope: 'article' });
    const list = withCorrection(withCorrection(withCorrection([], first), wide), again);
    expect(list.map((c) => `${c.scope} ${c.verdict}`)).toEqual([
      'article place',
      'mention not-a-place',
    ]);
  });
});
