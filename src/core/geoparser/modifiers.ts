/**
 * Kept apart from the other word lists because the gazetteer build reads it too (an admin1 name
 * shortened to one of these words is not stored) and a change to it means a rebuild.
 */
/** A set from a paragraph of space-separated words. */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}

/** Leading words that refine a place rather than make a new name ("northern Kenya"). */
export const PLACE_MODIFIERS = words(`
  north south east west northern southern eastern western central northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern upper lower greater downtown
  metropolitan rural coastal mainland inner outer suburban urban neighbouring neighboring
`);
