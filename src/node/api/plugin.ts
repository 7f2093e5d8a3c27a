import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { placeRef } from '../../core/geoparser/index';
import { loadGazetteer } from '../gazetteer/load';
import { CORRECTIONS_FILE } from '../io/corrections-file';
import { createLocalApi } from './local-api';
import { preprocessRunner } from './rerun';
import { correctionsScorer } from './score';

/** Namesakes enough to find the one meant; the list shows country and division. */
const SEARCH_LIMIT = 25;

/**
 * The local API as a Vite plugin, for `npm run dev` and `npm start` (vite preview); vite binds
 * both to 127.0.0.1. Set DATELINE_API=off for a server without it (the app then offers the
 * corrections as a download). DATELINE_SEEDS and DATELINE_CACHE name another collection; the
 * data is written where the server serves it from: `data` in the preview's outDir, and in dev
 * public/data or DATELINE_DATA (src/node/dev.ts sets it from --out).
 */
export function localApi(env: Record<string, string | undefined>): Plugin {
  const root = process.cwd();
  const seeds = resolve(root, env.DATELINE_SEEDS ?? 'seeds');
  let gazetteer: Gazetteer | undefined;
  const searchPlaces = (query: string) => {
    gazetteer ??= loadGazetteer();
    const g = gazetteer;
    return g.search(query, SEARCH_LIMIT).map((p) => placeRef(p, g));
  };
  const placesById = (ids: readonly string[]) => {
    gazetteer ??= loadGazetteer();
    const g = gazetteer;
    return ids.flatMap((id) => {
      const place = g.byPlaceId(id);
      return place ? [placeRef(place, g)] : [];
    });
  };
  // The figure issue 10 asks for after a review session: the geoparser scored on the corrections.
  const afterSave = correctionsScorer({
    root,
    file: join(seeds, CORRECTIONS_FILE),
    log: (text) => {
      console.log(text);
    },
  });
  const api = (dataDir: string) =>
    createLocalApi({
      seeds,
      searchPlaces,
      placesById,
      afterSave,
      rerun: preprocessRunner({
        root,
        seeds,
        out: dataDir,
        ...(env.DATELINE_CACHE ? { cache: resolve(root, env.DATELINE_CACHE) } : {}),
      }),
    });
  const off = env.DATELINE_API === 'off';
  return {
    name: 'dateline-local-api',
    configureServer(server) {
      if (off) return;
      const dataDir = resolve(root, env.DATELINE_DATA ?? join(server.config.publicDir, 'data'));
      server.middlewares.use(api(dataDir).handle);
    },
    configurePreviewServer(server) {
      if (off) return;
      const dataDir = resolve(server.config.root, server.config.build.outDir, 'data');
      server.middlewares.use(api(dataDir).handle);
    },
  };
}
