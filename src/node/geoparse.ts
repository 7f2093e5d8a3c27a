import type { Readable, Writable } from 'node:stream';
import * as v from 'valibot';
import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { geoparse } from '../core/geoparser/index';
import { parseCommandLine } from './cli/args';
import { EXIT, isMain, runCli } from './cli/run';
import { loadGazetteer } from './gazetteer/load';
import { numberedLines } from './jsonl';
import {
  GeoparseRequestSchema,
  issueText,
  type GeoparseAnswer,
  type GeoparseRequest,
} from '../shared/schema';

const USAGE = 'usage: npm run --silent geoparse < articles.jsonl > mentions.jsonl';

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
  let input: GeoparseRequest | undefined;
  let reason: string | undefined;
  if (line.trim() === '') reason = 'blank line';
  else {
    try {
      const result = v.safeParse(GeoparseRequestSchema, JSON.parse(line));
      if (result.success) input = result.output;
      else reason = issueText(result.issues);
    } catch {
      reason = 'not valid JSON';
    }
  }
  if (input) {
    const { id, text } = input;
    const mentions = geoparse(text, gazetteer).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      form: m.form,
      place: m.place,
      confidence: m.confidence,
      // What it weighed and why it chose: a user checking one reading needs both.
      alternatives: m.alternatives,
      ...(m.reasons ? { reasons: m.reasons } : {}),
    }));
    return { output: JSON.stringify({ id, mentions } satisfies GeoparseAnswer) };
  }
  const error = `line ${n}: ${reason}`;
  return { output: JSON.stringify({ id: null, error } satisfies GeoparseAnswer), error };
}

export interface StreamSummary {
  lines: number;
  errors: number;
}

/**
 * Streams JSONL from `input` to `output`, one output line per input line; errors also to `log`.
 * Stops early, without an error, when `output` is closed by its reader.
 */
export async function geoparseStream(
  input: Readable,
  output: Writable,
  log: Writable,
  gazetteer: Gazetteer,
): Promise<StreamSummary> {
  const summary: StreamSummary = { lines: 0, errors: 0 };
  // Set from the stream's events, so read through an object the type checker does not narrow.
  const reader = { gone: false };
  const onClose = () => {
    reader.gone = true;
  };
  output.once('close', onClose);
  output.once('error', onClose);
  try {
    for await (const { n, line } of numberedLines(input)) {
      const { output: out, error } = geoparseLine(line, n, gazetteer);
      summary.lines++;
      if (error) {
        summary.errors++;
        log.write(`geoparse: ${error}\n`);
      }
      if (reader.gone || output.destroyed) break;
      if (!output.write(`${out}\n`)) await drained(output);
    }
  } finally {
    output.off('close', onClose);
    output.off('error', onClose);
  }
  return summary;
}

// Waits for room in the output, or for the reader to go away.
function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.once('drain', done);
    output.once('close', done);
  });
}

if (isMain(import.meta.url)) {
  runCli({ name: 'geoparse', usage: USAGE }, async (args) => {
    parseCommandLine(args, { options: {} });
    const gazetteer = loadGazetteer();
    const { errors } = await geoparseStream(
      process.stdin,
      process.stdout,
      process.stderr,
      gazetteer,
    );
    return errors > 0 ? EXIT.failed : EXIT.ok;
  });
}
