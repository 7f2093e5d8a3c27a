// npm run preprocess: the articles in seeds/ -> the store (node_modules/.cache/dateline/store.sqlite) ->
// public/data/dateline.json + public/data/shards/ (data format version 2) for the app.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { duplicateSummary } from '../core/ingest/duplicates';
import { printable } from '../core/ingest/printable';
import { Lifeline } from './store/lifeline';
import { defaultCacheDir } from './store/paths';
import { createProgress } from './store/progress';
import { ParentGone, runPreprocess } from './store/run';
import { CacheBusy } from './store/run-lock';
import { correctionsPath, CorrectionsFileError } from './io/corrections-file';
import { orphanReport } from './io/orphan-report';
import { expectedArticles } from './io/expected-articles';
import { READABLE_EXTENSIONS } from './io/readers/index';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: join('public', 'data') },
        cache: { type: 'string', default: defaultCacheDir() },
        threads: { type: 'string' },
        // Every outlet's copy of a story as an article of its own (collections built of reused text).
        'keep-copies': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail(`preprocess: ${(error as Error).message}`);
  }
}

/** A one-line reason for a file system error a user can fix (full disk, read-only folder). */
function describeWriteError(error: unknown): string | undefined {
  const { code, path } = error as { code?: string; path?: string };
  const where = path ? ` ${path}` : '';
  if (code === 'ENOSPC') return `could not write${where}: the disk is full`;
  if (code === 'EACCES' || code === 'EPERM') return `could not write${where}: permission denied`;
  if (code === 'EROFS') return `could not write${where}: the file system is read-only`;
  if (code === 'ENOTDIR') return `could not write${where}: a file is in the way of a folder`;
  return undefined;
}

const values = options();
const { seeds, out, cache } = values;
const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) {
  fail(`preprocess: --threads must be a whole number above 0, got "${values.threads}"`);
}
const formats = READABLE_EXTENSIONS.join(' ');
if (!existsSync(seeds)) fail(`No folder "${seeds}": put your articles there (${formats}).`);
if (!statSync(seeds).isDirectory()) fail(`"${seeds}" is a file, not a folder of articles.`);
if (existsSync(out) && !statSync(out).isDirectory()) {
  fail(`"${out}" is a file; --out needs a folder for the data.`);
}

const lifeline = new Lifeline();
lifeline.watch(() => {
  console.error('preprocess: the command that started this run is gone; nothing was published.');
  process.exit(1);
});
process.once('SIGINT', () => {
  console.error('\npreprocess: interrupted; the data published before this run is unchanged.');
  process.exit(130);
});

try {
  const summary = await runPreprocess({
    seeds,
    out,
    cacheDir: cache,
    lifeline,
    // Counted from the listing the run takes anyway: a large folder is listed once.
    expected: (listing) => expectedArticles(seeds, listing),
    progress: createProgress(process.stderr, 'preprocess'),
    mergeCopies: !values['keep-copies'],
    ...(threads === undefined ? {} : { threads }),
  });
  lifeline.stop();
  const { sync, published } = summary;
  for (const { file, note } of sync.notes)
    console.error(`note ${printable(join(seeds, file))}: ${printable(note)}`);
  for (const { file, reason } of sync.rejected)
    console.error(`skipped ${printable(join(seeds, file))}: ${printable(reason)}`);
  for (const line of summary.correctionProblems) console.error(`skipped ${printable(line)}`);
  if (sync.read === 0) {
    fail(
      `No articles in "${seeds}": add articles (${formats}); a .txt has the title on its first line and blank lines between paragraphs.`,
    );
  }
  if (!published) fail(`No usable article in "${seeds}"; nothing was written.`);
  const { duplicates } = summary;
  if (duplicates.exact + duplicates.near > 0) console.log(duplicateSummary(duplicates));
  console.log(
    `${published.articles} article(s), ${published.places} places, ${published.mentions} mentions -> ${published.indexPath}` +
      ` (geoparsed ${sync.parsed} on ${summary.threads} thread(s), dropped ${sync.deleted};` +
      ` ${published.shardsWritten} shard(s) written, ${published.shardsReused} unchanged)`,
  );
  for (const line of orphanReport(published.corrections.orphans)) console.error(line);
  if (published.corrections.applied > 0) {
    console.log(
      `${published.corrections.applied} correction(s) applied from ${correctionsPath(seeds)}`,
    );
  }
} catch (error) {
  if (error instanceof ParentGone)
    fail('preprocess: the command that started this run is gone; nothing was published.');
  if (error instanceof CorrectionsFileError || error instanceof CacheBusy)
    fail(`preprocess: ${error.message}`);
  const reason = describeWriteError(error);
  if (reason) fail(`preprocess: ${reason}; the data published before this run is unchanged.`);
  throw error;
}
