/// <reference lib="webworker" />
// The data files' bodies are read and parsed here, off the main thread. At 100,000 articles the
// index and the article list are 4 and 13 MB of JSON; Chromium spent 2-3 s of the main thread
// reading each body, which froze the map (issue 7). The page receives the parsed value, and only
// pays for copying it across (structured clone), then validates it as before (validate.ts). The
// basemap is also decoded and projected here, and its shapes moved across, not copied.
import {
  basemapNamedBy,
  fetchFileAt,
  resultBuffers,
  type FetchReply,
  type FetchRequest,
  type FetchResult,
} from './fetch-json';

declare const self: DedicatedWorkerGlobalScope;

// The basemap is fetched as soon as the index names it: it is on its way while the page copies
// and checks the index, instead of after.
const early = new Map<string, Promise<FetchResult>>();

self.onmessage = ({ data }: MessageEvent<FetchRequest>) => {
  const coming = early.get(data.url) ?? fetchFileAt(data.url, data.kind);
  early.delete(data.url);
  void coming.then((result) => {
    const basemap =
      data.kind === 'index' && result.ok ? basemapNamedBy(result.json, data.url) : null;
    if (basemap && !early.has(basemap)) early.set(basemap, fetchFileAt(basemap, 'basemap'));
    self.postMessage(
      { id: data.id, result } satisfies FetchReply,
      resultBuffers(data.kind, result),
    );
  });
};
