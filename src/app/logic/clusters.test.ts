import { describe, expect, it } from 'vitest';
import type { Place } from './filters';
import {
  buildClusterIndex,
  clampBounds,
  clusterablePlaces,
  clusterAccessibleName,
  isCluster,
  mergeTop,
  sameClusterInput,
  type NamedCount,
} from './clusters';
import type { ShownPlace } from './filters';

const at = (id: string, lat: number, lon: number, count = 1, kind: Place['kind'] = 'city') => ({
  place: {
    id,
    name: id,
    kind,
    lat,
    lon,
    country: 'KE',
    mentionCount: count,
    alternatives: [],
    confidence: 1,
  },
  count,
});

const top = (...pairs: [string, number][]): NamedCount[] =>
  pairs.map(([name, count]) => ({ name, count }));

describe('clusterAccessibleName', () => {
  it.each<[string, number, number, NamedCount[], string]>([
    [
      'lists the three most mentioned and counts the rest',
      12,
      85,
      top(['Nairobi', 40], ['Mombasa', 20], ['Kisumu', 9]),
      '12 places, 85 mentions: Nairobi, Mombasa, Kisumu and 9 more. Zoom to see them all',
    ],
    [
      'joins the last of a complete list with "and"',
      3,
      5,
      top(['Nairobi', 3], ['Mombasa', 1], ['Kisumu', 1]),
      '3 places, 5 mentions: Nairobi, Mombasa and Kisumu. Zoom to see them all',
    ],
    [
      'names both of two places',
      2,
      2,
      top(['Bucharest', 1], ['Sochi', 1]),
      '2 places, 2 mentions: Bucharest and Sochi. Zoom to see them all',
    ],
    [
      'counts one more without a plural',
      4,
      4,
      top(['A', 1], ['B', 1], ['C', 1]),
      '4 places, 4 mentions: A, B, C and 1 more. Zoom to see them all',
    ],
  ])('%s', (_, places, mentions, names, expected) => {
    expect(clusterAccessibleName(places, mentions, names)).toBe(expected);
  });

  it('keeps markup in a name as plain text', () => {
    const name = clusterAccessibleName(2, 2, top(['<img src=x onerror=alert(1)>', 1], ['B', 1]));
    expect(name).toBe(
      '2 places, 2 mentions: <img src=x onerror=alert(1)> and B. Zoom to see them all',
    );
  });
});

describe('mergeTop', () => {
  it.each<[string, NamedCount[], NamedCount[], string[]]>([
    ['keeps the most mentioned', top(['a', 1], ['b', 5]), top(['c', 3], ['d', 4]), ['b', 'd', 'c']],
    ['breaks ties by name', top(['b', 1]), top(['a', 1]), ['a', 'b']],
    ['copes with an empty side', [], top(['a', 2]), ['a']],
  ])('%s', (_, a, b, expected) => {
    expect(mergeTop(a, b).map((t) => t.name)).toEqual(expected);
  });
});

describe('clusterablePlaces', () => {
  const shown: ShownPlace[] = [
    at('nairobi', -1.29, 36.82, 5),
    at('country:KE', 0.2, 37.9, 3, 'country'),
    at('mombasa', -4.04, 39.67),
  ];
  it.each<[string, string | null, string[]]>([
    [
      'takes every shown place, countries too, when nothing is selected',
      null,
      ['nairobi', 'country:KE', 'mombasa'],
    ],
    ['leaves the selected place out so it is never hidden', 'mombasa', ['nairobi', 'country:KE']],
    ['ignores a selection that is not shown', 'gn:1', ['nairobi', 'country:KE', 'mombasa']],
  ])('%s', (_, selected, expected) => {
    expect(clusterablePlaces(shown, selected).map((s) => s.place.id)).toEqual(expected);
  });
});

describe('sameClusterInput', () => {
  const shown = [at('nairobi', -1.29, 36.82, 5), at('mombasa', -4.04, 39.67)];
  // New objects with the same content, as when the places' day series arrive.
  const copy = shown.map((s) => ({ place: { ...s.place }, count: s.count }));
  it.each<[string, ShownPlace[], boolean]>([
    ['keeps the index for new objects of the same places', copy, true],
    [
      'rebuilds when a count changes',
      [at('nairobi', -1.29, 36.82, 6), copy[1] ?? at('x', 0, 0)],
      false,
    ],
    [
      'rebuilds when a place moves',
      [at('nairobi', -1.3, 36.82, 5), copy[1] ?? at('x', 0, 0)],
      false,
    ],
    ['rebuilds when the order changes', [...copy].reverse(), false],
    ['rebuilds when a place is left out', copy.slice(0, 1), false],
  ])('%s', (_, other, same) => {
    expect(sameClusterInput(shown, other)).toBe(same);
  });
});

describe('clampBounds', () => {
  it('clips a view past the antimeridian instead of wrapping it', () => {
    expect(clampBounds({ west: 150, south: -100, east: 250, north: 40 })).toEqual([
      150, -90, 180, 40,
    ]);
  });
});

describe('buildClusterIndex', () => {
  const kenya = [
    at('nairobi', -1.29, 36.82, 5),
    at('thika', -1.03, 37.07, 2),
    at('machakos', -1.52, 37.26, 1),
    at('lima', -12.05, -77.04, 4),
  ];
  const index = buildClusterIndex(kenya);

  it('merges nearby places at a world view and sums their mentions', () => {
    const features = index.getClusters([-180, -90, 180, 90], 2);
    const clusters = features.filter(isCluster);
    expect(clusters).toHaveLength(1);
    const props = clusters[0]?.properties;
    expect(props?.point_count).toBe(3);
    expect(props?.mentions).toBe(8);
    expect(props?.top.map((t) => t.name)).toEqual(['nairobi', 'thika', 'machakos']);
    expect(features.flatMap((f) => (isCluster(f) ? [] : [f.properties.id]))).toEqual(['lima']);
  });

  it('shows every place alone at the closest zoom', () => {
    expect(index.getClusters([-180, -90, 180, 90], 12).filter(isCluster)).toEqual([]);
  });

  it('zooms a cluster in far enough to split it', () => {
    const cluster = index.getClusters([-180, -90, 180, 90], 2).find(isCluster);
    if (!cluster) throw new Error('no cluster');
    const zoom = index.getClusterExpansionZoom(cluster.properties.cluster_id);
    expect(zoom).toBeGreaterThan(2);
    expect(index.getClusters([-180, -90, 180, 90], zoom).length).toBeGreaterThan(2);
  });
});
