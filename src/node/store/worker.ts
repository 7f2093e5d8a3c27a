// A geoparse worker thread: loads the gazetteer once, then parses batches of articles sent by
// the parent. It never writes a file: results go back to the parent, which alone stores and
// publishes, so killing the parent ends the work with nothing half-written.
import { workerData } from 'node:worker_threads';
import { Gazetteer } from '../../core/gazetteer/gazetteer';
import { geoparse } from '../../core/geoparser/index';
import { parseForStore, type StoreParseResult } from './parse-for-store';
import type { ParseInput } from './sync';
import { readGazetteerFile } from '../gazetteer/index-file';

const { gazetteerPath } = workerData as { gazetteerPath: string };
const index = readGazetteerFile(gazetteerPath);
// The parent made sure the file is current before starting any worker (ensureGazetteer).
if (!index) throw new Error(`the gazetteer index at ${gazetteerPath} cannot be read`);
const gazetteer = new Gazetteer(index);

export default function parseBatch(inputs: ParseInput[]): StoreParseResult[] {
  return inputs.map((input) => parseForStore(input, (text) => geoparse(text, gazetteer)));
}
