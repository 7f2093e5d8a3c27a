import type { TileLayerConfig } from '../shared/schema';
import { tileImageSource } from './tiles-config';

/**
 * The response headers the app is served with (vite preview, and any static host: the README
 * lists them). The policy allows only the app's own files: no inline script or style, no eval,
 * no plugins, no <base>, no data: URIs, no other origin. Inline styles are not needed: Leaflet and
 * React set styles through the CSSOM (element.style), which the policy does not restrict, and the
 * marker icons are DOM nodes, not HTML strings. The whole e2e suite runs under this policy and
 * fails on any violation, so a change that needs more shows at once.
 */
export function contentSecurityPolicy(frameAncestors: string, imageSources: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // The PNG export (html-to-image) draws the map as an SVG image from a data: URL; an image
    // cannot run script, so this is the one source beyond 'self'.
    // An online tile layer, when dateline.tiles.json configures one, adds its tile host.
    ["img-src 'self' data:", ...imageSources].join(' '),
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * Who may embed the app in a frame: `DATELINE_FRAME_ANCESTORS` (CSP source list, e.g.
 * "'self' https://newsroom.example"), or nobody.
 */
export function frameAncestors(env: Record<string, string | undefined>): string {
  const value = env.DATELINE_FRAME_ANCESTORS?.trim();
  if (!value) return "'none'";
  // One directive's value only: a ';' or newline would smuggle in another directive or header.
  if (/[;\r\n,]/.test(value)) {
    throw new Error(`DATELINE_FRAME_ANCESTORS must be a CSP source list, got "${value}"`);
  }
  return value;
}

export function securityHeaders(
  env: Record<string, string | undefined>,
  tiles: TileLayerConfig | null = null,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(
      frameAncestors(env),
      tiles ? [tileImageSource(tiles)] : [],
    ),
    'X-Content-Type-Options': 'nosniff',
    // Article links and credits go to other sites; they need not learn where the reader was.
    'Referrer-Policy': 'no-referrer',
  };
}
