import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { scoreCorpus } from '../core/eval/score';
import type { GoldArticle, Scores } from '../core/eval/types';
import { geoparse } from '../core/geoparser/index';
import { loadGazetteer } from './gazetteer/load';
import { fileLines } from './jsonl';

const USAGE = 'usage: npm run eval -- CORPUS.jsonl [--ignore-demonyms]';

function isSpan(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return typeof s.start === 'number' && typeof s.end === 'number';
}

/** Checks one corpus line's shape; returns the reason it is unusable, or the article. */
export function parseGoldLine(line: string): GoldArticle | string {
  let x: unknown;
  try {
    x = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof x !== 'object' || x === null) return 'not a JSON object';
  const a = x as Record<string, unknown>;
  if (typeof a.text !== 'string') return 'missing "text" string';
  if (!Array.isArray(a.toponyms) || !a.toponyms.every(isSpan))
    return 'missing "toponyms" array of spans';
  if (a.unresolved !== undefined && (!Array.isArray(a.unresolved) || !a.unresolved.every(isSpan))) {
    return '"unresolved" is not an array of spans';
  }
  return { ...(a as unknown as GoldArticle), id: typeof a.id === 'string' ? a.id : '' };
}

/** Runs the engine over a gold corpus and scores it. */
export async function evaluate(path: string, ignoreDemonyms: boolean): Promise<Scores> {
  const gazetteer = loadGazetteer();
  const articles: Parameters<typeof scoreCorpus>[0] = [];
  for await (const { n, line } of fileLines(path)) {
    if (line.trim() === '') continue;
    const gold = parseGoldLine(line);
    if (typeof gold === 'string') throw new Error(`${path}: line ${n}: ${gold}`);
    const mentions = geoparse(gold.text, gazetteer).filter(
      (m) => !ignoreDemonyms || m.form !== 'demonym',
    );
    articles.push({
      gold,
      predicted: mentions.map((m) => ({ start: m.start, end: m.end, ...m.place })),
    });
  }
  return scoreCorpus(articles);
}

/** The scores as a small table. */
export function formatScores(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `gold ${s.gold}  predicted ${s.predicted}  matched ${s.matched}  resolved ${s.resolved}`,
    '| P | R | F1 | A@161 | median km | AUC |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.accuracy161)} | ${s.medianKm.toFixed(1)} | ${f(s.auc)} |`,
  ].join('\n');
}

async function main(args: string[]): Promise<void> {
  const ignoreDemonyms = args.includes('--ignore-demonyms');
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--ignore-demonyms');
  if (paths.length !== 1 || unknown.length > 0) throw new Error(USAGE);
  const path = paths[0] ?? '';
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  console.log(formatScores(await evaluate(path, ignoreDemonyms)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
