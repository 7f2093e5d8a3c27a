import { useEffect, useMemo, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { addressData } from './data/address-data';
import { DataContext, MapRefContext, type DataView } from './data/data-context';
import type { Basemap } from './data/load';
import type { DataSource } from './data/source';
import { useArticle } from './data/use-source';
import { dayRange, shownLinks, shownPlaces, toLink } from './logic/filters';
import { withoutDoubtful } from './logic/doubt';
import { MapView } from './map/MapView';
import { DetailPanel } from './panel/DetailPanel';
import { Sidebar } from './lists/Sidebar';
import { Toolbar } from './toolbar/Toolbar';
import { Notice } from './toolbar/Notice';
import { ErrorBoundary } from './ErrorBoundary';
import { appStore, useAppStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { prepareSearch } from './logic/search';

interface Props {
  source: DataSource;
  basemap: Basemap | null;
  loadNotice: string | null;
}

/** The explorer: header, lists, map and detail panel around one store and one data view. */
export function Dateline({ source, basemap, loadNotice }: Props) {
  const { index } = source;
  const filters = useAppStore((s) => s.filters);
  const articleId = useAppStore((s) => s.articleId);
  const panel = useAppStore((s) => s.panel);
  const placeId = useAppStore((s) => s.placeId);
  const hideDoubtful = useAppStore((s) => s.hideDoubtful);
  const mapRef = useRef<LeafletMap | null>(null);
  const article = useArticle(source, articleId);

  useEffect(
    function syncUrl() {
      const stopSync = startUrlSync(appStore, addressData(source));
      // Keep any notice about the link itself beside the one about loading.
      const { notice } = appStore.getState();
      if (loadNotice)
        appStore.getState().setNotice(notice ? `${notice} ${loadNotice}` : loadNotice);
      return function stopUrlSync() {
        stopSync();
      };
    },
    [source, loadNotice],
  );

  useEffect(
    function fetchAfterFirstPaint() {
      // The article list and the place search are not needed for the first markers.
      const timer = setTimeout(() => {
        void source.articleList();
        prepareSearch(index);
      }, 0);
      return function cancelFetch() {
        clearTimeout(timer);
      };
    },
    [source, index],
  );

  const allLinks = useMemo(() => index.data.links.map(toLink), [index]);
  const loadedArticle = article?.state === 'ok' ? article.value : undefined;
  const view = useMemo((): DataView => {
    const range = dayRange(filters);
    const chosen = articleId !== null;
    const shown = [
      ...withoutDoubtful(shownPlaces(index, range, loadedArticle, chosen), hideDoubtful),
    ];
    return {
      index,
      source,
      basemap,
      shown,
      shownById: new Map(shown.map((s) => [s.place.id, s])),
      links: shownLinks(index, range, loadedArticle, chosen),
      allLinks,
    };
  }, [index, source, basemap, filters, articleId, loadedArticle, allLinks, hideDoubtful]);

  return (
    <DataContext value={view}>
      <MapRefContext value={mapRef}>
        <div className="dl-app" data-panel={panel ?? 'none'}>
          <Toolbar />
          <ErrorBoundary what="The lists" className="dl-sidebar">
            <Sidebar />
          </ErrorBoundary>
          <main className="dl-map" id="dl-map" aria-label="Map" tabIndex={-1}>
            <ErrorBoundary what="The map">
              <MapView mapRef={mapRef} />
            </ErrorBoundary>
          </main>
          {panel && (
            <ErrorBoundary
              what="This panel"
              className="dl-panel"
              resetKey={`${panel}:${placeId ?? ''}:${articleId ?? ''}`}
            >
              <DetailPanel />
            </ErrorBoundary>
          )}
          <Notice />
        </div>
      </MapRefContext>
    </DataContext>
  );
}
