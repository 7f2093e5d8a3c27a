import { describe, expect, it } from 'vitest';
import type { DataIndexFile } from '../../shared/schema';
import { tinyFiles, tinySource } from './tiny-data.testing';

describe('the article list', () => {
  it('finds each article’s position in the list, newest first, and no other id', async () => {
    const entry = await tinySource().articleList();
    if (entry.state !== 'ok') throw new Error('the tiny list loads');
    const list = entry.value;
    expect(list.ids.length).toBeGreaterThan(1);
    list.ids.forEach((id, i) => {
      expect(list.positionById.get(id)).toBe(i);
    });
    expect(list.positionById.get('no such article')).toBeUndefined();
    expect(list.positionById).toBe(list.positionById);
  });
});

describe('the places’ day series', () => {
  const PATH = 'shards/place-days-0123456789abcdef.json';
  const withSeries = (series: unknown) => {
    const files = tinyFiles();
    const index = files.get('dateline.json') as DataIndexFile;
    files.set('dateline.json', { ...index, placeDays: PATH });
    files.set(PATH, series);
    return tinySource(files);
  };

  it.each([
    ['a well-formed file', [{ id: 'city:1', days: [14000, 2] }], 'ok'],
    ['a file whose days are not numbers', [{ id: 'city:1', days: ['x'] }], 'error'],
    ['a file that is not a list', { places: [] }, 'error'],
  ])('are checked as they are read: %s is %s', async (_case, series, state) => {
    const entry = await withSeries(series).placeDays();
    expect(entry?.state).toBe(state);
    if (entry?.state === 'ok') expect(entry.value).toEqual(series);
    if (entry?.state === 'error') expect(entry.message).toMatch(/^The places’ dates is damaged \(/);
  });
});
