import type { PlaceKind } from '../../shared/place';
import { CALIBRATION } from './calibration-table';
import type { MentionForm } from '../../shared/schema';

/**
 * Groups of mentions whose scores mean different things within 161 km: a town is a point, while
 * a country, a division or a region is an area whose gold point follows one convention or another.
 */
export const STRATA = ['point', 'division', 'country', 'wide'] as const;
export type Stratum = (typeof STRATA)[number];

/**
 * The resolver's score (a softmax, mostly within a hair of 1) on a scale that keeps the hair:
 * -log10(1 - score), 0 for a coin toss between many readings, capped at 9 for a lone reading.
 */
export function evidenceOf(score: number): number {
  return Math.round(-Math.log10(Math.max(1e-9, 1 - score)) * 1000) / 1000;
}

/** A fitted isotonic curve: evidence (see evidenceOf) and the share right at it, both ascending. */
export interface CalibrationCurve {
  evidence: number[];
  right: number[];
  /** Mentions the curve was fitted on. */
  n: number;
}

export type CalibrationTable = Record<Stratum, CalibrationCurve>;

/** The stratum of a mention; a demonym names its country outright. */
export function stratumOf(kind: PlaceKind, form: MentionForm): Stratum {
  if (form === 'demonym') return 'country';
  switch (kind) {
    case 'city':
    case 'admin2':
      return 'point';
    case 'admin1':
      return 'division';
    case 'country':
      return 'country';
    default:
      return 'wide';
  }
}

/** Reads a curve at a score: linear between fitted points, flat beyond the ends. */
export function readCurve(curve: CalibrationCurve, evidence: number): number {
  const score = evidence;
  const { evidence: xs, right: ys } = curve;
  const n = xs.length;
  if (n === 0) return 0;
  if (score <= (xs[0] ?? 0)) return ys[0] ?? 0;
  if (score >= (xs[n - 1] ?? 0)) return ys[n - 1] ?? 0;
  let i = 1;
  while (i < n && (xs[i] ?? 1) < score) i++;
  const x0 = xs[i - 1] ?? 0;
  const x1 = xs[i] ?? 1;
  const y0 = ys[i - 1] ?? 0;
  const y1 = ys[i] ?? 1;
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (score - x0)) / (x1 - x0);
}

/**
 * The most a confidence says: nothing read from a text is certain, and a map that shows 1.0 tells
 * its reader never to doubt. The held-out towns above 0.9 are right 97 times in 100.
 */
export const MAX_CONFIDENCE = 0.99;

/** The calibrated confidence for a resolver score, rounded to 3 places. */
export function calibrated(
  score: number,
  kind: PlaceKind,
  form: MentionForm,
  table: CalibrationTable = CALIBRATION,
): number {
  const p = Math.min(MAX_CONFIDENCE, readCurve(table[stratumOf(kind, form)], evidenceOf(score)));
  return Math.round(p * 1000) / 1000;
}
