import { createContext, useContext } from 'react';
import type { Correction, PlaceRef, SaveCorrectionReply } from '../../shared/schema';

/** Correcting places: there only when the local API is (never on a static deploy). */
export interface Editing {
  /** Saves one correction; resolves once the data is rebuilt and loaded again. */
  save(correction: Correction): Promise<SaveCorrectionReply>;
  /** Every place in the gazetteer whose name is or starts with the query. */
  search(query: string): Promise<PlaceRef[]>;
  /** The gazetteer's places with these ids (at most MAX_LOOKUP_IDS), unknown ids left out. */
  places(ids: readonly string[]): Promise<PlaceRef[]>;
}

export const EditingContext = createContext<Editing | null>(null);

export function useEditing(): Editing | null {
  return useContext(EditingContext);
}
