// Publish writes the basemap's path among the index's first keys (08-index.ts, buildIndex).
const BASEMAP_NEAR_TOP = /"basemap":"(shards\/basemap-[0-9a-f]{16}\.json)"/;

/**
 * The basemap's path named in the first bytes of an index, if they name it: the basemap is asked
 * for while the rest of the index is still coming. Its own module, small, in the page's first
 * script (file-fetcher.ts).
 */
export function basemapInHead(head: string): string | null {
  return BASEMAP_NEAR_TOP.exec(head)?.[1] ?? null;
}
