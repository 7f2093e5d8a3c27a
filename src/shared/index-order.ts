/**
 * The orders of the index's lists, shared by preprocess (which writes them) and the app (which
 * re-sorts when every copy of a story is counted): the app relies on them being the same.
 */

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Places: most mentioned first, then by name and id. */
export function comparePlaceRows(
  a: { mentionCount: number; name: string; id: string },
  b: { mentionCount: number; name: string; id: string },
): number {
  return (
    b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
  );
}

/** Links: strongest first; ties by the ids, so each run lists the same links in the same order. */
export function compareLinkRows(
  x: { a: string; b: string; weight: number },
  y: { a: string; b: string; weight: number },
): number {
  return y.weight - x.weight || byId(x.a, y.a) || byId(x.b, y.b);
}
