import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { loadGazetteer } from '../gazetteer/load';

let shared: Gazetteer | undefined;

/** The real gazetteer, loaded once per test file (it exists after npm install). */
export function testGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
