import { dayFromIso, fold, searchShardOf } from '../../shared/hash';
import {
  PASSAGE_PAGE_SIZE,
  type ArticleFull,
  type ArticleListFile,
  type ArticleMention,
  type DataIndexFile,
  type PassagePage,
  type PlaceRow,
} from '../../shared/schema';
import type { PlaceKind } from '../../shared/place';
import { buildIndex, type DataIndex } from './data-index';
import type { FetchJson } from './json-cache';
import { DataSource } from './source';

// A two-article world for unit tests, written out so tests never depend on the pipeline's output,
// and published here in the version 3 layout (index + shards) the app reads.
const text1 =
  'Summit news\n\nIn Bucharest and the Black Sea resort of Sochi, leaders met Medvedev.\n\nPoland too.';
const text2 = 'Second story\n\nSochi again, with São Paulo.';

const PLACES: [string, string, PlaceKind, string | null][] = [
  ['gn:683506', 'Bucharest', 'city', 'RO'],
  ['sea:black', 'Black Sea', 'sea', null],
  ['gn:491422', 'Sochi', 'city', 'RU'],
  ['country:PL', 'Poland', 'country', 'PL'],
  ['gn:3448439', 'São Paulo', 'city', 'BR'],
];

function passages(text: string) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text), i = 0; m; m = re.exec(text), i++) {
    out.push({ index: i, start: m.index, end: m.index + m[0].length, title: i === 0 });
  }
  return out;
}

function article(
  id: string,
  title: string,
  source: string | null,
  date: string | null,
  text: string,
  words: [string, string][],
): ArticleFull {
  const ps = passages(text);
  const mentions = words.map(([word, placeId]): ArticleMention => {
    const start = text.indexOf(word);
    const passage = ps.find((p) => p.start <= start && start < p.end);
    return {
      passageIndex: passage?.index ?? 0,
      start,
      end: start + word.length,
      text: word,
      form: 'name',
      placeId,
      confidence: 0.9,
      rank: 0,
    };
  });
  return { id, file: `${id}.txt`, title, source, date, url: null, text, passages: ps, mentions };
}

const shard = (kind: string, n: number) =>
  `shards/${kind}-${n.toString(16).padStart(16, '0')}.json`;

