import { useContext, useRef, useState } from 'react';
import { PASSAGE_PAGE_SIZE, type PlaceRow } from '../../shared/schema';
import { MapRefContext, useBasemap, useData } from '../data/data-context';
import { shapeGeometry } from '../logic/basemap-shapes';
import { gatherDetails } from '../data/gather-details';
import { placesInBounds, placesToGeoJSON, type ExportOptions } from '../logic/geojson';
import { dayRange, type ShownPlace } from '../logic/filters';
import { MAX_EXPORT_PASSAGES, passageFilter } from '../logic/export-passages';
import { appStore, useAppStore } from '../state/store';
import { Toggle } from './Toggle';
import { useShown } from '../state/use-derived';

function save(filename: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
}

function download(filename: string, json: unknown) {
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/geo+json' });
  const url = URL.createObjectURL(blob);
  save(filename, url);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

// Past this many passage files to fetch, the export says how far it has got.
const FILES_WORTH_A_NOTICE = 20;
const MAX_EXPORT_PAGES = Math.ceil(MAX_EXPORT_PASSAGES / PASSAGE_PAGE_SIZE);

/**
 * Downloads behind one small menu that closes after each: GeoJSON of the places in view or of
 * the chosen article (countries as points, or as their shapes; each place with the articles and
 * passages naming it), and a PNG of the map as seen.
 */
export function ExportMenu() {
  const mapRef = useContext(MapRefContext);
  const { index, source } = useData();
  const basemap = useBasemap();
  const { shown } = useShown();
  const articleId = useAppStore((s) => s.articleId);
  const menu = useRef<HTMLDetailsElement>(null);
  const [shapes, setShapes] = useState(false);
  const [busy, setBusy] = useState(false);

  const options = (): ExportOptions => {
    if (!shapes || !basemap) return {};
    const byIso = new Map(basemap.areas.map((s) => [s.properties.iso2, s]));
    return {
      countryShape: (iso2) => {
        const shape = byIso.get(iso2);
        return shape && shapeGeometry(shape);
      },
    };
  };
  const done = () => {
    if (menu.current) menu.current.open = false;
  };
  const exportPlaces = async (filename: string, places: readonly ShownPlace[]) => {
    done();
    setBusy(true);
    const { filters } = appStore.getState();
    const setNotice = (notice: string) => {
      appStore.getState().setNotice(notice);
    };
    const rows = places.flatMap(({ place }): PlaceRow[] => {
      const row = index.placeById.get(place.id);
      return row ? [row] : [];
    });
    const files = rows.reduce((sum, row) => sum + Math.min(row.pages.length, MAX_EXPORT_PAGES), 0);
    const tell = files > FILES_WORTH_A_NOTICE;
    let told = 0;
    const range = dayRange(filters);
    const details = await gatherDetails(source, rows, {
      keep: passageFilter(range, articleId),
      range,
      onProgress: (done, total) => {
        // Every tenth of the way, not every place: the status line is read out.
        if (!tell || done * 10 < (told + 1) * total) return;
        told = Math.floor((done * 10) / total);
        setNotice(`Gathering passages for the download: ${done} of ${total} places…`);
      },
    });
    download(filename, placesToGeoJSON(places, { ...options(), details: (id) => details.get(id) }));
    setBusy(false);
    const truncated = [...details.values()].some((d) => d.truncated);
    if (tell || truncated) {
      const passages = [...details.values()].reduce((sum, d) => sum + d.passages.length, 0);
      setNotice(
        `Downloaded ${places.length} places with ${passages} passages` +
          (truncated ? `, at most ${MAX_EXPORT_PASSAGES} per place.` : '.'),
      );
    }
  };

  const exportView = () => {
    const b = mapRef.current?.getBounds();
    const places = b
      ? placesInBounds(shown, {
          south: b.getSouth(),
          west: b.getWest(),
          north: b.getNorth(),
          east: b.getEast(),
        })
      : shown;
    void exportPlaces('dateline-places-in-view.geojson', places);
  };

  const exportImage = async () => {
    done();
    const area = mapRef.current?.getContainer().closest<HTMLElement>('.dl-map');
    if (!area) return;
    try {
      // html-to-image is loaded only for this: the page's first script stays smaller (issue 7).
      const { mapImage } = await import('./map-image');
      save('dateline-map.png', await mapImage(area));
    } catch {
      appStore.getState().setNotice('The map image could not be made in this browser.');
    }
  };

  return (
    <details className="dl-export" ref={menu}>
      <summary>Download</summary>
      <div className="dl-export__menu">
        <Toggle label="Countries as shapes" checked={shapes} onChange={setShapes} />
        <button type="button" onClick={exportView} disabled={busy}>
          Places in view (GeoJSON)
        </button>
        {articleId && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              // With an article chosen, `shown` is exactly that article's places.
              void exportPlaces(`dateline-${articleId}.geojson`, shown);
            }}
          >
            Places in this article (GeoJSON)
          </button>
        )}
        <button type="button" onClick={() => void exportImage()}>
          Map image (PNG)
        </button>
      </div>
    </details>
  );
}
