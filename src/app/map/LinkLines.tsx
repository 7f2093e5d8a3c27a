import { Polyline } from 'react-leaflet';
import { useData } from '../data/data-context';
import { useAppStore } from '../state/store';

/**
 * Lines between places mentioned in the same passage, thicker for pairs that co-occur more.
 * Purely visual: the "Mentioned with" list in the place panel is their accessible counterpart.
 */
export function LinkLines() {
  const on = useAppStore((s) => s.layers.links);
  const { links, shownById } = useData();
  if (!on) return null;
  return (
    <>
      {links.map((link) => {
        const a = shownById.get(link.a)?.place;
        const b = shownById.get(link.b)?.place;
        if (!a || !b) return null;
        return (
          <Polyline
            key={`${link.a}|${link.b}`}
            positions={[
              [a.lat, a.lon],
              [b.lat, b.lon],
            ]}
            interactive={false}
            pathOptions={{
              color: '#1d4e89',
              weight: 1 + 2 * Math.sqrt(link.weight),
              opacity: 0.35 + Math.min(0.5, link.weight / 10),
            }}
          />
        );
      })}
    </>
  );
}
