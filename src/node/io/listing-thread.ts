// A thread that lists the seeds folder (listing.ts) while the run's own thread opens the store
// and reads what it holds: at 100,000 files the lstat calls take most of a second.
import { parentPort, workerData } from 'node:worker_threads';
import { listFolder } from './listing';

const { folder, takenAt } = workerData as { folder: string; takenAt: number };
const listing = listFolder(folder, takenAt);
parentPort?.postMessage(listing, [listing.stats.buffer as ArrayBuffer]);
