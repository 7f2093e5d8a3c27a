import type { CalibrationCurve } from '../geoparser/calibrate';

/** One scored mention: the resolver's score or a confidence, and whether it was right. */
export interface Outcome {
  p: number;
  right: boolean;
}

/**
 * Pseudo-mentions at the stratum's overall share right added to each fitted block: a block of a
 * few mentions, all right or all wrong, must not read as certainty, while a block of hundreds
 * keeps its measured share. (Shrinking towards the resolver's own softmax instead was tried: the
 * softmax is far too modest for towns, and ECE on the held-out half doubled.)
 */
const PRIOR_MENTIONS = 10;

/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function of the
 * evidence closest to the outcomes. Chosen over Platt scaling because the resolver's softmax is
 * not sigmoid-shaped against accuracy (most mentions sit within a hair of 1, a few spread below),
 * and isotonic assumes only that more evidence is never worse. Each block is then shrunk towards
 * the overall share right by PRIOR_MENTIONS, and the curve kept non-decreasing.
 * `p` is the evidence the curve is read at.
 */
export function fitIsotonic(outcomes: Outcome[]): CalibrationCurve {
  const base = outcomes.length ? outcomes.filter((o) => o.right).length / outcomes.length : 0;
  const sorted = [...outcomes].sort((a, b) => a.p - b.p);
  type Block = { sumP: number; hits: number; n: number };
  const blocks: Block[] = [];
  const mean = (b: Block) => b.hits / b.n;
  for (let i = 0; i < sorted.length;) {
    // Equal evidence forms one block: the curve is a function of the evidence.
    let j = i;
    const b: Block = { sumP: 0, hits: 0, n: 0 };
    while (j < sorted.length && sorted[j]?.p === sorted[i]?.p) {
      const o = sorted[j];
      b.sumP += o?.p ?? 0;
      b.hits += o?.right ? 1 : 0;
      b.n++;
      j++;
    }
    blocks.push(b);
    // Pool while the order is violated.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (!last || !prev || mean(prev) < mean(last)) break;
      blocks.splice(blocks.length - 2, 2, {
        sumP: prev.sumP + last.sumP,
        hits: prev.hits + last.hits,
        n: prev.n + last.n,
      });
    }
    i = j;
  }
  let floor = 0;
  const right = blocks.map((b) => {
    const shrunk = (b.hits + PRIOR_MENTIONS * base) / (b.n + PRIOR_MENTIONS);
    floor = Math.max(floor, shrunk);
    return round(floor);
  });
  return {
    evidence: blocks.map((b) => round(b.sumP / b.n)),
    right,
    n: outcomes.length,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

/** Mentions in 10 equal-width confidence bins (the last includes 1.0). */
export function reliability(outcomes: Outcome[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    n: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  for (const o of outcomes) {
    const bin = out[Math.min(bins - 1, Math.floor(o.p * bins))];
    if (!bin) continue;
    bin.n++;
    bin.meanConfidence += o.p;
    bin.accuracy += o.right ? 1 : 0;
  }
  for (const b of out) {
    if (b.n === 0) continue;
    b.meanConfidence /= b.n;
    b.accuracy /= b.n;
  }
  return out;
}

/** Expected calibration error: the bins' |accuracy - confidence| weighted by their share. */
export function expectedCalibrationError(outcomes: Outcome[], bins = 10): number {
  if (outcomes.length === 0) return 0;
  return reliability(outcomes, bins).reduce(
    (sum, b) => sum + (b.n / outcomes.length) * Math.abs(b.accuracy - b.meanConfidence),
    0,
  );
}

/** Share of mentions at or above a confidence, and how many of those are right. */
export function confidentShare(
  outcomes: Outcome[],
  threshold: number,
): { share: number; accuracy: number; n: number } {
  const sure = outcomes.filter((o) => o.p >= threshold);
  return {
    n: sure.length,
    share: outcomes.length ? sure.length / outcomes.length : 0,
    accuracy: sure.length ? sure.filter((o) => o.right).length / sure.length : 0,
  };
}

/** 32-bit FNV-1a over UTF-16 code units: a stable split of a corpus by article id. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The calibration split: half the articles (by id hash) fit the curves, the rest check them. */
export type Split = 'fit' | 'held-out';
export function splitOf(articleId: string): Split {
  return fnv1a32(articleId) % 2 === 0 ? 'fit' : 'held-out';
}
