import { htmlArticle } from '../../../core/ingest/html-article';
import type { FormatReader } from './reader';

export const htmlReader: FormatReader = {
  name: 'HTML page',
  extensions: ['.html', '.htm', '.xhtml'],
  multi: false,
  *read(text) {
    const page = htmlArticle(text);
    yield page.ok ? { ok: true, text: page.text, meta: page.meta } : page;
  },
};
