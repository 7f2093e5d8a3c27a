// A geoparse worker thread: loads the gazetteer once, then parses batches of articles sent by
// the parent. It never writes a file: results go back to the parent, which hands them to the
// store's writer thread; a kill ends the work with nothing half-written.
import { workerData } from 'node:worker_threads';
// Piscina's default export only: the package is loaded as CommonJS, outside the bundle (run.ts).
import Piscina, { type transferableSymbol, type valueSymbol } from 'piscina';
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
  const batch = parseBatchForStore(tasks, (text) => geoparse(text, gazetteer));
  // The rows' bytes (about 8 KB an article) move to the parent rather than being copied: a copy
  // is fresh memory on both sides, and fresh memory costs page faults on every run.
  const moved = {
    [Piscina.transferableSymbol as typeof transferableSymbol]: [batch.rows.buffer],
    [Piscina.valueSymbol as typeof valueSymbol]: batch,
  };
  return Piscina.move(moved) as unknown as ParsedBatch;
}
