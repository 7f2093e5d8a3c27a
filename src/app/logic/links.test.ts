import { describe, expect, it } from 'vitest';
import { drawnLinks, type Anchor } from './links';

const anchor = (key: string): Anchor => ({ key, lat: 0, lon: 0 });
// Moscow and Sochi sit inside one cluster; Kyiv and Washington stand alone; Lima is not drawn.
const anchors: Record<string, Anchor> = {
  moscow: anchor('cluster:1'),
  sochi: anchor('cluster:1'),
  kyiv: anchor('kyiv'),
  washington: anchor('washington'),
};
const anchorOf = (id: string) => anchors[id];
const link = (a: string, b: string, weight: number) => ({ a, b, weight });

describe('drawnLinks', () => {
  it.each<[string, ReturnType<typeof link>[], number, [string, number][]]>([
    [
      'draws a link between two lone markers',
      [link('kyiv', 'washington', 2)],
      10,
      [['kyiv|washington', 2]],
    ],
    ['drops a link inside one cluster', [link('moscow', 'sochi', 5)], 10, []],
    [
      'joins links into a cluster as one line with their summed weight',
      [link('kyiv', 'moscow', 2), link('kyiv', 'sochi', 3)],
      10,
      [['cluster:1|kyiv', 5]],
    ],
    ['skips a place that is not drawn', [link('lima', 'kyiv', 4)], 10, []],
    [
      'keeps only the strongest lines',
      [link('kyiv', 'washington', 1), link('moscow', 'washington', 3), link('kyiv', 'sochi', 2)],
      2,
      [
        ['cluster:1|washington', 3],
        ['cluster:1|kyiv', 2],
      ],
    ],
  ])('%s', (_name, links, limit, expected) => {
    expect(drawnLinks(links, anchorOf, limit).map((d) => [d.key, d.weight])).toEqual(expected);
  });
});
