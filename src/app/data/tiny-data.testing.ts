import type { DatelineData, Mention, Place } from '../../shared/data-file';
import { buildIndex, type DataIndex } from './data-index';

// A two-article world for unit tests, written out so tests never depend on the pipeline's output.
const text1 =
  'Summit news\n\nIn Bucharest and the Black Sea resort of Sochi, leaders met.\n\nPoland too.';
const text2 = 'Second story\n\nSochi again, with São Paulo.';

const place = (id: string, name: string, kind: Place['kind'], country: string | null): Place => ({
  id,
  name,
  kind,
  lat: 10,
  lon: 20,
  country,
  mentionCount: 0,
  alternatives: [],
  confidence: 0.9,
});

const mention = (
  articleId: string,
  text: string,
  word: string,
  placeId: string,
  passageIndex: number,
): Mention => {
  const start = text.indexOf(word);
  return {
    articleId,
    passageIndex,
    start,
    end: start + word.length,
    text: word,
    form: 'name',
    placeId,
    confidence: 0.9,
  };
};

function passages(text: string) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text), i = 0; m; m = re.exec(text), i++) {
    out.push({ index: i, start: m.index, end: m.index + m[0].length, title: i === 0 });
  }
  return out;
}

export function tinyIndex(): DataIndex {
  const mentions = [
    mention('a1', text1, 'Bucharest', 'gn:683506', 1),
    mention('a1', text1, 'Black Sea', 'sea:black', 1),
    mention('a1', text1, 'Sochi', 'gn:491422', 1),
    mention('a1', text1, 'Poland', 'country:PL', 2),
    mention('a2', text2, 'Sochi', 'gn:491422', 1),
    mention('a2', text2, 'São Paulo', 'gn:3448439', 1),
  ];
  const places = [
    place('gn:683506', 'Bucharest', 'city', 'RO'),
    place('sea:black', 'Black Sea', 'sea', null),
    place('gn:491422', 'Sochi', 'city', 'RU'),
    place('country:PL', 'Poland', 'country', 'PL'),
    place('gn:3448439', 'São Paulo', 'city', 'BR'),
  ].map((p) => ({ ...p, mentionCount: mentions.filter((m) => m.placeId === p.id).length }));
  const data: DatelineData = {
    format: 'dateline-data',
    version: 1,
    articles: [
      {
        id: 'a1',
        file: 'a1.txt',
        title: 'Summit news',
        source: 'Wire',
        date: '2008-04-04',
        text: text1,
        passages: passages(text1),
      },
      {
        id: 'a2',
        file: 'a2.txt',
        title: 'Second story',
        source: null,
        date: null,
        text: text2,
        passages: passages(text2),
      },
    ],
    places,
    mentions,
    attribution: [],
  };
  return buildIndex(data);
}
