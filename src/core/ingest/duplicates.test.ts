import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates';

/** A wire story of ten paragraphs, and the ways outlets reprint it. */
const PARAGRAPHS = [
  'Russian President Vladimir Putin warned on Saturday that expanding NATO to Ukraine and Georgia would threaten the security of Russia, speaking at the Black Sea resort of Sochi.',
  'Putin spoke after two days of talks with President George W. Bush, who had hoped to secure a strategic framework for relations between Washington and Moscow.',
  'The two leaders failed to settle their dispute over a planned missile shield in Poland and the Czech Republic, though both called the talks constructive.',
  'Bush said the shield was aimed at threats from the Middle East, not at Russia, and repeated an offer to let Russian officers inspect the sites.',
  'Officials in Warsaw and Prague said negotiations with the United States on the radar and the interceptor base would continue through the summer.',
  'In Kyiv, the government said it still hoped to join the alliance, despite the decision at the Bucharest summit to delay a membership action plan.',
  'Georgian officials in Tbilisi said the promise of eventual membership was a historic step and called on Moscow to respect their choice.',
  'Analysts in Berlin and Paris said the summit showed the limits of American influence over European allies wary of provoking the Kremlin.',
  'Putin, who leaves office next month, will hand the presidency to Dmitry Medvedev, who is expected to keep a firm line on NATO expansion.',
  'The Kremlin said Medvedev would travel to Beijing and Astana in his first months in office, before a summit of the Group of Eight in Japan.',
];
const story = (headline: string, paragraphs: readonly string[]) =>
  [headline, ...paragraphs].join('\n\n');

const original = story('Putin warns NATO over Ukraine', PARAGRAPHS);
const newHeadline = story('Putin, Bush fail to bridge gap on missile shield', PARAGRAPHS);
const retyped = story(
  'PUTIN WARNS NATO',
  PARAGRAPHS.map((p) => p.replace(/,/g, '').replace(/'/g, '\u2019').toUpperCase()),
);
const trimmedTail = story('Putin: NATO expansion a threat', [
  `SOCHI, Russia (Example Wire) \u2014 ${PARAGRAPHS[0] ?? ''}`,
  ...PARAGRAPHS.slice(1, 7),
]);
const otherStory = story('Medvedev plans first trips', [
  'Dmitry Medvedev, who takes office as president of Russia next month, plans to visit Beijing and Astana first, officials in Moscow said.',
  'The choice of China and Kazakhstan signals the weight the Kremlin gives to its eastern neighbours and to energy deals in Central Asia.',
  'Medvedev is also expected to attend a summit of the Group of Eight in Japan in July, his first meeting with President Bush as head of state.',
  'Analysts said the trips would show whether Medvedev would follow the firm line of his predecessor on NATO and missile defence.',
]);

describe('grouping wire copies of one story', () => {
  it('groups exact and near copies under the first article, and keeps other stories apart', () => {
    const index = new DuplicateIndex();
    const canonical = [
      ['ap', original],
      ['reuters', newHeadline],
      ['upper', retyped],
      ['trimmed', trimmedTail],
      ['medvedev', otherStory],
      ['ap-again', original],
    ].map(([id, text]) => index.add(id ?? '', text ?? ''));

    expect(canonical).toEqual([null, 'ap', 'ap', 'ap', null, 'ap']);
    expect(index.counts).toEqual({ exact: 3, near: 1 });
    expect(index.merged).toBe(4);
  });

  it('does not merge short notes that only share a few words', () => {
    const index = new DuplicateIndex();
    expect(index.add('a', 'Brief\n\nTalks in Sochi ended.')).toBeNull();
    expect(index.add('b', 'Brief\n\nTalks in Minsk ended.')).toBeNull();
    expect(index.add('c', 'Other title\n\nTalks in Sochi ended.')).toBe('a');
  });

  it('keeps a story whose text overlaps by less than half apart', () => {
    const index = new DuplicateIndex();
    index.add('full', original);
    const half = story('Shorter piece', PARAGRAPHS.slice(0, 3));
    expect(index.add('short', half)).toBeNull();
  });

  it('gives the same groups in the same order every run', () => {
    const run = () => {
      const index = new DuplicateIndex();
      return [original, trimmedTail, otherStory].map((text, i) => index.add(String(i), text));
    };
    expect(run()).toEqual(run());
  });
});
