import { useContext } from 'react';
import { MapRefContext, useData } from '../data/data-context';
import { placesInBounds, placesToGeoJSON } from '../logic/geojson';
import { useAppStore } from '../state/store';

function download(filename: string, json: unknown) {
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/geo+json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** GeoJSON of the places in view, or of the chosen article's places, behind one small menu. */
export function ExportMenu() {
  const mapRef = useContext(MapRefContext);
  const { shown } = useData();
  const articleId = useAppStore((s) => s.articleId);

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
    download('dateline-places-in-view.geojson', placesToGeoJSON(places));
  };

  return (
    <details className="dl-export">
      <summary>Download</summary>
      <div className="dl-export__menu">
        <button type="button" onClick={exportView}>
          Places in view (GeoJSON)
        </button>
        {articleId && (
          <button
            type="button"
            onClick={() => {
              // With an article chosen, `shown` is exactly that article's places.
              download(`dateline-${articleId}.geojson`, placesToGeoJSON(shown));
            }}
          >
            Places in this article (GeoJSON)
          </button>
        )}
      </div>
    </details>
  );
}
