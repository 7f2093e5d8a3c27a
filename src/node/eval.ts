import { scoreCorpus } from '../core/eval/score';
import type { GoldArticle, Scores } from '../core/eval/types';
import { geoparse } from '../core/geoparser/index';
import { parseCommandLine } from './cli/args';
import { UserError } from './cli/errors';
import { checkInputFile } from './cli/paths';
import { isMain, runCli } from './cli/run';
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
    if (typeof gold === 'string') throw new UserError(`${path}: line ${n}: ${gold}`);
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
  const { values, positionals } = parseCommandLine(args, {
    options: { 'ignore-demonyms': { type: 'boolean' } },
    positionals: { min: 1, max: 1 },
  });
  const path = positionals[0] ?? '';
  checkInputFile(path, 'corpus');
  console.log(formatScores(await evaluate(path, values['ignore-demonyms'] === true)));
}

if (isMain(import.meta.url)) runCli({ name: 'eval', usage: USAGE }, main);
