import { expect, lists, map, openApp, panel, test } from './fixtures';
import { serveStories, type Story } from './story';

// Two U.S. Springfields as the gazetteer has them (GeoNames ids, points and first-level
// divisions), so the test pins the names without depending on how the geoparser reads a text.
const ILLINOIS = {
  id: 'gn:4250542',
  name: 'Springfield',
  kind: 'city',
  lat: 39.8017,
  lon: -89.6437,
  country: 'US',
  admin1: 'Illinois',
} as const;
const MISSOURI = { ...ILLINOIS, id: 'gn:4409896', lat: 37.2153, lon: -93.2982, admin1: 'Missouri' };

const TWO_SPRINGFIELDS: Story = {
  id: 'two-springfields',
  title: 'A tale of two Springfields',
  paragraphs: [
    {
      text: 'Lawmakers met in Springfield, the capital of Illinois.',
      mentions: [{ word: 'Springfield', place: ILLINOIS, confidence: 0.9 }],
    },
    {
      text: 'Springfield in the Ozarks watched.',
      mentions: [{ word: 'Springfield', place: MISSOURI, confidence: 0.9 }],
    },
  ],
};

const IN_ILLINOIS = 'Springfield, Illinois, United States: 1 mention';
const IN_MISSOURI = 'Springfield, Missouri, United States: 1 mention';

test('two Springfields are told apart by their state in the list, search, markers and panel', async ({
  page,
}) => {
  await serveStories(page, [TWO_SPRINGFIELDS]);
  await openApp(page, '/?map=5/38.5/-91.5');
  await expect(lists(page).getByRole('button', { name: IN_ILLINOIS })).toBeVisible();
  await expect(lists(page).getByRole('button', { name: IN_MISSOURI })).toBeVisible();
  await expect(map(page).getByRole('button', { name: IN_ILLINOIS })).toBeVisible();
  await expect(map(page).getByRole('button', { name: IN_MISSOURI })).toBeVisible();

  await page.getByRole('combobox', { name: 'Search places and articles' }).fill('Springfield');
  await expect(page.getByRole('option', { name: `Place ${IN_ILLINOIS}` })).toBeVisible();
  await page.getByRole('option', { name: `Place ${IN_MISSOURI}` }).click();
  await expect(
    panel(page).getByRole('heading', { name: 'Springfield, Missouri, United States' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/place=gn:4409896/);
});
