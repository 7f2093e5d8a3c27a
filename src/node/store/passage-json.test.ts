import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPassage, type PassageHead } from '../../core/publish/index';
import type { PlacePassage } from '../../shared/schema';
import { JsonBytes } from './json-bytes';
import { encodedPassages, PAGE_LEVELS } from './passage-json';

type Mentions = PlacePassage['mentions'];

const head = (over: Partial<PassageHead> = {}): PassageHead => ({
  articleId: 'a1',
  title: 'Talks in Kyiv',
  date: '2026-11-30',
  source: 'Wire',
  passageIndex: 0,
  start: 0,
  text: 'Talks in Kyiv.',
  ...over,
});

/** A page file with these passages, made the plain way and the encoded way. */
function files(passages: { head: PassageHead; mentions: Mentions }[], placeId = 'p1') {
  const page = <P>(list: P[]) => ({
    [placeId]: { passages: list },
    other: { passages: list, with: [{ placeId, weight: 2 }] },
  });
  const plain = passages.map((p) => plainPassage.passage(plainPassage.head(p.head), p.mentions));
  const shared = passages.map((p) => encodedPassages.head(p.head));
  const encoded = passages.map((p, i) => encodedPassages.passage(shared[i] as string, p.mentions));
  return { plain: page(plain), encoded: page(encoded) };
}

const cases: {
  name: string;
  passages: { head: PassageHead; mentions: Mentions }[];
  placeId?: string;
}[] = [
  {
    name: 'one passage with one mention',
    passages: [{ head: head(), mentions: [{ start: 9, end: 13 }] }],
  },
  { name: 'no passages', passages: [] },
  { name: 'a passage with no mentions', passages: [{ head: head(), mentions: [] }] },
  {
    name: 'several mentions',
    passages: [
      {
        head: head({ start: 40 }),
        mentions: [
          { start: 41, end: 45 },
          { start: 50, end: 60 },
          { start: 70, end: 71 },
        ],
      },
    ],
  },
  {
    name: 'an undated passage without a source',
    passages: [{ head: head({ date: null, source: null }), mentions: [{ start: 0, end: 1 }] }],
  },
  {
    name: 'curly quotes, dashes, escapes and lone surrogates',
    passages: [
      {
        head: head({
          title: '“Kyiv” — talks\n',
          text: 'Kyiv’s \u0000 "a" \\ \ud800 é 🌍 \udfff',
          articleId: 'x/"y"',
        }),
        mentions: [{ start: 0, end: 4 }],
      },
    ],
  },
  {
    name: 'one passage on the pages of two places, its head shared',
    passages: [
      { head: head({ passageIndex: 3 }), mentions: [{ start: 1, end: 2 }] },
      { head: head({ passageIndex: 3 }), mentions: [{ start: 5, end: 9 }] },
    ],
  },
  {
    name: 'an integer-like place id, which comes first',
    passages: [{ head: head(), mentions: [] }],
    placeId: '12',
  },
];

const stringified = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

describe('encoded passages', () => {
  it.each(cases)(
    'give the bytes JSON.stringify gives the plain passages: $name',
    ({ passages, placeId }) => {
      const { plain, encoded } = files(passages, placeId);
      expect(new JsonBytes().encode(encoded, PAGE_LEVELS).toString('utf8')).toBe(
        JSON.stringify(plain),
      );
    },
  );

  it('give those bytes for any texts and offsets', () => {
    const json = new JsonBytes();
    const text = fc.string({ unit: 'binary' });
    const arbitraryHead = fc.record({
      articleId: text,
      title: text,
      date: fc.option(fc.constant('2026-01-02'), { nil: null }),
      source: fc.option(text, { nil: null }),
      passageIndex: fc.nat(),
      start: fc.nat(),
      text,
    });
    const mentions = fc.array(fc.record({ start: fc.nat(), end: fc.nat() }));
    fc.assert(
      fc.property(fc.array(fc.record({ head: arbitraryHead, mentions })), (passages) => {
        const { plain, encoded } = files(passages);
        expect(json.encode(encoded, PAGE_LEVELS).equals(stringified(plain))).toBe(true);
      }),
    );
  });
});
