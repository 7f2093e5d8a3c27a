import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FolderListing } from '../io/listing';
import { bundleEntry } from './bundle';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', 'io', 'listing-thread.ts');

/**
 * Lists the seeds folder (its names and their lstat) in a thread of its own, started first, so
 * that the lstat of every file runs on the other core while this one opens the store and reads
 * what it holds. Undefined when the thread fails: the walk then lists the folder itself, and
 * reports what it finds as it always did.
 */
export async function listInThread(
  folder: string,
  bundles: string,
): Promise<FolderListing | undefined> {
  // The time the walk judges stamps by is taken here, before any lstat of the thread.
  const takenAt = Date.now();
  try {
    const bundle = await bundleEntry(ENTRY, 'seed-listing', bundles);
    return await new Promise<FolderListing | undefined>((resolve) => {
      const worker = new Worker(bundle.path, { workerData: { folder, takenAt } });
      // A run that ends (or fails) first does not wait for the listing.
      worker.unref();
      worker.once('message', (listing: FolderListing) => {
        resolve(listing);
      });
      worker.once('error', () => {
        resolve(undefined);
      });
      worker.once('exit', () => {
        resolve(undefined);
      });
    });
  } catch {
    return undefined;
  }
}
