import { useEffect, useMemo, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { DataContext, MapRefContext, type DataView } from './data/data-context';
import type { DataIndex } from './data/data-index';
import type { Basemap } from './data/load';
import { cooccurrences } from './logic/cooccurrence';
import { withoutDoubtful } from './logic/doubt';
import { mentionCounts, shownArticleIds, shownPlaces } from './logic/filters';
import { MapView } from './map/MapView';
import { DetailPanel } from './panel/DetailPanel';
import { Sidebar } from './lists/Sidebar';
import { Toolbar } from './toolbar/Toolbar';
import { Notice } from './toolbar/Notice';
import { appStore, useAppStore } from './state/store';
import { startUrlSync } from './state/url-sync';

interface Props {
  index: DataIndex;
  basemap: Basemap | null;
  loadNotice: string | null;
}

/** The explorer: header, lists, map and detail panel around one store and one data view. */
export function Dateline({ index, basemap, loadNotice }: Props) {
  const filters = useAppStore((s) => s.filters);
  const articleId = useAppStore((s) => s.articleId);
  const panel = useAppStore((s) => s.panel);
  const hideDoubtful = useAppStore((s) => s.hideDoubtful);
  const mapRef = useRef<LeafletMap | null>(null);

  useEffect(
    function syncUrl() {
      const stopSync = startUrlSync(appStore, index);
      // Keep any notice about the link itself beside the one about loading.
      const { notice } = appStore.getState();
      if (loadNotice)
        appStore.getState().setNotice(notice ? `${notice} ${loadNotice}` : loadNotice);
      return function stopUrlSync() {
        stopSync();
      };
    },
    [index, loadNotice],
  );

  const allLinks = useMemo(() => cooccurrences(index.data.mentions), [index]);
  const view = useMemo((): DataView => {
    const articleIds = shownArticleIds(index, filters, articleId);
    const shown = [
      ...withoutDoubtful(shownPlaces(index, mentionCounts(index, articleIds)), hideDoubtful),
    ];
    const links = cooccurrences(index.data.mentions.filter((m) => articleIds.has(m.articleId)));
    return {
      index,
      basemap,
      shown,
      shownById: new Map(shown.map((s) => [s.place.id, s])),
      links,
      allLinks,
    };
  }, [index, basemap, filters, articleId, allLinks, hideDoubtful]);

  return (
    <DataContext value={view}>
      <MapRefContext value={mapRef}>
        <div className="dl-app" data-panel={panel ?? 'none'}>
          <Toolbar />
          <Sidebar />
          <main className="dl-map" id="dl-map" aria-label="Map" tabIndex={-1}>
            <MapView mapRef={mapRef} />
          </main>
          {panel && <DetailPanel />}
          <Notice />
        </div>
      </MapRefContext>
    </DataContext>
  );
}
