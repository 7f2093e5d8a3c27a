import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './src/node/tools/system-chromium.ts';
import {
  PORT as port,
  REVIEW_DIR,
  REVIEW_PORT,
  SCALE_ARTICLES,
  SCALE_DIR,
  SCALE_PORT,
} from './e2e/ports.ts';

const executablePath = systemChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Tests wait on conditions, never on the clock; these are only the limits for a machine (or a
  // CI runner) whose cores are busy with other work: at load average 21 a first load took 10 s
  // and the cluster journey (an axe audit, up to 8 zoom steps) 1.8 min.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Without these flags Chromium keeps trying to reach services this closed network refuses.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-sync',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
          ...(executablePath ? { executablePath } : {}),
        },
      },
    },
  ],
  webServer: [
    {
      // Served as a static host would: no local API, so no correction controls and no writes to
      // the repository's seeds/ (the corrections journeys have their own site below).
      command: `npm run preprocess && npm run build && DATELINE_API=off npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // A generated collection of a few thousand articles with its own store and data folder,
      // for the journeys that need scale (e2e/scale.spec.ts).
      command: `npx tsx src/node/bench/scale-site.ts --n ${SCALE_ARTICLES} --dir ${SCALE_DIR} && npx vite preview --outDir ${SCALE_DIR}/site --port ${SCALE_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${SCALE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      // A copy of the seeds the local API may write corrections into (e2e/corrections.spec.ts):
      // the repository's seeds/ is never written by a test.
      command: `npx tsx src/node/tools/review-site.ts --dir ${REVIEW_DIR} && DATELINE_SEEDS=${REVIEW_DIR}/seeds DATELINE_CACHE=${REVIEW_DIR}/cache npx vite preview --outDir ${REVIEW_DIR}/site --port ${REVIEW_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${REVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
