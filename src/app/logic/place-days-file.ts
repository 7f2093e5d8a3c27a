import type { DataIndexFile, PlaceDaysFile } from '../../shared/schema';

/**
 * The index with its places' day series set from the `placeDays` shard, matched by id (not by
 * position: the validator may have left a malformed place out). A place the shard lacks keeps
 * what its row has: as published, no series, so it counts nothing under a date window.
 */
export function withPlaceDays(data: DataIndexFile, file: PlaceDaysFile): DataIndexFile {
  const byId = new Map(file.map((row) => [row.id, row]));
  const places = data.places.map((place) => {
    const row = byId.get(place.id);
    if (!row) return place;
    const copies =
      place.copies && row.copies ? { ...place.copies, days: row.copies } : place.copies;
    return { ...place, days: row.days, ...(copies ? { copies } : {}) };
  });
  return { ...data, places };
}
