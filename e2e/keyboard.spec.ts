import { expect, lists, map, openApp, panel, SOCHI, test } from './fixtures';

test('a place can be found and opened with the keyboard alone, via search', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search places and articles' });
  // The two skip links come first, then the search box.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('soc');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: /Sochi, Krasnodar Krai, Russia/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');

  const heading = panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('Escape closes the search suggestions, then clears the query', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search places and articles' });
  await search.fill('bu');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
});

test('a map marker is reachable by Tab and opens with Enter; focus returns on close', async ({
  page,
}) => {
  await openApp(page, '/?map=7/43.6/39.73');
  const marker = map(page).getByRole('button', { name: SOCHI });
  // Tab from the map itself through its markers, as a keyboard user would.
  await map(page).locator('.leaflet-container').focus();
  for (let i = 0; i < 40 && !(await marker.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
  ).toBeFocused();
  await panel(page).getByRole('button', { name: 'Close panel' }).press('Enter');
  await expect(panel(page)).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test('the place list works by keyboard and focus returns to the list entry', async ({ page }) => {
  await openApp(page);
  const entry = lists(page).getByRole('button', { name: SOCHI });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(
    panel(page).getByRole('heading', { name: 'Sochi, Krasnodar Krai, Russia' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Close panel' })).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(entry).toBeFocused();
});
