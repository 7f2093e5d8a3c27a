import {
  confidentShare,
  expectedCalibrationError,
  reliability,
  splitOf,
  type Outcome,
  type Split,
} from '../core/eval/calibration';
import { CONVENTION_KM, mentionOutcomes, type MentionOutcome } from '../core/eval/outcomes';
import { scoreCorpus } from '../core/eval/score';
import type { Scores } from '../core/eval/types';
import * as v from 'valibot';
import { geoparseDocument } from '../core/geoparser/index';
import { parseCommandLine } from './cli/args';
import { UsageError, UserError } from './cli/errors';
import { checkInputFile } from './cli/paths';
import { isMain, runCli } from './cli/run';
import { loadGazetteer } from './gazetteer/load';
import { fileLines } from './jsonl';
import { correctionsCorpus } from './eval-corrections';
import { GoldArticleSchema, issueText, type GoldArticle } from '../shared/schema';

const USAGE =
  'usage: npm run eval -- CORPUS.jsonl [--ignore-demonyms] [--split fit|held-out]\n' +
  '       npm run eval -- --corrections CORRECTIONS.json [--articles FOLDER]';
/** Confidence at or above which a mention counts as sure. */
const SURE = 0.9;

/** Checks one corpus line's shape; returns the reason it is unusable, or the article. */
export function parseGoldLine(line: string): GoldArticle | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const result = v.safeParse(GoldArticleSchema, json);
  return result.success ? result.output : issueText(result.issues);
}

/** Scores and per-mention outcomes of one run over a corpus. */
export interface Evaluation {
  scores: Scores;
  outcomes: MentionOutcome[];
}

/** Runs the engine over gold articles and scores them. */
export function evaluateArticles(
  golds: Iterable<GoldArticle>,
  ignoreDemonyms: boolean,
): Evaluation {
  const gazetteer = loadGazetteer();
  const articles: Parameters<typeof scoreCorpus>[0] = [];
  const outcomes: MentionOutcome[] = [];
  for (const gold of golds) {
    const doc = geoparseDocument(gold.text, gazetteer);
    const keep = doc.mentions.map((m) => !ignoreDemonyms || m.form !== 'demonym');
    const mentions = doc.mentions.filter((_, i) => keep[i]);
    const scores = doc.scores.filter((_, i) => keep[i]);
    articles.push({
      gold,
      predicted: mentions.map((m) => ({ start: m.start, end: m.end, ...m.place })),
    });
    outcomes.push(...mentionOutcomes(gold, mentions, scores));
  }
  return { scores: scoreCorpus(articles), outcomes };
}

/** Reads a gold corpus, optionally one half of the calibration split. */
export async function readCorpus(path: string, split?: Split): Promise<GoldArticle[]> {
  const out: GoldArticle[] = [];
  for await (const { n, line } of fileLines(path)) {
    if (line.trim() === '') continue;
    const gold = parseGoldLine(line);
    if (typeof gold === 'string') throw new UserError(`${path}: line ${n}: ${gold}`);
    if (split === undefined || splitOf(gold.id) === split) out.push(gold);
  }
  return out;
}

/** Runs the engine over a gold corpus and scores it. */
export async function evaluate(path: string, ignoreDemonyms: boolean): Promise<Scores> {
  return evaluateArticles(await readCorpus(path), ignoreDemonyms).scores;
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

/** ECE, the reliability table and the share of sure mentions, over resolved mentions. */
export function formatCalibration(outcomes: MentionOutcome[]): string {
  const os: Outcome[] = outcomes.map((o) => ({ p: o.confidence, right: o.right }));
  const f = (x: number) => x.toFixed(3);
  const right = os.filter((o) => o.right).length;
  const sure = confidentShare(os, SURE);
  const rows = reliability(os)
    .filter((b) => b.n > 0)
    .map(
      (b) =>
        `| ${b.from.toFixed(1)}-${b.to.toFixed(1)} | ${b.n} | ${f(b.meanConfidence)} | ${f(b.accuracy)} |`,
    );
  const wrong = outcomes.filter((o) => !o.right).length;
  const convention = outcomes.filter((o) => o.convention).length;
  const excused = outcomes.map((o) => ({ p: o.confidence, right: o.right || o.convention }));
  const sureExcused = confidentShare(excused, SURE);
  return [
    `point convention: ${convention} of ${wrong} errors are areas named as in the gold and within ${CONVENTION_KM} km of its point (A@161 counting them right: ${f(os.length ? (right + convention) / os.length : 0)}; confidence >= ${SURE} then ${f(sureExcused.accuracy)} right)`,
    `calibration over ${os.length} resolved mentions: A@161 ${f(os.length ? right / os.length : 0)}  ECE (10 bins) ${f(expectedCalibrationError(os))}`,
    `confidence >= ${SURE}: ${f(sure.share)} of mentions (${sure.n}), ${f(sure.accuracy)} of them right`,
    '| confidence | mentions | mean confidence | right |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    options: {
      'ignore-demonyms': { type: 'boolean' },
      split: { type: 'string' },
      corrections: { type: 'string' },
      articles: { type: 'string' },
    },
    positionals: { min: 0, max: 1 },
  });
  const split = values.split;
  if (split !== undefined && split !== 'fit' && split !== 'held-out') {
    throw new UsageError(`--split ${split}: expected fit or held-out`);
  }
  let golds: GoldArticle[];
  if (values.corrections !== undefined) {
    if (positionals.length > 0) throw new UsageError('give a corpus or --corrections, not both');
    checkInputFile(values.corrections, 'corrections');
    golds = await correctionsCorpus(values.corrections, values.articles);
  } else {
    const path = positionals[0];
    if (path === undefined) throw new UsageError('missing argument (one expected)');
    checkInputFile(path, 'corpus');
    golds = await readCorpus(path, split);
  }
  const { scores, outcomes } = evaluateArticles(golds, values['ignore-demonyms'] === true);
  console.log(formatScores(scores));
  console.log(formatCalibration(outcomes));
}

if (isMain(import.meta.url)) runCli({ name: 'eval', usage: USAGE }, main);
