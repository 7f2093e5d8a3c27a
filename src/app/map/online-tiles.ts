import type { TileLayerConfig } from '../../shared/schema';

// Set at build time from dateline.tiles.json (vite.config.ts); null when there is none.
declare const __DATELINE_TILES__: TileLayerConfig | null | undefined;

/** The configured online tile layer, or null: the map is offline unless one is configured. */
export const ONLINE_TILES: TileLayerConfig | null =
  typeof __DATELINE_TILES__ === 'undefined' ? null : __DATELINE_TILES__;
