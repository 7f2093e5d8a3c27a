import { describe, expect, it } from 'vitest';
import { parseTileConfig, tileImageSource } from './tiles-config';

const good = {
  url: 'https://{s}.tiles.example/{z}/{x}/{y}.png',
  attribution: '© Example tiles',
};

describe('parseTileConfig', () => {
  it('reads a URL template and its attribution, with the optional settings', () => {
    const text = JSON.stringify({ ...good, subdomains: 'abc', maxZoom: 18 });
    expect(parseTileConfig(text)).toEqual({
      config: { ...good, subdomains: 'abc', maxZoom: 18 },
      problem: null,
    });
  });

  it.each([
    ['not JSON', '{url:', 'dateline.tiles.json: not valid JSON; the map stays offline'],
    [
      'a plain http URL',
      JSON.stringify({ ...good, url: 'http://tiles.example/{z}/{x}/{y}.png' }),
      'url must be an https:// address',
    ],
    [
      'a template without {y}',
      JSON.stringify({ ...good, url: 'https://tiles.example/{z}/{x}.png' }),
      'url must contain {z}, {x} and {y}',
    ],
    [
      'a quote that would break out of the policy',
      JSON.stringify({ ...good, url: "https://tiles.example/{z}/{x}/{y}.png' 'unsafe-inline" }),
      'url must be an https:// address with no spaces or quotes',
    ],
    [
      'a placeholder inside the host',
      JSON.stringify({ ...good, url: 'https://tile-{s}.example/{z}/{x}/{y}.png' }),
      'url host may hold only {s}, as its first label',
    ],
    [
      'no attribution',
      JSON.stringify({ url: good.url, attribution: ' ' }),
      'attribution must not be empty',
    ],
    ['a zoom past 22', JSON.stringify({ ...good, maxZoom: 40 }), 'maxZoom'],
  ])('leaves the map offline for %s, saying why in one line', (_name, text, reason) => {
    const { config, problem } = parseTileConfig(text);
    expect(config).toBeNull();
    expect(problem).toContain(reason);
    expect(problem).toMatch(/^dateline\.tiles\.json: .*; the map stays offline$/);
    expect(problem).not.toContain('\n');
  });
});

describe('tileImageSource', () => {
  it.each([
    ['https://{s}.tiles.example/{z}/{x}/{y}.png', 'https://*.tiles.example'],
    ['https://tiles.example:8443/v1/{z}/{x}/{y}.png?key=k', 'https://tiles.example:8443'],
    ['https://tiles.example/{z}/{x}/{y}@2x.png', 'https://tiles.example'],
  ])('allows %s as %s', (url, source) => {
    expect(tileImageSource({ url, attribution: 'x' })).toBe(source);
  });
});
