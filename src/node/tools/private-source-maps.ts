import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

function* mapFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* mapFiles(path);
    else if (entry.name.endsWith('.map')) yield path;
  }
}

/**
 * Moves the build's source maps from dist/ to `folder` (beside it, same relative paths), so they
 * are kept for debugging but never served: whatever serves dist/ cannot publish them.
 */
export function privateSourceMaps(folder: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dateline-private-source-maps',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      // outDir may be absolute (the scale e2e site builds outside the project).
      const outDir = resolve(config.root, config.build.outDir);
      const target = join(config.root, folder);
      rmSync(target, { recursive: true, force: true });
      for (const file of mapFiles(outDir)) {
        const moved = join(target, relative(outDir, file));
        mkdirSync(join(moved, '..'), { recursive: true });
        renameSync(file, moved);
      }
    },
  };
}
