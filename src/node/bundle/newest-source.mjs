// The newest modification time of the files a Node bundle can import: everything under src/
// but the app and the golden files. One walk for both users: launch.mjs, which rebuilds a CLI
// bundle (plain Node, before any TypeScript loader runs), and store/bundle.ts, which reuses the
// worker bundles, so an edit is never run stale by either.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} folder the project's src/ (or a folder under it)
 * @returns {number} milliseconds, as fs.Stats.mtimeMs
 */
export function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) {
      if (item.name !== 'app' && item.name !== '__golden__')
        newest = Math.max(newest, newestSource(path));
    } else {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}
