import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARMENIA, GEORGIA_STATE } from '../../shared/places.testing';
import type { Correction } from '../../shared/schema';
import { createLocalApi } from './local-api';

const CORRECTION: Correction = {
  article: 'story',
  mention: 'Georgia',
  before: 'Officials in ',
  after: ' met.',
  scope: 'mention',
  verdict: 'place',
  place: GEORGIA_STATE,
};

let server: Server;
let base = '';
let seeds = '';
let reruns = 0;
let scored = 0;
const TOKEN = 'test-token-0123456789';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-api-'));
  seeds = join(root, 'seeds');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(seeds);
  const api = createLocalApi({
    seeds,
    token: TOKEN,
    searchPlaces: (q) => (q.toLowerCase().startsWith('geo') ? [GEORGIA_STATE] : []),
    placesById: (ids) => [GEORGIA_STATE, ARMENIA].filter((p) => ids.includes(p.id)),
    afterSave: () => {
      scored += 1;
    },
    rerun: () => {
      reruns += 1;
      return Promise.resolve({ ok: true, output: 'done\n' });
    },
  });
  server = createServer((request, response) => {
    api.handle(request, response, () => {
      response.statusCode = 200;
      response.end('the app');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  reruns = 0;
  scored = 0;
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/corrections`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: base,
      'X-Dateline-Token': TOKEN,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const written = () => readdirSync(seeds);

describe('the local API', () => {
  it('gives its token to the page on the same origin', async () => {
    const response = await fetch(`${base}/api/status`);
    expect(await response.json()).toEqual({ editing: true, token: TOKEN });
  });

  it('saves a correction into seeds/corrections.json and rebuilds the data', async () => {
    const response = await post({ correction: CORRECTION });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ corrections: 1, published: true, orphans: [] });
    expect(reruns).toBe(1);
    // The server then prints how the geoparser does on the corrections so far.
    expect(scored).toBe(1);
    const file = JSON.parse(readFileSync(join(seeds, 'corrections.json'), 'utf8')) as {
      corrections: Correction[];
    };
    expect(file.corrections).toEqual([CORRECTION]);
    expect(written()).toEqual(['corrections.json']);
  });

  it.each([
    ['a cross-origin POST', { Origin: 'http://evil.example' }, 403, /cross-origin/],
    ['a missing token', { 'X-Dateline-Token': '' }, 403, /X-Dateline-Token header is missing/],
    ['a wrong token', { 'X-Dateline-Token': 'guess' }, 403, /does not match/],
  ])('refuses %s, and writes nothing', async (_name, headers, status, message) => {
    const before = existsSync(join(seeds, 'corrections.json'))
      ? readFileSync(join(seeds, 'corrections.json'), 'utf8')
      : '';
    const response = await post({ correction: { ...CORRECTION, mention: 'Atlanta' } }, headers);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(reruns).toBe(0);
    expect(scored).toBe(0);
    const after = existsSync(join(seeds, 'corrections.json'))
      ? readFileSync(join(seeds, 'corrections.json'), 'utf8')
      : '';
    expect(after).toBe(before);
  });

  it.each([
    [
      'a path outside seeds/',
      { correction: CORRECTION, file: '../outside.json' },
      /outside the seeds folder/,
    ],
    [
      'an absolute path',
      { correction: CORRECTION, file: '/tmp/x.json' },
      /outside the seeds folder/,
    ],
    [
      'another file in seeds/',
      { correction: CORRECTION, file: 'story.txt' },
      /only corrections\.json/,
    ],
    [
      'a malformed body',
      { correction: { ...CORRECTION, scope: 'everywhere' } },
      /not a correction: correction\.scope/,
    ],
    ['a stray key', { correction: CORRECTION, extra: 1 }, /not a correction: extra/],
    ['a body that is not JSON', '{"correction":', /not valid JSON/],
  ])('refuses %s with a clear error, and writes nothing', async (_name, body, message) => {
    const before = readFileSync(join(seeds, 'corrections.json'), 'utf8');
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(readFileSync(join(seeds, 'corrections.json'), 'utf8')).toBe(before);
    expect(written()).toEqual(['corrections.json']);
    expect(existsSync(join(seeds, '..', 'outside.json'))).toBe(false);
    expect(reruns).toBe(0);
  });

  it('will not overwrite a corrections file it cannot read', async () => {
    const path = join(seeds, 'corrections.json');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, '{"format": "dateline-corrections", "version": 1, "corrections": [{}]}');
    const response = await post({ correction: CORRECTION });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /correction 1: .*fix it first/,
    );
    writeFileSync(path, good);
  });

  it('searches the gazetteer for the page, and refuses another site', async () => {
    const ok = await fetch(`${base}/api/gazetteer?q=Georgia`);
    expect(await ok.json()).toEqual({ places: [GEORGIA_STATE] });
    const cross = await fetch(`${base}/api/gazetteer?q=Georgia`, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(cross.status).toBe(403);
  });

  it('looks places up by id, leaving out ids the gazetteer lacks', async () => {
    const ids = [ARMENIA.id, 'gn:1', GEORGIA_STATE.id].map(encodeURIComponent).join(',');
    const response = await fetch(`${base}/api/gazetteer?ids=${ids}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ places: [GEORGIA_STATE, ARMENIA] });
  });

  it.each([
    ['no id', '', /at least one place id/],
    ['an id that is not one', 'gn:1,../seeds', /"\.\.\/seeds" is not a place id/],
    ['a space in an id', 'gn:1 2', /"gn:1 2" is not a place id/],
    ['too many ids', Array.from({ length: 11 }, (_, i) => `gn:${i}`).join(','), /at most 10/],
  ])('refuses a look-up with %s, saying why', async (_name, ids, message) => {
    const response = await fetch(`${base}/api/gazetteer?ids=${encodeURIComponent(ids)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('refuses a look-up by id from another site', async () => {
    const response = await fetch(`${base}/api/gazetteer?ids=gn:1`, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('leaves every other path to the app', async () => {
    const page = await fetch(`${base}/index.html`);
    expect(await page.text()).toBe('the app');
    expect(page.headers.get('X-Dateline-Api')).toBe('on');
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });
});
