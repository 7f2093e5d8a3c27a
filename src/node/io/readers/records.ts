import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable, type Transform } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { csvArticles, jsonlArticles, type CsvRow } from '../../../core/ingest/records';
import type { FormatReader } from './reader';

/**
 * A file's text as a stream of decoded chunks, never whole: exports run to gigabytes. iconv-lite
 * rather than TextDecoder here because its decode stream keeps a character split across chunks.
 */
function decodedFile(path: string, encoding: string): Readable {
  const bytes = createReadStream(path);
  // iconv-lite types its decoder as a bare ReadWriteStream; it is a Transform.
  const text = bytes.pipe(iconv.decodeStream(encoding) as unknown as Transform);
  bytes.on('error', (error) => text.destroy(error));
  return text;
}

function lines(text: Readable): AsyncIterable<string> {
  return createInterface({ input: text, crlfDelay: Infinity });
}

/**
 * CSV rows from csv-parse's streaming parser (a header row names the columns). Broken rows are
 * reported by its on_skip as parsing goes; they are handed out in line order among the records.
 */
async function* csvRows(text: Readable): AsyncGenerator<CsvRow> {
  const broken: CsvRow[] = [];
  const parser = text.pipe(
    parse({
      columns: (header: string[]) => header.map((name) => name.trim()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        // csv-parse puts the line on its errors at run time; its types leave it out.
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        if (error) broken.push({ line, broken: error.message });
        return undefined;
      },
    }),
  );
  text.on('error', (error) => parser.destroy(error));
  for await (const row of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    let next = broken[0];
    while (next && next.line < row.info.lines) {
      yield next;
      broken.shift();
      next = broken[0];
    }
    yield { line: row.info.lines, record: row.record };
  }
  yield* broken;
}

export const jsonlReader: FormatReader = {
  name: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  multi: true,
  read: (text, context) => jsonlArticles(text.split(/\r?\n/), context.fields),
  stream: (path, encoding, context) =>
    jsonlArticles(lines(decodedFile(path, encoding)), context.fields),
};

export const csvReader: FormatReader = {
  name: 'CSV',
  extensions: ['.csv'],
  multi: true,
  read: (text, context) => csvArticles(csvRows(Readable.from([text])), context.fields),
  stream: (path, encoding, context) =>
    csvArticles(csvRows(decodedFile(path, encoding)), context.fields),
};
