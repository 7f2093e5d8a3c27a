import type { AddressData } from '../state/url-sync';
import type { DataSource } from './source';

/** What the address sync needs to know about ids, answered from the index and fetched shards. */
export function addressData(source: DataSource): AddressData {
  return {
    placeById: source.index.placeById,
    article(id) {
      const entry = source.peekArticle(id);
      return entry?.state === 'ok' ? entry.value : undefined;
    },
    async prepare(search) {
      const params = new URLSearchParams(search);
      const id = params.get('article');
      // A linked date window counts each place's mentions in it from the places' series.
      const windowed = params.has('from') || params.has('to');
      await Promise.all([id ? source.article(id) : null, windowed ? source.placeDays() : null]);
    },
  };
}
