import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleText, titleFor } from './article-text';
import { htmlToParagraphs } from './html-text';
import { pageMeta, type PageMeta } from './html-meta';

/**
 * A saved web page reduced to its article: Mozilla's Readability (Firefox's Reader View, the
 * best-kept extractor) drops navigation, ads and comments; linkedom gives it a DOM without a
 * browser, far lighter than jsdom for thousands of pages.
 */
export type HtmlResult = { ok: true; text: string; meta: PageMeta } | { ok: false; reason: string };

/** Fewer characters than this is a teaser or an index page, not an article. */
const MIN_ARTICLE_CHARS = 140;

export function htmlArticle(html: string, pageUrl?: string): HtmlResult {
  const { document } = parseHTML(html);
  // Readability edits the DOM it reads, so the metadata is taken first.
  const meta = pageMeta(document);
  const parsed = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!parsed?.content) return { ok: false, reason: 'no article text found in the page' };
  const paragraphs = htmlToParagraphs(parsed.content);
  const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: `no article in the page (only ${length} characters of text)` };
  }
  const title = titleFor(meta.title ?? parsed.title, paragraphs);
  // Readability often repeats the headline as the first paragraph.
  if (paragraphs[0] === title) paragraphs.shift();
  if (!meta.source && parsed.siteName) meta.source = parsed.siteName;
  if (!meta.date && parsed.publishedTime) meta.date = parsed.publishedTime;
  if (!meta.url && pageUrl) meta.url = pageUrl;
  return { ok: true, text: articleText(title, paragraphs), meta: { ...meta, title } };
}
