import { describe, expect, it } from 'vitest';
import { tinySource } from './tiny-data.testing';

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
