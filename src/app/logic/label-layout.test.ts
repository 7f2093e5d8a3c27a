import { describe, expect, it } from 'vitest';
import { layOutLabels, type LabelCandidate, type LabelSide } from './label-layout';

const at = (id: string, x: number, y: number, priority = 1, labelWidth = 60): LabelCandidate => ({
  id,
  x,
  y,
  size: 20,
  labelWidth,
  priority,
});

describe('layOutLabels', () => {
  it.each<[string, LabelCandidate[], Record<string, LabelSide>]>([
    [
      'puts names to the right of markers far apart',
      [at('moscow', 100, 100), at('sochi', 300, 300)],
      { moscow: 'right', sochi: 'right' },
    ],
    [
      'moves the less mentioned name to the left when the right is taken',
      [at('bucharest', 100, 100, 1), at('black-sea', 110, 104, 3)],
      { 'black-sea': 'right', bucharest: 'left' },
    ],
    [
      'hides a name with no free side',
      [at('a', 100, 100, 5), at('b', 150, 100, 1, 0), at('c', 50, 100, 1, 0)],
      { a: 'hidden' },
    ],
    [
      'leaves markers without a name out',
      [at('russia', 100, 100, 1, 0), at('moscow', 100, 100, 9, 0)],
      {},
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(Object.fromEntries(layOutLabels(candidates))).toEqual(expected);
  });

  it.each<[string, LabelCandidate[], Record<string, LabelSide>]>([
    ['keeps a name on the right when it fits', [at('sea', 100, 100)], { sea: 'right' }],
    ['moves a name left at the right edge', [at('sea', 380, 100)], { sea: 'left' }],
    ['hides a name that fits on neither side', [at('sea', 200, 100, 1, 250)], { sea: 'hidden' }],
    ['hides a name cut by the bottom edge', [at('sea', 100, 296)], { sea: 'hidden' }],
  ])('within a 400 x 300 map: %s', (_name, candidates, expected) => {
    expect(Object.fromEntries(layOutLabels(candidates, { width: 400, height: 300 }))).toEqual(
      expected,
    );
  });
});
