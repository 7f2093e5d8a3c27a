/// <reference lib="webworker" />
// The data files' bodies are read and parsed here, off the main thread. At 100,000 articles the
// index and the article list are 4 and 13 MB of JSON; Chromium spent 2-3 s of the main thread
// reading each body, which froze the map (issue 7). The page receives the parsed value, and only
// pays for copying it across (structured clone), then validates it (validate.ts); the index is
// validated here already. The basemap is also decoded and projected here, and its shapes moved
// across, not copied; at the start it is read by the page's second worker (the background lane)
// while this one parses the index, whose bytes the page reads as it starts.
import {
  fetchFileAt,
  readBytes,
  resultBuffers,
  type FetchReply,
  type FetchRequest,
} from './fetch-json';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = ({ data }: MessageEvent<FetchRequest>) => {
  // The index's bytes come read already (file-fetcher.ts, startIndexFetch).
  const reading = data.bytes
    ? Promise.resolve(readBytes(data.bytes, data.kind))
    : fetchFileAt(data.url, data.kind);
  void reading.then((result) => {
    self.postMessage(
      { id: data.id, result } satisfies FetchReply,
      resultBuffers(data.kind, result),
    );
  });
};
