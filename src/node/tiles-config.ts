import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { TileLayerConfigSchema, type TileLayerConfig } from '../shared/schema';

/** The optional online tile layer's settings, beside package.json. */
export const TILES_CONFIG_FILE = 'dateline.tiles.json';

/**
 * The tile layer a config file's text asks for, or null with a one-line reason: a bad file
 * leaves the map offline (the default) rather than stopping the build.
 */
export function parseTileConfig(
  text: string,
  file = TILES_CONFIG_FILE,
): { config: TileLayerConfig | null; problem: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { config: null, problem: `${file}: not valid JSON; the map stays offline` };
  }
  const parsed = v.safeParse(TileLayerConfigSchema, json);
  if (parsed.success) return { config: parsed.output, problem: null };
  const issue = parsed.issues[0];
  const key = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const reason = key && !issue.message.startsWith(key) ? `${key}: ${issue.message}` : issue.message;
  return { config: null, problem: `${file}: ${reason}; the map stays offline` };
}

/** Reads the config file if there is one; says on stderr why a bad one was not used. */
export function loadTileConfig(file = TILES_CONFIG_FILE): TileLayerConfig | null {
  if (!existsSync(file)) return null;
  const { config, problem } = parseTileConfig(readFileSync(file, 'utf8'), file);
  if (problem) console.warn(problem);
  return config;
}

/**
 * The Content-Security-Policy source that lets the map load the layer's tiles: the template's
 * origin, with Leaflet's {s} subdomain as a wildcard ("https://*.tiles.example").
 */
export function tileImageSource(config: TileLayerConfig): string {
  const origin = /^https:\/\/[^/?#]+/.exec(config.url)?.[0] ?? '';
  return origin.replace('://{s}.', '://*.');
}
