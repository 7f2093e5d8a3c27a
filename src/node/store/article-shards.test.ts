import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { shardThreadBundle } from './article-shards-runner';
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
    const publishTo = async (out: string, thread?: { share: boolean }) => {
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
            ? {
                thread: {
                  storePath: paths.store,
                  bundle: () => shardThreadBundle(paths.bundles),
                  minArticles: 0,
                  ...thread,
                },
              }
            : {}),
        });
        const here = write.mock.calls.filter(([kind]) => kind === 'article').length;
        return { result, here };
      } finally {
        write.mockRestore();
      }
    };
    try {
      const local = await publishTo(join(dirs.out, '..', 'local'));
      const threaded = await publishTo(join(dirs.out, '..', 'threaded'), { share: false });
      // Shared: the publishing thread builds what the other has not taken when it gets there.
      const shared = await publishTo(join(dirs.out, '..', 'shared'), { share: true });

      expect(local.here).toBeGreaterThan(0);
      expect(threaded.here).toBe(0);
      const { shardsWritten, bytes, corrections: applied } = local.result;
      expect(applied.applied).toBe(1);
      const b = readPublished(join(dirs.out, '..', 'local'));
      for (const [name, other] of Object.entries({ threaded, shared })) {
        expect(other.result, name).toMatchObject({ shardsWritten, bytes, corrections: applied });
        const a = readPublished(join(dirs.out, '..', name));
        expect(a.index, name).toEqual(b.index);
        expect(a.articles, name).toEqual(b.articles);
      }
    } finally {
      await store.close();
    }
  });
});
