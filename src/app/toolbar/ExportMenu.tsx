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

/** GeoJSON of the places in view, or of the chosen article's places. */
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
    <span className="dl-export">
      <button type="button" onClick={exportView}>
        Download places in view
      </button>
      {articleId && (
        <button
          type="button"
          onClick={() => {
            // With an article chosen, `shown` is exactly that article's places.
            download(`dateline-${articleId}.geojson`, placesToGeoJSON(shown));
          }}
        >
          Download article places
        </button>
      )}
    </span>
  );
}
