import type { ComponentType } from 'react';
import type { LayerId } from '../logic/app-state';
import { selectLinks, selectRising, type DeriveInput } from '../state/selectors';
import type { LegendEntry } from './Legend';
import { LinkLimit } from './LinkLimit';
import { LinkLines } from './LinkLines';
import { RisingRings } from './RisingRings';

/**
 * An optional map layer: one row here gives it a toolbar checkbox, its drawing on the map, its
 * settings and its legend row. To add one: add its id to LAYER_IDS (logic/app-state.ts, which
 * also puts it in the URL's `layers` key) and a row below, with its Component in a file of its
 * own.
 */
export interface MapLayer<T> {
  id: LayerId;
  /** The toolbar checkbox's text. */
  label: string;
  /**
   * The data it draws, from the selectors' input; called on each render while the layer is on,
   * so it should be a memoised selector (state/selectors.ts).
   */
  derive(input: DeriveInput): T;
  /** Draws the layer inside the map, as a child of the markers (see drawn-markers.ts). */
  Component: ComponentType<{ data: T }>;
  /** Settings shown beside the checkbox while the layer is on. */
  Controls?: ComponentType;
  /** The legend's row for it, shown while it is on. */
  legend?: LegendEntry;
}

/** A row with its data type checked, then erased so layers of different data share one table. */
function layer<T>(row: MapLayer<T>): MapLayer<unknown> {
  return row as unknown as MapLayer<unknown>;
}

export const MAP_LAYERS: readonly MapLayer<unknown>[] = [
  layer({
    id: 'links',
    label: 'Links between places',
    derive: selectLinks,
    Component: LinkLines,
    Controls: LinkLimit,
    legend: {
      key: 'links',
      symbol: <span className="dl-legend__line dl-legend__line--link" />,
      label: 'Blue line: named in the same passage; thicker for more',
    },
  }),
  layer({
    id: 'rising',
    label: 'Rings on rising places',
    derive: selectRising,
    Component: RisingRings,
    legend: {
      key: 'rising',
      symbol: <span className="dl-legend__line dl-legend__line--rising" />,
      label: 'Purple ring: mentioned more than in the days before; wider for more',
    },
  }),
];
