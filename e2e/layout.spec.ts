import { expect, lists, map, openApp, panel, SOCHI, test } from './fixtures';
import type { Page } from '@playwright/test';
import { basemapPixel } from './basemap-pixels';

/** The Leaflet map fills its box: no strip of blank container after a resize. */
async function expectMapFillsItsBox(page: Page) {
  const leaflet = map(page).locator('.leaflet-container');
  // The basemap's tiles are drawn over every corner of the map's box and its middle.
  await expect
    .poll(async () => {
      const box = await leaflet.boundingBox();
      if (!box) return 'no map';
      const inset = 2;
      const points = [
        [box.x + inset, box.y + inset],
        [box.x + box.width - inset, box.y + inset],
        [box.x + inset, box.y + box.height - inset],
        [box.x + box.width - inset, box.y + box.height - inset],
        [box.x + box.width / 2, box.y + box.height / 2],
      ] as const;
      const missing = [];
      for (const [x, y] of points) if (!(await basemapPixel(page, x, y))) missing.push([x, y]);
      return missing.length === 0 ? 'covered' : `no tile at ${JSON.stringify(missing)}`;
    })
    .toBe('covered');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the map with the list below, and the panel as a bottom sheet', async ({ page }) => {
    await openApp(page);
    const mapBox = await map(page).boundingBox();
    const listBox = await lists(page).boundingBox();
    expect(mapBox && mapBox.height > 250).toBe(true);
    expect(listBox && mapBox && listBox.y >= mapBox.y + mapBox.height - 1).toBe(true);
    await expectMapFillsItsBox(page);

    await lists(page).getByRole('button', { name: SOCHI }).tap();
    const sheet = panel(page);
    await expect(
      sheet.getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
    ).toBeVisible();
    const sheetBox = await sheet.boundingBox();
    expect(sheetBox && mapBox && sheetBox.y >= mapBox.y + mapBox.height - 1).toBe(true);
    await expect(map(page).getByRole('button', { name: SOCHI })).toBeInViewport();
    await expectMapFillsItsBox(page);
  });
});

test('the map fills its box after the panel opens and after the window is resized', async ({
  page,
}) => {
  await openApp(page);
  await expectMapFillsItsBox(page);
  await lists(page).getByRole('button', { name: SOCHI }).click();
  await expect(panel(page)).toBeVisible();
  await expectMapFillsItsBox(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await expectMapFillsItsBox(page);
  await panel(page).getByRole('button', { name: 'Close panel' }).click();
  await expectMapFillsItsBox(page);
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('an open panel leaves the map most of the width', async ({ page }) => {
    await openApp(page);
    await lists(page).getByRole('button', { name: SOCHI }).click();
    await expect(panel(page)).toBeVisible();
    const mapBox = await map(page).boundingBox();
    expect(mapBox?.width ?? 0).toBeGreaterThan(350);
    await expectMapFillsItsBox(page);
    await page.keyboard.press('Escape');
    await expect(lists(page).getByRole('button', { name: SOCHI })).toBeFocused();
  });
});
