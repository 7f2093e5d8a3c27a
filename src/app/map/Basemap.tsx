import { useCallback, useMemo } from 'react';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import { GeoJSON, TileLayer } from 'react-leaflet';
import { useData } from '../data/data-context';
import type { ShownPlace } from '../logic/filters';
import { shadeOf } from '../logic/shading';
import { selectShading } from '../state/selectors';
import { appStore, useAppStore } from '../state/store';
import { BasemapLabels } from './BasemapLabels';
import type { CountryShapeProperties as CountryProperties } from '../../shared/schema';
import { useShown } from '../state/use-derived';
import { ONLINE_TILES } from './online-tiles';

const LAND: PathOptions = {
  color: '#b9b3a6',
  weight: 0.6,
  fillColor: '#f4f1ea',
  // Over online tiles the land is left clear, so the tiles show; mentioned countries still shade.
  fillOpacity: ONLINE_TILES ? 0 : 1,
};
// First-level borders: thinner and dashed, so they never read as a country's edge.
const BORDERS: PathOptions = { color: '#8c8577', weight: 0.8, dashArray: '3 3', opacity: 0.8 };

/** A mentioned country: its class's colour (logic/shading.ts), outlined darker when selected. */
function shade(colour: string, selected: boolean): PathOptions {
  return {
    color: selected ? '#3b1a06' : '#9a5b3c',
    weight: selected ? 2.5 : 0.8,
    fillColor: colour,
    fillOpacity: 1,
  };
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
  const classes = selectShading(shown);

  const style = useCallback(
    (feature?: Feature<Geometry, CountryProperties>): PathOptions => {
      const iso = feature?.properties.iso2;
      const hit = iso ? countries.get(iso) : undefined;
      return hit ? shade(shadeOf(hit.count, classes), hit.place.id === selectedId) : LAND;
    },
    [countries, classes, selectedId],
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
      {ONLINE_TILES && (
        // The credit is shown as text in Attribution, not handed to Leaflet, which writes HTML.
        <TileLayer
          url={ONLINE_TILES.url}
          subdomains={ONLINE_TILES.subdomains ?? 'abc'}
          maxZoom={ONLINE_TILES.maxZoom ?? 19}
        />
      )}
      <GeoJSON data={basemap.countries} style={style} eventHandlers={eventHandlers} />
      <GeoJSON data={basemap.borders} style={BORDERS} interactive={false} />
      <BasemapLabels labels={basemap.labels} />
    </>
  );
}
