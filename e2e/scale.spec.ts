import type { Locator, Page } from '@playwright/test';
import { PASSAGE_PAGE_SIZE, type PlacePassage } from '../src/shared/schema';
import { dayFromIso, isoFromDay } from '../src/shared/hash';
import { BODY_SURNAME } from '../src/node/bench/synthetic-collection';
import {
  expect,
  expectNoSeriousViolations,
  lists,
  loadArticle,
  loadArticleList,
  loadData,
  loadPage,
  map,
  placeByName,
  panel,
  test,
} from './fixtures';
import { SCALE_PORT } from './ports';

// These journeys run against the generated collection (a few thousand articles), not the seed.
test.use({ baseURL: `http://127.0.0.1:${SCALE_PORT}` });
// Scrolling through thousands of rows takes many steps; each waits on what the page shows.
test.describe.configure({ timeout: 120_000 });

/** Opens the app and waits for the map and the lists, which take longer on a busy machine. */
async function openScale(page: Page, path = '/') {
  await page.goto(path);
  await expect(lists(page).getByRole('list')).toBeVisible({ timeout: 30_000 });
  await expect(map(page).locator('.leaflet-container')).toBeVisible();
}

const BUSY = /^Sochi, Krasnodar Krai, Russia: [\d,]+ mentions$/;

/** Texts repeat across generated articles; a passage's button names its article and passage. */
function readName(passage: { title: string; passageIndex: number }): RegExp {
  return new RegExp(`: ${escapeRegExp(passage.title)}, passage ${passage.passageIndex}$`);
}

/** Scrolls `scroller` to its end until `row` is rendered (the list loads pages as it goes). */
async function scrollUntilShown(scroller: Locator, row: Locator, timeout: number) {
  await expect
    .poll(
      async () => {
        await scroller.evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
        return row.count();
      },
      { timeout, intervals: [200] },
    )
    .toBe(1);
}

test('the panel of a place with thousands of passages opens at once and scrolls to the end', async ({
  page,
  request,
}) => {
  const { place: sochi } = await placeByName(request, 'Sochi');
  expect(sochi.pages.length).toBeGreaterThan(20);
  const lastPage = await loadPage(request, sochi, sochi.pages.length - 1);
  const oldest = lastPage.passages[lastPage.passages.length - 1];
  if (!oldest) throw new Error('empty last page');

  await openScale(page, '/?map=3/40/30');
  await lists(page).getByRole('button', { name: BUSY }).click();
  const aside = panel(page);
  await expect(
    aside.getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia', level: 2 }),
  ).toBeFocused();
  await expect(aside.locator('.dl-passage mark').first()).toHaveText('Sochi', { timeout: 15_000 });
  const total = (sochi.pages.length - 1) * PASSAGE_PAGE_SIZE + lastPage.passages.length;
  await expect(aside.getByText(`${total.toLocaleString('en-GB')} passages`)).toBeVisible();
  // Only the passages near the view are in the page, not thousands.
  expect(await aside.locator('.dl-passage').count()).toBeLessThan(80);
  await expectNoSeriousViolations(page);

  const last = aside.getByRole('button', { name: readName(oldest) });
  await scrollUntilShown(aside, last, 60_000);
  await expect(last.locator('..').locator('mark').first()).toHaveText('Sochi');
});

test('the article list scrolls through thousands of articles', async ({ page, request }) => {
  const list = await loadArticleList(request, await loadData(request));
  const oldestTitle = list.titles[list.titles.length - 1] ?? '';
  await openScale(page, '/?list=articles');
  const articles = lists(page).getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('button').first()).toBeVisible();
  expect(await articles.getByRole('listitem').count()).toBeLessThan(80);
  const last = articles.getByRole('button', { name: new RegExp(`^${escapeRegExp(oldestTitle)}`) });
  await scrollUntilShown(lists(page), last, 30_000);
  await last.click();
  await expect(panel(page).getByRole('heading', { name: oldestTitle, level: 2 })).toBeFocused();
});

test('a deep link to a passage deep in a long list opens it highlighted', async ({
  page,
  request,
}) => {
  const { data, place: sochi } = await placeByName(request, 'Sochi');
  // An article near the end of the newest-first list: its Sochi passage ranks in the thousands.
  const list = await loadArticleList(request, data);
  const id = list.ids[list.ids.length - 3] ?? '';
  const mention = (await loadArticle(request, data, id)).mentions.find(
    (m) => m.placeId === sochi.id,
  );
  if (!mention) throw new Error('the article does not mention Sochi');
  expect(mention.rank).toBeGreaterThan(1000);

  await openScale(page, `/?place=${sochi.id}&article=${id}&passage=${mention.passageIndex}`);
  const current = panel(page).locator('.dl-passage.is-current');
  await expect(current).toBeInViewport({ timeout: 20_000 });
  await expect(current.locator('mark').first()).toHaveText('Sochi');
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia', level: 2 }),
  ).toBeVisible();
});

test('under a date window the panel lists only the window’s passages, from first to last', async ({
  page,
  request,
}) => {
  const { place: sochi } = await placeByName(request, 'Sochi');
  const pages = await Promise.all(sochi.pages.map((_, k) => loadPage(request, sochi, k)));
  const passages = pages.flatMap((p) => p.passages);
  // A month in the middle of the list: it starts and ends inside pages, not at their edges.
  const middle = dayFromIso(passages[Math.floor(passages.length / 2)]?.date ?? '');
  if (middle === null) throw new Error('undated passages in the generated collection');
  const from = isoFromDay(middle - 15);
  const to = isoFromDay(middle + 15);
  const inside = passages.filter((p) => p.date !== null && p.date >= from && p.date <= to);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) throw new Error('no passage in the window');
  const after = passages[passages.indexOf(last) + 1];
  if (!after) throw new Error('the window reaches the oldest passage');
  const aside = panel(page);
  const readButton = (p: PlacePassage) => aside.getByRole('button', { name: readName(p) });

  await openScale(page, `/?place=${sochi.id}&from=${from}&to=${to}`);
  await expect(
    aside.getByRole('heading', { level: 3, name: /^Passages, .+, newest first$/ }),
  ).toBeVisible();
  await expect(aside.getByText(`${inside.length} passages in these dates`)).toBeVisible();
  await expect(readButton(first)).toBeVisible();
  // It is the list's first row: nothing newer comes before it.
  const list = aside.getByRole('list', { name: /^Passages mentioning Sochi/ });
  await expect(
    list
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Read in article/ }),
  ).toHaveAccessibleName(readName(first));
  await scrollUntilShown(aside, readButton(last), 30_000);
  // The list stops at the window's oldest passage: the next one, older, is not listed.
  await expect(readButton(after)).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test('a name found only in article bodies finds its articles, and opens one', async ({ page }) => {
  await openScale(page);
  await page.getByRole('combobox', { name: 'Search places and articles' }).fill(BODY_SURNAME);
  const hit = page.getByRole('option', { name: /^Article .*in the text/ }).first();
  await expect(hit).toBeVisible();
  const title = (await hit.textContent())
    ?.replace(/^Article /, '')
    .replace(/ \(in the text.*$/, '');
  await hit.click();
  await expect(panel(page).getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(panel(page).getByText(BODY_SURNAME)).toBeVisible();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
