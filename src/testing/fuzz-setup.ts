import fc from 'fast-check';

// Property tests in `npm test` are bounded and repeatable: a fixed seed and a few hundred runs.
// `npm run fuzz` sets DATELINE_FUZZ_RUNS much higher and a fresh seed each time (printed with any
// failure, so `DATELINE_FUZZ_SEED=... npm run fuzz` replays it).
const runs = Number(process.env.DATELINE_FUZZ_RUNS ?? 200);
const seed = process.env.DATELINE_FUZZ_SEED;
fc.configureGlobal({
  numRuns: runs,
  ...(seed === 'random' ? {} : { seed: Number(seed ?? 20261129) }),
});
