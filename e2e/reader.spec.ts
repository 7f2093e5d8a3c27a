import type { Page } from '@playwright/test';
import { expect, map, openApp, panel, test } from './fixtures';
import { serveStories, type Story, type StoryMention } from './story';

const town = (name: string, lat: number, lon: number): StoryMention => ({
  word: name,
  place: { id: `test:${name}`, name, kind: 'city', lat, lon, country: 'US', admin1: 'Ohio' },
  confidence: 0.95,
});
const TOWNS = [
  town('Columbus', 39.96, -83.0),
  town('Dayton', 39.76, -84.19),
  town('Cleveland', 41.5, -81.69),
  town('Toledo', 41.66, -83.56),
];
const FILLER =
  'Volunteers filled sandbags through the night while the river rose, and officials asked ' +
  'residents of low-lying streets to move their cars, their papers and their pets upstairs.';

/** A long Ohio story, so its text scrolls well past the first screen of the panel. */
const FLOODS: Story = {
  id: 'ohio-floods',
  title: 'Ohio towns brace for the spring floods',
  source: 'Ohio Valley Wire',
  date: '2026-03-01',
  url: 'https://news.example/ohio-floods',
  paragraphs: [
    ...TOWNS.map((mention) => ({
      text: `${mention.word} opened its shelters. ${FILLER} ${FILLER}`,
      mentions: [mention],
    })),
    ...Array.from({ length: 8 }, () => ({ text: `${FILLER} ${FILLER}`, mentions: [] })),
    { text: `Last, Toledo asked for help. ${FILLER}`, mentions: TOWNS.slice(3) },
  ],
};
const TITLE = 'Ohio towns brace for the spring floods';
const LAST_PASSAGE = FLOODS.paragraphs.length;

const mapView = (page: Page) =>
  (new URL(page.url()).searchParams.get('map') ?? '').split('/').map(Number);

test('the reader opened from a passage keeps its title, source and link in view and fits the map to its places', async ({
  page,
}) => {
  await serveStories(page, [FLOODS]);
  // Start far away, at the world, to see the map move to the article.
  await openApp(page, '/?map=2/20/60&place=test:Dayton');
  await panel(page)
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  const heading = panel(page).getByRole('heading', { name: TITLE, level: 2 });
  await expect(heading).toBeVisible();
  const original = panel(page).getByRole('link', { name: /original/ });
  await expect(original).toHaveAttribute('href', 'https://news.example/ohio-floods');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel(page).locator('.dl-reader__head')).toContainText('Ohio Valley Wire');
  await expect(panel(page).locator('.dl-reader__head')).toContainText('1 March 2026');

  // The map shows Ohio, close in: the article's places, not the world.
  await expect.poll(() => mapView(page)[0] ?? 0).toBeGreaterThanOrEqual(5);
  const [, lat = 0, lon = 0] = mapView(page);
  expect(lat).toBeGreaterThan(38);
  expect(lat).toBeLessThan(43);
  expect(lon).toBeGreaterThan(-86);
  expect(lon).toBeLessThan(-80);
  for (const { word } of TOWNS) {
    await expect(
      map(page).locator('.dl-marker, .dl-cluster', { hasText: word }).first(),
    ).toBeInViewport();
  }

  // Scrolled to the end, the header is still there, and Close sits on it, not on the text.
  await panel(page).locator(`#dl-passage-${LAST_PASSAGE}`).scrollIntoViewIfNeeded();
  await expect(panel(page).locator(`#dl-passage-${LAST_PASSAGE}`)).toBeInViewport();
  await expect(heading).toBeInViewport();
  await expect(original).toBeInViewport();
  const close = await panel(page).getByRole('button', { name: 'Close panel' }).boundingBox();
  const head = await panel(page).locator('.dl-reader__head').boundingBox();
  if (!close || !head) throw new Error('no Close button or header');
  expect(close.y).toBeGreaterThanOrEqual(head.y - 1);
  expect(close.y + close.height).toBeLessThanOrEqual(head.y + head.height + 1);
  const coveredText = await panel(page)
    .locator('.dl-reader__passage')
    .evaluateAll(
      (passages, box) =>
        passages.some((p) => {
          const r = p.getBoundingClientRect();
          const top = Math.max(r.top, box.bottom);
          return top < r.bottom && r.left < box.right && r.right > box.left && top < box.bottom;
        }),
      { left: close.x, right: close.x + close.width, bottom: close.y + close.height },
    );
  expect(coveredText).toBe(false);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a place opened from a mention deep in the reader shows its heading', async ({ page }) => {
    await serveStories(page, [FLOODS]);
    await page.goto(`/?article=ohio-floods&passage=${LAST_PASSAGE}`);
    const current = panel(page).locator('.dl-reader__passage.is-current');
    await expect(current).toBeInViewport();
    await expect(panel(page).getByRole('heading', { name: TITLE })).toBeInViewport();
    await current.getByRole('button', { name: 'Toledo' }).tap();
    await expect(
      panel(page).getByRole('heading', { name: 'Toledo, Ohio, United States' }),
    ).toBeInViewport();
  });
});
