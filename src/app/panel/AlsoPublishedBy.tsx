import type { ArticleCopy } from '../../shared/schema';

/** A link only to a web page: article data is untrusted, and a `javascript:` href would run. */
function webLink(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}

/** One entry per outlet: its name (or the copy's title when it names none) and a link. */
function outlets(copies: readonly ArticleCopy[]): { name: string; url: string | null }[] {
  const byName = new Map<string, string | null>();
  for (const copy of copies) {
    const name = copy.source ?? copy.title;
    const url = webLink(copy.url);
    if (!byName.has(name) || (byName.get(name) === null && url !== null)) byName.set(name, url);
  }
  return [...byName].map(([name, url]) => ({ name, url }));
}

/**
 * "Also published by: Reuters, Daily Example" under a story's canonical article: the outlets
 * whose copies were merged into it (src/core/ingest/stories.ts), each linked to its original.
 */
export function AlsoPublishedBy({ copies }: { copies: readonly ArticleCopy[] | undefined }) {
  if (!copies || copies.length === 0) return null;
  const list = outlets(copies);
  return (
    <p className="dl-meta dl-also-published">
      Also published by:{' '}
      {list.map(({ name, url }, i) => (
        <span key={name}>
          {url === null ? (
            name
          ) : (
            <a href={url} target="_blank" rel="noreferrer">
              {name}
            </a>
          )}
          {i < list.length - 1 ? ', ' : ''}
        </span>
      ))}
    </p>
  );
}
