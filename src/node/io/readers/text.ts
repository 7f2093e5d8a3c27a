import type { FormatReader } from './reader';

/** Plain text as Dateline always read it: the title on the first line, then paragraphs. */
export const textReader: FormatReader = {
  name: 'plain text',
  extensions: ['.txt', '.text'],
  multi: false,
  *read(text) {
    yield { ok: true, text, meta: {} };
  },
};
