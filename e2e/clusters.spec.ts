import type { Page } from '@playwright/test';
import type { DataIndexFile, PlaceRow } from '../src/shared/schema';
import { expect, expectNoSeriousViolations, map, openApp, test } from './fixtures';

const GENERATED = 300;

/** A deterministic spread of points, so every run clusters the same way. */
function* scatter(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

/**
 * The seed index plus GENERATED made-up towns around Kenya and Peru, each mentioned 1 to 3 times:
 * enough places to need clusters, built here rather than checked in. The map needs only the
 * index's place rows; the towns have no passages to fetch.
 */
function withGeneratedPlaces(data: DataIndexFile): DataIndexFile {
  const random = scatter(7);
  const next = () => random.next().value as number;
  const places: PlaceRow[] = [];
  for (let i = 1; i <= GENERATED; i++) {
    const name = `Gen ${String(i).padStart(3, '0')}`;
    const inKenya = i % 3 !== 0;
    places.push({
      id: `test:gen-${i}`,
      name,
      kind: 'city',
      lat: inKenya ? -4 + 8 * next() : -15 + 10 * next(),
      lon: inKenya ? 34 + 8 * next() : -80 + 8 * next(),
      country: inKenya ? 'KE' : 'PE',
      mentionCount: 1 + (i % 3),
      articleCount: 1,
      alternatives: [],
      confidence: 0.9,
      names: [name],
      days: [],
      pages: [],
    });
  }
  return { ...data, places: [...data.places, ...places] };
}

async function serveGeneratedPlaces(page: Page) {
  await page.route('**/data/dateline.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as DataIndexFile;
    await route.fulfill({ response, json: withGeneratedPlaces(data) });
  });
}

const CLUSTER = /^\d+ places, \d+ mentions: .+ Zoom to see them all$/;
const GENERATED_PLACE = /^Gen \d{3}, (Kenya|Peru): \d mentions?$/;

test('many places merge into described clusters; one Enter on a cluster splits it', async ({
  page,
}) => {
  await serveGeneratedPlaces(page);
  await openApp(page, '/?map=3/0/-20');
  const clusters = map(page).getByRole('button', { name: CLUSTER });
  await expect(clusters.first()).toBeVisible();
  // At a world view the generated towns are all inside clusters, none alone.
  await expect(map(page).getByRole('button', { name: GENERATED_PLACE })).toHaveCount(0);

  await expectNoSeriousViolations(page);

  const zoom = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]);
  const before = zoom();
  const cluster = clusters.filter({ hasText: 'Gen ' }).first();
  const name = (await cluster.getAttribute('title')) ?? '';
  const places = Number(/^(\d+) places/.exec(name)?.[1]);
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect.poll(zoom).toBeGreaterThan(before);
  // One press is enough: the group is gone, its places now in several markers.
  await expect(map(page).getByRole('button', { name, exact: true })).toHaveCount(0);
  const pieces = map(page).locator('.dl-cluster, .dl-marker');
  await expect.poll(() => pieces.count()).toBeGreaterThan(1);
  expect(places).toBeGreaterThan(1);
  // Focus stays on the map, where Tab goes on to the markers now shown.
  await expect(map(page).locator('.leaflet-container')).toBeFocused();
});

test('a selected place stands alone even where its neighbours are clustered', async ({ page }) => {
  await serveGeneratedPlaces(page);
  await openApp(page, '/?map=3/0/37&place=test:gen-1');
  const marker = map(page).getByRole('button', { name: /^Gen 001, Kenya: \d mentions?$/ });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveClass(/is-selected/);
  await expect(map(page).getByRole('button', { name: CLUSTER }).first()).toBeVisible();
});
