import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { addressData } from './data/address-data';
import { buildIndex } from './data/data-index';
import { countEveryCopy } from './logic/copies';
import { withLinkDays } from './logic/link-days';
import { withPlaceDays } from './logic/place-days-file';
import { useLinkDays, usePlaceDays } from './data/use-source';
import { BasemapContext, DataContext, MapRefContext, type DataView } from './data/data-context';
import type { Basemap } from './data/load';
import type { DataSource } from './data/source';
import { MapView } from './map/MapView';
import { DetailPanel } from './panel/DetailPanel';
import { Sidebar, SidebarPlaceholder } from './lists/Sidebar';
import { Toolbar } from './toolbar/Toolbar';
import { Notice } from './toolbar/Notice';
import { Timeline } from './timeline/Timeline';
import { ErrorBoundary } from './ErrorBoundary';
import { appStore, useAppStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { prepareSearchInSlices } from './logic/search';
import { useStages } from './use-stages';

// The lists, then the timeline's chart, mount after the map's first view, one task each.
const LISTS = 1;
const CHART = 2;

interface Props {
  source: DataSource;
  basemap: Basemap | null;
  loadNotice: string | null;
}

/** The explorer: header, lists, map and detail panel around one store and one data view. */
export function Dateline({ source, basemap, loadNotice }: Props) {
  const { index } = source;
  const articleId = useAppStore((s) => s.articleId);
  const panel = useAppStore((s) => s.panel);
  const placeId = useAppStore((s) => s.placeId);
  // State, not a bare ref: controls outside the map (the place list's "in view") wait for it.
  const [map, setMap] = useState<LeafletMap | null>(null);
  const mapRef = useMemo(() => ({ current: map }), [map]);
  // The first markers come first: the lists (laid out and measured) and the chart (uPlot) wait
  // for the map's first view, or for the map to fail.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    setDrawn(true);
  }, []);
  const stage = useStages(CHART, drawn);

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
      // The places' series, the article list and the place search are not needed for the first
      // markers. The series first: they are smaller, and a date window waits for them.
      const timer = setTimeout(() => {
        void source.placeDays();
        void source.articleList();
        void prepareSearchInSlices(index);
      }, 0);
      return function cancelFetch() {
        clearTimeout(timer);
      };
    },
    [source, index],
  );

  // The places' day series come apart, just after the first view; the links' series when a
  // date window first needs them.
  const placeDays = usePlaceDays(source);
  const windowed = useAppStore((s) => s.filters.from !== null || s.filters.to !== null);
  const linkDays = useLinkDays(source, windowed);
  const dated = useMemo(() => {
    if (!placeDays && !linkDays) return index;
    const withPlaces = placeDays ? withPlaceDays(index.data, placeDays) : index.data;
    return buildIndex(linkDays ? withLinkDays(withPlaces, linkDays) : withPlaces);
  }, [index, placeDays, linkDays]);
  // Counting every copy of a story swaps in the index with the copies' counts added.
  const everyCopy = useAppStore((s) => s.everyCopy);
  const counted = useMemo(
    () => (everyCopy ? buildIndex(countEveryCopy(dated.data)) : dated),
    [dated, everyCopy],
  );
  const view = useMemo((): DataView => ({ index: counted, source }), [counted, source]);

  return (
    <DataContext value={view}>
      <BasemapContext value={basemap}>
        <MapRefContext value={mapRef}>
          <div className="dl-app" data-panel={panel ?? 'none'}>
            <Toolbar />
            <ErrorBoundary what="The lists" className="dl-sidebar">
              {stage >= LISTS ? <Sidebar /> : <SidebarPlaceholder />}
            </ErrorBoundary>
            <main className="dl-map" id="dl-map" aria-label="Map" tabIndex={-1}>
              <ErrorBoundary what="The map" onError={onDrawn}>
                <MapView onMap={setMap} onDrawn={onDrawn} />
              </ErrorBoundary>
            </main>
            <ErrorBoundary what="The timeline" className="dl-timeline">
              <Timeline chart={stage >= CHART} />
            </ErrorBoundary>
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
      </BasemapContext>
    </DataContext>
  );
}
