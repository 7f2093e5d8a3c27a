import { describe, expect, it } from 'vitest';
import { pickLabels, type ScreenLabel } from './basemap-labels';

const at = (name: string, x: number, y: number, minZoom = 2): ScreenLabel => ({
  label: { name, lat: 0, lon: 0, minZoom },
  kind: 'city',
  x,
  y,
  width: 60,
  height: 14,
});
const frame = { width: 400, height: 300 };

describe('pickLabels', () => {
  it.each<[string, ScreenLabel[], number, { x: number; y: number }[], string[]]>([
    [
      'draws names far apart',
      [at('Chicago', 100, 100), at('Detroit', 250, 100)],
      5,
      [],
      ['Chicago', 'Detroit'],
    ],
    [
      'keeps the first of two that collide',
      [at('Chicago', 100, 100), at('Evanston', 110, 105)],
      5,
      [],
      ['Chicago'],
    ],
    ['waits for the zoom a name is due at', [at('Toledo', 100, 100, 7)], 5, [], []],
    ['leaves out a name cut by the edge', [at('Buffalo', 390, 100)], 5, [], []],
    ['keeps clear of a place marker', [at('Arlington', 100, 100)], 5, [{ x: 95, y: 100 }], []],
  ])('%s', (_name, candidates, zoom, markers, expected) => {
    const taken = markers.map((m) => ({ ...m, width: 30, height: 30 }));
    expect(pickLabels(candidates, zoom, frame, 10, taken).map((c) => c.label.name)).toEqual(
      expected,
    );
  });
});
