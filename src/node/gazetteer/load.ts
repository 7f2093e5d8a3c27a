import { readFileSync } from 'node:fs';
import { Gazetteer } from '../../core/gazetteer/gazetteer';
import { writeGazetteerIndex } from './build';
import { indexPath, inputsKey } from './inputs';
import * as v from 'valibot';
import { GazetteerIndexSchema, type GazetteerIndex } from '../../shared/schema';

function readIndex(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Missing or unreadable (half-written by an older tool, say): rebuilt below.
    return undefined;
  }
}

/** An index of this format built from exactly these inputs. */
function isCurrent(x: unknown, key: string): x is GazetteerIndex {
  return v.is(GazetteerIndexSchema, x) && x.inputsKey === key;
}

/**
 * Loads the prebuilt gazetteer index from node_modules/.cache/dateline/. Builds it first, with a
 * one-line notice on stderr, when it is missing or was built from other inputs or another format.
 */
export function loadGazetteer(): Gazetteer {
  const path = indexPath();
  const found = readIndex(path);
  const key = inputsKey();
  let index: GazetteerIndex;
  if (isCurrent(found, key)) {
    index = found;
  } else {
    process.stderr.write(
      `gazetteer: building the index at ${path} (${found === undefined ? 'missing' : 'stale'})\n`,
    );
    index = writeGazetteerIndex(path);
  }
  return new Gazetteer(index);
}
