import { CircleMarker } from 'react-leaflet';
import type { RisingView } from '../state/selectors';

/**
 * A ring around each rising place (the "Rising" list), wider for a bigger rise, so the map shows
 * where coverage is growing rather than where it is largest. Purely visual: the Rising list is
 * its accessible counterpart.
 */
export function RisingRings({ data }: { data: RisingView }) {
  return (
    <>
      {data.entries.map(({ place, factor }) => (
        <CircleMarker
          key={place.id}
          center={[place.lat, place.lon]}
          radius={16 + 4 * Math.min(6, Math.log2(factor))}
          interactive={false}
          pathOptions={{ color: '#6a1b9a', weight: 3, fill: false, dashArray: '6 3' }}
        />
      ))}
    </>
  );
}
