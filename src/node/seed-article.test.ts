import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoparse } from '../core/geoparser/index';
import { testGazetteer } from './test/gazetteer';

const text = readFileSync(join(process.cwd(), 'seeds', '000_845b873d2f18d17e.txt'), 'utf8');
const mentions = geoparse(text, testGazetteer());
const placesByText = new Map(mentions.map((m) => [m.text, m.place.id]));

describe('the seed article (Bush and Putin, Bucharest and Sochi)', () => {
  it.each([
    ['Bucharest', 'gn:683506'],
    ['Sochi', 'gn:491422'],
    ['Poland', 'country:PL'],
    ['Czech Republic', 'country:CZ'],
    ['Ukraine', 'country:UA'],
    ['Georgia', 'country:GE'],
    ['Russia', 'country:RU'],
    ['Russian', 'country:RU'],
    ['Moscow', 'gn:524901'],
    ['Washington', 'gn:4140963'],
    ['Iran', 'country:IR'],
    ['Germany', 'country:DE'],
    ['France', 'country:FR'],
    ['United States', 'country:US'],
    ['U.S.', 'country:US'],
    ['Europe', 'continent:europe'],
    ['Black Sea', 'sea:black-sea'],
    ['Mideast', 'region:middle-east'],
  ])('finds %s as %s', (name, id) => {
    expect(placesByText.get(name)).toBe(id);
  });

  it.each(['Bush', 'Putin', 'Rice', 'Gates', 'Fox', 'NATO', 'White House', 'Vladimir'])(
    'does not tag %s',
    (word) => {
      expect(mentions.filter((m) => m.text.includes(word))).toEqual([]);
    },
  );

  it('reads "Russian" as a demonym every time', () => {
    const russian = mentions.filter((m) => m.text === 'Russian');
    expect(russian.length).toBeGreaterThan(3);
    expect(new Set(russian.map((m) => m.form))).toEqual(new Set(['demonym']));
  });
});
