/**
 * Country shading: counts fall into at most five classes with quantile breaks, so a few very
 * busy countries (news is skewed: one country often has ten times the next) do not leave every
 * other country in the palest shade. Colours: ColorBrewer YlOrBr, a sequential scheme rated
 * colour-blind safe, from light (few) to dark (many).
 */
export const SHADES = ['#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'] as const;

export interface ShadeClass {
  /** Inclusive count range. */
  low: number;
  high: number;
  colour: string;
}

/** The classes for these counts (zeros ignored); fewer than five when there are few values. */
export function shadeClasses(counts: readonly number[]): ShadeClass[] {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => a - b);
  const k = Math.min(SHADES.length, new Set(sorted).size);
  const highs: number[] = [];
  for (let i = 1; i <= k; i++) {
    const high = sorted[Math.ceil((i * sorted.length) / k) - 1] ?? 0;
    if (high > (highs[highs.length - 1] ?? 0)) highs.push(high);
  }
  // Spread the classes used over the whole ramp, so two classes read as light and dark.
  return highs.map((high, i) => ({
    low: i === 0 ? (sorted[0] ?? 1) : (highs[i - 1] ?? 0) + 1,
    high,
    colour:
      SHADES[highs.length === 1 ? 2 : Math.round((i * (SHADES.length - 1)) / (highs.length - 1))] ??
      SHADES[0],
  }));
}

/** The colour of a count under the classes (the darkest for anything above the last). */
export function shadeOf(count: number, classes: readonly ShadeClass[]): string {
  return (classes.find((c) => count <= c.high) ?? classes[classes.length - 1])?.colour ?? SHADES[0];
}

/** "1", "2–3": a class's range as the legend writes it. */
export function classLabel(c: ShadeClass): string {
  return c.low === c.high ? String(c.low) : `${c.low}–${c.high}`;
}
