import { GridLayer, type Coords, type DoneCallback, type GridLayerOptions } from 'leaflet';
import { overlaps, type Box, type Shape, type WorldPoint } from '../logic/basemap-shapes';

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

/** What the tiles draw: areas (filled by the even-odd rule, so lakes are holes), then lines. */
export interface BasemapPaint<A, L> {
  areas: readonly Shape<A>[];
  areaStyle: (properties: A) => ShapeStyle;
  lines: readonly Shape<L>[];
  lineStyle: ShapeStyle;
}

const TILE = 256;
// Strokes reach this far past a shape's box; shapes this close to a tile are drawn into it.
const MARGIN_PX = 3;

/**
 * Traces a ring, dropping vertices within a pixel of the last one drawn (as Leaflet's own
 * simplification does for its vector layers: smoothFactor 1).
 */
function trace(
  ctx: CanvasRenderingContext2D,
  ring: Float64Array,
  scale: number,
  ox: number,
  oy: number,
) {
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

function drawShapes<P>(
  ctx: CanvasRenderingContext2D,
  shapes: readonly { shape: Shape<P>; style: ShapeStyle }[],
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
 * Runs `paint` in a task of its own when the page is idle, within a fifth of a second: the data
 * arriving, a click's answer and animation frames go first, and the basemap fills in between.
 */
function whenIdle(paint: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(paint, { timeout: 200 });
  else setTimeout(paint);
}

/** A tile's area at zoom 0, with the stroke margin: the shapes crossing it are drawn into it. */
function tileBox(coords: Coords): Box {
  const scale = 2 ** coords.z;
  const margin = MARGIN_PX / scale;
  const size = TILE / scale;
  const x0 = coords.x * size;
  const y0 = coords.y * size;
  return [x0 - margin, y0 - margin, x0 + size + margin, y0 + size + margin];
}

const sameStyle = (a: ShapeStyle, b: ShapeStyle) =>
  a.stroke === b.stroke &&
  a.weight === b.weight &&
  a.fill === b.fill &&
  a.opacity === b.opacity &&
  a.order === b.order &&
  String(a.dash) === String(b.dash);

/** One tile: its zoom-0 box (with the stroke margin) decides which shapes and rings it draws. */
function paintTile<A, L>(canvas: HTMLCanvasElement, coords: Coords, paint: BasemapPaint<A, L>) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = canvas.width / TILE;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const scale = 2 ** coords.z;
  const tile = tileBox(coords);
  const x0 = coords.x * (TILE / scale);
  const y0 = coords.y * (TILE / scale);
  const inTile = <P>(shapes: readonly Shape<P>[], styleOf: (p: P) => ShapeStyle) =>
    shapes
      .filter((shape) => overlaps(shape.box, tile))
      .map((shape) => ({ shape, style: styleOf(shape.properties) }))
      .sort((a, b) => (a.style.order ?? 0) - (b.style.order ?? 0));
  const origin = { x: x0, y: y0 };
  drawShapes(ctx, inTile(paint.areas, paint.areaStyle), tile, origin, scale, true);
  drawShapes(
    ctx,
    inTile(paint.lines, () => paint.lineStyle),
    tile,
    origin,
    scale,
    false,
  );
}

/**
 * The basemap drawn on canvas tiles (issue 7). As SVG, Leaflet projected, clipped and simplified
 * every one of its 60,000 vertices in one task at start and on every zoom (a second and more on
 * this machine); tiles project each vertex with one multiplication, draw only the shapes they
 * cross, each in a task of its own. One copy of the world, as the markers have:
 * tiles left and right of it stay empty (`noWrap`), except for shapes drawn across 180°.
 */
export class BasemapTiles<A, L> extends GridLayer {
  private paint: BasemapPaint<A, L>;
  private readonly live = new Map<HTMLCanvasElement, Coords>();
  /** Tiles waiting for a repaint. */
  private readonly stale = new Set<HTMLCanvasElement>();

  constructor(paint: BasemapPaint<A, L>, options: GridLayerOptions = {}) {
    super({ noWrap: true, className: 'dl-basemap', ...options });
    this.paint = paint;
    this.on('tileunload', (event) => {
      this.live.delete((event as unknown as { tile: HTMLCanvasElement }).tile);
    });
  }

  // Each tile is painted in a task of its own, so a view of twenty tiles is never one long task.
  override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    canvas.width = TILE * ratio;
    canvas.height = TILE * ratio;
    canvas.className = 'dl-basemap-tile';
    this.live.set(canvas, coords);
    whenIdle(() => {
      // A tile unloaded before its turn (the view moved on) is not painted.
      if (this.live.has(canvas)) paintTile(canvas, coords, this.paint);
      done(undefined, canvas);
    });
    return canvas;
  }

  /**
   * New styles (shading, selection): the tiles on the map that show a shape whose style changed
   * are repainted where they are, each in a task of its own. Selecting a country repaints the
   * few tiles it covers, not the map.
   */
  setPaint(paint: BasemapPaint<A, L>): void {
    const before = this.paint;
    this.paint = paint;
    const changed = paint.areas.flatMap((shape) =>
      sameStyle(before.areaStyle(shape.properties), paint.areaStyle(shape.properties))
        ? []
        : [shape.box],
    );
    if (paint.lines !== before.lines || paint.lineStyle !== before.lineStyle) {
      changed.push(...paint.lines.map((shape) => shape.box));
    }
    for (const [canvas, coords] of this.live) {
      const box = tileBox(coords);
      if (this.stale.has(canvas) || !changed.some((b) => overlaps(b, box))) continue;
      this.stale.add(canvas);
      whenIdle(() => {
        // Painted with the styles of the moment: a later change needs no second pass.
        if (this.stale.delete(canvas) && this.live.has(canvas)) {
          paintTile(canvas, coords, this.paint);
        }
      });
    }
  }
}
