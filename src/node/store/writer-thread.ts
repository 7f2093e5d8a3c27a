// The store's writer thread: stores parsed articles, so the thread that reads the seeds and
// dispatches parse batches never waits on SQLite. It holds its own connection; each message is
// one transaction, so a kill loses at most the batch it was writing (see storeRows).
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { BulkWriter } from './bulk-write';
import { openConnection } from './db';
import type { StoreRows } from './store-rows';
import { storeRows } from './write-article';
import type { WriterReply, WriterRequest } from './writer';

const { storePath, parsedWith } = workerData as { storePath: string; parsedWith: string };
const sqlite = openConnection(storePath);
const bulk = new BulkWriter(sqlite);
// Places this thread has stored: each is written once a run (see storeRows).
const placesStored = new Set<string>();
const port = parentPort;
if (!port) throw new Error('writer-thread.ts runs as a worker thread');

port.on('message', (request: WriterRequest) => {
  if (request.close) {
    sqlite.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    const parts = request.rows.map((rows) => deserialize(rows) as StoreRows);
    storeRows(bulk, parts, parsedWith, placesStored);
    reply = { id: request.id };
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    reply = { id: request.id, error: { message: message ?? String(error), code } };
  }
  port.postMessage(reply);
});
