/**
 * Article metadata from a saved page, best source first: JSON-LD (NewsArticle and kin), then
 * Open Graph and <meta> tags, then the first <time datetime>, then the canonical link.
 */
export interface PageMeta {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

interface QueryDocument {
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    textContent: string | null;
  }>;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage|LiveBlogPosting)$/;

/** Each rule reads one field from one kind of tag; the first rule with a value wins. */
const META_RULES: readonly { field: keyof PageMeta; selector: string; attribute: string }[] = [
  { field: 'title', selector: 'meta[property="og:title"]', attribute: 'content' },
  { field: 'title', selector: 'meta[name="twitter:title"]', attribute: 'content' },
  { field: 'source', selector: 'meta[property="og:site_name"]', attribute: 'content' },
  { field: 'source', selector: 'meta[name="application-name"]', attribute: 'content' },
  { field: 'date', selector: 'meta[property="article:published_time"]', attribute: 'content' },
  { field: 'date', selector: 'meta[name="date"]', attribute: 'content' },
  { field: 'date', selector: 'meta[name="pubdate"]', attribute: 'content' },
  { field: 'date', selector: 'meta[name="publish-date"]', attribute: 'content' },
  { field: 'date', selector: 'meta[name="dc.date"]', attribute: 'content' },
  { field: 'date', selector: 'meta[name="DC.date.issued"]', attribute: 'content' },
  { field: 'date', selector: 'meta[itemprop="datePublished"]', attribute: 'content' },
  { field: 'date', selector: 'time[datetime]', attribute: 'datetime' },
  { field: 'url', selector: 'link[rel="canonical"]', attribute: 'href' },
  { field: 'url', selector: 'meta[property="og:url"]', attribute: 'content' },
];

export function pageMeta(document: QueryDocument): PageMeta {
  const meta: PageMeta = { ...jsonLdMeta(document) };
  for (const rule of META_RULES) {
    if (meta[rule.field]) continue;
    const element = document.querySelectorAll(rule.selector)[0];
    const value = element?.getAttribute(rule.attribute)?.trim();
    if (value) meta[rule.field] = value;
  }
  return meta;
}

function jsonLdMeta(document: QueryDocument): PageMeta {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(parsed);
    if (article) return article;
  }
  return {};
}

function findArticle(value: unknown): PageMeta | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const node = value as Record<string, unknown>;
  if ('@graph' in node) return findArticle(node['@graph']);
  const types = ([] as unknown[]).concat(node['@type']);
  if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return undefined;
  const meta: PageMeta = {};
  const title = text(node.headline) ?? text(node.name);
  const date = text(node.datePublished) ?? text(node.dateCreated);
  const source = text(nameOf(node.publisher)) ?? text(nameOf(node.sourceOrganization));
  const url = text(node.url) ?? text(idOf(node.mainEntityOfPage));
  if (title) meta.title = title;
  if (date) meta.date = date;
  if (source) meta.source = source;
  if (url) meta.url = url;
  return meta;
}

function nameOf(value: unknown): unknown {
  if (Array.isArray(value)) return nameOf(value[0]);
  return typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : value;
}

function idOf(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) return (value as { '@id'?: unknown })['@id'];
  return value;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
