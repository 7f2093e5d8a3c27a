import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ArticleFull, LinkDaysFile, PlaceDaysFile } from '../../shared/schema';
import type { Entry } from './json-cache';
import type { ArticleList, DataSource } from './source';

/** Re-renders when the file at `path` changes state in the cache; returns its entry. */
export function useFile(source: DataSource, path: string | undefined): Entry<unknown> | undefined {
  const subscribe = useCallback(
    (listener: () => void) => (path ? source.subscribe(path, listener) : () => undefined),
    [source, path],
  );
  return useSyncExternalStore(subscribe, () => (path ? source.peekFile(path) : undefined));
}

/** The article list once it has arrived (it is fetched right after the first paint). */
export function useArticleList(source: DataSource): ArticleList | undefined {
  const entry = useFile(source, source.articleListPath);
  useEffect(
    function fetchArticleList() {
      void source.articleList();
    },
    [source],
  );
  return entry?.state === 'ok' ? (entry.value as ArticleList) : undefined;
}

/** One article from its shard, fetched on demand: undefined while it loads, null if absent. */
export function useArticle(
  source: DataSource,
  id: string | null,
): Entry<ArticleFull | null> | undefined {
  const file = useFile(source, id ? source.articleShardPath(id) : undefined);
  useEffect(
    function fetchArticle() {
      if (id) void source.article(id);
    },
    [source, id],
  );
  if (!id) return { state: 'ok', value: null };
  return file && file.state !== 'loading' ? source.peekArticle(id) : undefined;
}

/**
 * The links' day series once they have arrived. They are fetched the first time `wanted` (a date
 * window is set) and kept after; undefined before, and when the index carries them inline.
 */
export function useLinkDays(source: DataSource, wanted: boolean): LinkDaysFile | undefined {
  const entry = useFile(source, source.linkDaysPath);
  useEffect(
    function fetchLinkDays() {
      if (wanted) void source.linkDays();
    },
    [source, wanted],
  );
  return entry?.state === 'ok' ? (entry.value as LinkDaysFile) : undefined;
}

/**
 * The places' day series once they have arrived: fetched as soon as the first view has
 * rendered (date windows and a place's timeline need them); undefined before, and when the
 * index carries them inline. A linked date window has them fetched before the first view
 * (address-data.ts), and they are there at the first render.
 *
 * Their arrival re-renders as a transition, in slices, not through useSyncExternalStore, whose
 * updates are rendered in one task: every place, marker and list row takes the new index, one
 * task of 160-370 ms at 100,000 articles (issue 7). The series are kept once they are there, so
 * a render that reads them before the transition's finds the same value.
 */
export function usePlaceDays(source: DataSource): PlaceDaysFile | undefined {
  const path = source.placeDaysPath;
  const [, setArrivals] = useState(0);
  useEffect(
    function hearPlaceDays() {
      if (!path) return;
      return source.subscribe(path, () => {
        startTransition(() => {
          setArrivals((n) => n + 1);
        });
      });
    },
    [source, path],
  );
  useEffect(
    function fetchPlaceDays() {
      void source.placeDays();
    },
    [source],
  );
  const entry = path ? source.peekFile(path) : undefined;
  return entry?.state === 'ok' ? (entry.value as PlaceDaysFile) : undefined;
}
