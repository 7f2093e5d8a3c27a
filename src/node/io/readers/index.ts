import { htmlReader } from './html';
import { feedReader } from './feed';
import { markdownReader } from './markdown';
import type { FormatReader } from './reader';
import { csvReader, jsonlReader } from './records';
import { textReader } from './text';
import { urlListReader } from './urls';

/**
 * Every input format, one row each. Where readers share an extension, the first whose `claims`
 * accepts the file reads it: a .txt of nothing but links is a URL list, any other .txt an article.
 */
export const READERS: readonly FormatReader[] = [
  urlListReader,
  textReader,
  markdownReader,
  htmlReader,
  feedReader,
  jsonlReader,
  csvReader,
];

export const READABLE_EXTENSIONS = [...new Set(READERS.flatMap((r) => r.extensions))];

/** The reader for a file, or why none takes it. */
export function readerFor(
  extension: string,
  text: string,
): { reader: FormatReader } | { reason: string } {
  let refusal: string | undefined;
  for (const reader of READERS) {
    if (!reader.extensions.includes(extension)) continue;
    const claim = reader.claims ? reader.claims(text, extension) : true;
    if (claim === true) return { reader };
    if (typeof claim === 'string') refusal = claim;
  }
  return { reason: refusal ?? `no reader for ${extension} files` };
}

/** The reader that streams files of this extension (one that claims by extension alone), if any. */
export function streamingReaderFor(extension: string): FormatReader | undefined {
  return READERS.find((r) => r.extensions.includes(extension) && r.stream && !r.claims);
}
