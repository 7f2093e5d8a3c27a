import { describe, expect, it } from 'vitest';
import { classLabel, shadeClasses, shadeOf, SHADES } from './shading';

describe('country shading classes', () => {
  it('splits skewed counts at quantiles, so the busiest country does not wash out the rest', () => {
    const counts = [1, 1, 2, 2, 3, 4, 5, 8, 13, 400];
    const classes = shadeClasses(counts);
    expect(classes.map(classLabel)).toEqual(['1', '2', '3–4', '5–8', '9–400']);
    expect(classes.map((c) => c.colour)).toEqual([...SHADES]);
    expect(shadeOf(3, classes)).toBe(SHADES[2]);
    expect(shadeOf(13, classes)).toBe(SHADES[4]);
  });

  it('uses fewer classes than colours when there are few distinct counts, light to dark', () => {
    const classes = shadeClasses([7, 7, 30]);
    expect(classes.map(classLabel)).toEqual(['7', '8–30']);
    expect(classes.map((c) => c.colour)).toEqual([SHADES[0], SHADES[4]]);
  });

  it('gives one middle shade when every country has the same count, and none for none', () => {
    expect(shadeClasses([2, 2]).map((c) => [classLabel(c), c.colour])).toEqual([['2', SHADES[2]]]);
    expect(shadeClasses([])).toEqual([]);
  });
});
