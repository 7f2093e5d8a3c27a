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
  /**
   * 0..1: the chance that `place` is right within 161 km, calibrated on the dev corpora (a
   * mention at 0.9 is right about 9 times in 10).
   */
  confidence: number;
  /** Runner-up candidates, best first, so the app can say "also could be". */
  alternatives: PlaceRef[];
  /**
   * Why this place, in short sentences from the rules and cues that decided it ("the country:
   * Ukraine (a neighbour) is mentioned in the same passage").
   */
  reasons?: string[];
}
