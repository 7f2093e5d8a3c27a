/** A wire story of ten paragraphs, and the ways outlets reprint it: for tests of grouping copies. */
export const PARAGRAPHS = [
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
export const story = (headline: string, paragraphs: readonly string[]) =>
  [headline, ...paragraphs].join('\n\n');

export const original = story('Putin warns NATO over Ukraine', PARAGRAPHS);
export const newHeadline = story('Putin, Bush fail to bridge gap on missile shield', PARAGRAPHS);
export const retyped = story(
  'PUTIN WARNS NATO',
  PARAGRAPHS.map((p) => p.replace(/,/g, '').replace(/'/g, '\u2019').toUpperCase()),
);
export const trimmedTail = story('Putin: NATO expansion a threat', [
  `SOCHI, Russia (Example Wire) \u2014 ${PARAGRAPHS[0] ?? ''}`,
  ...PARAGRAPHS.slice(1, 7),
]);
export const otherStory = story('Medvedev plans first trips', [
  'Dmitry Medvedev, who takes office as president of Russia next month, plans to visit Beijing and Astana first, officials in Moscow said.',
  'The choice of China and Kazakhstan signals the weight the Kremlin gives to its eastern neighbours and to energy deals in Central Asia.',
  'Medvedev is also expected to attend a summit of the Group of Eight in Japan in July, his first meeting with President Bush as head of state.',
  'Analysts said the trips would show whether Medvedev would follow the firm line of his predecessor on NATO and missile defence.',
]);
