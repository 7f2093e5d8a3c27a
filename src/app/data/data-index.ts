import type { DataIndexFile, LinkRow, PlaceRow } from '../../shared/schema';

/** Look-ups the app needs again and again, built once when the index arrives. */
export interface DataIndex {
  data: DataIndexFile;
  placeById: Map<string, PlaceRow>;
  /** The index's links by place, strongest first: "Mentioned with" before page 0 arrives. */
  linksByPlace: Map<string, LinkRow[]>;
}

export function buildIndex(data: DataIndexFile): DataIndex {
  const linksByPlace = new Map<string, LinkRow[]>();
  for (const link of data.links) {
    for (const id of [link.a, link.b]) {
      const list = linksByPlace.get(id);
      if (list) list.push(link);
      else linksByPlace.set(id, [link]);
    }
  }
  return {
    data,
    placeById: new Map(data.places.map((place) => [place.id, place])),
    linksByPlace,
  };
}
