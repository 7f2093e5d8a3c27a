/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { localApi } from './src/node/api/plugin.ts';
import { securityHeaders } from './src/node/security-headers.ts';
import { loadTileConfig } from './src/node/tiles-config.ts';
import { privateSourceMaps } from './src/node/tools/private-source-maps.ts';

// An online tile layer, only when dateline.tiles.json asks for one (README, "Online tiles"); the
// same settings go into the app and into the policy that lets the map load them.
const tiles = loadTileConfig();

/**
 * The chunks that the page's entry imports by itself (main.tsx: react-dom, Leaflet, the app),
 * with what they import, are asked for by index.html as it is read. main.tsx runs them one task
 * each, so they are dynamic imports; without these links each was fetched only when the one
 * before it had run, one after the other, while the data was already on its way (issue 7).
 */
function preloadEntryImports(script: string): Plugin {
  let files: string[] = [];
  let base = '/';
  return {
    name: 'dateline-preload-entry-imports',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byModule = new Map(chunks.map((c) => [c.facadeModuleId, c]));
      const wanted = new Set<string>();
      const add = (file: string) => {
        // The entry is the page's script already.
        if (wanted.has(file) || bundle[file]?.type !== 'chunk' || bundle[file].isEntry) return;
        wanted.add(file);
        bundle[file].imports.forEach(add);
      };
      for (const id of this.getModuleInfo(resolve(script))?.dynamicallyImportedIds ?? []) {
        const chunk = byModule.get(id);
        if (chunk) add(chunk.fileName);
      }
      files = [...wanted];
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { server }) =>
        server
          ? []
          : files.map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
              injectTo: 'head' as const,
            })),
    },
  };
}

export default defineConfig({
  define: { __DATELINE_TILES__: JSON.stringify(tiles) },
  // The local API (saving corrections) sits beside the app in dev and preview; a static host
  // serves only the built files, and the app then hides the correction controls.
  plugins: [
    react(),
    preloadEntryImports('src/app/main.tsx'),
    privateSourceMaps('sourcemaps'),
    localApi(process.env),
  ],
  // Maps are written without a sourceMappingURL and moved out of dist/ (see privateSourceMaps):
  // the code is readable for whoever builds it, but the server does not publish it.
  // Leaflet's control and marker images become files rather than data: URIs, so the policy
  // allows images from the app's own origin only.
  build: { sourcemap: 'hidden', assetsInlineLimit: 0 },
  preview: { headers: securityHeaders(process.env, tiles) },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A limit, not a wait: tests that start a command (tsx, a browser bundle) take seconds on a
    // machine whose cores are busy (66 s seen for preprocess at load 24), against the 5 s default.
    testTimeout: 120_000,
    setupFiles: ['src/testing/fuzz-setup.ts'],
  },
});
