import { useAppStore } from '../state/store';
import { useDeriveInput } from '../state/use-derived';
import { MAP_LAYERS, type MapLayer } from './layers';

/** Every optional layer that is switched on, drawn from its row in the layer table. */
export function MapLayers() {
  return (
    <>
      {MAP_LAYERS.map((row) => (
        <LayerHost key={row.id} row={row} />
      ))}
    </>
  );
}

function LayerHost({ row }: { row: MapLayer<unknown> }) {
  const on = useAppStore((s) => s.layers[row.id]);
  const input = useDeriveInput();
  if (!on) return null;
  const { Component } = row;
  return <Component data={row.derive(input)} />;
}
