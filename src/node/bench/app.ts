// npm run bench:app -- --n N [--corpus FILE.jsonl] [--runs 3] [--dir DIR]
// Generates N articles (synthetic text around the seed, or the texts of a JSONL corpus), runs the
// real preprocess into a temporary site, serves the production build, drives Chromium through
// the journeys of issue 7 (and issue 9: a timeline brush step, long tasks during playback) and
// prints medians. A benchmark, not a test: it prints, never fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import type { ArticleListFile, DataIndexFile } from '../../shared/schema';
import { systemChromium } from '../tools/system-chromium';
import { frameTimes, installProbes, timeUntil } from './app-probes';
import { buildScaleSite } from './scale-site';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string' },
    port: { type: 'string', default: '4199' },
    'reuse-site': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
const port = Number(values.port);
const dir = values.dir ?? join(tmpdir(), `dateline-bench-app-${String(n)}`);

interface Figures {
  firstMarkerMs: number;
  heapMB: number;
  bytesBeforeMarkerKB: number;
  openPlaceMs: number;
  articleListMs: number;
  placeKeystrokeMs: number;
  articleKeystrokeMs: number;
  dragFrameP95Ms: number;
  longestTaskMs: number;
  /** The longest task of each step, to tell which one holds longestTaskMs. */
  longestInLoadMs: number;
  longestInOpenPlaceMs: number;
  longestInArticleListMs: number;
  longestInSearchMs: number;
  longestInDragMs: number;
  /** From an arrow key on the timeline to the second frame after it (map, lists, summary). */
  brushStepMs: number;
  /** The longest task while playback steps a day at a time, four steps a second, for 5 s. */
  playbackLongestTaskMs: number;
}

/** Time from the last keydown to two animation frames later: the update has been painted. */
async function paintedAfterKey(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__bench.painted > window.__bench.keydown);
  return page.evaluate(() => window.__bench.painted - window.__bench.keydown);
}

