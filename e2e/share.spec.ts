import {
  BUCHAREST,
  expectPlaceShown,
  expect,
  lists,
  map,
  openApp,
  panel,
  SOCHI,
  sochiPassage,
  test,
} from './fixtures';

test('a deep link to a place opens the same view with the panel open', async ({
  page,
  request,
}) => {
  const { place } = await sochiPassage(request);
  await openApp(page, `/?map=6.5/43.6/39.73&place=${place.id}`);
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
  ).toBeVisible();
  await expect(panel(page).locator('mark', { hasText: 'Sochi' })).toBeVisible();
  await expect(map(page).getByRole('button', { name: SOCHI })).toBeInViewport();
  await expect(page).toHaveURL(/map=6\.5\/43\.6\/39\.73/);
});

test('a deep link to a passage opens the reader with the passage highlighted and in view', async ({
  page,
  request,
}) => {
  const { articleId, passage } = await sochiPassage(request);
  await openApp(page, `/?article=${articleId}&passage=${passage}`);
  const current = panel(page).locator('.dl-reader__passage.is-current');
  await expect(current).toContainText('resort of Sochi');
  await expect(current).toBeInViewport();
  await expect(
    panel(page).getByRole('button', { name: `Link to passage ${passage}` }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('Back undoes the last selection, not the last pan, and Forward redoes it', async ({
  page,
}) => {
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
  ).toBeVisible();
  await panel(page)
    .getByRole('button', { name: /^Bucharest, Romania/ })
    .click();
  await expect(panel(page).getByRole('heading', { name: 'Bucharest, Romania' })).toBeVisible();

  // Pans replace the current entry; they must not add steps to Back.
  const leaflet = map(page).locator('.leaflet-container');
  const position = () => new URL(page.url()).searchParams.get('map');
  const panned = position();
  const entries = await page.evaluate(() => history.length);
  await leaflet.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  // The pan has reached the address (throttled), and replaced the entry instead of adding one.
  await expect.poll(position).not.toBe(panned);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.goBack();
  await expectPlaceShown(page, 'Sochi, Krasnodar Krai, Russia', SOCHI);
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/place=/);
  await page.goForward();
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
  ).toBeVisible();
  await page.goForward();
  await expectPlaceShown(page, 'Bucharest, Romania', BUCHAREST);
});

test('zooming rewrites the map position in the address without adding history', async ({
  page,
}) => {
  const mapParam = () => (new URL(page.url()).searchParams.get('map') ?? '').split('/').map(Number);
  await openApp(page, '/?map=4/45/30');
  const length = await page.evaluate(() => history.length);
  await map(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => mapParam()[0]).toBe(4.5);
  await map(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => mapParam()[0]).toBe(5);
  const [, lat = 0, lon = 0] = mapParam();
  // Leaflet snaps the centre to whole pixels while zooming: a few hundredths of a degree here.
  expect(Math.abs(lat - 45)).toBeLessThan(0.1);
  expect(Math.abs(lon - 30)).toBeLessThan(0.1);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('Copy link copies the current view, and the link opens the same view elsewhere', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await panel(page)
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  await page.getByRole('checkbox', { name: 'Links between places' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/place=.+&article=.+&passage=\d+&panel=article.*&layers=links/);

  const other = await context.newPage();
  await other.goto(link);
  const current = panel(other).locator('.dl-reader__passage.is-current');
  await expect(current).toContainText('resort of Sochi');
  await expect(current).toBeInViewport();
  await expect(other.getByRole('checkbox', { name: 'Links between places' })).toBeChecked();
  await expect.poll(() => other.url()).toBe(link);
});
