import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { geoparse } from '../core/geoparser/index';
import { loadGazetteer } from './gazetteer/load';
import { numberedLines } from './jsonl';

/**
 * The answer to one input line: `{"id", "mentions": [...]}`, or `{"id": null, "error": "line N: ..."}`
 * for a line that is not a JSON object with string "id" and "text". A blank line is an error too:
 * the output keeps exactly one line per input line, in order.
 */
export function geoparseLine(
  line: string,
  n: number,
  gazetteer: Gazetteer,
): { output: string; error?: string } {
  let input: unknown;
  let reason: string | undefined;
  if (line.trim() === '') reason = 'blank line';
  else {
    try {
      input = JSON.parse(line);
    } catch {
      reason = 'not valid JSON';
    }
  }
  if (!reason) {
    const x = input as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || Array.isArray(x)) reason = 'not a JSON object';
    else if (typeof x.id !== 'string') reason = 'missing "id" string';
    else if (typeof x.text !== 'string') reason = 'missing "text" string';
    else {
      const mentions = geoparse(x.text, gazetteer).map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        form: m.form,
        place: m.place,
        confidence: m.confidence,
      }));
      return { output: JSON.stringify({ id: x.id, mentions }) };
    }
  }
  const error = `line ${n}: ${reason}`;
  return { output: JSON.stringify({ id: null, error }), error };
}

/** Streams JSONL from `input` to `output`, one output line per input line; errors also to `log`. */
export async function geoparseStream(
  input: Readable,
  output: Writable,
  log: Writable,
  gazetteer: Gazetteer,
): Promise<void> {
  for await (const { n, line } of numberedLines(input)) {
    const { output: out, error } = geoparseLine(line, n, gazetteer);
    if (error) log.write(`geoparse: ${error}\n`);
    if (!output.write(`${out}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  geoparseStream(process.stdin, process.stdout, process.stderr, loadGazetteer()).catch(
    (e: unknown) => {
      process.stderr.write(`geoparse: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
