import { describe, expect, it } from 'vitest';
import {
  boxAround,
  coordinateDecimals,
  mainGroup,
  roundView,
  viewForPlace,
  wrapLon,
  type FitPoint,
} from './view';

describe('coordinateDecimals', () => {
  it.each([
    [0, 1],
    [2, 2],
    [5, 2],
    [8, 3],
    [10, 4],
    [12, 5],
  ])('at zoom %d keeps %d decimals', (zoom, decimals) => {
    expect(coordinateDecimals(zoom)).toBe(decimals);
  });
});

describe('roundView', () => {
  it('rounds zoom to 2 decimals and coordinates to the zoom precision', () => {
    expect(roundView({ lat: 43.585123, lon: 39.723456, zoom: 6.12345 })).toEqual({
      lat: 43.585,
      lon: 39.723,
      zoom: 6.12,
    });
  });
  it('folds a longitude past the antimeridian back into range', () => {
    expect(roundView({ lat: 0, lon: 370, zoom: 2 }).lon).toBe(10);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(180)).toBe(180);
  });
});

describe('viewForPlace', () => {
  it('zooms in to a city but never zooms out', () => {
    const sochi = { lat: 43.6, lon: 39.73, kind: 'city' as const };
    expect(viewForPlace(sochi, { lat: 0, lon: 0, zoom: 2 })).toEqual({
      lat: 43.6,
      lon: 39.73,
      zoom: 6,
    });
    expect(viewForPlace(sochi, { lat: 0, lon: 0, zoom: 9 }).zoom).toBe(9);
  });
});

const p = (name: string, lat: number, lon: number, weight = 1, doubtful = false) => ({
  name,
  lat,
  lon,
  weight,
  doubtful,
});
const ohio = [
  p('Columbus', 39.96, -83, 4),
  p('Dayton', 39.76, -84.19, 3),
  p('Ohio', 40.3, -82.8, 5),
];

describe('mainGroup', () => {
  it.each<[string, (FitPoint & { name: string })[], string[]]>([
    ['keeps every place of a tight group', ohio, ['Ohio', 'Columbus', 'Dayton']],
    [
      'leaves out one far-away doubtful place',
      [...ohio, p('Peru', -10, -76, 1, true)],
      ['Ohio', 'Columbus', 'Dayton'],
    ],
    [
      'leaves out a far-away doubtful place even when it is mentioned often',
      [...ohio, p('Au', 47.4, 9.6, 20, true)],
      ['Ohio', 'Columbus', 'Dayton'],
    ],
    [
      'leaves out a sure place far from a much heavier group',
      [...ohio, p('China', 35, 103, 1)],
      ['Ohio', 'Columbus', 'Dayton'],
    ],
    [
      'keeps two heavy groups on two continents',
      [p('Washington', 38.9, -77, 5), p('Moscow', 55.75, 37.6, 4), p('Sochi', 43.6, 39.7, 2)],
      ['Washington', 'Moscow', 'Sochi'],
    ],
    [
      'fits doubtful places when nothing else is known',
      [p('Lima', -12, -77, 1, true), p('Paris', 48.8, 2.35, 1, true)],
      ['Lima', 'Paris'],
    ],
    // 2,000 km joins a group; at the equator a degree of longitude is 111.2 km.
    ['groups places 1,900 km apart', [p('A', 0, 0, 5), p('B', 0, 17.1, 1)], ['A', 'B']],
    ['parts places 2,100 km apart', [p('A', 0, 0, 5), p('B', 0, 18.9, 1)], ['A']],
    [
      'groups neighbours across the antimeridian',
      [p('A', 0, 179, 5), p('B', 0, -179, 1)],
      ['A', 'B'],
    ],
    ['fits nothing when there is nothing', [], []],
  ])('%s', (_name, points, expected) => {
    expect(mainGroup(points).map((x) => x.name)).toEqual(expected);
  });
});

describe('boxAround', () => {
  it.each<[string, unknown, number, ReturnType<typeof boxAround>]>([
    [
      'boxes an ordinary shape',
      [
        [10, 40],
        [20, 50],
      ],
      15,
      { south: 40, west: 10, north: 50, east: 20 },
    ],
    [
      'takes islands past the antimeridian east of a Russia-like shape',
      [
        [
          [30, 50],
          [179, 70],
        ],
        [[-175, 65]],
      ],
      100,
      { south: 50, west: 30, north: 70, east: 185 },
    ],
    ['has no box for no vertices', [], 0, null],
  ])('%s', (_name, coordinates, around, expected) => {
    expect(boxAround(coordinates, around)).toEqual(expected);
  });
});
