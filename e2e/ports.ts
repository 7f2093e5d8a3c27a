/** The seed site's port; another checkout's preview server may hold the default. */
export const PORT = Number(process.env.DATELINE_E2E_PORT ?? 4173);
/** The generated collection's site (e2e/scale.spec.ts), on its own port with its own data. */
export const SCALE_PORT = Number(process.env.DATELINE_E2E_SCALE_PORT ?? PORT + 1000);
/** Articles in the generated collection: a few thousand, made at test time. */
export const SCALE_ARTICLES = 2000;
export const SCALE_DIR = 'node_modules/.cache/dateline/e2e-scale';
/** The watch-mode journey's dev server (e2e/watch.spec.ts). */
export const DEV_PORT = Number(process.env.DATELINE_E2E_DEV_PORT ?? PORT + 2000);
/** The corrections journeys' site (e2e/corrections.spec.ts): its own copy of the seeds to write. */
export const REVIEW_PORT = Number(process.env.DATELINE_E2E_REVIEW_PORT ?? PORT + 3000);
export const REVIEW_DIR = 'node_modules/.cache/dateline/e2e-review';
