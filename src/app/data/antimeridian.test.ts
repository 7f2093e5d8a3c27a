import { describe, expect, it } from 'vitest';
import { unwrapRing } from './antimeridian';

describe('unwrapRing', () => {
  it.each([
    [
      'leaves an ordinary ring alone',
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
    ],
    [
      'continues a ring eastward past 180 instead of jumping back to -180',
      [
        [178, 65],
        [-179, 66],
        [-175, 67],
        [178, 65],
      ],
      [
        [178, 65],
        [181, 66],
        [185, 67],
        [178, 65],
      ],
    ],
    [
      'continues a ring westward past -180',
      [
        [-178, 60],
        [179, 61],
        [-178, 60],
      ],
      [
        [-178, 60],
        [-181, 61],
        [-178, 60],
      ],
    ],
  ])('%s', (_name, ring, expected) => {
    expect(unwrapRing(ring)).toEqual(expected);
  });
});
