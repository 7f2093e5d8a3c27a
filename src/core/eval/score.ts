import { distanceKm } from '../../shared/place';
import type { PredictedSpan, Scores } from './types';
import type { GoldArticle } from '../../shared/schema';

/** Unresolved gold spans of these types are not places (Gritta et al.): left out of the gold set. */
const NOT_PLACES = new Set(['Homonym', 'Language']);
/** Half the Earth's circumference: the largest possible error, which normalises AUC. */
const MAX_ERROR_KM = 20039;

interface GoldSpan {
  start: number;
  end: number;
  point: { lat: number; lon: number } | null;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs gold and predicted spans whose ranges overlap, each at most once, largest overlap first
 * (ties: earlier gold, then earlier prediction).
 */
export function matchSpans<
  G extends { start: number; end: number },
  P extends { start: number; end: number },
>(gold: G[], predicted: P[]): [G, P][] {
  const pairs: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0) pairs.push({ g: gi, p: pi, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [G, P][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    const gs = gold[g];
    const ps = predicted[p];
    if (!gs || !ps) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([gs, ps]);
  }
  return out;
}

/** The gold set of an article: toponyms plus unresolved places (minus Homonym/Language spans). */
export function goldSpans(article: GoldArticle): GoldSpan[] {
  return [
    ...article.toponyms.map((t) => ({
      start: t.start,
      end: t.end,
      point: { lat: t.lat, lon: t.lon },
    })),
    ...(article.unresolved ?? [])
      .filter((u) => !NOT_PLACES.has(u.type ?? ''))
      .map((u) => ({ start: u.start, end: u.end, point: null })),
  ];
}

/** AUC of Gritta et al. 2018: mean of ln(1 + km) / ln(20039) over the errors, sorted. */
export function errorAuc(errorsKm: number[]): number {
  if (errorsKm.length === 0) return 0;
  const scaled = errorsKm
    .map((e) => Math.log(1 + e) / Math.log(MAX_ERROR_KM))
    .sort((a, b) => a - b);
  // Trapezoids over the sorted curve on a unit-width x axis (one step per error).
  if (scaled.length === 1) return scaled[0] ?? 0;
  let area = 0;
  for (let i = 1; i < scaled.length; i++) area += ((scaled[i - 1] ?? 0) + (scaled[i] ?? 0)) / 2;
  return area / (scaled.length - 1);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Scores predictions against a gold corpus: recognition P/R/F1, resolution A@161, median, AUC. */
export function scoreCorpus(articles: { gold: GoldArticle; predicted: PredictedSpan[] }[]): Scores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  const errors: number[] = [];
  for (const a of articles) {
    const g = goldSpans(a.gold);
    // A reviewed corpus scores only what was reviewed.
    const scored = a.gold.scored;
    const preds = scored
      ? a.predicted.filter((p) => scored.some((s) => overlap(s, p) > 0))
      : a.predicted;
    gold += g.length;
    predicted += preds.length;
    const pairs = matchSpans(g, preds);
    matched += pairs.length;
    for (const [gs, ps] of pairs) if (gs.point) errors.push(distanceKm(gs.point, ps));
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return {
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    resolved: errors.length,
    accuracy161: errors.length ? errors.filter((e) => e <= 161).length / errors.length : 0,
    medianKm: median(errors),
    auc: errorAuc(errors),
  };
}
