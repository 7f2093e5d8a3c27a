import { boxOf, boxOfBoxes, type Shape } from './basemap-shapes';

/**
 * Shapes as a few flat arrays, so a worker hands them over by moving buffers instead of copying
 * thousands of small ones (structured cloning the GeoJSON took longer than decoding it).
 */
export interface PackedShapes<P> {
  properties: P[];
  /** Every ring's x, y pairs, one ring after another. */
  coords: Float64Array;
  /** Where each ring ends in `coords`. */
  ringEnds: Uint32Array;
  /** How many rings each shape has. */
  ringCounts: Uint32Array;
  /** Each shape's parts (see Shape.parts), or null. */
  parts: (number[] | null)[];
}

export function packShapes<P>(shapes: readonly Shape<P>[]): PackedShapes<P> {
  const rings = shapes.flatMap((s) => s.rings);
  const coords = new Float64Array(rings.reduce((n, r) => n + r.length, 0));
  const ringEnds = new Uint32Array(rings.length);
  let at = 0;
  rings.forEach((ring, i) => {
    coords.set(ring, at);
    at += ring.length;
    ringEnds[i] = at;
  });
  return {
    properties: shapes.map((s) => s.properties),
    coords,
    ringEnds,
    ringCounts: Uint32Array.from(shapes, (s) => s.rings.length),
    parts: shapes.map((s) => s.parts ?? null),
  };
}

/** The shapes again, their rings views into the one buffer (nothing is copied). */
export function unpackShapes<P>(packed: PackedShapes<P>): Shape<P>[] {
  let ring = 0;
  let start = 0;
  return packed.properties.map((properties, i) => {
    const rings: Float64Array[] = [];
    for (let k = 0; k < (packed.ringCounts[i] ?? 0); k++, ring++) {
      const end = packed.ringEnds[ring] ?? start;
      rings.push(packed.coords.subarray(start, end));
      start = end;
    }
    const ringBoxes = rings.map(boxOf);
    const parts = packed.parts[i];
    return { properties, rings, ringBoxes, box: boxOfBoxes(ringBoxes), ...(parts && { parts }) };
  });
}

/** The buffers to move with a postMessage of packed shapes. */
export function packedBuffers(packed: PackedShapes<unknown>): ArrayBuffer[] {
  return [
    packed.coords.buffer as ArrayBuffer,
    packed.ringEnds.buffer as ArrayBuffer,
    packed.ringCounts.buffer as ArrayBuffer,
  ];
}
