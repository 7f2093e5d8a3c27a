import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoSeriousViolations, lists, map, openApp, panel, test } from './fixtures';
import { PORT, REVIEW_DIR, REVIEW_PORT } from './ports';
import { preprocessReviewSite } from '../src/node/tools/review-site';
import type { CorrectionsFile } from '../src/shared/schema';

/**
 * Correcting places through the local API, on a site with its own copy of the seeds
 * (playwright.config.ts, src/node/tools/review-site.ts): the repository's seeds/ is never written.
 * The journeys build on each other (Georgia corrected, Poland removed, ...), so they run in order.
 */
test.use({ baseURL: `http://127.0.0.1:${REVIEW_PORT}` });
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const ARTICLE = '000_845b873d2f18d17e';
const correctionsFile = join(REVIEW_DIR, 'seeds', 'corrections.json');
const saved = () =>
  existsSync(correctionsFile)
    ? (JSON.parse(readFileSync(correctionsFile, 'utf8')) as CorrectionsFile).corrections
    : [];
/** A save rebuilds the data (preprocess, a few seconds; more on a busy machine). */
const SAVE = { timeout: 90_000 };

test.beforeAll(() => {
  // A server reused from an earlier run keeps its corrections: start from the articles alone.
  rmSync(correctionsFile, { force: true });
  preprocessReviewSite(REVIEW_DIR);
});

