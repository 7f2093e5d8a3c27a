import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { DataIndexFile } from '../src/shared/schema';
import { expectNoSeriousViolations, expect, lists, map, openApp, panel, test } from './fixtures';
import {
  buildCollection,
  SPAN_DAYS,
  SURGE,
  timelineArticles,
  UNDATED,
  undatedArticles,
} from './timeline-collection';

// Each worker preprocesses its own copy of the two small collections once (about 10 s each).
const collections = { dated: '', undated: '' };
test.beforeAll(() => {
  test.setTimeout(240_000);
  const dir = `node_modules/.cache/dateline/e2e-timeline-${test.info().workerIndex}`;
  collections.dated = buildCollection(join(dir, 'dated'), timelineArticles());
  collections.undated = buildCollection(join(dir, 'undated'), undatedArticles());
});

/** The app, served by the seed site, reads its data from a generated collection instead. */
async function serve(page: Page, data: string) {
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
    return route.fulfill({ path: join(data, decodeURIComponent(path)) });
  });
}

function placeId(name: string): string {
  const index = JSON.parse(
    readFileSync(join(collections.dated, 'dateline.json'), 'utf8'),
  ) as DataIndexFile;
  const place = index.places.find((p) => p.name === name);
  if (!place) throw new Error(`No ${name} in the collection`);
  return place.id;
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Date window' });
const summary = (page: Page) => timeline(page).getByRole('status');

/** Drags across the bars from day `a` to day `b` of the span (0 = 1 March 2008). */
async function brush(page: Page, a: number, b: number) {
  const box = await timeline(page).locator('.u-over').boundingBox();
  if (!box) throw new Error('no chart');
  const x = (day: number) => box.x + (box.width * day) / SPAN_DAYS;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(a), y);
  await page.mouse.down();
  await page.mouse.move(x((a + b) / 2), y, { steps: 4 });
  await page.mouse.move(x(b), y, { steps: 4 });
  await page.mouse.up();
}

test('brushing a week narrows the map, the list and the summary to it', async ({ page }) => {
  await serve(page, collections.dated);
  await openApp(page);
  await expect(summary(page)).toContainText('All dates');
  await expect(timeline(page)).toContainText(`${UNDATED} articles have no date`);
  const warsawOnMap = map(page).getByRole('button', {
    name: /^Warsaw, ([^,:]+, )?Poland: \d+ mentions?$/,
  });
  await expect(warsawOnMap).toHaveAccessibleName(/^Warsaw, ([^,:]+, )?Poland: 48 mentions$/);
  const nairobi = lists(page).getByRole('button', {
    name: /^Nairobi, ([^,:]+, )?Kenya: 14 mentions$/,
  });
  await expect(nairobi).toBeVisible();
  await expect(lists(page).getByRole('button', { name: /^Places \(5\)$/ })).toBeVisible();

  await brush(page, 0.5, 6.5);
  await expect(summary(page)).toHaveText(/^\d+ mentions, 1\s*–\s*7 March 2008$/);
  await expect(page).toHaveURL(/from=2008-03-01&to=2008-03-07/);
  // One article a day names Warsaw every other day or so; Nairobi only in April's surge week.
  await expect(warsawOnMap).toHaveAccessibleName(/^Warsaw, ([^,:]+, )?Poland: [1-9] mentions?$/);
  await expect(nairobi).toBeHidden();
  await expect(lists(page).getByRole('button', { name: /^Places \(4\)$/ })).toBeVisible();
  // The panel follows too: Warsaw is named on 1, 2, 5 and 6 March, twice in a title.
  await warsawOnMap.click();
  const passages = panel(page).getByRole('list', { name: /^Passages mentioning Warsaw/ });
  await expect(passages).toHaveAccessibleName(/1\s*–\s*7 March 2008, newest first$/);
  await expect(panel(page).getByText('6 passages in these dates')).toBeVisible();
  await expect(passages.locator('.dl-passage')).toHaveCount(6);

  await timeline(page).getByRole('button', { name: 'Clear dates' }).click();
  await expect(summary(page)).toContainText('All dates');
  await expect(warsawOnMap).toHaveAccessibleName(/^Warsaw, ([^,:]+, )?Poland: 48 mentions$/);
  await expect(nairobi).toBeVisible();
  await expect(passages).toHaveAccessibleName('Passages mentioning Warsaw, newest first');
  await expect(panel(page).getByText(/passages? in these dates/)).toBeHidden();
  await expect(panel(page).getByText('48 passages', { exact: true })).toBeVisible();
});

test('a shared link with a window and a place reopens the same moment', async ({ page }) => {
  await serve(page, collections.dated);
  await openApp(page, `/?place=${placeId('Nairobi')}&from=${SURGE.from}&to=${SURGE.to}`);
  await expect(panel(page).getByRole('heading', { name: /^Nairobi/ })).toBeVisible();
  await expect(summary(page)).toHaveText(
    /^\d+ mentions, 14\s*–\s*20 April 2008; Nairobi: 14 of them$/,
  );
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /14\s*–\s*20 April 2008/);
  await expect(lists(page).getByLabel('From')).toHaveValue(SURGE.from);
});

