import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection, type ReadItem } from './read-collection';

const PAGE = `<!doctype html><html><head><title>Riga hosts talks</title>
<meta property="article:published_time" content="2008-04-10T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Riga hosts talks</h1>
<p>Diplomats gathered in Riga on Thursday to discuss the Baltic states and their security after the Bucharest summit.</p>
<p>Officials from Vilnius and Tallinn attended, and a delegation from Helsinki observed the talks.</p>
</article></body></html>`;

/** A local site: an article, a 404, a page that never answers, a PDF and a page robots.txt forbids. */
const requests: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.url ?? ''} ${request.headers['user-agent'] ?? ''}`);
    switch (request.url) {
      case '/robots.txt':
        response.end('User-agent: *\nDisallow: /private/\n');
        return;
      case '/riga.html':
      case '/private/secret.html':
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(PAGE);
        return;
      case '/report.pdf':
        response.setHeader('Content-Type', 'application/pdf');
        response.end('%PDF-1.4');
        return;
      case '/slow.html':
        return; // never answers: the fetcher's timeout must end it
      default:
        response.statusCode = 404;
        response.end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function readAll(folder: string, cacheDir: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  const fetch = { cacheDir, timeoutSeconds: 1, concurrency: 2 };
  for await (const item of readCollection(folder, { fetch })) items.push(item);
  return items;
}

describe('a list of links', () => {
  it('loads each page politely, reports every failure in one line and goes on; a re-run reads the cache', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const cache = mkdtempSync(join(tmpdir(), 'cache-'));
    writeFileSync(
      join(seeds, 'links.urls'),
      [
        '# reading list',
        `${base}/riga.html`,
        `${base}/missing.html`,
        `${base}/slow.html`,
        `${base}/report.pdf`,
        `${base}/private/secret.html`,
      ].join('\n'),
    );

    const items = await readAll(seeds, cache);

    const articles = items.flatMap((item) => (item.ok ? [item.source] : []));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.text.split('\n')[0]).toBe('Riga hosts talks');
    expect(articles[0]?.meta).toMatchObject({ date: '2008-04-10', url: `${base}/riga.html` });
    expect(items.flatMap((item) => (item.ok ? [] : [`${item.file}: ${item.reason}`]))).toEqual([
      `links.urls: line 3 (${base}/missing.html): the server answered 404 Not Found`,
      `links.urls: line 4 (${base}/slow.html): no answer within 1 s`,
      `links.urls: line 5 (${base}/report.pdf): it is not a web page (application/pdf)`,
      `links.urls: line 6 (${base}/private/secret.html): the site's robots.txt does not allow it`,
    ]);
    expect(requests.filter((r) => r.startsWith('/private/'))).toEqual([]);
    expect(requests.every((r) => r.includes('Dateline/'))).toBe(true);

    const before = requests.filter((r) => r.startsWith('/riga.html')).length;
    const again = await readAll(seeds, cache);
    expect(again.filter((item) => item.ok)).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/riga.html')).length).toBe(before);
  });

  it('takes a .txt of nothing but links as a list, and a .txt article that quotes a link as an article', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(seeds, 'reading.txt'), `${base}/missing-too.html\n`);
    writeFileSync(join(seeds, 'article.txt'), `Title\n\nSee ${base}/riga.html for more.\n`);
    const items = await readAll(seeds, mkdtempSync(join(tmpdir(), 'cache-')));
    expect(
      items.map((item) => (item.ok ? item.source.id : `${item.file}: ${item.reason}`)),
    ).toEqual([
      'article',
      `reading.txt: line 1 (${base}/missing-too.html): the server answered 404 Not Found`,
    ]);
  });

  it('fails each link with one line when loading is off or the network is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/closed.html`;
    await new Promise((done) => closed.close(done));
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(seeds, 'links.urls'), `${url}\n`);

    const items = await readAll(seeds, mkdtempSync(join(tmpdir(), 'cache-')));
    expect(items).toEqual([
      {
        ok: false,
        file: 'links.urls',
        reason: `line 1 (${url}): it could not be loaded (ECONNREFUSED)`,
      },
    ]);

    const off: ReadItem[] = [];
    for await (const item of readCollection(seeds, { fetch: false })) off.push(item);
    expect(off).toEqual([
      {
        ok: false,
        file: 'links.urls',
        reason: `line 1 (${url}): fetching web pages is turned off`,
      },
    ]);
  });
});
