import { useData } from '../data/data-context';
import { ONLINE_TILES } from './online-tiles';

/**
 * Credits: the basemap and gazetteer always, in one short line over the map, and every source
 * the data file lists (with version and licence) one click away.
 */
export function Attribution() {
  const { index } = useData();
  // Only web links: the data file is not trusted to put a script URL in an href.
  const sources = index.data.attribution.filter((a) => /^https?:\/\//.test(a.url));
  return (
    <footer className="dl-attribution">
      Data:{' '}
      <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">
        © OpenStreetMap contributors
      </a>{' '}
      (ODbL) · U.S. Census ·{' '}
      <a href="https://www.geonames.org/" target="_blank" rel="noreferrer">
        GeoNames
      </a>{' '}
      (CC BY 4.0) · Map: Leaflet
      {ONLINE_TILES && ` · Tiles: ${ONLINE_TILES.attribution}`}
      {sources.length > 0 && (
        <details className="dl-sources">
          <summary>All sources</summary>
          <ul>
            {sources.map((a) => (
              <li key={`${a.name} ${a.version}`}>
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.name}
                </a>
                , {a.version}; {a.licence}
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
