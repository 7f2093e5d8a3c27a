import { useEffect, useMemo, useRef } from 'react';
import type { LatLng, LeafletEvent, LeafletMouseEvent } from 'leaflet';
import { TileLayer, useMap } from 'react-leaflet';
import { project, shapeAt } from '../logic/basemap-shapes';
import { BasemapTiles, type BasemapPaint, type ShapeStyle } from './basemap-tiles';
import { useBasemap } from '../data/data-context';
import type { ShownPlace } from '../logic/filters';
import { shadeOf } from '../logic/shading';
import { selectShading } from '../state/selectors';
import { appStore, useAppStore } from '../state/store';
import { BasemapLabels } from './BasemapLabels';
import type { CountryShapeProperties as CountryProperties } from '../../shared/schema';
import { useShown } from '../state/use-derived';
import { ONLINE_TILES } from './online-tiles';

const LAND: ShapeStyle = {
  stroke: '#b9b3a6',
  weight: 0.6,
  // Over online tiles the land is left clear, so the tiles show; mentioned countries still shade.
  fill: ONLINE_TILES ? null : '#f4f1ea',
};
// First-level borders: thinner and dashed, so they never read as a country's edge.
const BORDERS: ShapeStyle = { stroke: '#8c8577', weight: 0.8, dash: [3, 3], opacity: 0.8 };

/** A mentioned country: its class's colour (logic/shading.ts), outlined darker when selected. */
function shade(colour: string, selected: boolean): ShapeStyle {
  return {
    stroke: selected ? '#3b1a06' : '#9a5b3c',
    weight: selected ? 2.5 : 0.8,
    fill: colour,
    order: selected ? 2 : 1,
  };
}

/**
 * The offline basemap: land per country (lakes show as water), mentioned countries shaded and
 * clickable, state lines, and the names of larger countries and cities (BasemapLabels). The shapes
 * are drawn on canvas tiles (basemap-tiles.ts); a click finds its country by the same shapes.
 */
export function Basemap() {
  const map = useMap();
  const basemap = useBasemap();
  const { shown, shownById } = useShown();
  const selectedId = useAppStore((s) => s.placeId);
  // Only a selected country changes the tiles: opening a town repaints nothing.
  const selectedCountry = selectedId ? shownById.get(selectedId)?.place : undefined;
  const outlined = selectedCountry?.kind === 'country' ? selectedCountry.country : null;
  const countries = useMemo(() => {
    const byIso = new Map<string, ShownPlace>();
    for (const s of shown)
      if (s.place.kind === 'country' && s.place.country) byIso.set(s.place.country, s);
    return byIso;
  }, [shown]);
  const classes = selectShading(shown);
  const shapes = useMemo(
    () => basemap && { areas: basemap.areas, lines: basemap.lines },
    [basemap],
  );
  const paint = useMemo((): BasemapPaint<CountryProperties, unknown> | null => {
    if (!shapes) return null;
    const areaStyle = ({ iso2 }: CountryProperties): ShapeStyle => {
      const hit = iso2 ? countries.get(iso2) : undefined;
      return hit ? shade(shadeOf(hit.count, classes), iso2 === outlined) : LAND;
    };
    return { ...shapes, areaStyle, lineStyle: BORDERS };
  }, [shapes, countries, classes, outlined]);

  const layer = useRef<BasemapTiles<CountryProperties, unknown> | null>(null);
  const latestPaint = useRef(paint);
  useEffect(
    function repaintTiles() {
      latestPaint.current = paint;
      if (paint) layer.current?.setPaint(paint);
    },
    [paint],
  );
  useEffect(
    function addTiles() {
      const first = latestPaint.current;
      if (!first) return;
      // Above online tiles (zIndex 1), under the link lines and markers of the panes above.
      const tiles = new BasemapTiles(first, { zIndex: 2 });
      layer.current = tiles;
      tiles.addTo(map);
      return function removeTiles() {
        tiles.remove();
        layer.current = null;
      };
    },
    [map, shapes],
  );

  useEffect(
    function selectClickedCountry() {
      if (!shapes) return;
      const countryAt = (latlng: LatLng) => {
        const hit = shapeAt(shapes.areas, project(latlng.lng, latlng.lat));
        return hit?.properties.iso2 ? countries.get(hit.properties.iso2) : undefined;
      };
      const onClick = (event: LeafletMouseEvent) => {
        const shown = countryAt(event.latlng);
        if (shown) appStore.getState().selectPlace(shown.place, false);
      };
      // Canvas tiles have no elements to hover, so the pointer that says "this opens" is set here,
      // once a frame at most, and never while the map is dragged.
      const container = map.getContainer();
      let frame = 0;
      let dragging = false;
      const point = (over: boolean) => container.classList.toggle('dl-over-country', over);
      const onMove = (event: LeafletMouseEvent) => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          point(!dragging && countryAt(event.latlng) !== undefined);
        });
      };
      const onDrag = (event: LeafletEvent) => {
        dragging = event.type === 'dragstart';
        if (dragging) point(false);
      };
      map.on('click', onClick);
      map.on('mousemove', onMove);
      map.on('dragstart dragend', onDrag);
      return function stopSelecting() {
        cancelAnimationFrame(frame);
        point(false);
        map.off('click', onClick);
        map.off('mousemove', onMove);
        map.off('dragstart dragend', onDrag);
      };
    },
    [map, shapes, countries],
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
      <BasemapLabels labels={basemap.labels} />
    </>
  );
}
