import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('forbids framing unless DATELINE_FRAME_ANCESTORS names who may embed the app', () => {
    const csp = (env: Record<string, string>) => securityHeaders(env)['Content-Security-Policy'];
    expect(csp({})).toContain("frame-ancestors 'none'");
    expect(csp({ DATELINE_FRAME_ANCESTORS: "'self' https://news.example" })).toContain(
      "frame-ancestors 'self' https://news.example",
    );
  });

  it.each(["'self'; script-src *", "'self'\nX-Evil: 1", 'a, b'])(
    'refuses a frame-ancestors value that would add a directive or header: %j',
    (value) => {
      expect(() => securityHeaders({ DATELINE_FRAME_ANCESTORS: value })).toThrow(
        /must be a CSP source list/,
      );
    },
  );

  it('allows images from the configured tile host only, and only when tiles are configured', () => {
    const imgSrc = (headers: Record<string, string>) =>
      /img-src [^;]*/.exec(headers['Content-Security-Policy'] ?? '')?.[0];
    expect(imgSrc(securityHeaders({}))).toBe("img-src 'self' data:");
    const tiles = { url: 'https://{s}.tiles.example/{z}/{x}/{y}.png', attribution: 'x' };
    expect(imgSrc(securityHeaders({}, tiles))).toBe("img-src 'self' data: https://*.tiles.example");
    // Nothing else opens up: scripts, styles and fetches stay with the app's own origin.
    expect(securityHeaders({}, tiles)['Content-Security-Policy']).toContain("connect-src 'self';");
  });

  it('sends nosniff and a referrer policy', () => {
    expect(securityHeaders({})).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
