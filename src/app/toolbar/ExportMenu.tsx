import { useContext, useRef, useState } from 'react';
import { MapRefContext, useData } from '../data/data-context';
import { placesInBounds, placesToGeoJSON, type ExportOptions } from '../logic/geojson';
import type { ShownPlace } from '../logic/filters';
import { appStore, useAppStore } from '../state/store';
import { mapImage } from './map-image';
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

/**
 * Downloads behind one small menu that closes after each: GeoJSON of the places in view or of
 * the chosen article (countries as points, or as their shapes), and a PNG of the map as seen.
 */
export function ExportMenu() {
  const mapRef = useContext(MapRefContext);
  const { basemap } = useData();
  const { shown } = useShown();
  const articleId = useAppStore((s) => s.articleId);
  const menu = useRef<HTMLDetailsElement>(null);
  const [shapes, setShapes] = useState(false);

  const options = (): ExportOptions => {
    if (!shapes || !basemap) return {};
    const byIso = new Map(
      basemap.countries.features.flatMap((f) =>
        f.properties.iso2 ? [[f.properties.iso2, f.geometry] as const] : [],
      ),
    );
    return { countryShape: (iso2) => byIso.get(iso2) };
  };
  const done = () => {
    if (menu.current) menu.current.open = false;
  };
  const exportPlaces = (filename: string, places: readonly ShownPlace[]) => {
    download(filename, placesToGeoJSON(places, options()));
    done();
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
    exportPlaces('dateline-places-in-view.geojson', places);
  };

  const exportImage = async () => {
    done();
    const area = mapRef.current?.getContainer().closest<HTMLElement>('.dl-map');
    if (!area) return;
    try {
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
        <button type="button" onClick={exportView}>
          Places in view (GeoJSON)
        </button>
        {articleId && (
          <button
            type="button"
            onClick={() => {
              // With an article chosen, `shown` is exactly that article's places.
              exportPlaces(`dateline-${articleId}.geojson`, shown);
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
