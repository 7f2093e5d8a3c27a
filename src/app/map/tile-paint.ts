import type { Box, Shape, WorldPoint } from '../logic/basemap-shapes';
import { overlaps } from '../logic/basemap-shapes';

/** How one shape is drawn; `order` puts shaded and selected countries over plain land. */
export interface ShapeStyle {
  stroke: string;
  weight: number;
  /** null: the shape is not filled (a line, or land left clear over online tiles). */
  fill?: string | null;
  opacity?: number;
  dash?: number[];
  order?: number;
}

/** What a tile needs of a shape: its projected rings and their boxes, not its properties. */
export type TileShape = Omit<Shape<unknown>, 'properties'>;

/** Everything one tile is painted from: areas with a style each (same order), then lines. */
export interface TileScene {
  areas: readonly TileShape[];
  areaStyles: readonly ShapeStyle[];
  lines: readonly TileShape[];
  lineStyle: ShapeStyle;
}

/** Where a tile is: Leaflet's tile coordinates. */
export interface TileCoords {
  x: number;
  y: number;
  z: number;
}

/** Both kinds of canvas draw the same way: on the page, or in the tile worker. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export const TILE = 256;
// Strokes reach this far past a shape's box; shapes this close to a tile are drawn into it.
const MARGIN_PX = 3;

/** A tile's area at zoom 0, with the stroke margin: the shapes crossing it are drawn into it. */
export function tileBox(coords: TileCoords): Box {
  const scale = 2 ** coords.z;
  const margin = MARGIN_PX / scale;
  const size = TILE / scale;
  const x0 = coords.x * size;
  const y0 = coords.y * size;
  return [x0 - margin, y0 - margin, x0 + size + margin, y0 + size + margin];
}

export const sameStyle = (a: ShapeStyle, b: ShapeStyle) =>
  a.stroke === b.stroke &&
  a.weight === b.weight &&
  a.fill === b.fill &&
  a.opacity === b.opacity &&
  a.order === b.order &&
  String(a.dash) === String(b.dash);

/**
 * Traces a ring, dropping vertices within a pixel of the last one drawn (as Leaflet's own
 * simplification does for its vector layers: smoothFactor 1).
 */
function trace(ctx: Context2D, ring: Float64Array, scale: number, ox: number, oy: number) {
  let lastX = NaN;
  let lastY = NaN;
  const end = ring.length - 2;
  for (let i = 0; i <= end; i += 2) {
    const x = (ring[i] ?? 0) * scale - ox;
    const y = (ring[i + 1] ?? 0) * scale - oy;
    if (i === 0) ctx.moveTo(x, y);
    else if (i === end || (x - lastX) ** 2 + (y - lastY) ** 2 >= 1) ctx.lineTo(x, y);
    else continue;
    lastX = x;
    lastY = y;
  }
}

function drawShapes(
  ctx: Context2D,
  shapes: readonly { shape: TileShape; style: ShapeStyle }[],
  tile: Box,
  origin: WorldPoint,
  scale: number,
  closed: boolean,
) {
  for (const { shape, style } of shapes) {
    ctx.beginPath();
    shape.rings.forEach((ring, i) => {
      const box = shape.ringBoxes[i] ?? tile;
      // An island under a pixel across shows nothing at this zoom: it is not traced at all.
      if (!overlaps(box, tile) || Math.max(box[2] - box[0], box[3] - box[1]) * scale < 1) return;
      trace(ctx, ring, scale, origin.x * scale, origin.y * scale);
      if (closed) ctx.closePath();
    });
    ctx.globalAlpha = 1;
    if (style.fill) {
      ctx.fillStyle = style.fill;
      ctx.fill('evenodd');
    }
    ctx.globalAlpha = style.opacity ?? 1;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.weight;
    ctx.setLineDash(style.dash ?? []);
    ctx.stroke();
  }
}

/**
 * Paints one tile of `ratio` device pixels per CSS pixel: the shapes whose boxes cross it, areas
 * (shaded and selected over plain land) then lines.
 */
export function paintTile(ctx: Context2D, coords: TileCoords, ratio: number, scene: TileScene) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, TILE * ratio, TILE * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const scale = 2 ** coords.z;
  const tile = tileBox(coords);
  const origin = { x: coords.x * (TILE / scale), y: coords.y * (TILE / scale) };
  const areas = scene.areas
    .map((shape, i) => ({ shape, style: scene.areaStyles[i] ?? scene.lineStyle }))
    .filter(({ shape }) => overlaps(shape.box, tile))
    .sort((a, b) => (a.style.order ?? 0) - (b.style.order ?? 0));
  drawShapes(ctx, areas, tile, origin, scale, true);
  const lines = scene.lines
    .filter((shape) => overlaps(shape.box, tile))
    .map((shape) => ({ shape, style: scene.lineStyle }));
  drawShapes(ctx, lines, tile, origin, scale, false);
}
