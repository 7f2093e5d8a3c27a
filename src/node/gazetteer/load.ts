import { Gazetteer } from '../../core/gazetteer/gazetteer';
import { writeGazetteerIndex } from './build';
import { indexPath, inputsKey } from './inputs';
import type { GazetteerIndex } from '../../shared/schema';
import { readGazetteerFile } from './index-file';

/**
 * Loads the prebuilt gazetteer index from node_modules/.cache/dateline/. Builds it first, with a
 * one-line notice on stderr, when it is missing or was built from other inputs or another format.
 */
export function loadGazetteer(): Gazetteer {
  const path = indexPath();
  const found = readGazetteerFile(path);
  let index: GazetteerIndex;
  if (found?.inputsKey === inputsKey()) {
    index = found;
  } else {
    process.stderr.write(
      `gazetteer: building the index at ${path} (${found === undefined ? 'missing' : 'stale'})\n`,
    );
    index = writeGazetteerIndex(path);
  }
  return new Gazetteer(index);
}
