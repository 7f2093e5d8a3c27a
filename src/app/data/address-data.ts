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
      const id = new URLSearchParams(search).get('article');
      if (id) await source.article(id);
    },
  };
}
