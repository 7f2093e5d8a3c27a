import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoparseDocument } from '../core/geoparser/index';
import { testGazetteer } from './test/gazetteer';

const text = readFileSync(join(process.cwd(), 'seeds', '000_845b873d2f18d17e.txt'), 'utf8');
const doc = geoparseDocument(text, testGazetteer());
const mentions = doc.mentions;
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

  it('says Georgia is the country, with Ukraine in the same passage', () => {
    const georgia = mentions.find((m) => m.text === 'Georgia');
    expect(georgia?.reasons).toContain(
      'the country: Ukraine (1,200 km away) is mentioned in the same passage',
    );
  });

  it('says Washington is the capital because capitals outrank their namesakes', () => {
    const washington = mentions.find((m) => m.text === 'Washington');
    expect(washington?.reasons).toContain('the capital: a capital outranks its namesakes');
  });

  it('shows why Rice is left out: a person, by name, then by verbs of speech', () => {
    const rice = doc.rejected.filter((r) => r.candidate.text === 'Rice');
    expect(rice[0]).toMatchObject({
      rule: 'after-name-word',
      reason: 'a person: part of a longer name ("Condoleezza Rice")',
    });
    expect(new Set(rice.slice(1).map((r) => r.rule))).toEqual(new Set(['speech-verb']));
  });

  it('gives every mention at least one reason', () => {
    for (const m of mentions) expect(m.reasons?.length).toBeGreaterThan(0);
  });
});
