import { expect, lists, loadArticleList, loadData, openApp, panel, SOCHI, test } from './fixtures';
import { basemapPixelsIn, LAND } from './basemap-pixels';

test('a malformed map position and an unknown place fall back with a short notice', async ({
  page,
}) => {
  await openApp(page, '/?map=abc/999/x&place=gn:does-not-exist&layers=tanks');
  const status = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(status).toContainText('map position in the link was not understood');
  await expect(status).toContainText('No place with the id "gn:does-not-exist"');
  await expect(panel(page)).toHaveCount(0);
  await expect(lists(page).getByRole('button', { name: SOCHI })).toBeVisible();
  // The basemap's land is drawn on the map's tiles.
  await expect.poll(() => basemapPixelsIn(page, LAND)).toBeGreaterThan(1000);
  // The address is rewritten to the view actually shown.
  await expect(page).toHaveURL(/\?map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
  await status.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('not understood')).toHaveCount(0);
});

test('a passage number past the end of the article still opens the article', async ({
  page,
  request,
}) => {
  const list = await loadArticleList(request, await loadData(request));
  await openApp(page, `/?article=${list.ids[0] ?? ''}&passage=99999`);
  await expect(page.getByRole('status').filter({ hasText: 'has no passage 99999' })).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
});

test('a data file of another version is refused with a message saying what to do', async ({
  page,
}) => {
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...json, version: 1 } });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'This data file is version 1; this app reads version 3. Run npm run preprocess to rebuild it.',
  );
});

test('a missing data file says so instead of showing a blank page', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/data/dateline.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'The news data could not be loaded (HTTP 404)',
  );
  // The browser itself logs the failed request; nothing else may be in the console.
  const unexpected = consoleErrors.filter((e) => !e.includes('404'));
  consoleErrors.length = 0;
  expect(unexpected).toEqual([]);
});
