import type { DataIndexFile } from '../src/shared/schema';
import {
  BUCHAREST,
  expectPlaceShown,
  expect,
  lists,
  map,
  openApp,
  panel,
  SOCHI,
  test,
} from './fixtures';
import { basemapPixelsIn, LAND } from './basemap-pixels';

test('the app opens with the map, the place list and the data credits', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Dateline' })).toBeVisible();
  // The basemap's land is drawn on the map's tiles.
  await expect.poll(() => basemapPixelsIn(page, LAND)).toBeGreaterThan(1000);
  await expect(lists(page).getByRole('button', { name: SOCHI })).toBeVisible();
  await expect(page.getByRole('link', { name: 'GeoNames', exact: true })).toBeVisible();
  await expect(
    page.getByRole('link', { name: '© OpenStreetMap contributors', exact: true }),
  ).toBeVisible();
  // Every source the data file credits is listed too.
  await page.getByText('All sources').click();
  await expect(page.getByRole('link', { name: /^GeoNames cities500/ })).toBeVisible();
  // Everything, basemap included, comes from the app's own server: it works with no network.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});

test('clicking Sochi on the map shows its passage with Sochi highlighted', async ({ page }) => {
  await openApp(page, '/?map=7/43.6/39.73');
  await map(page).getByRole('button', { name: SOCHI }).click();
  const aside = panel(page);
  await expect(aside.getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' })).toBeVisible();
  const passage = aside.locator('blockquote', { hasText: 'the Russian Black Sea resort of Sochi' });
  await expect(passage).toBeVisible();
  await expect(passage.locator('mark')).toHaveText('Sochi');
  await expect(aside.getByRole('heading', { name: /Bush, Putin at Odds/ })).toBeVisible();
});

test('the place list reaches the same panel', async ({ page }) => {
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  const aside = panel(page);
  await expect(aside.getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' })).toBeVisible();
  await expect(aside.locator('mark', { hasText: 'Sochi' })).toBeVisible();
  await expect(page).toHaveURL(/place=/);
});

test('"Mentioned with" lists Bucharest for Sochi and opens it', async ({ page }) => {
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await panel(page)
    .getByRole('button', { name: /^Bucharest, Romania/ })
    .click();
  await expectPlaceShown(page, 'Bucharest, Romania', BUCHAREST);
});

test('"Read in article" opens the reader at the passage, and a mention there selects its place', async ({
  page,
}) => {
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await panel(page)
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  const current = panel(page).locator('.dl-reader__passage.is-current');
  await expect(current).toContainText('the Russian Black Sea resort of Sochi');
  await expect(current).toBeInViewport();
  await expect(page).toHaveURL(/article=.+&passage=\d+/);

  const before = new URL(page.url()).searchParams.get('map');
  await current.getByRole('button', { name: 'Bucharest', exact: true }).click();
  await expect(panel(page).getByRole('heading', { name: 'Bucharest, Romania' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(before);
  // The passage the reader was at stays marked in the place panel.
  await expect(panel(page).locator('.dl-passage.is-current mark')).toHaveText('Bucharest');
  await page.goBack();
  await expect(panel(page).locator('.dl-reader__passage.is-current')).toBeInViewport();
});

test('an uncertain place shows the readings the geoparser also weighed', async ({ page }) => {
  // Pin the uncertainty so the test does not depend on the geoparser's current scores.
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as DataIndexFile;
    const places = data.places.map((p) =>
      p.name === 'Georgia'
        ? {
            ...p,
            confidence: 0.4,
            alternatives: [
              {
                id: 'adm1:US.GA',
                name: 'Georgia',
                kind: 'admin1' as const,
                lat: 32.7,
                lon: -83.4,
                country: 'US',
              },
            ],
          }
        : p,
    );
    await route.fulfill({ response, json: { ...data, places } });
  });
  await openApp(page);
  await lists(page)
    .getByRole('button', { name: /^Georgia: / })
    .click();
  const reading = panel(page).getByRole('button', {
    name: 'Georgia (state or province, United States): show on the map',
  });
  await reading.click();
  await expect(reading).toHaveAttribute('aria-pressed', 'true');
  // The other reading appears on the map, in the U.S., as a dashed ring with its name.
  await expect(map(page).locator('.dl-marker--alternative')).toContainText(
    'Other reading: Georgia (state or province, United States)',
  );
  await expect(page).toHaveURL(/map=\d+(\.\d+)?\/3[23]\.\d*\/-8[34]/);
});
