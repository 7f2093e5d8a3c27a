import type { Locator, Page } from '@playwright/test';

/** A colour range [r, g, b, a] to [r, g, b, a], both ends included. */
export interface ColourRange {
  min: readonly number[];
  max: readonly number[];
}

// The land's fill, as the basemap draws it (src/app/map/Basemap.tsx).
export const LAND: ColourRange = { min: [241, 238, 231, 250], max: [247, 244, 237, 255] };

/** A rectangle of the page, in CSS pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Probe {
  points: (readonly [number, number])[];
  count: ColourRange | null;
  /** Where to count: pixels of the page inside it (all of the tiles when null). */
  region?: Rect;
  /** Count the pixels unlike the region's commonest colour instead of those in `count`. */
  unlikeCommonest?: boolean;
}

/**
 * Runs in the page. The basemap is drawn on canvas tiles, so what a reader sees is read from their
 * pixels: those of the loaded tiles of the level Leaflet shows on top (the highest z-index).
 * Returns each point's colour (null where no tile is) and how many pixels fall in `count`.
 */
function probeTiles({ points, count, region, unlikeCommonest }: Probe): {
  colours: (number[] | null)[];
  matching: number;
} {
  const loaded = [...document.querySelectorAll('canvas.dl-basemap-tile.leaflet-tile-loaded')];
  const level = (tile: Element) => Number(tile.parentElement?.style.zIndex ?? 0);
  const top = Math.max(...loaded.map(level));
  const tiles = loaded.filter(
    (t): t is HTMLCanvasElement => t instanceof HTMLCanvasElement && level(t) === top,
  );
  const colours = points.map(([x, y]) => {
    for (const tile of tiles) {
      const box = tile.getBoundingClientRect();
      if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) continue;
      const px = Math.floor(((x - box.left) / box.width) * tile.width);
      const py = Math.floor(((y - box.top) / box.height) * tile.height);
      return [...(tile.getContext('2d')?.getImageData(px, py, 1, 1).data ?? [])];
    }
    return null;
  });
  // Every pixel of the tiles inside the region, as [r, g, b, a].
  const pixels: number[][] = [];
  if (count || unlikeCommonest) {
    for (const tile of tiles) {
      const box = tile.getBoundingClientRect();
      const ratio = tile.width / box.width;
      const area = region ?? { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      const x0 = Math.max(0, Math.floor((area.left - box.left) * ratio));
      const y0 = Math.max(0, Math.floor((area.top - box.top) * ratio));
      const x1 = Math.min(tile.width, Math.ceil((area.right - box.left) * ratio));
      const y1 = Math.min(tile.height, Math.ceil((area.bottom - box.top) * ratio));
      if (x1 <= x0 || y1 <= y0) continue;
      const data = tile.getContext('2d')?.getImageData(x0, y0, x1 - x0, y1 - y0).data ?? [];
      for (let i = 0; i < data.length; i += 4) pixels.push([...data.slice(i, i + 4)]);
    }
  }
  const inRange = (pixel: number[], range: ColourRange) =>
    pixel.every((v, c) => v >= (range.min[c] ?? 0) && v <= (range.max[c] ?? 255));
  let matching = 0;
  if (unlikeCommonest) {
    const tally = new Map<string, number>();
    for (const pixel of pixels) tally.set(pixel.join(), (tally.get(pixel.join()) ?? 0) + 1);
    const commonest = ([...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '').split(',');
    const near = {
      min: commonest.map((v) => Number(v) - 16),
      max: commonest.map((v) => Number(v) + 16),
    };
    matching = pixels.filter((pixel) => !inRange(pixel, near)).length;
  } else if (count) {
    matching = pixels.filter((pixel) => inRange(pixel, count)).length;
  }
  return { colours, matching };
}

/** The tiles' colour [r, g, b, a] at a point of the page, or null where no tile is drawn. */
export async function basemapPixel(page: Page, x: number, y: number): Promise<number[] | null> {
  const probe: Probe = { points: [[x, y]], count: null };
  const { colours } = await page.evaluate(probeTiles, probe);
  return colours[0] ?? null;
}

/** How many pixels of the shown tiles have a colour in the range. */
export async function basemapPixelsIn(page: Page, range: ColourRange): Promise<number> {
  const probe: Probe = { points: [], count: range };
  return (await page.evaluate(probeTiles, probe)).matching;
}

/**
 * How many pixels of the shown tiles inside a rectangle of the page differ from the commonest
 * colour there: inside one country's area, the lines drawn across it.
 */
export async function basemapDetailIn(page: Page, region: Rect): Promise<number> {
  const probe: Probe = { points: [], count: null, region, unlikeCommonest: true };
  return (await page.evaluate(probeTiles, probe)).matching;
}

/**
 * Where a place is on the page, for a map opened at a fixed view (`?map=zoom/lat/lon`): Leaflet's
 * Web Mercator maths from the container's middle. Reading Leaflet's own map instance would need
 * a global.
 */
export async function pagePoint(
  container: Locator,
  view: { zoom: number; lat: number; lon: number },
  at: { lat: number; lon: number },
): Promise<{ x: number; y: number }> {
  const box = await container.boundingBox();
  if (!box) throw new Error('no map');
  const scale = 256 * 2 ** view.zoom;
  const project = (lat: number, lon: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return {
      x: ((lon + 180) / 360) * scale,
      y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale,
    };
  };
  const centre = project(view.lat, view.lon);
  const point = project(at.lat, at.lon);
  return {
    x: box.x + box.width / 2 + point.x - centre.x,
    y: box.y + box.height / 2 + point.y - centre.y,
  };
}
