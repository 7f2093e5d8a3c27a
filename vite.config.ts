/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localApi } from './src/node/api/plugin.ts';
import { securityHeaders } from './src/node/security-headers.ts';
import { loadTileConfig } from './src/node/tiles-config.ts';
import { privateSourceMaps } from './src/node/tools/private-source-maps.ts';

// An online tile layer, only when dateline.tiles.json asks for one (README, "Online tiles"); the
// same settings go into the app and into the policy that lets the map load them.
const tiles = loadTileConfig();

export default defineConfig({
  define: { __DATELINE_TILES__: JSON.stringify(tiles) },
  // The local API (saving corrections) sits beside the app in dev and preview; a static host
  // serves only the built files, and the app then hides the correction controls.
  plugins: [react(), privateSourceMaps('sourcemaps'), localApi(process.env)],
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
