import type { MapLabel } from '../../shared/schema';

/** A label candidate on screen: its centre in px and its estimated size. */
export interface ScreenLabel {
  label: MapLabel;
  kind: 'country' | 'city';
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The basemap names to draw: those due at this zoom (`label.minZoom`), inside the frame, and not
 * overlapping one drawn before. Candidates come in priority order (countries, then cities by
 * population), so a capital wins over a suburb. At most `max`, to keep the DOM small.
 */
export function pickLabels(
  candidates: readonly ScreenLabel[],
  zoom: number,
  frame: { width: number; height: number },
  max: number,
  /** Boxes already taken (the place markers), centre and size in px, that names keep clear of. */
  taken: readonly { x: number; y: number; width: number; height: number }[] = [],
): ScreenLabel[] {
  const out: ScreenLabel[] = [];
  for (const c of candidates) {
    if (out.length >= max) break;
    if (c.label.minZoom > zoom) continue;
    const left = c.x - c.width / 2;
    const top = c.y - c.height / 2;
    if (left < 0 || top < 0 || left + c.width > frame.width || top + c.height > frame.height)
      continue;
    const clash = [...taken, ...out].some(
      (o) =>
        Math.abs(o.x - c.x) * 2 < o.width + c.width + 8 &&
        Math.abs(o.y - c.y) * 2 < o.height + c.height + 4,
    );
    if (!clash) out.push(c);
  }
  return out;
}
