import { useEffect, useMemo, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { DataContext, MapRefContext, type DataView } from './data/data-context';
import type { DataIndex } from './data/data-index';
import type { Basemap } from './data/load';
import { cooccurrences } from './logic/cooccurrence';
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
  const mapRef = useRef<LeafletMap | null>(null);

  useEffect(
    function syncUrl() {
      const stopSync = startUrlSync(appStore, index);
      if (loadNotice) appStore.getState().setNotice(loadNotice);
      return function stopUrlSync() {
        stopSync();
      };
    },
    [index, loadNotice],
  );

  const allLinks = useMemo(() => cooccurrences(index.data.mentions), [index]);
  const view = useMemo((): DataView => {
    const articleIds = shownArticleIds(index, filters, articleId);
    const shown = shownPlaces(index, mentionCounts(index, articleIds));
    const links = cooccurrences(index.data.mentions.filter((m) => articleIds.has(m.articleId)));
    return {
      index,
      basemap,
      shown,
      shownById: new Map(shown.map((s) => [s.place.id, s])),
      links,
      allLinks,
    };
  }, [index, basemap, filters, articleId, allLinks]);

  return (
    <DataContext value={view}>
      <MapRefContext value={mapRef}>
        <div className="dl-app" data-panel={panel ?? 'none'}>
          <Toolbar />
          <Sidebar />
          <main className="dl-map" aria-label="Map">
            <MapView mapRef={mapRef} />
          </main>
          {panel && <DetailPanel />}
          <Notice />
        </div>
      </MapRefContext>
    </DataContext>
  );
}
