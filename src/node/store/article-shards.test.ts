import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from './db';
import { inProcessParser } from './in-process';
import { storePaths } from './paths';
import { publish } from './publish';
import { runPreprocess } from './run';
import { ShardWriter } from './shard-writer';
import {
  countingGeoparser,
  georgiaIn,
  readPublished,
  scratch,
  writeCollection,
} from './store.testing';

const VERSIONS = { geoparser: 'parser-1', gazetteer: 'gazetteer-1' };

describe('article shards', { timeout: 60_000 }, () => {
  it('come out the same from a thread of their own as from the publishing thread', async () => {
    const dirs = scratch();
    writeCollection(dirs.seeds, 300);
    const parser = inProcessParser((t) => countingGeoparser().geoparse(t), VERSIONS);
    await runPreprocess({ ...dirs, parser });
    const paths = storePaths(dirs.cacheDir);
    const store = await openStore(paths.store);
    // A correction travels to the thread with the articles it reached.
    const corrections = [georgiaIn('a00003')];
    const publishTo = async (out: string, thread: boolean) => {
      const write = vi.spyOn(ShardWriter.prototype, 'write');
      try {
        const result = await publish(store.db, store.reader, {
          out,
          tmp: paths.tmp,
          run: { id: 'run', finishedAt: '2026-01-01T00:00:00Z', ...VERSIONS },
          attribution: [],
          basemap: '{}',
          corrections,
          ...(thread
            ? { thread: { storePath: paths.store, bundles: paths.bundles, minArticles: 0 } }
            : {}),
        });
        const here = write.mock.calls.filter(([kind]) => kind === 'article').length;
        return { result, here };
      } finally {
        write.mockRestore();
      }
    };
    try {
      const threaded = await publishTo(join(dirs.out, '..', 'threaded'), true);
      const local = await publishTo(join(dirs.out, '..', 'local'), false);

      expect(threaded.here).toBe(0);
      expect(local.here).toBeGreaterThan(0);
      const { shardsWritten, bytes, corrections: applied } = local.result;
      expect(threaded.result).toMatchObject({ shardsWritten, bytes, corrections: applied });
      expect(applied.applied).toBe(1);
      const a = readPublished(join(dirs.out, '..', 'threaded'));
      const b = readPublished(join(dirs.out, '..', 'local'));
      expect(a.index).toEqual(b.index);
      expect(a.articles).toEqual(b.articles);
    } finally {
      await store.close();
    }
  });
});
