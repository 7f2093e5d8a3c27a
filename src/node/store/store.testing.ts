import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { PARAGRAPHS, otherStory } from '../../core/ingest/wire-story.testing';
import {
  type ArticleFull,
  type Correction,
  ArticleListSchema,
  ArticleShardSchema,
  type DataIndexFile,
  DataIndexSchema,
  LinkDaysSchema,
  PlaceDaysSchema,
  type GeoMention,
  PassagePageShardSchema,
  type PlaceRef,
  ReviewPageSchema,
  SearchShardSchema,
} from '../../shared/schema';
import { GEORGIA_COUNTRY, GEORGIA_STATE } from '../../shared/places.testing';

/** A scratch project: seeds, output and cache folders of its own. */
export function scratch(): { seeds: string; out: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  const dirs = {
    seeds: join(root, 'seeds'),
    out: join(root, 'out'),
    cacheDir: join(root, 'cache'),
  };
  mkdirSync(dirs.seeds);
  return dirs;
}

export const PLACES: Record<string, PlaceRef> = {
  Sochi: { id: 'gn:491422', name: 'Sochi', kind: 'city', lat: 43.6, lon: 39.73, country: 'RU' },
  Georgia: GEORGIA_COUNTRY,
  Kyiv: { id: 'gn:703448', name: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, country: 'UA' },
};

/**
 * A stand-in geoparser: every listed name wherever it occurs, at 0.9 confidence or the one
 * `confidence` gives the name; counts its calls.
 */
export function countingGeoparser(
  places: Record<string, PlaceRef> = PLACES,
  confidence: Record<string, number> = {},
) {
  const counter = {
    calls: 0,
    geoparse(text: string): GeoMention[] {
      counter.calls += 1;
      return Object.entries(places)
        .flatMap(([name, place]) =>
          [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
            start: m.index,
            end: m.index + name.length,
            text: name,
            form: 'name' as const,
            place,
            confidence: confidence[name] ?? 0.9,
            alternatives: [],
          })),
        )
        .sort((a, b) => a.start - b.start);
    },
  };
  return counter;
}

/**
 * Writes `count` articles into `seeds`: every one mentions Sochi, every third Georgia, every
 * fifth Kyiv; dates spread over a year, every seventh undated.
 */
export function writeCollection(seeds: string, count: number, from = 0): void {
  for (let i = from; i < from + count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const header = i % 7 === 0 ? '' : `Source: Wire ${i % 3}\nDate: 2024-${month}-${day}\n\n`;
    const extra = [i % 3 === 0 ? 'Georgia answered.' : '', i % 5 === 0 ? 'Kyiv too.' : ''];
    // A word of letters unique to the article ("bc" for 28): copies are merged once their
    // normalised text matches, and these articles are distinct stories, not copies.
    const desk = i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    writeFileSync(
      join(seeds, `a${String(i).padStart(5, '0')}.txt`),
      `Report ${i} from Sochi\n\n${header}Talks in Sochi went on. ${extra.join(' ')}\n\nMore from the ${desk} desk on day ${i}.\n`,
    );
  }
}

/** The published index and every shard it refers to, each checked against the schema. */
export function readPublished(out: string) {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(out, path), 'utf8'));
  const index: DataIndexFile = v.parse(DataIndexSchema, read('dateline.json'));
  const list = v.parse(ArticleListSchema, read(index.articles));
  const articles = new Map<string, ArticleFull>();
  for (const path of index.articleShards) {
    for (const [id, article] of Object.entries(v.parse(ArticleShardSchema, read(path)))) {
      articles.set(id, article);
    }
  }
  const search = index.search.map((path) => v.parse(SearchShardSchema, read(path)));
  const linkDays = index.linkDays ? v.parse(LinkDaysSchema, read(index.linkDays)) : [];
  const placeDays = index.placeDays ? v.parse(PlaceDaysSchema, read(index.placeDays)) : [];
  const pages = (placeId: string) =>
    (index.places.find((p) => p.id === placeId)?.pages ?? []).map((path) => {
      const page = v.parse(PassagePageShardSchema, read(path))[placeId];
      if (!page) throw new Error(`${path} has no page for ${placeId}`);
      return page;
    });
  const review = (index.review?.pages ?? []).flatMap(
    (path) => v.parse(ReviewPageSchema, read(path)).entries,
  );
  return { index, list, articles, search, pages, linkDays, placeDays, review };
}

/** A wire story as one outlet files it: headline, source and date lines, paragraphs. */
export function wireFile(
  headline: string,
  source: string,
  date: string,
  paragraphs: readonly string[],
) {
  return `${headline}\n\nSource: ${source}\nDate: ${date}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The wire story four times over (two exact copies, one trimmed), and another story. */
export function writeWireCopies(seeds: string): void {
  const files: Record<string, string> = {
    'ap.txt': wireFile('Putin warns NATO over Ukraine', 'AP', '2008-04-06', PARAGRAPHS),
    'reuters.txt': wireFile('Putin, Bush fail to agree', 'Reuters', '2008-04-06', PARAGRAPHS),
    'daily.txt': wireFile(
      'PUTIN WARNS NATO',
      'Daily Example',
      '2008-04-07',
      PARAGRAPHS.map((p) => p.replace(/,/g, '').toUpperCase()),
    ),
    'trimmed.txt': wireFile('NATO a threat, Putin says', 'Example Wire', '2008-04-06', [
      `SOCHI, Russia (Example Wire) \u2014 ${PARAGRAPHS[0] ?? ''}`,
      ...PARAGRAPHS.slice(1, 7),
    ]),
    'medvedev.txt': otherStory.replace('\n\n', '\n\nSource: AP\nDate: 2008-04-08\n\n'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seeds, name), text);
}

/** The mention-scope correction of "Georgia" in one article of writeCollection's. */
export function georgiaIn(article: string): Correction {
  return {
    article,
    mention: 'Georgia',
    before: 'Talks in Sochi went on. ',
    after: ' answered.',
    scope: 'mention',
    verdict: 'place',
    place: GEORGIA_STATE,
  };
}
