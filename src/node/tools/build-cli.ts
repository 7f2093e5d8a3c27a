// npm run build:cli [-- NAME...]: compiles the command-line tools to plain JavaScript, so a
// command starts in node at once instead of transpiling TypeScript at every start (tsx).
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parseCommandLine } from '../cli/args';
import { UsageError } from '../cli/errors';
import { isMain, runCli } from '../cli/run';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The commands that run compiled, by name: `node src/node/tools/run-cli.mjs NAME`. */
export const CLI_ENTRIES: Record<string, string> = {
  geoparse: 'src/node/geoparse.ts',
  eval: 'src/node/eval.ts',
  preprocess: 'src/node/preprocess.ts',
};

export function cliBundlePath(name: string): string {
  return join(ROOT, 'node_modules', '.cache', 'dateline', 'cli', `${name}.mjs`);
}

/**
 * Each module keeps its own import.meta.url, the URL of its source file: the gazetteer finds its
 * inputs relative to its own code, and a command's isMain() check compares its source path
 * (run-cli.mjs sets process.argv[1] to it). Without this every module would see the bundle's URL.
 */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/** Bundles one command (npm packages stay imports) and writes it by rename, never half-written. */
export async function buildCli(name: string): Promise<string> {
  const entry = CLI_ENTRIES[name];
  if (entry === undefined) throw new UsageError(`unknown command "${name}"`);
  const out = cliBundlePath(name);
  const temporary = `${out}.${process.pid}.tmp`;
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [sourceUrls],
  });
  renameSync(temporary, out);
  return out;
}

if (isMain(import.meta.url)) {
  runCli({ name: 'build-cli', usage: 'usage: npm run build:cli [-- NAME...]' }, async (args) => {
    const { positionals } = parseCommandLine(args, {
      options: {},
      positionals: { min: 0, max: Object.keys(CLI_ENTRIES).length },
    });
    const names = positionals.length > 0 ? positionals : Object.keys(CLI_ENTRIES);
    for (const name of names) await buildCli(name);
  });
}
