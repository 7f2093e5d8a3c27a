/** A marker on screen: its centre in px, its diameter, and the width its name label needs. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  size: number;
  /** 0 when the marker shows no name (a country's badge, say). */
  labelWidth: number;
  /** Higher wins a contested spot. */
  priority: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const LABEL_HEIGHT = 16;
const GAP = 3;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export type LabelSide = 'right' | 'left' | 'hidden';

/**
 * Where each name goes so no label covers another label or a marker: markers always show; labels
 * are placed greedily by priority (mention count), to the right, else to the left, else hidden;
 * inside the frame when one is given.
 * Cheap enough to redo on every zoom.
 */
export function layOutLabels(
  candidates: readonly LabelCandidate[],
  frame?: { width: number; height: number },
): Map<string, LabelSide> {
  // A name that would run past the map's edge is clipped there; it takes the other side instead.
  const inFrame = (box: Box) =>
    !frame ||
    (box.left >= 0 && box.right <= frame.width && box.top >= 0 && box.bottom <= frame.height);
  const taken: Box[] = candidates.map((c) => ({
    left: c.x - c.size / 2,
    top: c.y - c.size / 2,
    right: c.x + c.size / 2,
    bottom: c.y + c.size / 2,
  }));
  const sides = new Map<string, LabelSide>();
  const byPriority = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.labelWidth > 0)
    .sort((a, b) => b.c.priority - a.c.priority);
  for (const { c, i } of byPriority) {
    const top = c.y - LABEL_HEIGHT / 2;
    const bottom = c.y + LABEL_HEIGHT / 2;
    const right = c.x + c.size / 2 + GAP;
    const left = c.x - c.size / 2 - GAP;
    const options: [LabelSide, Box][] = [
      ['right', { left: right, top, right: right + c.labelWidth, bottom }],
      ['left', { left: left - c.labelWidth, top, right: left, bottom }],
    ];
    const free = options.find(
      ([, box]) => inFrame(box) && !taken.some((other, j) => j !== i && overlaps(other, box)),
    );
    if (free) {
      sides.set(c.id, free[0]);
      taken.push(free[1]);
    } else {
      sides.set(c.id, 'hidden');
    }
  }
  return sides;
}
