import type { DataIndexFile } from '../src/shared/schema';
import { expect, lists, map, openApp, panel, SOCHI, test } from './fixtures';

test('a place without lat is left out with a notice; the rest of the page works', async ({
  page,
}) => {
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as DataIndexFile;
    const places = data.places.map((p) => (p.name === 'Moscow' ? { ...p, lat: undefined } : p));
    await route.fulfill({ response, json: { ...data, places: [...places, null] } });
  });
  await openApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toContainText(
    '2 malformed places left out (place ',
  );
  await expect(lists(page).getByRole('button', { name: /^Moscow/ })).toHaveCount(0);
  await expect(page).not.toHaveURL(/NaN/);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await expect(panel(page).locator('mark', { hasText: 'Sochi' }).first()).toBeVisible();
  // The map still draws the valid places: Sochi's own marker, and Moscow's nowhere.
  await expect(map(page).getByRole('button', { name: SOCHI })).toBeVisible();
  await expect(map(page).getByRole('button', { name: /^Moscow/ })).toHaveCount(0);
});

test('a damaged page of passages says so in the panel, and the map stays usable', async ({
  page,
}) => {
  await page.route('**/data/shards/passages-*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '[1, 2' }),
  );
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  // Every page of the place's passages is damaged, so each says so; the first is enough here.
  await expect(panel(page).getByRole('alert').first()).toContainText(
    'could not be loaded (not valid JSON)',
  );
  await expect(map(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
});
