/**
 * Which places' share of the mentions rose, from one window to the one before it of equal
 * length. Two tests together, so that neither one article nor ordinary noise makes a trend:
 * - a minimum count in the window (MIN_COUNT mentions);
 * - a one-sided two-proportion z-test of the shares at MIN_Z (about 1 in 700 by chance, so a
 *   list of a few hundred steady places rarely shows a false riser).
 * They are ranked by a smoothed log-ratio of the shares, which stays finite for a place absent
 * before: log((a + k) / (A + k n)) - log((b + k) / (B + k n)), with k = SMOOTHING, n places.
 */
export const MIN_COUNT = 3;
export const MIN_Z = 3;
export const SMOOTHING = 0.5;

export interface Rise {
  /** Position of the place in the count arrays. */
  at: number;
  now: number;
  before: number;
  /** exp of the smoothed log-ratio: how many times its share grew ("×3.2"). */
  factor: number;
  z: number;
}

/** The rising places, most risen first; empty when the earlier window has no mentions at all. */
export function rising(now: ArrayLike<number>, before: ArrayLike<number>): Rise[] {
  const n = now.length;
  let totalNow = 0;
  let totalBefore = 0;
  for (let i = 0; i < n; i++) {
    totalNow += now[i] ?? 0;
    totalBefore += before[i] ?? 0;
  }
  if (totalNow === 0 || totalBefore === 0) return [];
  const out: Rise[] = [];
  for (let i = 0; i < n; i++) {
    const a = now[i] ?? 0;
    const b = before[i] ?? 0;
    if (a < MIN_COUNT) continue;
    const pooled = (a + b) / (totalNow + totalBefore);
    const spread = Math.sqrt(pooled * (1 - pooled) * (1 / totalNow + 1 / totalBefore));
    const z = spread > 0 ? (a / totalNow - b / totalBefore) / spread : 0;
    if (z < MIN_Z) continue;
    const share = (c: number, total: number) => (c + SMOOTHING) / (total + SMOOTHING * n);
    const factor = share(a, totalNow) / share(b, totalBefore);
    out.push({ at: i, now: a, before: b, factor, z });
  }
  return out.sort((x, y) => y.factor - x.factor);
}

/** "×3.2, 14 vs 4 mentions": how much, and the counts behind it. */
export function riseText(rise: Pick<Rise, 'factor' | 'now' | 'before'>): string {
  const factor = rise.factor >= 10 ? rise.factor.toFixed(0) : rise.factor.toFixed(1);
  return `×${factor}, ${rise.now} vs ${rise.before} mentions`;
}
