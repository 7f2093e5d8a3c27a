import { csvArticles, jsonlArticles } from '../../../core/ingest/records';
import type { FormatReader } from './reader';

export const jsonlReader: FormatReader = {
  name: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  multi: true,
  read: (text, context) => jsonlArticles(text, context.fields),
};

export const csvReader: FormatReader = {
  name: 'CSV',
  extensions: ['.csv'],
  multi: true,
  read: (text, context) => csvArticles(text, context.fields),
};
