import type { Page, Route } from '@playwright/test';
import { bucketOf, dayFromIso, fnv1a32 } from '../src/shared/hash';
import type {
  ArticleFull,
  ArticleListFile,
  ArticleMention,
  DataIndexFile,
  PassagePage,
  PlaceRef,
  PlaceRow,
} from '../src/shared/schema';

/** A place a story names, with the word that names it and how sure the geoparser was. */
export interface StoryMention {
  word: string;
  place: PlaceRef;
  confidence: number;
}

/**
 * An article made up for a test: a title line, then one paragraph per entry, each naming its
 * places (the first occurrence of each word in the paragraph is the mention).
 */
export interface Story {
  id: string;
  title: string;
  source?: string | null;
  date?: string | null;
  url?: string | null;
  paragraphs: { text: string; mentions: StoryMention[] }[];
}

/** The article as its shard holds it. */
function storyArticle(story: Story): ArticleFull {
  const lines = [story.title, ...story.paragraphs.map((p) => p.text)];
  const passages: ArticleFull['passages'] = [];
  const mentions: ArticleMention[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    passages.push({ index, start: offset, end: offset + line.length, title: index === 0 });
    for (const { word, place, confidence } of story.paragraphs[index - 1]?.mentions ?? []) {
      const at = line.indexOf(word);
      if (at < 0) throw new Error(`"${word}" is not in "${line}"`);
      // Each place's passages in article order: its rank is how many of them came before.
      const rank = new Set(
        mentions.filter((m) => m.placeId === place.id).map((m) => m.passageIndex),
      ).size;
      mentions.push({
        passageIndex: index,
        start: offset + at,
        end: offset + at + word.length,
        text: word,
        form: 'name',
        placeId: place.id,
        confidence,
        rank,
      });
    }
    offset += line.length + 1;
  });
  return {
    id: story.id,
    file: `${story.id}.txt`,
    title: story.title,
    source: story.source ?? null,
    date: story.date ?? null,
    url: story.url ?? null,
    text: lines.join('\n'),
    passages,
    mentions: mentions.sort((a, b) => a.start - b.start),
  };
}

/** Where a story's place passages are served: a shard path of its own, never the pipeline's. */
function pagesPath(story: Story): string {
  return `shards/passages-${fnv1a32(story.id).toString(16).padStart(16, 'f')}.json`;
}

/** Page 0 of each of the story's places: its passages, in article order. */
function storyPages(article: ArticleFull): Record<string, PassagePage> {
  const pages: Record<string, PassagePage> = {};
  for (const passage of article.passages) {
    const here = article.mentions.filter((m) => m.passageIndex === passage.index);
    for (const placeId of new Set(here.map((m) => m.placeId))) {
      (pages[placeId] ??= { passages: [] }).passages.push({
        articleId: article.id,
        title: article.title,
        date: article.date,
        source: article.source,
        passageIndex: passage.index,
        start: passage.start,
        text: article.text.slice(passage.start, passage.end),
        mentions: here
          .filter((m) => m.placeId === placeId)
          .map(({ start, end }) => ({ start, end })),
      });
    }
  }
  return pages;
}

/** The index with the stories' places added as rows: each place new to the data, in one story. */
function withStoryRows(data: DataIndexFile, stories: Story[]): DataIndexFile {
  const rows = new Map<string, PlaceRow>();
  for (const story of stories) {
    const article = storyArticle(story);
    const day = article.date ? dayFromIso(article.date) : null;
    for (const { place, confidence } of story.paragraphs.flatMap((p) => p.mentions)) {
      const known = data.places.some((p) => p.id === place.id);
      const elsewhere = rows.get(place.id)?.pages[0] !== pagesPath(story);
      if (known || (rows.has(place.id) && elsewhere)) throw new Error(`${place.id} is not new`);
      const row = rows.get(place.id) ?? {
        ...place,
        mentionCount: 0,
        articleCount: 1,
        confidence: 1,
        alternatives: [],
        names: [place.name],
        days: [],
        pages: [pagesPath(story)],
      };
      row.mentionCount += 1;
      row.confidence = Math.min(row.confidence, confidence);
      row.days = day === null ? [] : [day, row.mentionCount];
      rows.set(place.id, row);
    }
  }
  // The timeline's total (the sum of every place's series) gains the stories' days.
  const total = new Map<number, number>();
  for (const days of [data.days, ...[...rows.values()].map((row) => row.days ?? [])]) {
    for (let i = 0; i + 1 < days.length; i += 2) {
      const day = days[i] ?? 0;
      total.set(day, (total.get(day) ?? 0) + (days[i + 1] ?? 0));
    }
  }
  return {
    ...data,
    articleCount: data.articleCount + stories.length,
    datedArticleCount: data.datedArticleCount + stories.filter((s) => s.date).length,
    days: [...total].sort(([a], [b]) => a - b).flat(),
    places: [...data.places, ...rows.values()],
  };
}

/** The article list with the stories appended (undated, or dated: the order is not checked). */
function withStoryEntries(list: ArticleListFile, stories: Story[]): ArticleListFile {
  const sources = [...list.sources];
  const sourceIndex = (name: string | null | undefined) => {
    if (!name) return -1;
    if (!sources.includes(name)) sources.push(name);
    return sources.indexOf(name);
  };
  const articles = stories.map(storyArticle);
  return {
    ids: [...list.ids, ...articles.map((a) => a.id)],
    titles: [...list.titles, ...articles.map((a) => a.title)],
    source: [...list.source, ...articles.map((a) => sourceIndex(a.source))],
    sources,
    days: [...list.days, ...articles.map((a) => (a.date ? dayFromIso(a.date) : null))],
    urls: [...list.urls, ...articles.map((a) => a.url)],
    placeCounts: [
      ...list.placeCounts,
      ...articles.map((a) => new Set(a.mentions.map((m) => m.placeId)).size),
    ],
  };
}

/**
 * Serves the seed data with `stories` added in the version 3 layout: place rows in the index (their day series inline), an
 * entry in the article list, the article in the shard its id hashes to, and each place's passage
 * page in a shard of the story's own. Everything else is the pipeline's output, untouched.
 */
export async function serveStories(page: Page, stories: Story[]): Promise<void> {
  let index: DataIndexFile | undefined;
  const own = new Map(stories.map((s) => [pagesPath(s), storyPages(storyArticle(s))]));
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    index = (await response.json()) as DataIndexFile;
    await route.fulfill({ response, json: withStoryRows(index, stories) });
  });
  await page.route('**/data/shards/*.json', async (route: Route) => {
    const path = `shards/${new URL(route.request().url()).pathname.split('/').pop() ?? ''}`;
    const pages = own.get(path);
    if (pages) return route.fulfill({ json: pages });
    if (!index) return route.fallback();
    if (path === index.articles) {
      const response = await route.fetch();
      const list = (await response.json()) as ArticleListFile;
      return route.fulfill({ response, json: withStoryEntries(list, stories) });
    }
    const shards = index.articleShards;
    const mine = stories.filter((s) => shards[bucketOf(s.id, shards.length)] === path);
    if (mine.length === 0) return route.fallback();
    const response = await route.fetch();
    const shard = (await response.json()) as Record<string, ArticleFull>;
    for (const story of mine) shard[story.id] = storyArticle(story);
    return route.fulfill({ response, json: shard });
  });
}
