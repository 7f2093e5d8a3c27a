import { parseBatchForStore } from './parse-for-store';
import type { Parser } from './run';
import type { GeoMention } from '../../shared/schema';

/**
 * A parser that runs in this thread: for tests (to count geoparse calls, or to use a stand-in
 * geoparser) and for machines where worker threads are not wanted.
 */
export function inProcessParser(
  geoparse: (text: string) => GeoMention[],
  versions: { geoparser: string; gazetteer: string },
): Parser {
  return {
    parse: (tasks) => Promise.resolve(parseBatchForStore(tasks, geoparse)),
    ...versions,
    threads: 1,
    close: () => Promise.resolve(),
  };
}
