import type { Page } from '@playwright/test';
import { BUCHAREST, expect, lists, map, openApp, SOCHI, test } from './fixtures';

/** Pans the map east with the keyboard, as a reader can: Leaflet moves 80 px per press. */
async function panEast(page: Page, presses: number) {
  await map(page).locator('.leaflet-container').focus();
  const lon = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[2]);
  for (let i = 0; i < presses; i++) {
    const before = lon();
    await page.keyboard.press('ArrowRight');
    // One press at a time: a press during the pan's animation is lost.
    await expect.poll(lon).toBeGreaterThan(before);
  }
}

test('"Only places in view" makes the place list follow the map as it pans', async ({ page }) => {
  // Zoom 5 over the Black Sea: Bucharest and Sochi in view, not every place.
  await openApp(page, '/?map=5/44/30');
  const toggle = lists(page).getByRole('checkbox', { name: /^Only places in view/ });
  const bucharest = lists(page).getByRole('button', { name: BUCHAREST });
  const all = await lists(page)
    .getByRole('button', { name: /^Places \(\d+\)/ })
    .innerText();
  const total = Number(/\((\d+)\)/.exec(all)?.[1]);
  // The toggle's name says how many places are in view: "Only places in view (5)".
  const inView = async () =>
    Number(
      /\((\d+)\)/.exec(await toggle.evaluate((el) => el.closest('label')?.textContent ?? ''))?.[1],
    );

  await toggle.check();
  await expect(bucharest).toBeVisible();
  await expect.poll(inView).toBeLessThan(total);
  const before = await inView();
  expect(before).toBeGreaterThan(0);

  // Pan east about 20 degrees, past Bucharest, keeping Sochi: the list follows the map.
  await panEast(page, 6);
  await expect(bucharest).toHaveCount(0);
  await expect.poll(inView).not.toBe(before);
  await expect(lists(page).getByRole('button', { name: SOCHI })).toBeVisible();

  // Unchecked, the list holds every place again.
  await toggle.uncheck();
  await expect(bucharest).toBeVisible();
  await expect(lists(page).getByRole('button', { name: `Places (${total})` })).toBeVisible();
});
