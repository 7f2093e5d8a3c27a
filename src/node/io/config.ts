import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateOrder } from '../../core/ingest/dates';
import { RECORD_FIELDS, type FieldMapping } from '../../core/ingest/records';

/** Settings a collection may carry in `dateline.config.json` at the top of its seeds folder. */
export interface IngestConfig {
  /** How to read 06/04/2008: "dmy" (6 April) or "mdy" (June 4). Unset: such dates are flagged. */
  dateOrder?: DateOrder;
  /** Field names for JSONL/CSV exports whose names are not the common ones. */
  fields?: FieldMapping;
  /** Per-article limit in bytes of UTF-8 text (default 2 MB). */
  maxArticleBytes?: number;
  /** Limit on all article text read in one run (default 1 GiB). */
  maxRunBytes?: number;
  /** What to do with an article over maxArticleBytes (default "truncate"). */
  oversize?: 'truncate' | 'skip';
  fetch?: { concurrency?: number; timeoutSeconds?: number; userAgent?: string };
}

export const CONFIG_FILE = 'dateline.config.json';

/** The folder's config, or one line saying what is wrong with it. */
export function loadConfig(seeds: string): { config: IngestConfig } | { error: string } {
  const path = join(seeds, CONFIG_FILE);
  if (!existsSync(path)) return { config: {} };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { error: `it is not valid JSON (${(error as Error).message})` };
  }
  const problem = checkConfig(value);
  return problem ? { error: problem } : { config: value as IngestConfig };
}

export function checkConfig(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'it must hold a JSON object';
  }
  const config = value as Record<string, unknown>;
  const known = ['dateOrder', 'fields', 'maxArticleBytes', 'maxRunBytes', 'oversize', 'fetch'];
  const unknown = Object.keys(config).find((key) => !known.includes(key));
  if (unknown) return `"${unknown}" is not a setting (known: ${known.join(', ')})`;
  if (config.dateOrder !== undefined && config.dateOrder !== 'dmy' && config.dateOrder !== 'mdy') {
    return '"dateOrder" must be "dmy" or "mdy"';
  }
  if (
    config.oversize !== undefined &&
    config.oversize !== 'truncate' &&
    config.oversize !== 'skip'
  ) {
    return '"oversize" must be "truncate" or "skip"';
  }
  for (const key of ['maxArticleBytes', 'maxRunBytes']) {
    const n = config[key];
    if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n) && n > 0)) {
      return `"${key}" must be a positive whole number of bytes`;
    }
  }
  if (config.fields !== undefined) {
    if (typeof config.fields !== 'object' || config.fields === null)
      return '"fields" must be an object';
    for (const [key, name] of Object.entries(config.fields)) {
      if (!(RECORD_FIELDS as readonly string[]).includes(key)) {
        return `"fields.${key}" is not a field (known: ${RECORD_FIELDS.join(', ')})`;
      }
      if (typeof name !== 'string') return `"fields.${key}" must be a column or key name`;
    }
  }
  return undefined;
}
