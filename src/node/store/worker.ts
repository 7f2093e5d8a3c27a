// A geoparse worker thread: loads the gazetteer once, then parses batches of articles sent by
// the parent. It never writes a file: results go back to the parent, which alone stores and
// publishes, so killing the parent ends the work with nothing half-written.
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { Gazetteer } from '../../core/gazetteer/gazetteer';
import { geoparse } from '../../core/geoparser/index';
import { parseForStore, type StoreParseResult } from './parse-for-store';
import type { ParseInput } from './sync';
import type { GazetteerIndex } from '../../shared/schema';

const { gazetteerPath } = workerData as { gazetteerPath: string };
const gazetteer = new Gazetteer(JSON.parse(readFileSync(gazetteerPath, 'utf8')) as GazetteerIndex);

export default function parseBatch(inputs: ParseInput[]): StoreParseResult[] {
  return inputs.map((input) => parseForStore(input, (text) => geoparse(text, gazetteer)));
}
