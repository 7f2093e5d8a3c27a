/**
 * The link to an article's original, only when it is a web address: the URL comes from the
 * collection, and a `javascript:` or `data:` one must never become a link a reader clicks.
 */
export function originalLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
