// The store's writer thread: stores parsed articles, so the thread that reads the seeds and
// dispatches parse batches never waits on SQLite. It holds its own connection; each message is
// one transaction, so a kill loses at most the batch it was writing (see storeArticles).
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { BulkWriter } from './bulk-write';
import { openConnection } from './db';
import { storeArticles, type ArticleToStore } from './write-article';
import type { WriterReply, WriterRequest } from './writer';

const { storePath, parsedWith } = workerData as { storePath: string; parsedWith: string };
const sqlite = openConnection(storePath);
const bulk = new BulkWriter(sqlite);
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
    const batch = request.rows.flatMap((rows) => deserialize(rows) as ArticleToStore[]);
    storeArticles(bulk, batch, parsedWith);
    reply = { id: request.id };
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    reply = { id: request.id, error: { message: message ?? String(error), code } };
  }
  port.postMessage(reply);
});
