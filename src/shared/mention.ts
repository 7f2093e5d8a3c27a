import type { PlaceRef } from './place';

/** How the place is named: by its name ("Russia") or by a demonym/adjective ("Russian"). */
export type MentionForm = 'name' | 'demonym';

/** One place mention found in a text: the `geoparse` contract. Offsets are UTF-16 string indices. */
export interface GeoMention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  place: PlaceRef;
  /** 0..1: how sure the resolver is that `place` is the right namesake. */
  confidence: number;
  /** Runner-up candidates, best first, so the app can say "also could be". */
  alternatives: PlaceRef[];
}
