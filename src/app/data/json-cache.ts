/** What the cache knows about one file: still coming, there, or failed with a reason. */
export type Entry<T> =
  | { state: 'loading'; promise: Promise<Entry<T>> }
  | { state: 'ok'; value: T }
  | { state: 'error'; message: string };

export type FetchJson = (path: string) => Promise<{ ok: true; json: unknown } | FetchFailure>;
export interface FetchFailure {
  ok: false;
  reason: string;
}

/**
 * A tiny in-memory cache of fetched, validated JSON files keyed by path. Shards are immutable
 * (content-addressed), so an entry never goes stale; the oldest unwatched ones are dropped past
 * `capacity`, and a failure stays until `forget` (a retry button) clears it. Listeners hear about their own path only,
 * so a page of passages arriving does not re-render the map.
 */
export class JsonCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly fetchJson: FetchJson,
    private readonly capacity = 400,
  ) {}

  peek<T>(path: string): Entry<T> | undefined {
    return this.entries.get(path) as Entry<T> | undefined;
  }

  /**
   * Fetches `path` once, parsing it with `parse` (which throws a user-facing message on bad
   * data), through `fetchJson` if given (a big file read in the background), else the cache's.
   */
  load<T>(
    path: string,
    parse: (json: unknown) => T,
    fetchJson: FetchJson = this.fetchJson,
  ): Promise<Entry<T>> {
    const known = this.peek<T>(path);
    if (known) return known.state === 'loading' ? known.promise : Promise.resolve(known);
    const promise = fetchJson(path).then((fetched): Entry<T> => {
      if (!fetched.ok) return { state: 'error', message: fetched.reason };
      try {
        return { state: 'ok', value: parse(fetched.json) };
      } catch (error) {
        return { state: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    });
    this.set(path, { state: 'loading', promise });
    void promise.then((entry) => {
      if (this.entries.get(path)?.state !== 'loading') return;
      this.set(path, entry);
    });
    return promise;
  }

  /** Drops a failed (or any) entry so the next load fetches again. */
  forget(path: string): void {
    this.entries.delete(path);
    for (const listener of this.listeners.get(path) ?? []) listener();
  }

  subscribe(path: string, listener: () => void): () => void {
    const set = this.listeners.get(path) ?? new Set();
    set.add(listener);
    this.listeners.set(path, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(path);
    };
  }

  private set(path: string, entry: Entry<unknown>): void {
    this.entries.delete(path);
    this.entries.set(path, entry);
    // Maps iterate in insertion order: the first keys are the least recently stored.
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      if (!this.listeners.has(key)) this.entries.delete(key);
    }
    for (const listener of this.listeners.get(path) ?? []) listener();
  }
}