test('links fetch their dates only once a window is set, then draw only the window’s links', async ({
  page,
}) => {
  await serve(page, collections.dated);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/link-days-')) fetched.push(request.url());
  });
  const lines = map(page).locator('.leaflet-overlay-pane path[stroke="#1d4e89"]');
  await openApp(page, '/?layers=links');
  await expect(lines.first()).toBeVisible();
  const all = await lines.count();
  expect(fetched).toEqual([]);
  // 1 and 2 March: Bucharest with Warsaw, then Warsaw with Oslo; the other pairs come later.
  await openApp(page, '/?layers=links&from=2008-03-01&to=2008-03-02');
  await expect(summary(page)).toHaveText(/^\d+ mentions, 1\s*–\s*2 March 2008$/);
  await expect(lines.first()).toBeVisible();
  await expect.poll(() => lines.count()).toBeLessThan(all);
  expect(fetched).toHaveLength(1);
});

test('the timeline works by keyboard alone, and passes an axe audit', async ({ page }) => {
  await serve(page, collections.dated);
  await openApp(page, '/?bin=week');
  await timeline(page)
    .getByRole('combobox', { name: /^Speed/ })
    .focus();
  for (
    let i = 0;
    i < 5 && !(await slider(page).evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(slider(page)).toBeFocused();
  // Weeks start on Monday: 1 March 2008 was a Saturday, so the first week began in February.
  await page.keyboard.press('ArrowRight');
  await expect(summary(page)).toHaveText(/25 February\s*–\s*2 March 2008$/);
  await page.keyboard.press('ArrowRight');
  await expect(summary(page)).toHaveText(/3\s*–\s*9 March 2008$/);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(summary(page)).toHaveText(/3\s*–\s*16 March 2008$/);
  await expect(page).toHaveURL(/from=2008-03-03&to=2008-03-16&bin=week/);
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(summary(page)).toContainText('All dates');
  await expect(page).not.toHaveURL(/from=/);
});

test('the Rising list names the surge and by how much, and the map shades by the window', async ({
  page,
}) => {
  await serve(page, collections.dated);
  await openApp(page, `/?from=${SURGE.from}&to=${SURGE.to}&list=rising`);
  const rising = lists(page).getByRole('list', { name: 'Rising places' });
  await expect(rising.getByRole('button')).toHaveCount(1);
  await expect(rising.getByRole('button')).toHaveAccessibleName(
    /^Nairobi, ([^,:]+, )?Kenya: 14 mentions; ×\d+(\.\d)?, 14 vs 0 mentions$/,
  );
  await expect(lists(page)).toContainText('14 – 20 April 2008 against 7 – 13 April 2008');
  await expect(map(page).getByText(/^Shaded country: darker for more mentions, 14/)).toBeVisible();

  const rings = map(page).locator('.leaflet-overlay-pane path[stroke="#6a1b9a"]');
  await expect(rings).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Rings on rising places' }).check();
  await expect(rings).toHaveCount(1);
  await expect(page).toHaveURL(/layers=rising/);
});

test('playing through April steps the window a week at a time and the markers follow', async ({
  page,
}) => {
  await serve(page, collections.dated);
  await openApp(page, '/?from=2008-04-07&to=2008-04-13&step=week&speed=0.5');
  const markers = () =>
    map(page)
      .locator('.dl-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('title')).join(' / '));
  const before = await markers();
  const nairobi = lists(page).getByRole('button', {
    name: /^Nairobi, ([^,:]+, )?Kenya: 14 mentions$/,
  });
  await expect(nairobi).toBeHidden();
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(summary(page)).toHaveText(/14\s*–\s*20 April 2008$/);
  await expect(nairobi).toBeVisible();
  // It stops by itself at the end of the span, with the markers of the last week.
  await expect(summary(page)).toHaveText(/28 April\s*–\s*4 May 2008$/);
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(nairobi).toBeHidden();
  expect(await markers()).not.toBe(before);
  await expect(page).toHaveURL(/from=2008-04-28&to=2008-05-04&step=week&speed=0.5/);
});

test('with reduced motion the timeline steps only when asked', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await serve(page, collections.dated);
  await openApp(page, '/?from=2008-04-07&to=2008-04-13&step=week');
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toHaveCount(0);
  await timeline(page).getByRole('button', { name: 'Next step' }).click();
  await expect(summary(page)).toHaveText(/14\s*–\s*20 April 2008$/);
});

test('a collection with no dates shows no timeline', async ({ page }) => {
  await serve(page, collections.undated);
  await openApp(page);
  await expect(lists(page).getByRole('button', { name: /^Warsaw/ })).toBeVisible();
  await expect(timeline(page)).toHaveCount(0);
  await expect(slider(page)).toHaveCount(0);
});
