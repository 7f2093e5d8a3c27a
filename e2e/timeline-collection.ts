// A small dated collection for the timeline journeys (e2e/timeline.spec.ts), written and
// preprocessed at test time into its own folder: never committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isoFromDay } from '../src/shared/hash';

const FIRST_DAY = 13939; // 2008-03-01, a Saturday
/** Days the collection spans: March and April 2008. */
export const SPAN_DAYS = 61;
/** Nairobi's surge: every article in this week names it, and none before. */
export const SURGE = { from: '2008-04-14', to: '2008-04-20' };
export const UNDATED = 2;

const STEADY = ['Bucharest', 'Warsaw', 'Oslo', 'Cairo'];

function article(title: string, date: string | null, body: string): string {
  const head = date ? `Source: Wire Service\nDate: ${date}` : 'Source: Wire Service';
  return `${title}\n\n${head}\n\n${body}\n`;
}

/**
 * One article a day naming two of the steady cities, so every bin has mentions; Nairobi named
 * in each article of the surge week only; and UNDATED articles without a date.
 */
export function timelineArticles(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (let k = 0; k < SPAN_DAYS; k++) {
    const date = isoFromDay(FIRST_DAY + k);
    const a = STEADY[k % STEADY.length] ?? 'Oslo';
    const b = STEADY[(k + 1) % STEADY.length] ?? 'Cairo';
    const surge = date >= SURGE.from && date <= SURGE.to;
    const body = [
      `Officials in ${a} met envoys from ${b} on ${date}.`,
      surge ? `Crowds gathered in Nairobi, and aid reached Nairobi by road.` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    out.push({ file: `day-${date}.txt`, text: article(`Report ${k} from ${a}`, date, body) });
  }
  for (let k = 0; k < UNDATED; k++) {
    out.push({
      file: `undated-${k}.txt`,
      // Distinct stories: identical texts would be merged as copies of one (issue 8).
      text: article(`Undated note ${k}`, null, `Talks went on in Warsaw, round ${k + 1}.`),
    });
  }
  return out;
}

/** A collection whose articles carry no date at all. */
export function undatedArticles(): { file: string; text: string }[] {
  return [0, 1].map((k) => ({
    file: `note-${k}.txt`,
    text: article(`Note ${k}`, null, `Talks went on in Warsaw and Oslo, round ${k + 1}.`),
  }));
}

/** Writes the articles and preprocesses them into `dir`/data; returns that data folder. */
export function buildCollection(dir: string, articles: { file: string; text: string }[]): string {
  const root = resolve(dir);
  const seeds = join(root, 'seeds');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const { file, text } of articles) writeFileSync(join(seeds, file), text);
  const data = join(root, 'data');
  execFileSync(
    'node',
    [
      'src/node/bundle/launch.mjs',
      'src/node/preprocess.ts',
      '--seeds',
      seeds,
      '--out',
      data,
      '--cache',
      join(root, 'cache'),
    ],
    { stdio: 'pipe' },
  );
  return data;
}
