// npm run dev: the app with live reload, re-preprocessing whenever a file in seeds/ is added,
// changed or removed. The view lives in the address, so the page reloads to the same view.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { watch } from 'chokidar';
import { createServer, type Plugin } from 'vite';
import { CORRECTIONS_FILE } from './io/corrections-file';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    port: { type: 'string', default: '5173' },
    out: { type: 'string' },
  },
});
const seeds = values.seeds;
const port = Number(values.port);
if (!existsSync(seeds)) fail(`No folder "${seeds}": put your articles there.`);
if (!Number.isInteger(port) || port <= 0 || port > 65535)
  fail(`--port ${values.port}: not a port number.`);

const out = values.out;
// The local API (vite.config.ts) saves corrections into this collection and rebuilds this data.
process.env.DATELINE_SEEDS = seeds;
if (out) process.env.DATELINE_DATA = out;

const server = await createServer({
  server: { host: '127.0.0.1', port, strictPort: true },
  plugins: out ? [serveData(out)] : [],
});

/** One preprocess at a time; changes during a run ask for one more run after it. */
let running: ChildProcess | undefined;
let again = false;
function preprocess(): void {
  if (running) {
    again = true;
    return;
  }
  const started = Date.now();
  running = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/node/preprocess.ts', '--seeds', seeds],
    {
      stdio: 'inherit',
    },
  );
  running.on('exit', (code) => {
    running = undefined;
    if (code === 0) {
      console.log(`dev: data rebuilt in ${Date.now() - started} ms; reloading the page`);
      server.ws.send({ type: 'full-reload', path: '*' });
    } else {
      console.error('dev: preprocess failed (see above); the page keeps the last good data');
    }
    if (again) {
      again = false;
      preprocess();
    }
  });
}

let timer: NodeJS.Timeout | undefined;
/** Editors save in bursts (temp file, rename, backup): one run per burst. */
function soon(): void {
  clearTimeout(timer);
  timer = setTimeout(preprocess, 300);
}

// Hidden files and editor backups are skipped by the readers anyway; they need no re-run.
// The corrections file is saved by the local API, which rebuilds the data itself and tells the
// page; a second run here would reload the page in the middle of a review.
const ignored = (path: string) =>
  (/^\.|~$|\.sw[a-p]$|^#.*#$/.test(basename(path)) && path !== seeds) ||
  resolve(path) === resolve(seeds, CORRECTIONS_FILE);
const watcher = watch(seeds, {
  ignoreInitial: true,
  ignored,
  awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
});
watcher
  .on('add', soon)
  .on('change', soon)
  .on('unlink', soon)
  .on('addDir', soon)
  .on('unlinkDir', soon);

preprocess();
await server.listen();
server.printUrls();
console.log(`dev: watching ${seeds}/ for new, changed and removed articles`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running?.kill(signal);
    void watcher.close();
    void server.close().then(() => process.exit(0));
  });
}

/**
 * With --out, the data comes from that folder instead of public/data (a scratch collection, or the
 * e2e test, then leaves the app's own data alone).
 */
function serveData(folder: string): Plugin {
  const root = resolve(folder);
  return {
    name: 'dateline-dev-data',
    configureServer(dev) {
      dev.middlewares.use('/data', (request, response, next) => {
        const path = resolve(
          root,
          `.${decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')}`,
        );
        if (!path.startsWith(root + sep) || !existsSync(path)) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        createReadStream(path).pipe(response);
      });
    },
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
