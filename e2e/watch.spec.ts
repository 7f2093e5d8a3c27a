import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, lists, panel, test } from './fixtures';
import { DEV_PORT } from './ports';

/**
 * `npm run dev` on a scratch collection: a file dropped into the seeds folder while the page is
 * open appears on it, with no manual reload and the view kept. The dev server gets its own port
 * and data folder, so the app's own data and the preview server are untouched.
 */
const port = DEV_PORT;
const base = `http://127.0.0.1:${port}`;
let seeds = '';
let dev: ChildProcess | undefined;
let log = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), 'dev-seeds-'));
  copyFileSync(join('seeds', '000_845b873d2f18d17e.txt'), join(seeds, 'bush-putin.txt'));
  const out = mkdtempSync(join(tmpdir(), 'dev-data-'));
  dev = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/node/dev.ts', '--seeds', seeds, '--out', out, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout: 120_000 }).toContain('dev: data rebuilt');
});

test.afterAll(() => {
  dev?.kill('SIGTERM');
});

test('a new article dropped into seeds/ appears on the open page, and the view stays', async ({
  page,
}) => {
  await page.goto(`${base}/?list=articles`);
  const articles = lists(page);
  await expect(articles.getByRole('button', { name: /^Bush, Putin at Odds/ })).toBeVisible({
    timeout: 60_000,
  });
  const runs = log.split('dev: data rebuilt').length;

  // A Markdown note with its link, and another outlet's copy of it a day later.
  const body = 'Leaders met in Riga and Vilnius on Thursday.';
  writeFileSync(
    join(seeds, 'riga.md'),
    `---\ntitle: Summit in Riga\ndate: 2008-04-10\nsource: Test Wire\nurl: https://example.org/riga\n---\n\n${body}\n`,
  );
  writeFileSync(
    join(seeds, 'riga-copy.txt'),
    `Baltic summit opens\nSource: Other Wire\nDate: 2008-04-11\n\n${body}\n`,
  );

  await expect
    .poll(() => log.split('dev: data rebuilt').length, { timeout: 90_000 })
    .toBeGreaterThan(runs);
  await expect(articles.getByRole('button', { name: /^Summit in Riga/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(page.url()).toContain('list=articles');

  await articles.getByRole('button', { name: /^Summit in Riga/ }).click();
  await expect(
    panel(page).getByRole('heading', { name: 'Summit in Riga', level: 2 }),
  ).toBeVisible();
  const reader = panel(page);
  await expect(reader).toContainText('Test Wire');
  await expect(reader).toContainText('10 April 2008');
  await expect(reader).toContainText('Also published by: Other Wire');
  await expect(reader.getByRole('link', { name: /Read the original/ })).toHaveAttribute(
    'href',
    'https://example.org/riga',
  );
  await expect(articles.getByRole('button', { name: /^Baltic summit opens/ })).toHaveCount(0);

  // The copy counts once by default; "Count every copy" adds its mention, and the link says so.
  // (With the reader closed: while it is open the list shows that one article's counts.)
  await reader.getByRole('button', { name: 'Close panel' }).click();
  await page.getByRole('button', { name: /^Places/ }).click();
  const riga = articles.getByRole('button', { name: /^Riga\b/ });
  const mentions = async () => Number(/: (\d+) mention/.exec(await riga.innerText())?.[1]);
  const once = await mentions();
  expect(once).toBeGreaterThan(0);
  await page
    .getByRole('checkbox', { name: /^Count every copy of a story \(1 copy merged\)/ })
    .check();
  await expect.poll(mentions).toBe(once + 1);
  // The address follows the store a moment later (history writes are batched): wait for it.
  await expect(page).toHaveURL(/[?&]copies=all\b/);
});
