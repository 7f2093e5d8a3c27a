/// <reference lib="webworker" />
// The basemap's tiles are painted here, on OffscreenCanvas, off the main thread: painting on the
// page's canvases put the rasterising of every tile on the main thread, so a brush step that
// re-shades the countries or a drag that brings in new tiles cost the page frames (issue 7).
import { paintTile, TILE, type TileScene } from './tile-paint';
import type { TileReply, TileRequest } from './tile-painter';

declare const self: DedicatedWorkerGlobalScope;

let shapes: Pick<TileScene, 'areas' | 'lines'> = { areas: [], lines: [] };

self.onmessage = ({ data }: MessageEvent<TileRequest>) => {
  if (data.kind === 'shapes') {
    shapes = data.shapes;
    return;
  }
  const canvas = new OffscreenCanvas(TILE * data.ratio, TILE * data.ratio);
  const ctx = canvas.getContext('2d');
  if (ctx) paintTile(ctx, data.coords, data.ratio, { ...shapes, ...data.styles });
  const bitmap = canvas.transferToImageBitmap();
  self.postMessage({ id: data.id, bitmap } satisfies TileReply, [bitmap]);
};
