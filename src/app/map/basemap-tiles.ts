import {
  GridLayer,
  type Coords,
  type DoneCallback,
  type GridLayerOptions,
  type Map as LeafletMap,
} from 'leaflet';
import { overlaps, type Shape } from '../logic/basemap-shapes';
import {
  paintTile,
  sameStyle,
  TILE,
  tileBox,
  type ShapeStyle,
  type TileScene,
  type TileShape,
} from './tile-paint';
import { workerPainter, type TilePainter } from './tile-painter';

export type { ShapeStyle };

/** What the tiles draw: areas (filled by the even-odd rule, so lakes are holes), then lines. */
export interface BasemapPaint<A, L> {
  areas: readonly Shape<A>[];
  areaStyle: (properties: A) => ShapeStyle;
  lines: readonly Shape<L>[];
  lineStyle: ShapeStyle;
}

type Styles = Pick<TileScene, 'areaStyles' | 'lineStyle'>;

const geometryOf = ({ rings, ringBoxes, box }: TileShape): TileShape => ({ rings, ringBoxes, box });

/**
 * Runs `paint` in a task of its own when the page is idle, within a fifth of a second: the data
 * arriving, a click's answer and animation frames go first, and the basemap fills in between.
 */
function whenIdle(paint: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(paint, { timeout: 200 });
  else setTimeout(paint);
}

/**
 * The basemap drawn on canvas tiles (issue 7). As SVG, Leaflet projected, clipped and simplified
 * every one of its 60,000 vertices in one task at start and on every zoom (a second and more on
 * this machine); tiles project each vertex with one multiplication and draw only the shapes they
 * cross. They are painted in a worker (tile-worker.ts) where the browser can, so the page only
 * copies finished pictures; elsewhere on the page, one tile per idle task. One copy of the world,
 * as the markers have: tiles left and right of it stay empty (`noWrap`), except for shapes
 * drawn across 180°.
 */
export class BasemapTiles<A, L> extends GridLayer {
  private paint: BasemapPaint<A, L>;
  private styles: Styles;
  private readonly live = new Map<HTMLCanvasElement, Coords>();
  /** Tiles waiting for a repaint on the page (without a worker). */
  private readonly stale = new Set<HTMLCanvasElement>();
  /** The worker painter once it has the shapes (null without one), started when the page is idle. */
  private readonly painter: Promise<TilePainter | null>;
  private stopped = false;

  constructor(paint: BasemapPaint<A, L>, options: GridLayerOptions = {}) {
    // New tiles come when a drag or zoom ends, as the SVG basemap redrew then: adding tiles
    // while dragging cost frames (p95 33 ms against 16.7 at 100k).
    super({ noWrap: true, updateWhenIdle: true, className: 'dl-basemap', ...options });
    this.paint = paint;
    this.styles = stylesOf(paint);
    // Copying the shapes to the worker takes tens of milliseconds: not in the first render's task.
    this.painter = new Promise((resolve) => {
      whenIdle(() => {
        const painter = this.stopped
          ? null
          : workerPainter({
              areas: paint.areas.map(geometryOf),
              lines: paint.lines.map(geometryOf),
            });
        resolve(painter);
      });
    });
    this.on('tileunload', (event) => {
      this.live.delete((event as unknown as { tile: HTMLCanvasElement }).tile);
    });
  }

  override onRemove(map: LeafletMap): this {
    this.stopped = true;
    void this.painter.then((painter) => painter?.stop());
    return super.onRemove(map);
  }

  override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    canvas.width = TILE * ratio;
    canvas.height = TILE * ratio;
    canvas.className = 'dl-basemap-tile';
    this.live.set(canvas, coords);
    this.draw(canvas, coords, () => {
      done(undefined, canvas);
    });
    return canvas;
  }

  /**
   * New styles (shading, selection): the tiles on the map that show a shape whose style changed
   * are repainted where they are. Selecting a country repaints the few tiles it covers.
   */
  setPaint(paint: BasemapPaint<A, L>): void {
    const before = this.styles;
    this.paint = paint;
    this.styles = stylesOf(paint);
    const changed = paint.areas.flatMap((shape, i) => {
      const was = before.areaStyles[i];
      const now = this.styles.areaStyles[i];
      return was && now && sameStyle(was, now) ? [] : [shape.box];
    });
    if (!sameStyle(before.lineStyle, this.styles.lineStyle)) {
      changed.push(...paint.lines.map((shape) => shape.box));
    }
    for (const [canvas, coords] of this.live) {
      const box = tileBox(coords);
      if (changed.some((b) => overlaps(b, box))) this.draw(canvas, coords);
    }
  }

  private draw(canvas: HTMLCanvasElement, coords: Coords, done?: () => void): void {
    void this.painter.then((painter) => {
      if (painter) this.drawInWorker(painter, canvas, coords, done);
      else this.drawHere(canvas, coords, done);
    });
  }

  private drawInWorker(
    painter: TilePainter,
    canvas: HTMLCanvasElement,
    coords: Coords,
    done?: () => void,
  ): void {
    const { x, y, z } = coords;
    // One worker answers in order, so the last picture asked for is the last one copied.
    void painter.paint({ x, y, z }, canvas.width / TILE, this.styles).then((bitmap) => {
      const ctx = canvas.getContext('2d');
      if (ctx && this.live.has(canvas)) {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(bitmap, 0, 0);
      }
      bitmap.close();
      done?.();
    });
  }

  private drawHere(canvas: HTMLCanvasElement, coords: Coords, done?: () => void): void {
    const ratio = canvas.width / TILE;
    const { x, y, z } = coords;
    if (this.stale.has(canvas) && !done) return;
    this.stale.add(canvas);
    whenIdle(() => {
      // Painted with the styles of the moment: a later change needs no second pass.
      this.stale.delete(canvas);
      const ctx = canvas.getContext('2d');
      if (ctx && this.live.has(canvas)) {
        paintTile(ctx, { x, y, z }, ratio, { ...this.paint, ...this.styles });
      }
      done?.();
    });
  }
}

function stylesOf<A, L>(paint: BasemapPaint<A, L>): Styles {
  return {
    areaStyles: paint.areas.map((shape) => paint.areaStyle(shape.properties)),
    lineStyle: paint.lineStyle,
  };
}
