import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { articleText, oneLine, titleFor } from './article-text';
import { decodeEntities, fieldParagraphs, htmlToParagraphs, looksLikeHtml } from './html-text';
import type { RecordOutcome } from './records';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one article per item. Each item is parsed on its own,
 * so a malformed item is reported by number and line and the others still come through.
 */
const ITEM = /<(item|entry)\b[^>]*>[\s\S]*?<\/\1\s*>/g;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  trimValues: true,
  parseTagValue: false,
  isArray: (name) => name === 'link' || name === 'category',
});

export function looksLikeFeed(text: string): boolean {
  return /<(?:rss|feed|rdf:RDF)\b/.test(text.slice(0, 4096));
}

export function* feedArticles(xml: string): Generator<RecordOutcome> {
  const channelSource = feedTitle(xml.replace(ITEM, ''));
  let number = 0;
  let line = 1;
  let counted = 0;
  for (const match of xml.matchAll(ITEM)) {
    number++;
    line += newlines(xml, counted, match.index);
    counted = match.index;
    const where = `item ${number} (line ${line})`;
    const parsed = parseXml(match[0]);
    if (typeof parsed === 'string') {
      yield { ok: false, where, reason: `malformed XML: ${parsed}` };
      continue;
    }
    const item = parsed.item ?? parsed.entry ?? {};
    yield feedItem(item, channelSource, number, where);
  }
  if (number === 0) yield { ok: false, where: 'feed', reason: 'the feed has no items' };
}

function feedItem(
  item: Record<string, unknown>,
  channelSource: string | undefined,
  number: number,
  where: string,
): RecordOutcome {
  const body =
    text(item['content:encoded']) ??
    text(item.content) ??
    text(item.description) ??
    text(item.summary);
  const paragraphs = body ? fieldParagraphs(body) : [];
  const title = text(item.title);
  if (paragraphs.length === 0 && !title) {
    return { ok: false, where, reason: 'it has neither a title nor any text' };
  }
  if (paragraphs.length === 0) return { ok: false, where, reason: 'it has a title but no text' };
  const url = link(item.link);
  const guid = text(item.guid) ?? text(item.id);
  const fullTitle = titleFor(title && plainTitle(title), paragraphs);
  return {
    ok: true,
    key: { id: guid, url },
    number,
    text: articleText(fullTitle, paragraphs),
    meta: {
      title: fullTitle,
      source: oneLineOrUndefined(text(item.source) ?? text(item['dc:source']) ?? channelSource),
      date:
        text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated),
      url: url ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined),
    },
  };
}

function feedTitle(xml: string): string | undefined {
  const parsed = parseXml(xml);
  if (typeof parsed === 'string') return undefined;
  const channel = (parsed.rss?.channel ?? parsed['rdf:RDF']?.channel ?? parsed.feed) as
    Record<string, unknown> | undefined;
  return channel ? text(channel.title) : undefined;
}

/** RSS has <link>url</link>; Atom has <link rel="alternate" href="url"/> among others. */
function link(value: unknown): string | undefined {
  const links = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const entry of links) {
    if (typeof entry === 'string' && entry.trim()) return entry.trim();
    if (typeof entry === 'object' && entry !== null) {
      const attrs = entry as Record<string, unknown>;
      const rel = attrs['@rel'];
      if ((rel === undefined || rel === 'alternate') && typeof attrs['@href'] === 'string') {
        return attrs['@href'];
      }
    }
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) return text(value[0]);
    return text((value as Record<string, unknown>)['#text'] ?? (value as { name?: unknown }).name);
  }
  return undefined;
}

function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function oneLineOrUndefined(value: string | undefined): string | undefined {
  return value === undefined ? undefined : oneLine(value);
}

type XmlTree = Record<string, Record<string, unknown> | undefined>;

/** The parsed tree, or what is wrong with the XML (the lenient parser alone would guess). */
function parseXml(xml: string): XmlTree | string {
  try {
    SyntaxValidator.validate(xml);
    return parser.parse(xml) as XmlTree;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Atom allows type="html" titles; the title is text, so markup is reduced to its words. */
function plainTitle(title: string): string {
  return looksLikeHtml(title) ? htmlToParagraphs(title).join(' ') : decodeEntities(title);
}
