import { workerCalls } from '../data/worker-calls';
import type { TileCoords, TileScene } from './tile-paint';

/** What the page asks the tile worker (tile-worker.ts), and what it answers. */
export type TileRequest =
  | { kind: 'shapes'; shapes: Pick<TileScene, 'areas' | 'lines'> }
  | {
      kind: 'paint';
      id: number;
      coords: TileCoords;
      ratio: number;
      styles: Pick<TileScene, 'areaStyles' | 'lineStyle'>;
    };
type PaintRequest = Extract<TileRequest, { kind: 'paint' }>;

export interface TileReply {
  id: number;
  bitmap: ImageBitmap;
}

/** Paints tiles in a worker: the page only copies the finished picture onto its canvas. */
export interface TilePainter {
  paint(
    coords: TileCoords,
    ratio: number,
    styles: Pick<TileScene, 'areaStyles' | 'lineStyle'>,
  ): Promise<ImageBitmap>;
  stop(): void;
}

/** A painter for these shapes, or null where the browser has no worker with OffscreenCanvas. */
export function workerPainter(shapes: Pick<TileScene, 'areas' | 'lines'>): TilePainter | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./tile-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const call = workerCalls<TileReply>(worker);
  worker.postMessage({ kind: 'shapes', shapes } satisfies TileRequest);
  return {
    paint: async (coords, ratio, styles) =>
      (await call({ kind: 'paint', coords, ratio, styles } satisfies Omit<PaintRequest, 'id'>))
        .bitmap,
    stop() {
      worker.terminate();
    },
  };
}
