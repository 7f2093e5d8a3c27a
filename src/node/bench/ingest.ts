import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateIndex, duplicateSummary } from '../../core/ingest/duplicates';
import { structureArticle } from '../../core/pipeline/04-structure-article';
import { readCollection } from '../io/read-collection';

/**
 * Benchmark, not a test: reading a generated collection through readCollection, structuring each
 * article and grouping duplicates; medians over runs, plus peak RSS (which should not grow with
 * the number of files: readCollection is a stream).
 *   npm run bench:ingest            # 5000 articles: .txt files, one feed, one JSONL, one CSV
 *   npm run bench:ingest -- 20000
 */
const COUNT = Number(process.argv[2] ?? 5000);
const RUNS = 3;
const CITIES = ['Sochi', 'Kyiv', 'Tbilisi', 'Warsaw', 'Prague', 'Bucharest', 'Moscow', 'Berlin'];

const WORDS = `minister talks border troops summit treaty pipeline election protest sanctions
  ceasefire harbour refugees parliament budget drought harvest strike railway airport court
  verdict embassy delegation governor mayor coalition opposition referendum inflation currency
  exports tariff fishing glacier earthquake flood wildfire vaccine hospital school university
  bridge tunnel dam reactor satellite frigate convoy checkpoint corridor negotiators envoy`.split(
  /\s+/,
);

/** Deterministic varied prose: a tiny linear congruential generator picks the words. */
function paragraph(i: number, p: number): string {
  let state = (i * 7919 + p * 104729 + 1) >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const city = CITIES[next() % CITIES.length] ?? 'Sochi';
  const words = Array.from({ length: 24 }, () => WORDS[next() % WORDS.length] ?? 'talks');
  return `In ${city}, ${words.slice(0, 12).join(' ')}. Officials said ${words.slice(12).join(' ')}.`;
}

function generate(root: string): void {
  const perFormat = Math.floor(COUNT / 4);
  mkdirSync(join(root, 'txt'), { recursive: true });
  for (let i = 0; i < perFormat; i++) {
    // Every tenth article is a wire copy of the one before, under another headline.
    const n = i % 10 === 9 ? i - 1 : i;
    const body = Array.from({ length: 6 }, (_, p) => paragraph(n, p)).join('\n\n');
    writeFileSync(
      join(root, 'txt', `a${i}.txt`),
      `Headline ${i}\n\nDate: 2008-04-0${(i % 9) + 1}\n\n${body}\n`,
    );
  }
  const items = Array.from({ length: perFormat }, (_, i) => {
    const body = Array.from({ length: 6 }, (_, p) => `<p>${paragraph(COUNT + i, p)}</p>`).join('');
    return `<item><title>Feed ${i}</title><guid>g${i}</guid><pubDate>Fri, 04 Apr 2008 10:00:00 +0000</pubDate><description><![CDATA[${body}]]></description></item>`;
  });
  writeFileSync(
    join(root, 'feed.rss'),
    `<rss><channel><title>Wire</title>${items.join('\n')}</channel></rss>`,
  );
  const lines = Array.from({ length: perFormat }, (_, i) =>
    JSON.stringify({
      id: i,
      title: `JSON ${i}`,
      text: Array.from({ length: 6 }, (_, p) => paragraph(2 * COUNT + i, p)).join('\n\n'),
      date: '2008-04-05',
    }),
  );
  writeFileSync(join(root, 'export.jsonl'), lines.join('\n'));
  const rows = Array.from(
    { length: perFormat },
    (_, i) =>
      `"CSV ${i}","${Array.from({ length: 6 }, (_, p) => paragraph(3 * COUNT + i, p)).join('\n\n')}",2008-04-06`,
  );
  writeFileSync(join(root, 'export.csv'), `title,text,date\n${rows.join('\n')}\n`);
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
}

const root = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  generate(root);
  const times: number[] = [];
  let summary = '';
  let articles = 0;
  let peak = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const duplicates = new DuplicateIndex();
    articles = 0;
    for await (const item of readCollection(root, { fetch: false })) {
      if (!item.ok) continue;
      const result = structureArticle(item.source);
      if (!result.ok) continue;
      articles++;
      duplicates.add(result.article.id, result.article.text);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    times.push(performance.now() - start);
    summary = duplicateSummary({ ...duplicates.counts, stories: duplicates.stories });
  }
  const ms = median(times);
  console.log(
    `${articles} articles read, structured and grouped: median ${ms.toFixed(0)} ms over ${RUNS} runs (${((articles / ms) * 1000).toFixed(0)} articles/s)`,
  );
  console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; ${summary}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