test('corrects "Georgia" to the U.S. state for one article, and the map moves it', async ({
  page,
}) => {
  await openApp(page, `/?article=${ARTICLE}`);
  await expect(lists(page).getByRole('button', { name: /^Georgia: 1 mention/ })).toBeVisible();
  await panel(page)
    .getByRole('button', { name: 'Wrong place? “Georgia”, read as Georgia' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Wrong place? “Georgia”' });
  await expect(dialog.getByRole('radio', { name: 'Only this mention' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Georgia (state or province, United States)' }).check();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Save correction' }).click();

  await expect(dialog).toBeHidden(SAVE);
  await expect(
    map(page).locator('.dl-marker[title^="Georgia, United States: 1 mention"]'),
  ).toBeVisible();
  await expect(lists(page).getByRole('button', { name: /^Georgia: 1 mention/ })).toHaveCount(0);
  expect(saved()).toMatchObject([
    {
      article: ARTICLE,
      mention: 'Georgia',
      scope: 'mention',
      verdict: 'place',
      place: { id: 'adm1:US.GA' },
    },
  ]);
});

test('marks a name "not a place" for every mention in its article', async ({ page }) => {
  await openApp(page, '/');
  await lists(page)
    .getByRole('button', { name: /^Poland: 2 mentions/ })
    .click();
  await panel(page).getByRole('button', { name: 'Wrong place?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wrong place? “Poland”' });
  await dialog.getByRole('radio', { name: 'Every “Poland” in this article' }).check();
  await dialog.getByRole('radio', { name: 'Not a place' }).check();
  await dialog.getByRole('button', { name: 'Save correction' }).click();

  await expect(dialog).toBeHidden(SAVE);
  await expect(lists(page).getByRole('button', { name: /^Poland: / })).toHaveCount(0);
  await expect(map(page).locator('.dl-marker[title^="Poland:"]')).toHaveCount(0);
});

test('adds a place the geoparser missed by selecting its name in the reader', async ({ page }) => {
  await openApp(page, `/?article=${ARTICLE}`);
  await expect(
    lists(page).getByRole('button', { name: /^Washington, .*United States: 1 mention/ }),
  ).toBeVisible();
  await panel(page).getByText('To add a place Dateline missed, select its name.').waitFor();
  await page.evaluate(() => {
    const walker = document.createTreeWalker(
      document.querySelector('.dl-reader') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('White House') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'White House'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  await panel(page).getByRole('button', { name: 'Add “White House” as a place' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add “White House” as a place' });
  await dialog
    .getByRole('searchbox', { name: 'Search every place Dateline knows' })
    .fill('Washington');
  await dialog
    .getByRole('radio', { name: 'Washington (city, District of Columbia, United States)' })
    .check();
  await dialog.getByRole('button', { name: 'Save correction' }).click();

  await expect(dialog).toBeHidden(SAVE);
  await expect(
    lists(page).getByRole('button', { name: /^Washington, .*United States: 2 mentions/ }),
  ).toBeVisible();
  expect(saved().find((c) => c.mention === 'White House')).toMatchObject({ verdict: 'missed' });
});

test('reviews five doubtful mentions by keyboard alone, least sure first, the map following', async ({
  page,
}) => {
  await openApp(page, '/');
  const toggle = page.getByRole('button', { name: 'Review doubtful places' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const review = page.getByRole('region', { name: 'Review doubtful places' });
  await expect(review).toBeFocused();
  const progress = review.getByText(/^\d+ of \d+ reviewed$/);
  await expect(progress).toHaveText(/^0 of \d+ reviewed$/);
  const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(5);
  await expectNoSeriousViolations(page);

  const heading = review.getByRole('heading', { level: 3 });
  const reading = review.getByText(/^Read as /);
  const before = saved().length;
  const rejected = () => saved().filter((c) => c.verdict === 'not-a-place').length;
  const rejectedBefore = rejected();
  let sure = 0;
  for (const [i, key] of ['a', 'a', 'n', 'a', 'a'].entries()) {
    await expect(review.locator('blockquote mark')).toBeVisible();
    // Each is a mention, shown in its passage, and none is surer than the one after it.
    const [, mention = '', percent = ''] =
      /^“(.+)”, (\d+)% sure$/.exec((await heading.textContent()) ?? '') ?? [];
    await expect(review.locator('blockquote mark')).toHaveText(mention);
    expect(Number(percent)).toBeGreaterThanOrEqual(sure);
    sure = Number(percent);
    const name = /^Read as (.+) \([a-z ]+\), in “/.exec((await reading.textContent()) ?? '')?.[1];
    expect(name).toBeTruthy();
    const entry = lists(page).getByRole('button', { name: new RegExp(`^${name}: \\d+ mentions?`) });
    const count = Number(
      /: (\d+) mention/.exec(
        (await entry.first().getAttribute('aria-label')) ??
          (await entry.first().textContent()) ??
          '',
      )?.[1],
    );
    await page.keyboard.press(key);
    await expect(progress).toHaveText(`${i + 1} of ${total} reviewed`, SAVE);
    if (key === 'n') {
      expect(rejected()).toBe(rejectedBefore + 1);
      expect(saved().some((c) => c.verdict === 'not-a-place' && c.mention === mention)).toBe(true);
      // The rejected mention is gone from the rebuilt data the page now shows.
      if (count === 1) await expect(entry).toHaveCount(0);
      else
        await expect(entry.first()).toHaveAccessibleName(
          new RegExp(`^${name}: ${count - 1} mention`),
        );
    }
  }
  expect(saved().length).toBe(before + 5);
  await expect(review).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('keeps every correction when preprocess runs again', async ({ page }) => {
  const output = preprocessReviewSite(REVIEW_DIR);
  expect(output).toMatch(/\d+ correction\(s\) applied from /);
  await openApp(page, '/');
  await expect(
    lists(page).getByRole('button', { name: /^Georgia, United States: 1 mention/ }),
  ).toBeVisible();
  await expect(lists(page).getByRole('button', { name: /^Poland: / })).toHaveCount(0);
  await expect(
    lists(page).getByRole('button', { name: /^Washington, .*United States: 2 mentions/ }),
  ).toBeVisible();
});

test('a deploy without the local API shows no correction controls', async ({ page }) => {
  await openApp(page, `http://127.0.0.1:${PORT}/?article=${ARTICLE}`);
  await expect(panel(page).getByRole('button', { name: 'Georgia' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Wrong place\?/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review doubtful places' })).toHaveCount(0);
  await expect(page.getByText('To add a place Dateline missed, select its name.')).toHaveCount(0);
});
