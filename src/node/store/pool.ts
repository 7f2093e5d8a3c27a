import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ParsedBatch } from './parse-for-store';
import type { ParseBatch, ParseTask } from './sync';
import { HEAP_LIMITS } from './writer';

export interface ParsePool {
  parse: ParseBatch;
  threads: number;
  close(): Promise<void>;
}

/**
 * Geoparsing on every core: a piscina pool of worker threads running the bundled worker
 * (src/node/store/worker.ts), each loading the gazetteer once. piscina rather than hand-rolled
 * worker_threads: it queues, balances, restarts a crashed worker and shuts down cleanly.
 */
export function startParsePool(
  workerPath: string,
  gazetteerPath: string,
  threads?: number,
): ParsePool {
  const count = threads ?? availableParallelism();
  // One thread starts at once and loads the gazetteer while the seeds are read, so a re-run
  // that finds one changed article has it ready (about a second); more start only as work
  // queues, so a run with little to parse never loads the gazetteer in every thread.
  const pool = new Piscina<ParseTask[], ParsedBatch>({
    filename: workerPath,
    workerData: { gazetteerPath },
    minThreads: 1,
    maxThreads: count,
    idleTimeout: 60_000,
    resourceLimits: HEAP_LIMITS,
  });
  return {
    parse: (tasks) => pool.run(tasks),
    threads: count,
    close: () => pool.destroy(),
  };
}
