import type { MentionForm } from '../../shared/mention';
import type { PlaceKind } from '../../shared/place';
import { CALIBRATION } from './calibration-table';

/**
 * Groups of mentions whose scores mean different things within 161 km: a town is a point, while
 * a country, a division or a region is an area whose gold point follows one convention or another.
 */
export const STRATA = ['point', 'division', 'country', 'wide'] as const;
export type Stratum = (typeof STRATA)[number];

/** A fitted isotonic curve: scores and the share right at them, both ascending. */
export interface CalibrationCurve {
  score: number[];
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
export function readCurve(curve: CalibrationCurve, score: number): number {
  const { score: xs, right: ys } = curve;
  const n = xs.length;
  if (n === 0) return score;
  if (score <= (xs[0] ?? 0)) return ys[0] ?? score;
  if (score >= (xs[n - 1] ?? 1)) return ys[n - 1] ?? score;
  let i = 1;
  while (i < n && (xs[i] ?? 1) < score) i++;
  const x0 = xs[i - 1] ?? 0;
  const x1 = xs[i] ?? 1;
  const y0 = ys[i - 1] ?? 0;
  const y1 = ys[i] ?? 1;
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (score - x0)) / (x1 - x0);
}

/** The calibrated confidence for a resolver score, rounded to 3 places. */
export function calibrated(
  score: number,
  kind: PlaceKind,
  form: MentionForm,
  table: CalibrationTable = CALIBRATION,
): number {
  return Math.round(readCurve(table[stratumOf(kind, form)], score) * 1000) / 1000;
}
