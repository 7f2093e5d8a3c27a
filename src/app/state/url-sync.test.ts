// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { addressData } from '../data/address-data';
import { tinySource } from '../data/tiny-data.testing';
import { createAppStore, type AppStore } from './store';
import { REPLACE_THROTTLE_MS, startUrlSync } from './url-sync';

const known = addressData(tinySource());
const sochi = { id: 'gn:491422', lat: 43.6, lon: 39.73, kind: 'city' as const };

describe('startUrlSync', () => {
  let store: AppStore;
  let stop: () => void;
  let push: MockInstance<History['pushState']>;
  let replace: MockInstance<History['replaceState']>;

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?map=3/10/20');
    store = createAppStore();
    push = vi.spyOn(window.history, 'pushState');
    replace = vi.spyOn(window.history, 'replaceState');
    stop = startUrlSync(store, known);
  });

  afterEach(() => {
    stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('reads the view from the address it starts on', () => {
    expect(store.getState().view).toEqual({ lat: 10, lon: 20, zoom: 3 });
  });

  it('pushes a history entry for a selection', () => {
    store.getState().selectPlace(sochi, false);
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?map=3/10/20&place=gn:491422');
  });

  it('replaces the entry for pans, at most once per throttle period', () => {
    store.getState().setView({ lat: 11, lon: 20, zoom: 3 });
    store.getState().setView({ lat: 12, lon: 20, zoom: 3 });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REPLACE_THROTTLE_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?map=3/12/20');
  });

  it('writes a pending pan into the entry being left before pushing a selection', () => {
    store.getState().setView({ lat: 12, lon: 20, zoom: 3 });
    store.getState().selectPlace(sochi, false);
    expect(replace).toHaveBeenCalledWith(null, '', '/?map=3/12/20');
    expect(window.location.search).toBe('?map=3/12/20&place=gn:491422');
  });

  it('restores the state from the address on popstate without pushing', async () => {
    store.getState().selectPlace(sochi, false);
    window.history.replaceState(null, '', '/?map=4/1/2&article=a1&passage=1');
    push.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.runAllTimersAsync();
    expect(store.getState()).toMatchObject({
      placeId: null,
      articleId: 'a1',
      passage: 1,
      panel: 'article',
      view: { lat: 1, lon: 2, zoom: 4 },
    });
    expect(push).not.toHaveBeenCalled();
  });

  it('falls back from an unknown id on popstate with a notice', async () => {
    window.history.replaceState(null, '', '/?place=gn:nowhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.runAllTimersAsync();
    expect(store.getState().placeId).toBeNull();
    expect(store.getState().notice).toContain('No place with the id "gn:nowhere"');
    expect(window.location.search).toBe('');
  });

  it('fetches the article an entry names before checking its passage', async () => {
    window.history.replaceState(null, '', '/?article=a1&passage=99');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.runAllTimersAsync();
    expect(store.getState()).toMatchObject({ articleId: 'a1', passage: null });
    expect(store.getState().notice).toContain('The article has no passage 99');
  });
});
