// A geoparse worker thread: loads the gazetteer once, then parses batches of articles sent by
// the parent. It never writes a file: results go back to the parent, which hands them to the
// store's writer thread; a kill ends the work with nothing half-written.
import { workerData } from 'node:worker_threads';
import { Gazetteer } from '../../core/gazetteer/gazetteer';
import { geoparse } from '../../core/geoparser/index';
import { parseBatchForStore, type ParsedBatch } from './parse-for-store';
import type { ParseTask } from './sync';
import { readGazetteerFile } from '../gazetteer/index-file';

const { gazetteerPath } = workerData as { gazetteerPath: string };
const index = readGazetteerFile(gazetteerPath);
// The parent made sure the file is current before starting any worker (ensureGazetteer).
if (!index) throw new Error(`the gazetteer index at ${gazetteerPath} cannot be read`);
const gazetteer = new Gazetteer(index);

export default function parseBatch(tasks: ParseTask[]): ParsedBatch {
  return parseBatchForStore(tasks, (text) => geoparse(text, gazetteer));
}
