import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { newestSource } from '../bundle/newest-source.mjs';
import { writeFileFully } from './shard-writer';

const require = createRequire(import.meta.url);

/**
 * Leaves these packages out of the bundle, imported by their absolute path: the bundle may live
 * in a cache folder outside the project (tests use a temp folder), where a bare name resolves to
 * nothing.
 */
function fromProject(packages: readonly string[]): Plugin {
  return {
    name: 'from-project',
    setup(build) {
      for (const name of packages) {
        const filter = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        build.onResolve({ filter }, () => ({ path: require.resolve(name), external: true }));
      }
    },
  };
}

/** Bundled CommonJS dependencies call require(); an ES module has none of its own. */
export const REQUIRE_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  // Spelled in two parts: the CLI bundler rewrites the expression itself in sources.
  ['const require = __createRequire(import', 'meta', 'url);'].join('.'),
].join(' ');

export interface Bundle {
  path: string;
  /** The bundled code's version (`codeVersion`): what the results it made are keyed by. */
  hash: string;
}

/**
 * Bundles a TypeScript entry and everything it imports into one plain ES module under `dir`,
 * named by its code, so worker threads run compiled JavaScript (no TypeScript loader in each
 * thread) and the bundle's version (`codeVersion`) says exactly which code produced a result.
 */
export async function bundleEntry(
  entry: string,
  name: string,
  dir: string,
  /** Packages loaded from this project's node_modules at run time (native addons). */
  external: string[] = [],
): Promise<Bundle> {
  // esbuild costs about a second of every run; unchanged sources give the bundle built last.
  const sources = sourcesStamp();
  const latest = join(dir, `${name}.latest.json`);
  const last = readLatest(latest);
  if (last?.sources === sources && existsSync(last.path))
    return { path: last.path, hash: last.hash };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    legalComments: 'none',
    plugins: [fromProject(external)],
    banner: { js: REQUIRE_BANNER },
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced nothing for ${entry}`);
  const hash = codeVersion(Buffer.from(code).toString('utf8'), {
    inputs: Object.keys(result.metafile.inputs),
    externals: new Map(external.map((name) => [require.resolve(name), name])),
  });
  mkdirSync(dir, { recursive: true });
  // Named by the exact code: two checkouts sharing a cache have the same version but import
  // their externals from their own folders.
  const path = join(dir, `${name}-${hash}-${sha256Hex(code).slice(0, 8)}.mjs`);
  if (!existsSync(path)) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileFully(temporary, Buffer.from(code), false);
    renameSync(temporary, path);
  }
  const record = Buffer.from(JSON.stringify({ sources, path, hash } satisfies Latest));
  writeFileFully(`${latest}.${process.pid}.tmp`, record, false);
  renameSync(`${latest}.${process.pid}.tmp`, latest);
  return { path, hash };
}

/** Where the code came from, which the version leaves out. */
export interface CodePlaces {
  /** The bundle's inputs as esbuild names them in its `// path` comment before each one's code. */
  inputs: readonly string[];
  /** Each external's absolute path in the code, and the package name it stands for. */
  externals: ReadonlyMap<string, string>;
}

/**
 * First 16 hex of the SHA-256 of the bundled code without what only says where the project lies:
 * esbuild's comment naming each input (relative to the working folder, and through a symlinked
 * node_modules to its real place) and the externals' absolute paths. A moved or renamed
 * checkout, or one run from another folder, keeps its results; any change to the code does not.
 */
export function codeVersion(code: string, places: CodePlaces): string {
  const inputComments = new Set(places.inputs.map((input) => `// ${input}`));
  let kept = code
    .split('\n')
    .filter((line) => !inputComments.has(line))
    .join('\n');
  for (const [path, name] of places.externals)
    kept = kept.replaceAll(JSON.stringify(path), JSON.stringify(name));
  return sha256Hex(kept).slice(0, 16);
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The bundle last built for an entry, and the sources' stamp it was built from. */
interface Latest extends Bundle {
  sources: string;
}

function readLatest(path: string): Latest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Latest;
  } catch {
    return undefined;
  }
}

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The newest modification time under src/ (the app and golden files aside) and the lock file's,
 * as launch.mjs decides when to rebuild a CLI: any edit changes it.
 */
function sourcesStamp(): string {
  const lock = statSync(join(SRC, '..', 'package-lock.json'), { throwIfNoEntry: false });
  return `${newestSource(SRC)} ${lock?.mtimeMs ?? 0}`;
}
