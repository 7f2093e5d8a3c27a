import type { FieldMapping, RecordOutcome } from '../../../core/ingest/records';

/** What every reader may use besides the file's text. */
export interface ReaderContext {
  /** Column or key names for records (dateline.config.json "fields" or a flag). */
  fields: FieldMapping;
  /** Loads one web page for URL lists; absent when fetching is turned off. */
  fetchPage?: (url: string) => Promise<RecordOutcome>;
  /** How many pages a URL list loads at once. */
  concurrency: number;
}

/**
 * One input format. A new format is one module exporting one of these, one row in
 * readers/index.ts, and a fixture test.
 */
export interface FormatReader {
  name: string;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  /**
   * For an extension that several readers share (.txt, .xml): whether this reader takes the file,
   * or why not. Readers are asked in table order.
   */
  claims?: (text: string, extension: string) => true | string | false;
  /** True when one file holds many articles (feeds, exports, URL lists): ids get a record key. */
  multi: boolean;
  read(
    text: string,
    context: ReaderContext,
  ): Iterable<RecordOutcome> | AsyncIterable<RecordOutcome>;
  /**
   * For formats of many records (exports): reads the file at `path` as a stream in the given
   * encoding, so memory holds a record at a time, not the file. Such a reader claims by extension.
   */
  stream?(path: string, encoding: string, context: ReaderContext): AsyncIterable<RecordOutcome>;
}
