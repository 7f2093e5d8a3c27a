import { useData } from '../data/data-context';

const ALWAYS = [
  { name: 'Natural Earth', licence: 'public domain', url: 'https://www.naturalearthdata.com/' },
  { name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
];

/** Credits for the basemap and gazetteer, plus whatever the data file lists. */
export function Attribution() {
  const { index } = useData();
  const names = new Set(ALWAYS.map((a) => a.name.toLowerCase()));
  // Only web links: the data file is not trusted to put a script URL in an href.
  const extra = index.data.attribution.filter(
    (a) => !names.has(a.name.toLowerCase()) && /^https?:\/\//.test(a.url),
  );
  const all = [...ALWAYS, ...extra.map((a) => ({ name: a.name, licence: a.licence, url: a.url }))];
  return (
    <footer className="dl-attribution">
      Data:{' '}
      {all.map((a, i) => (
        <span key={a.name}>
          {i > 0 && ' · '}
          <a href={a.url} target="_blank" rel="noreferrer">
            {a.name}
          </a>{' '}
          ({a.licence})
        </span>
      ))}
      {' · '}Map: Leaflet
    </footer>
  );
}
