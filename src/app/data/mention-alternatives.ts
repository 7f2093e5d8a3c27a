import { useEffect, useState } from 'react';
import { placeRefOf, type PlaceRef } from '../../shared/schema';
import { useData } from './data-context';
import { useEditing } from './editing-context';

/**
 * A mention's alternatives (place ids, as its article shard keeps them) as places, in the
 * geoparser's order. Those the index lists are there at once; the others are asked of the local
 * API's gazetteer and join when they arrive ("Wrong place?" exists only where the API does).
 */
export function useMentionAlternatives(ids: readonly string[]): PlaceRef[] {
  const { index } = useData();
  const editing = useEditing();
  const unlisted = ids.filter((id) => !index.placeById.has(id)).join(',');
  const [found, setFound] = useState<ReadonlyMap<string, PlaceRef>>(new Map());
  useEffect(
    function lookUpUnlisted() {
      if (unlisted === '' || !editing) return;
      let live = true;
      // A failed look-up leaves those readings out; the gazetteer search still finds them.
      editing.places(unlisted.split(',')).then(
        (places) => {
          if (live) setFound(new Map(places.map((p) => [p.id, p])));
        },
        () => undefined,
      );
      return function ignoreLateLookUp() {
        live = false;
      };
    },
    [unlisted, editing],
  );
  return ids.flatMap((id) => {
    const place = index.placeById.get(id) ?? found.get(id);
    return place ? [placeRefOf(place)] : [];
  });
}