/** The files a tiny collection publishes, path -> JSON, newest article first. */
export function tinyFiles(
  overrides: { pageSize?: number; extraSochi?: number } = {},
): Map<string, unknown> {
  const pageSize = overrides.pageSize ?? PASSAGE_PAGE_SIZE;
  const articles: ArticleFull[] = [
    article('a1', 'Summit news', 'Wire', '2008-04-04', text1, [
      ['Bucharest', 'gn:683506'],
      ['Black Sea', 'sea:black'],
      ['Sochi', 'gn:491422'],
      ['Poland', 'country:PL'],
    ]),
    article('a2', 'Second story', null, null, text2, [
      ['Sochi', 'gn:491422'],
      ['São Paulo', 'gn:3448439'],
    ]),
  ];
  // Many short dated articles about Sochi, for paging: "Sochi day k".
  for (let k = 0; k < (overrides.extraSochi ?? 0); k++) {
    const text = `Sochi day ${k}\n\nNews from Sochi on day ${k}.`;
    const a = article(`s${k}`, `Sochi day ${k}`, null, '2007-01-01', text, []);
    const start = text.lastIndexOf('Sochi');
    a.mentions.push(mentionAt(start, 'Sochi', 'gn:491422', 1));
    articles.push(a);
  }
  const files = new Map<string, unknown>();
  const placeRows: PlaceRow[] = PLACES.map(([id, name, kind, country], i) => {
    const entries = articles.flatMap((a) =>
      a.mentions.filter((m) => m.placeId === id).map((m) => ({ a, m })),
    );
    // A place's passages, newest first (undated last), then article order, then passage index.
    const keyed = new Map<
      string,
      { a: ArticleFull; passageIndex: number; mentions: ArticleMention[] }
    >();
    for (const { a, m } of entries) {
      const key = `${a.id}#${m.passageIndex}`;
      const entry = keyed.get(key) ?? { a, passageIndex: m.passageIndex, mentions: [] };
      entry.mentions.push(m);
      keyed.set(key, entry);
    }
    const list = [...keyed.values()].sort(
      (x, y) =>
        (y.a.date ?? '').localeCompare(x.a.date ?? '') ||
        articles.indexOf(x.a) - articles.indexOf(y.a) ||
        x.passageIndex - y.passageIndex,
    );
    list.forEach((entry, rank) => {
      for (const m of entry.mentions) m.rank = rank;
    });
    const pages: string[] = [];
    const pageDays: (number | null)[] = [];
    for (let k = 0; k * pageSize < list.length; k++) {
      const date = list[k * pageSize]?.a.date;
      pageDays.push(date ? dayFromIso(date) : null);
      const page: PassagePage = {
        passages: list
          .slice(k * pageSize, (k + 1) * pageSize)
          .map(({ a, passageIndex, mentions }) => {
            const p = a.passages[passageIndex] ?? { start: 0, end: 0 };
            return {
              articleId: a.id,
              title: a.title,
              date: a.date,
              source: a.source,
              passageIndex,
              start: p.start,
              text: a.text.slice(p.start, p.end),
              mentions: mentions.map(({ start, end }) => ({ start, end })),
            };
          }),
      };
      if (k === 0) page.with = withOf(id, articles);
      const path = shard('passages', i * 1000 + k);
      files.set(path, { [id]: page });
      pages.push(path);
    }
    const days = new Map<number, number>();
    for (const { a } of entries) {
      const day = a.date ? dayFromIso(a.date) : null;
      if (day !== null) days.set(day, (days.get(day) ?? 0) + 1);
    }
    return {
      id,
      name,
      kind,
      lat: 10,
      lon: 20,
      country,
      mentionCount: entries.length,
      articleCount: new Set(entries.map((e) => e.a.id)).size,
      confidence: 0.9,
      alternatives: [],
      names: [name],
      days: [...days].sort((x, y) => x[0] - y[0]).flat(),
      pages,
      // As publish has it: only for places of several pages that start dated.
      ...(pages.length > 1 && pageDays[0] !== null ? { pageDays } : {}),
    };
  });
  placeRows.sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name));
  const sorted = [...articles].sort(
    (x, y) =>
      (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) ||
      (y.date ?? '').localeCompare(x.date ?? '') ||
      x.title.localeCompare(y.title),
  );
  const list: ArticleListFile = {
    ids: sorted.map((a) => a.id),
    titles: sorted.map((a) => a.title),
    sources: ['Wire'],
    source: sorted.map((a) => (a.source ? 0 : -1)),
    days: sorted.map((a) => (a.date ? dayFromIso(a.date) : null)),
    urls: sorted.map(() => null),
    placeCounts: sorted.map((a) => new Set(a.mentions.map((m) => m.placeId)).size),
  };
  files.set(shard('articles', 1), list);
  files.set(shard('article', 1), Object.fromEntries(articles.map((a) => [a.id, a])));
  // Titles: every word; bodies: capitalised words only.
  const search: Record<string, number[]>[] = [{}, {}, {}];
  sorted.forEach((a, position) => {
    const words = new Set([
      ...a.title.split(/[^\p{L}]+/u),
      ...(a.text.match(/\p{Lu}\p{L}+/gu) ?? []),
    ]);
    for (const word of words) {
      const term = fold(word);
      if (term.length < 3) continue;
      const bucket = search[searchShardOf(term, search.length)] ?? {};
      (bucket[term] ??= []).push(position);
    }
  });
  search.forEach((bucket, k) => {
    for (const term of Object.keys(bucket)) {
      const positions = bucket[term] ?? [];
      bucket[term] = positions.map((p, i) => (i === 0 ? p : p - (positions[i - 1] ?? 0)));
    }
    files.set(shard('search', k), bucket);
  });
  const index: DataIndexFile = {
    format: 'dateline-data',
    version: 3,
    run: { id: 'tiny', finishedAt: '2026-11-29T03:00:00.000Z', geoparser: 'g', gazetteer: 'z' },
    attribution: [],
    basemap: shard('basemap', 1),
    articleCount: articles.length,
    datedArticleCount: articles.filter((a) => a.date).length,
    articles: shard('articles', 1),
    articleShards: [shard('article', 1)],
    search: search.map((_b, k) => shard('search', k)),
    days: totalDays(placeRows),
    // The places' series inline, as the format allows: tests split them as publish does.
    places: placeRows,
    links: [
      { a: 'gn:491422', b: 'gn:683506', weight: 1, days: [dayFromIso('2008-04-04') ?? 0, 1] },
      { a: 'gn:3448439', b: 'gn:491422', weight: 1, days: [] },
      { a: 'gn:683506', b: 'sea:black', weight: 1, days: [dayFromIso('2008-04-04') ?? 0, 1] },
      { a: 'gn:491422', b: 'sea:black', weight: 1, days: [dayFromIso('2008-04-04') ?? 0, 1] },
    ],
  };
  files.set('dateline.json', index);
  files.set(index.basemap, { type: 'Topology', objects: {}, arcs: [] });
  return files;
}

function mentionAt(
  start: number,
  text: string,
  placeId: string,
  passageIndex: number,
): ArticleMention {
  const end = start + text.length;
  return { start, end, text, placeId, passageIndex, form: 'name', confidence: 0.9, rank: 0 };
}

function withOf(placeId: string, articles: ArticleFull[]): { placeId: string; weight: number }[] {
  const weights = new Map<string, number>();
  for (const a of articles) {
    for (const passage of new Set(
      a.mentions.filter((m) => m.placeId === placeId).map((m) => m.passageIndex),
    )) {
      const others = new Set(
        a.mentions
          .filter((m) => m.passageIndex === passage && m.placeId !== placeId)
          .map((m) => m.placeId),
      );
      for (const other of others) weights.set(other, (weights.get(other) ?? 0) + 1);
    }
  }
  return [...weights]
    .map(([id, weight]) => ({ placeId: id, weight }))
    .sort((x, y) => y.weight - x.weight);
}

/** Every place's series summed, as DataIndexFile.days. */
function totalDays(places: readonly PlaceRow[]): number[] {
  const sums = new Map<number, number>();
  for (const { days = [] } of places) {
    for (let i = 0; i + 1 < days.length; i += 2) {
      const day = days[i] ?? 0;
      sums.set(day, (sums.get(day) ?? 0) + (days[i + 1] ?? 0));
    }
  }
  return [...sums].sort(([a], [b]) => a - b).flat();
}

/** Serves `files` as the data folder would, counting requests per path. */
export function filesFetcher(files: Map<string, unknown>, requests: string[] = []): FetchJson {
  return (path) => {
    requests.push(path);
    return Promise.resolve(
      files.has(path)
        ? { ok: true, json: structuredClone(files.get(path)) }
        : { ok: false, reason: 'HTTP 404' },
    );
  };
}

export function tinyIndex(): DataIndex {
  return buildIndex(tinyFiles().get('dateline.json') as DataIndexFile);
}

export function tinySource(files = tinyFiles(), requests: string[] = []): DataSource {
  return new DataSource(
    buildIndex(files.get('dateline.json') as DataIndexFile),
    filesFetcher(files, requests),
  );
}
