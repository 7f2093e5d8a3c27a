import { readFile } from 'node:fs/promises';
import type { FeatureCollection, Point } from 'geojson';
import { dayFromIso } from '../src/shared/hash';
import type { DataIndexFile } from '../src/shared/schema';
import {
  expect,
  loadArticleList,
  loadData,
  lists,
  map,
  openApp,
  panel,
  placesOnMap,
  SOCHI,
  test,
} from './fixtures';

test('the link layer draws lines between places sharing a passage, and the URL keeps it', async ({
  page,
}) => {
  await openApp(page);
  const lines = map(page).locator('.leaflet-overlay-pane path[stroke="#1d4e89"]');
  await expect(lines).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Links between places' }).check();
  await expect(lines.first()).toBeVisible();
  await expect(page).toHaveURL(/layers=links/);
  await page
    .getByRole('combobox', { name: 'How many of the strongest links to draw' })
    .selectOption('10');
  await expect(page).toHaveURL(/layers=links&linklimit=10/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Links between places' })).toBeChecked();
  await expect(
    page.getByRole('combobox', { name: 'How many of the strongest links to draw' }),
  ).toHaveValue('10');
  await expect(lines.first()).toBeVisible();
});

test('"Only places in view" narrows the place list to the map, and the URL keeps it', async ({
  page,
}) => {
  await openApp(page, '/?map=6/43.6/39.7');
  const only = lists(page).getByRole('checkbox', { name: /^Only places in view/ });
  const places = lists(page).getByRole('list', { name: 'Places' }).getByRole('listitem');
  const everywhere = await places.count();
  await only.check();
  await expect(page).toHaveURL(/inview=only/);
  await expect(lists(page).getByRole('button', { name: SOCHI })).toBeVisible();
  await expect.poll(() => places.count()).toBeLessThan(everywhere);
  await page.reload();
  await expect(only).toBeChecked();
  await expect.poll(() => places.count()).toBeLessThan(everywhere);
});

test('the places in view download as GeoJSON with [lon, lat] positions', async ({ page }) => {
  await openApp(page, '/?map=5/44/35');
  const downloading = page.waitForEvent('download');
  await page.getByText('Download', { exact: true }).click();
  await page.getByRole('button', { name: 'Places in view (GeoJSON)' }).click();
  const file = await (await downloading).path();
  const fc = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection<Point>;
  expect(fc.type).toBe('FeatureCollection');
  const sochi = fc.features.find((f) => f.properties?.name === 'Sochi');
  expect(sochi?.geometry.coordinates[0]).toBeCloseTo(39.7, 0);
  expect(sochi?.geometry.coordinates[1]).toBeCloseTo(43.6, 0);
  expect(
    fc.features.some((f) => f.properties?.name === 'Moscow' || f.properties?.name === 'Washington'),
  ).toBe(false);
});

test('choosing an article opens it and narrows the map and list to its places', async ({
  page,
  request,
}) => {
  const list = await loadArticleList(request, await loadData(request));
  const article = { id: list.ids[0] ?? '', title: list.titles[0] ?? '' };
  const placeCount = list.placeCounts[0] ?? 0;
  await openApp(page);
  await lists(page)
    .getByRole('button', { name: /^Articles/ })
    .click();
  await lists(page)
    .getByRole('button', { name: new RegExp(`^${escape(article.title)}`) })
    .click();
  await expect(panel(page).getByRole('heading', { name: article.title, level: 2 })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`article=${article.id}`));
  await lists(page)
    .getByRole('button', { name: /^Places/ })
    .click();
  await expect(lists(page).getByRole('button', { name: `Places (${placeCount})` })).toBeVisible();
  // Some of them may be merged into clusters at this zoom; each is still on the map once.
  await expect.poll(() => placesOnMap(page)).toBe(placeCount);

  const downloading = page.waitForEvent('download');
  await page.getByText('Download', { exact: true }).click();
  await page.getByRole('button', { name: 'Places in this article (GeoJSON)' }).click();
  const fc = JSON.parse(
    await readFile(await (await downloading).path(), 'utf8'),
  ) as FeatureCollection;
  expect(fc.features).toHaveLength(placeCount);
});

test('a date range outside every article empties the map, and the URL keeps the range', async ({
  page,
}) => {
  // The seed article has no date; give it one so the filter appears, as it would for dated news.
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as DataIndexFile;
    const day = dayFromIso('2008-04-04') ?? 0;
    // The places' series inline (no placeDays shard), and their sum as the timeline's total.
    const places = data.places.map((p) => ({ ...p, days: [day, p.mentionCount] }));
    const total = places.reduce((sum, p) => sum + p.mentionCount, 0);
    await route.fulfill({
      response,
      json: {
        ...data,
        places,
        days: [day, total],
        placeDays: undefined,
        datedArticleCount: data.articleCount,
      },
    });
  });
  await openApp(page);
  await page.getByLabel('From').fill('2999-01-01');
  await expect(lists(page).getByText('No places match the filters.')).toBeVisible();
  await expect(page).toHaveURL(/from=2999-01-01/);
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(lists(page).getByRole('button', { name: SOCHI })).toBeVisible();
});

test('a reload lands on the same view: the address is stable', async ({ page }) => {
  const link = '/?map=5.25/44.123/35.456';
  const address = () => pathAndQuery(page.url());
  await openApp(page, link);
  // Waits on the address itself: once the map has settled it is the link, unchanged.
  await expect(map(page).locator('.dl-marker').first()).toBeVisible();
  await expect.poll(address).toBe(link);
  await page.reload();
  await expect(map(page).locator('.dl-marker').first()).toBeVisible();
  await expect.poll(address).toBe(link);
});

test('a linked view stays as written when the places shown change', async ({ page }) => {
  const link = '/?map=5.25/44.123/35.456';
  const address = () => pathAndQuery(page.url());
  await openApp(page, link);
  await expect(map(page).locator('.dl-marker').first()).toBeVisible();
  await expect.poll(address).toBe(link);
  // New places shown (a filter here; the places' day series arriving after the first view is
  // the same change) leave a view the address holds exactly as it is, to the last digit.
  await page.getByRole('checkbox', { name: 'Hide doubtful places' }).check();
  await expect.poll(address).toBe(`${link}&doubtful=hide`);
  await page.getByRole('checkbox', { name: 'Hide doubtful places' }).uncheck();
  await expect.poll(address).toBe(link);
});

function pathAndQuery(address: string): string {
  const url = new URL(address);
  return url.pathname + url.search;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
