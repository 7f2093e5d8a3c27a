/// <reference lib="webworker" />
// The data files' bodies are read and parsed here, off the main thread. At 100,000 articles the
// index and the article list are 4 and 13 MB of JSON; Chromium spent 2-3 s of the main thread
// reading each body, which froze the map (issue 7). The page receives the parsed value, and only
// pays for copying it across (structured clone), then validates it (validate.ts); the index is
// validated here already. The basemap is also decoded and projected here, and its shapes moved
// across, not copied.
import {
  basemapInHead,
  basemapNamedBy,
  fetchFileAt,
  resultBuffers,
  type FetchReply,
  type FetchRequest,
  type FetchResult,
} from './fetch-json';

declare const self: DedicatedWorkerGlobalScope;

// The basemap is fetched as soon as the index names it, in its first bytes: it is on its way
// while the rest of the index arrives and is parsed, checked and copied, instead of after.
const early = new Map<string, Promise<FetchResult>>();

function startBasemap(url: string | null): void {
  if (url && !early.has(url)) early.set(url, fetchFileAt(url, 'basemap'));
}

self.onmessage = ({ data }: MessageEvent<FetchRequest>) => {
  const onHead =
    data.kind === 'index'
      ? (head: string) => {
          startBasemap(basemapInHead(head, data.url));
        }
      : undefined;
  const coming = early.get(data.url) ?? fetchFileAt(data.url, data.kind, onHead);
  early.delete(data.url);
  void coming.then((result) => {
    // Where the first bytes did not name it, the whole index does.
    if (data.kind === 'index' && result.ok) startBasemap(basemapNamedBy(result.json, data.url));
    self.postMessage(
      { id: data.id, result } satisfies FetchReply,
      resultBuffers(data.kind, result),
    );
  });
};
