import {
  expect,
  expectNoSeriousViolations,
  lists,
  openApp,
  panel,
  SOCHI,
  sochiPassage,
  test,
} from './fixtures';

test('the map and place list pass an axe audit', async ({ page }) => {
  await openApp(page);
  await expectNoSeriousViolations(page);
});

test('the place panel passes an axe audit', async ({ page }) => {
  await openApp(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await expect(panel(page)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the article reader and article list pass an axe audit', async ({ page, request }) => {
  const { articleId, passage } = await sochiPassage(request);
  await openApp(page, `/?article=${articleId}&passage=${passage}&list=articles&layers=links`);
  await expect(panel(page).locator('.is-current')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the search suggestions pass an axe audit', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Search places and articles' }).fill('s');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the bottom sheet passes an axe audit', async ({ page }) => {
    await openApp(page);
    await lists(page).getByRole('button', { name: SOCHI }).click();
    await expect(panel(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
