import { expect, lists, map, openApp, panel, SOCHI, test } from './fixtures';
import type { Page } from '@playwright/test';

/** The Leaflet map fills its box: no strip of blank container after a resize. */
async function expectMapFillsItsBox(page: Page) {
  const leaflet = map(page).locator('.leaflet-container');
  await expect
    .poll(() =>
      leaflet.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const pane = el.querySelector('.leaflet-overlay-pane svg');
        if (!pane) return 'no basemap';
        const drawn = pane.getBoundingClientRect();
        // The basemap's SVG is drawn over the visible map plus a margin; it must cover the box.
        return drawn.left <= box.left + 1 &&
          drawn.right >= box.right - 1 &&
          drawn.top <= box.top + 1 &&
          drawn.bottom >= box.bottom - 1
          ? 'covered'
          : `gap: map ${JSON.stringify(box)} drawn ${JSON.stringify(drawn)}`;
      }),
    )
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
