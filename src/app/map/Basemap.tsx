import { useCallback, useMemo } from 'react';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import { GeoJSON } from 'react-leaflet';
import { useData } from '../data/data-context';
import type { ShownPlace } from '../logic/filters';
import { appStore, useAppStore } from '../state/store';
import { BasemapLabels } from './BasemapLabels';
import type { CountryShapeProperties as CountryProperties } from '../../shared/schema';
import { useShown } from '../state/use-derived';

const LAND: PathOptions = { color: '#b9b3a6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 };
// First-level borders: thinner and dashed, so they never read as a country's edge.
const BORDERS: PathOptions = { color: '#8c8577', weight: 0.8, dashArray: '3 3', opacity: 0.8 };

const SHADE = { fill: '#e8a66f', minOpacity: 0.35, maxOpacity: 0.85 };

/** Darker for countries mentioned more: a log scale so one busy country does not wash out the rest. */
function shade(count: number, max: number, selected: boolean): PathOptions {
  const t = Math.log1p(count) / Math.log1p(Math.max(max, 1));
  return {
    color: selected ? '#7a2e0e' : '#9a5b3c',
    weight: selected ? 2.5 : 0.8,
    fillColor: selected ? '#d9773a' : SHADE.fill,
    fillOpacity: SHADE.minOpacity + (SHADE.maxOpacity - SHADE.minOpacity) * t,
  };
}

/** The colour a shaded country shows at `t` (0 least, 1 most mentioned), over the land colour. */
export function shadeColour(t: number): string {
  const alpha = SHADE.minOpacity + (SHADE.maxOpacity - SHADE.minOpacity) * t;
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const land = channels(LAND.fillColor ?? '#ffffff');
  const mixed = channels(SHADE.fill).map((c, i) =>
    Math.round(c * alpha + (land[i] ?? 255) * (1 - alpha)),
  );
  return `rgb(${mixed.join(', ')})`;
}

/**
 * The offline basemap: land per country (lakes show as water), mentioned countries shaded and
 * clickable, state lines, and the names of larger countries and cities (BasemapLabels).
 */
export function Basemap() {
  const { basemap } = useData();
  const { shown } = useShown();
  const selectedId = useAppStore((s) => s.placeId);
  const countries = useMemo(() => {
    const byIso = new Map<string, ShownPlace>();
    for (const s of shown)
      if (s.place.kind === 'country' && s.place.country) byIso.set(s.place.country, s);
    return byIso;
  }, [shown]);
  const max = shown[0]?.count ?? 1;

  const style = useCallback(
    (feature?: Feature<Geometry, CountryProperties>): PathOptions => {
      const iso = feature?.properties.iso2;
      const hit = iso ? countries.get(iso) : undefined;
      return hit ? shade(hit.count, max, hit.place.id === selectedId) : LAND;
    },
    [countries, max, selectedId],
  );

  const eventHandlers = useMemo(
    () => ({
      click(event: LeafletMouseEvent) {
        const feature = (
          event.propagatedFrom as { feature?: Feature<Geometry, CountryProperties> } | undefined
        )?.feature;
        const iso = feature?.properties.iso2;
        const hit = iso ? countries.get(iso) : undefined;
        if (hit) appStore.getState().selectPlace(hit.place, false);
      },
    }),
    [countries],
  );

  if (!basemap) return null;
  return (
    <>
      <GeoJSON data={basemap.countries} style={style} eventHandlers={eventHandlers} />
      <GeoJSON data={basemap.borders} style={BORDERS} interactive={false} />
      <BasemapLabels labels={basemap.labels} />
    </>
  );
}
