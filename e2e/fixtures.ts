import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { recordCspViolations } from './csp';
import { bucketOf } from '../src/shared/hash';
import type {
  ArticleFull,
  ArticleListFile,
  DataIndexFile,
  PassagePage,
  PlaceRow,
} from '../src/shared/schema';

/**
 * Every test fails on a console error or an uncaught exception, as a user's console would show,
 * and on any Content-Security-Policy violation.
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations = await recordCspViolations(page);
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/data/${path}`);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

/** The index the app is serving, so tests can name ids without hard-coding the pipeline's. */
export async function loadData(request: APIRequestContext): Promise<DataIndexFile> {
  return getJson<DataIndexFile>(request, 'dateline.json');
}

/** The article list (newest first) the index points to. */
export async function loadArticleList(request: APIRequestContext, data: DataIndexFile) {
  return getJson<ArticleListFile>(request, data.articles);
}

/** One whole article, from the shard its id hashes to. */
export async function loadArticle(
  request: APIRequestContext,
  data: DataIndexFile,
  id: string,
): Promise<ArticleFull> {
  const path = data.articleShards[bucketOf(id, data.articleShards.length)] ?? '';
  const article = (await getJson<Record<string, ArticleFull>>(request, path))[id];
  if (!article) throw new Error(`No article ${id} in its shard`);
  return article;
}

/** Page `page` of a place's passages, newest first. */
export async function loadPage(
  request: APIRequestContext,
  place: PlaceRow,
  page: number,
): Promise<PassagePage> {
  const file = await getJson<Record<string, PassagePage>>(request, place.pages[page] ?? '');
  const found = file[place.id];
  if (!found) throw new Error(`No page ${page} for ${place.id}`);
  return found;
}

export async function placeByName(request: APIRequestContext, name: string) {
  const data = await loadData(request);
  const place = data.places.find((p) => p.name === name);
  if (!place) throw new Error(`No place named ${name} in the data`);
  return { data, place };
}

/** The passage of the seed article that mentions Sochi. */
export async function sochiPassage(request: APIRequestContext) {
  const { data, place } = await placeByName(request, 'Sochi');
  const first = (await loadPage(request, place, 0)).passages[0];
  if (!first) throw new Error('Sochi is never mentioned');
  return { data, place, articleId: first.articleId, passage: first.passageIndex };
}

export const map = (page: Page) => page.getByRole('main', { name: 'Map' });
export const lists = (page: Page) => page.getByRole('navigation', { name: 'Places and articles' });
export const panel = (page: Page) => page.getByRole('complementary');

/** Opens the app and waits until the map and the place list are there. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(lists(page).getByRole('list')).toBeVisible();
  await expect(map(page).locator('.leaflet-container')).toBeVisible();
}

/**
 * How many places the map shows, alone or inside clusters: a cluster's name starts with its count
 * ("3 places, 5 mentions: ..."), so every place is counted exactly once.
 */
export async function placesOnMap(page: Page): Promise<number> {
  const single = await map(page).locator('.dl-marker').count();
  const names = await map(page)
    .locator('.dl-cluster')
    .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  return names.reduce((sum, name) => sum + Number(/^(\d+) places/.exec(name)?.[1] ?? NaN), single);
}

export const SOCHI = /^Sochi, Krasnodar Krai, Russia: \d+ mentions?$/;
export const BUCHAREST = /^Bucharest, Romania: \d+ mentions?$/;

/** The panel shows the place and its list entry is marked as the current one. */
export async function expectPlaceShown(page: Page, label: string, listName: RegExp) {
  await expect(panel(page).getByRole('heading', { name: label })).toBeVisible();
  await expect(lists(page).getByRole('button', { name: listName })).toHaveAttribute(
    'aria-current',
    'true',
  );
}

/** An axe audit of the page as it is now finds nothing serious or critical. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
