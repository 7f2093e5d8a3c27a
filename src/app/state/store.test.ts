import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

const sochi = { id: 'gn:491422', lat: 43.6, lon: 39.73, kind: 'city' as const };

describe('store actions', () => {
  it('selecting a place from a list centres the map on it; a click on the map does not', () => {
    const store = createAppStore();
    store.getState().setView({ lat: 0, lon: 0, zoom: 2 });
    store.getState().selectPlace(sochi, false);
    expect(store.getState().view).toEqual({ lat: 0, lon: 0, zoom: 2 });
    store.getState().selectPlace(sochi, true);
    expect(store.getState().view).toEqual({ lat: 43.6, lon: 39.73, zoom: 6 });
    expect(store.getState()).toMatchObject({ placeId: sochi.id, panel: 'place', focusRequest: 2 });
  });

  it('closing the place panel opened from the reader goes back to the reader', () => {
    const store = createAppStore();
    store.getState().openArticle('a1', 3);
    store.getState().selectPlace(sochi, true);
    store.getState().closePanel();
    expect(store.getState()).toMatchObject({
      placeId: null,
      articleId: 'a1',
      passage: 3,
      panel: 'article',
    });
    store.getState().closePanel();
    expect(store.getState()).toMatchObject({ articleId: null, passage: null, panel: null });
  });

  it('opening a new article asks the map to refit; another passage of it keeps the view', () => {
    const store = createAppStore();
    store.getState().setView({ lat: 1, lon: 2, zoom: 3 });
    store.getState().openArticle('a1', null);
    expect(store.getState().view).toBeNull();
    store.getState().setView({ lat: 1, lon: 2, zoom: 3 });
    store.getState().openArticle('a1', 4);
    expect(store.getState().view).toEqual({ lat: 1, lon: 2, zoom: 3 });
  });

  it('ignores a reported view that rounds to the current one', () => {
    const store = createAppStore();
    store.getState().setView({ lat: 1, lon: 2, zoom: 3 });
    const before = store.getState();
    store.getState().setView({ lat: 1.0000001, lon: 2, zoom: 3 });
    expect(store.getState()).toBe(before);
  });
});
