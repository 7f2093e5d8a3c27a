import { fnv1a32, dayFromIso } from '../../shared/hash';
import type { ParsedArticle } from '../../core/pipeline/index';
import { packMentions } from './packed-mentions';
import type { StoredFingerprint } from './parse-for-store';
import type { StoreTables } from './tables';

export interface ArticleToStore {
  parsed: ParsedArticle;
  text: string;
  hash: string;
  fingerprint: StoredFingerprint;
}

/**
 * The tables a parsed article fills, in the order they are written (a mention's place and
 * article go in before it), each with its columns in the order a row's values come.
 */
export const STORED_COLUMNS = {
  places: ['id', 'name', 'kind', 'lat', 'lon', 'country', 'admin1'],
  articles: [
    'id',
    'file',
    'hash',
    'parsed_with',
    'title',
    'source',
    'date',
    'day',
    'url',
    'bucket',
    'terms',
  ],
  article_texts: ['article_id', 'text'],
  fingerprints: ['article_id', 'length', 'exact', 'minhash', 'copy_of', 'copy_kind'],
  notices: ['article_id', 'seq', 'text'],
  passages: ['article_id', 'idx', 'start', 'end', 'is_title'],
  mentions: [
    'article_id',
    'seq',
    'passage_idx',
    'start',
    'end',
    'text',
    'form',
    'place_id',
    'confidence',
    'alternatives',
    'reasons',
  ],
  packed_mentions: ['article_id', 'packed'],
} as const satisfies { [T in keyof StoreTables]?: readonly (keyof StoreTables[T] & string)[] };

export type StoredTable = keyof typeof STORED_COLUMNS;
export type StoredValue = string | number | null;

/**
 * A batch of parsed articles as the writer inserts it: per table, every row's values one after
 * another (STORED_COLUMNS gives the order). Made in the parse thread: plain strings and numbers
 * cost the writer a third of what the parse's nested objects cost to deserialise, and the JSON
 * texts (alternatives, reasons, packed mentions) are made where the parsing runs in parallel.
 */
export interface StoreRows {
  /** The articles, replaced whole: their old rows go first. */
  ids: string[];
  values: Record<StoredTable, StoredValue[]>;
}

/** Where `parsed_with` sits in an articles row: the writer fills it in (see storeRows). */
export const PARSED_WITH_COLUMN = STORED_COLUMNS.articles.indexOf('parsed_with');

/** The rows of a batch of parsed articles; `parsed_with` is left null for the writer. */
export function storeRowsOf(batch: readonly ArticleToStore[]): StoreRows {
  const values: StoreRows['values'] = {
    places: [],
    articles: [],
    article_texts: [],
    fingerprints: [],
    notices: [],
    passages: [],
    mentions: [],
    packed_mentions: [],
  };
  const ids: string[] = [];
  const places = new Set<string>();
  for (const { parsed, text, hash, fingerprint } of batch) {
    const { article, mentions, notices, terms } = parsed;
    const id = article.id;
    ids.push(id);
    for (const p of parsed.places) {
      if (places.has(p.id)) continue;
      places.add(p.id);
      values.places.push(p.id, p.name, p.kind, p.lat, p.lon, p.country, p.admin1 ?? null);
    }
    const day = article.date === null ? null : dayFromIso(article.date);
    values.articles.push(id, article.file, hash, null, article.title, article.source);
    values.articles.push(article.date, day, article.url, fnv1a32(id), terms.join(' '));
    values.article_texts.push(id, text);
    // Grouping into stories is decided after the sync (see stories.ts); until then, no copy.
    values.fingerprints.push(id, fingerprint.length, fingerprint.exact, fingerprint.minhash);
    values.fingerprints.push(null, null);
    notices.forEach((note, seq) => values.notices.push(id, seq, note));
    for (const p of article.passages)
      values.passages.push(id, p.index, p.start, p.end, p.title ? 1 : 0);
    mentions.forEach((m, seq) => {
      values.mentions.push(id, seq, m.passageIndex, m.start, m.end, m.text, m.form, m.placeId);
      const reasons = m.reasons ? JSON.stringify(m.reasons) : null;
      values.mentions.push(m.confidence, JSON.stringify(m.alternatives), reasons);
    });
    values.packed_mentions.push(id, packMentions(mentions));
  }
  return { ids, values };
}
