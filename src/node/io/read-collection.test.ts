import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { structureArticle } from '../../core/pipeline/04-structure-article';
import { readCollection, type ReadItem } from './read-collection';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'collection');

async function readAll(folder: string, options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readCollection(folder, { fetch: false, ...options })) items.push(item);
  return items;
}

const items = await readAll(FIXTURES);
const articles = new Map(
  items.flatMap((item) => (item.ok ? [[item.source.id ?? '', item.source] as const] : [])),
);
const skipped = items.flatMap((item) => (item.ok ? [] : [`${item.file}: ${item.reason}`]));

describe('reading a collection in every format', () => {
  it.each([
    ['bucharest-summit', 'NATO Leaders Meet in Bucharest', {}],
    [
      'sochi-notes',
      'Bush and Putin in Sochi',
      { source: 'Field Notes', date: '2008-04-06', url: 'https://example.org/notes/sochi' },
    ],
    [
      'world/kyiv-report',
      'Kyiv Watches the Summit',
      {
        source: 'The Daily Example',
        date: '2008-04-05',
        url: 'https://example.org/world/kyiv-watches-the-summit',
      },
    ],
    [
      'world/wire/wire-2008-0407-01',
      'Missile shield talks in Prague',
      {
        source: 'Example Wire',
        date: '2008-04-07',
        url: 'https://wire.example.org/2008/04/prague-shield',
      },
    ],
    ['world/briefs/item-069d1880', 'Moscow reacts to Bucharest', { date: '2008-04-04' }],
    [
      'exports/stories/101',
      'Warsaw signs radar deal',
      {
        source: 'Example Times',
        date: '2008-08-14',
        url: 'https://times.example.org/warsaw-radar',
      },
    ],
    ['exports/stories/103', 'Berlin and Paris wary', { date: '2008-08-04' }],
    [
      'exports/archive/item-8a87ebe3',
      'Ankara watches the Black Sea',
      { source: 'Example Archive' },
    ],
    ['exports/archive/item-2', 'Baku, Yerevan react', { date: '2008-04-10' }],
  ])('reads %s with its title and metadata', (id, title, meta) => {
    const source = articles.get(id);
    expect(source?.text.split('\n')[0]).toBe(title);
    expect(source?.meta).toMatchObject(meta);
  });

  it('reports each broken record by file and place, and loses no other article', () => {
    expect(skipped).toEqual([
      expect.stringMatching(/^exports\/archive\.csv: line 4: a broken row: Invalid Record Length/),
      expect.stringMatching(/^exports\/stories\.jsonl: line 2: it is not valid JSON/),
      expect.stringMatching(/^world\/wire\.rss: item 2 \(line 13\): malformed XML/),
    ]);
    expect(articles.size).toBe(10);
  });

  it('keeps navigation, ads and comments of a saved page out of the text', () => {
    const text = articles.get('world/kyiv-report')?.text ?? '';
    expect(text).toContain('Officials in Kyiv followed the NATO summit');
    for (const junk of ['Advertisement', 'Home', 'First! Greetings', 'Copyright', 'Chernihiv']) {
      expect(text).not.toContain(junk);
    }
  });

  it('reduces item HTML and Markdown to plain text, paragraphs kept', () => {
    expect(articles.get('world/wire/wire-2008-0407-01')?.text).toBe(
      'Missile shield talks in Prague\n\nCzech officials in Prague said talks on the radar site would resume.\n\nWarsaw is expected to follow.',
    );
    expect(articles.get('sochi-notes')?.text).toBe(
      'Bush and Putin in Sochi\n\nPresident Bush met Vladimir Putin at the Black Sea resort of Sochi. They spoke about missile defence in Poland and the Czech Republic.\n\nTalks lasted two days.\n\nNo agreement on Ukraine.',
    );
    expect(articles.get('exports/archive/item-8a87ebe3')?.text).toContain(
      'Turkey said in Ankara that\nthe Black Sea must stay calm.',
    );
  });

  it('gives every source text the pipeline can structure, header lines included', () => {
    for (const source of articles.values()) {
      const result = structureArticle(source);
      expect(result.ok, source.id).toBe(true);
    }
    const txt = structureArticle(articles.get('bucharest-summit') ?? { file: '', text: '' });
    expect(txt.ok && txt.article).toMatchObject({ source: 'Wire Service', date: '2008-04-03' });
    expect(txt.ok && txt.article.passages.length).toBe(3);
  });

  it('reads an ambiguous date by the flag over the folder config, never by a guess', async () => {
    const mdy = await readAll(FIXTURES, { dateOrder: 'mdy' });
    const berlin = mdy.find((item) => item.ok && item.source.id === 'exports/stories/103');
    expect(berlin?.ok && berlin.source.meta?.date).toBe('2008-04-08');
  });
});
