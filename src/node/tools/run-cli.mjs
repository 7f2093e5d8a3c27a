// Runs a Dateline command from its compiled bundle (see build-cli.ts), rebuilding it first when
// any source file is newer: `node src/node/tools/run-cli.mjs geoparse < in.jsonl`.
// Plain JavaScript on purpose: it must start without a TypeScript loader.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const [name = '', ...args] = process.argv.slice(2);
const entry = join(root, 'src', 'node', `${name}.ts`);
const bundle = join(root, 'node_modules', '.cache', 'dateline', 'cli', `${name}.mjs`);

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of any TypeScript source under `dir`. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(e.name)) newest = Math.max(newest, mtime(path) ?? 0);
  }
  return newest;
}

if (!/^[a-z-]+$/.test(name) || mtime(entry) === undefined) {
  process.stderr.write(`run-cli: unknown command "${name.slice(0, 40)}"\n`);
  process.exit(2);
}
const built = mtime(bundle);
const inputs = Math.max(
  newestSource(join(root, 'src')),
  mtime(join(root, 'package-lock.json')) ?? 0,
);
if (built === undefined || built < inputs) {
  const builder = join(root, 'src', 'node', 'tools', 'build-cli.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', builder, name], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// The command sees itself started as its source file, as under tsx (see build-cli.ts).
process.argv = [process.argv[0] ?? 'node', entry, ...args];
await import(pathToFileURL(bundle).href);