/** Issue 9's probes: a brush step by keyboard, and long tasks while playing. */
async function timelineProbes(page: Page): Promise<{ brush: number; playback: number }> {
  const slider = page.getByRole('slider', { name: 'Date window' });
  if ((await slider.count()) === 0) return { brush: NaN, playback: NaN };
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const steps: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowRight');
    steps.push(await paintedAfterKey(page));
  }
  await page.getByRole('combobox', { name: /^Step/ }).selectOption('day');
  await page.getByRole('combobox', { name: /^Speed/ }).selectOption('4');
  await page.evaluate(() => {
    window.__bench.longTasks = [];
  });
  const before = await slider.getAttribute('aria-valuetext');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(5000);
  await page.getByRole('button', { name: 'Pause' }).click();
  // No long task counts only if the window did move: otherwise the probe measured nothing.
  const moved = (await slider.getAttribute('aria-valuetext')) !== before;
  const playback = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));
  return { brush: median(steps), playback: moved ? playback : NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/**
 * One keystroke's results: the query typed with a stray last letter (so it matches nothing),
 * then Backspace; the time from that key to the results list changing. NaN if it never does.
 */
async function keystroke(page: Page, term: string): Promise<number> {
  const box = page.getByRole('combobox', { name: 'Search places and articles' });
  await box.fill('');
  await box.pressSequentially(`${term}q`, { delay: 50 });
  await page.waitForTimeout(1500);
  await box.press('Backspace');
  const changed = await page
    .waitForFunction(() => window.__bench.resultsChanged > window.__bench.keydown, null, {
      timeout: 10_000,
    })
    .then(() => true)
    .catch(() => false);
  if (!changed) return NaN;
  return page.evaluate(() => window.__bench.resultsChanged - window.__bench.keydown);
}

/** What to search for: the most mentioned place's name, and a word of the newest title. */
function searchTerms(site: string): { place: string; article: string } {
  const read = (path: string) =>
    JSON.parse(readFileSync(join(site, 'data', path), 'utf8')) as unknown;
  const index = read('dateline.json') as DataIndexFile;
  const list = read(index.articles) as ArticleListFile;
  const word = /\p{L}{5,}/u.exec(list.titles[0] ?? '')?.[0] ?? 'report';
  return { place: index.places[0]?.name ?? 'Sochi', article: word.toLowerCase() };
}

async function journey(
  browser: Browser,
  base: string,
  terms: { place: string; article: string },
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with a __name helper that the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(installProbes);
  const cdp = await context.newCDPSession(page);
  // Bytes on the wire of every request finished by the time the first marker is seen. The data
  // files are fetched by a worker, whose requests the page's resource timing does not list.
  const sizes: Promise<number>[] = [];
  let counting = true;
  const countRequest = (request: Request) => {
    if (counting)
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
  };
  page.on('requestfinished', countRequest);
  await page.goto(base);
  await page.waitForFunction(() => window.__bench.firstMarker !== null, null, { timeout: 120_000 });
  counting = false;
  page.off('requestfinished', countRequest);
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  const firstMarker = await page.evaluate(() => window.__bench.firstMarker ?? 0);
  // The long tasks seen since the last call: each step's longest.
  let seen = 0;
  const longestSince = async () => {
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    const longest = Math.max(0, ...tasks.slice(seen));
    seen = tasks.length;
    return longest;
  };
  // After load: the article list arrives right after the first paint.
  await page.waitForTimeout(3000);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const longestInLoad = await longestSince();

  const openPlace = await page.evaluate(timeUntil, {
    selector: '.dl-passage mark',
    click: 'nav .dl-list__item',
    text: '',
  });
  await page.waitForTimeout(1000);
  const longestInOpenPlace = await longestSince();
  const articleList = await page.evaluate(timeUntil, {
    selector: 'nav ul[aria-label="Articles"] li',
    click: 'nav .dl-tabs button',
    text: 'Articles',
  });
  await page.waitForTimeout(500);
  const longestInArticleList = await longestSince();
  const placeKeystroke = await keystroke(page, terms.place);
  const articleKeystroke = await keystroke(page, terms.article);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const longestInSearch = await longestSince();

  // Drag the map across for two seconds while counting frames.
  const map = await page.locator('.leaflet-container').boundingBox();
  const cx = (map?.x ?? 0) + (map?.width ?? 0) / 2;
  const cy = (map?.y ?? 0) + (map?.height ?? 0) / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const frames = page.evaluate(frameTimes, 2000);
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(cx - i * 5, cy - i * 2);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  const drag = await frames;
  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  const longestInDrag = await longestSince();
  const timeline = await timelineProbes(page);
  await context.close();
  return {
    firstMarkerMs: firstMarker,
    heapMB: heap.usedSize / 1e6,
    bytesBeforeMarkerKB: bytes / 1024,
    openPlaceMs: openPlace,
    articleListMs: articleList,
    placeKeystrokeMs: placeKeystroke,
    articleKeystrokeMs: articleKeystroke,
    dragFrameP95Ms: percentile(drag.slice(1), 0.95),
    longestTaskMs: Math.max(0, ...longTasks),
    longestInLoadMs: longestInLoad,
    longestInOpenPlaceMs: longestInOpenPlace,
    longestInArticleListMs: longestInArticleList,
    longestInSearchMs: longestInSearch,
    longestInDragMs: longestInDrag,
    brushStepMs: timeline.brush,
    playbackLongestTaskMs: timeline.playback,
  };
}

async function main() {
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`bench:app: --n must be a whole number above 0, got "${values.n}"`);
    process.exit(2);
  }
  let site = join(dir, 'site');
  if (!values['reuse-site']) {
    const built = buildScaleSite(n, dir, values.corpus);
    site = built.site;
    console.log(`prepared ${String(n)} articles in ${JSON.stringify(built.timings)} s`);
  }
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      site,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${String(port)}/`;
  try {
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(base)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const executablePath = systemChromium();
    const browser = await chromium.launch({
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync'],
      ...(executablePath ? { executablePath } : {}),
    });
    const all: Figures[] = [];
    const terms = searchTerms(site);
    for (let r = 0; r < runs; r++) all.push(await journey(browser, base, terms));
    await browser.close();
    console.log(
      `bench:app N=${String(n)}${values.corpus ? ` corpus=${values.corpus}` : ''}, medians of ${String(runs)}:`,
    );
    for (const key of Object.keys(all[0] ?? {}) as (keyof Figures)[]) {
      console.log(`  ${key.padEnd(22)} ${median(all.map((f) => f[key])).toFixed(1)}`);
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
