import { describe, expect, it } from 'vitest';
import { readCurve } from '../geoparser/calibrate';
import {
  confidentShare,
  expectedCalibrationError,
  fitIsotonic,
  reliability,
  splitOf,
} from './calibration';

/** n outcomes at evidence p, `right` of them right. */
function at(p: number, n: number, right: number) {
  return Array.from({ length: n }, (_, i) => ({ p, right: i < right }));
}

describe('isotonic calibration', () => {
  it('fits a non-decreasing curve that follows the measured share right', () => {
    const curve = fitIsotonic([...at(1, 100, 60), ...at(5, 100, 90), ...at(9, 100, 99)]);
    expect(curve.evidence).toEqual([1, 5, 9]);
    // Each block is pulled a little towards the overall share right (83%).
    expect(curve.right.map((r) => Math.round(r * 100))).toEqual([62, 89, 98]);
  });

  it('pools blocks that break the order', () => {
    const curve = fitIsotonic([...at(1, 100, 90), ...at(5, 100, 70)]);
    expect(curve.evidence).toEqual([3]);
  });

  it('does not read a handful of right answers as certainty', () => {
    const curve = fitIsotonic([...at(1, 200, 140), ...at(9, 3, 3)]);
    expect(curve.right[1]).toBeLessThan(0.95);
  });

  it('reads a curve linearly between points and flat beyond them', () => {
    const curve = { evidence: [1, 3], right: [0.6, 0.8], n: 10 };
    expect([0, 2, 5].map((e) => readCurve(curve, e))).toEqual([0.6, 0.7, 0.8]);
  });
});

describe('calibration figures', () => {
  const outcomes = [...at(0.95, 10, 9), ...at(0.55, 10, 5)];

  it('bins confidences into a reliability table', () => {
    const bins = reliability(outcomes).filter((b) => b.n > 0);
    expect(bins.map((b) => [b.from, b.n, b.accuracy])).toEqual([
      [0.5, 10, 0.5],
      [0.9, 10, 0.9],
    ]);
  });

  it('computes the expected calibration error over the bins', () => {
    expect(expectedCalibrationError(outcomes)).toBeCloseTo(0.5 * 0.05 + 0.5 * 0.05);
  });

  it('gives the share of sure mentions and how many of them are right', () => {
    expect(confidentShare(outcomes, 0.9)).toEqual({ n: 10, share: 0.5, accuracy: 0.9 });
  });

  it('splits a corpus by article id, stably and about in half', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `article-${i}`);
    const fit = ids.filter((id) => splitOf(id) === 'fit').length;
    expect(fit).toBeGreaterThan(400);
    expect(fit).toBeLessThan(600);
    expect(splitOf('geovirus-1')).toBe(splitOf('geovirus-1'));
  });
});
