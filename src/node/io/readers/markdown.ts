import { markdownArticle } from '../../../core/ingest/markdown';
import type { FormatReader } from './reader';

export const markdownReader: FormatReader = {
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  multi: false,
  *read(text) {
    yield markdownArticle(text);
  },
};
