import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  INITIAL_STATE,
  type AppState,
  type Filters,
  type LayerId,
  type ListTab,
} from '../logic/app-state';
import type { Bin } from '../logic/bins';
import { sameView, viewForPlace, type MapView } from '../logic/view';
import type { PlaceRef } from '../../shared/schema';

export interface Store extends AppState {
  /** A short notice for the role=status region (a link that was not understood, say). */
  notice: string | null;
  /** Bumped by deliberate selections so the panel knows to take focus; not part of the URL. */
  focusRequest: number;
  /** Another reading of the selected place, shown on the map while its panel is open. */
  alternative: (PlaceRef & { of: string }) | null;

  setView(view: MapView): void;
  /** Opens a place's panel; `move` centres the map on it (not for a click on the map itself). */
  selectPlace(place: Pick<PlaceRef, 'id' | 'lat' | 'lon' | 'kind'>, move: boolean): void;
  /** Opens the reader, optionally at a passage; the map refits to the article's places. */
  openArticle(articleId: string, passage: number | null): void;
  closePanel(): void;
  setFilters(filters: Filters): void;
  setLayer(id: LayerId, on: boolean): void;
  setList(list: ListTab): void;
  setHideDoubtful(hide: boolean): void;
  setLinkLimit(limit: number): void;
  setOnlyInView(only: boolean): void;
  setEveryCopy(every: boolean): void;
  setBin(bin: Bin | null): void;
  setStep(step: Bin | null): void;
  setSpeed(speed: number): void;
  /** Shows another reading of the selected place on the map and moves there; null clears it. */
  showAlternative(alternative: PlaceRef | null): void;
  /** Replaces the URL-borne state wholesale, e.g. from the address or history. */
  restore(state: AppState): void;
  setNotice(notice: string | null): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore() {
  return createStore<Store>()((set, get) => ({
    ...INITIAL_STATE,
    notice: null,
    focusRequest: 0,
    alternative: null,

    setView(view) {
      if (!sameView(get().view, view)) set({ view });
    },
    selectPlace(place, move) {
      set((s) => ({
        placeId: place.id,
        panel: 'place',
        view: move ? viewForPlace(place, s.view) : s.view,
        focusRequest: s.focusRequest + 1,
      }));
    },
    openArticle(articleId, passage) {
      set((s) => ({
        articleId,
        passage,
        panel: 'article',
        // Refit only when the article changes; moving between passages keeps the map still.
        view: s.articleId === articleId ? s.view : null,
        focusRequest: s.focusRequest + 1,
      }));
    },
    closePanel() {
      set((s) =>
        s.panel === 'place'
          ? { placeId: null, panel: s.articleId ? 'article' : null }
          : { articleId: null, passage: null, panel: s.placeId ? 'place' : null },
      );
    },
    setFilters(filters) {
      set({ filters });
    },
    setLayer(id, on) {
      set((s) => ({ layers: { ...s.layers, [id]: on } }));
    },
    setList(list) {
      set({ list });
    },
    setHideDoubtful(hideDoubtful) {
      set({ hideDoubtful });
    },
    setLinkLimit(linkLimit) {
      set({ linkLimit });
    },
    setOnlyInView(onlyInView) {
      set({ onlyInView });
    },
    setEveryCopy(everyCopy) {
      set({ everyCopy });
    },
    setBin(bin) {
      set({ bin });
    },
    setStep(step) {
      set({ step });
    },
    setSpeed(speed) {
      set({ speed });
    },
    showAlternative(alternative) {
      set((s) => {
        if (!alternative || !s.placeId) return { alternative: null };
        return {
          alternative: { ...alternative, of: s.placeId },
          view: viewForPlace(alternative, s.view),
        };
      });
    },
    restore(state) {
      set({ ...state });
    },
    setNotice(notice) {
      set({ notice });
    },
  }));
}

/** The one store of the app. */
export const appStore = createAppStore();

export function useAppStore<T>(selector: (state: Store) => T): T {
  return useStore(appStore, selector);
}
