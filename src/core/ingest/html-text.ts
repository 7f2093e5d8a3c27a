import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';

/**
 * HTML reduced to plain paragraphs: block elements and <br> end a paragraph, white space inside
 * one collapses to single spaces, and script, style and embedded media give no text. The result is
 * plain text only; nothing here is ever put back into a page as HTML.
 */
const BLOCK = new Set(
  `address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer
  form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul`.split(
    /\s+/,
  ),
);
const SILENT = new Set(
  'script style noscript template svg iframe object embed canvas audio video button select'.split(
    ' ',
  ),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeParagraphs(document.body);
}

/** The paragraphs under one DOM node (a parsed page's article element, say). */
export function nodeParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let open = '';
  const close = () => {
    const text = open.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    open = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      open += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SILENT.has(name)) return;
    const block = BLOCK.has(name);
    if (block) close();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) close();
  };
  walk(root);
  close();
  return paragraphs;
}

/** True when a field holds markup rather than plain text (feeds and exports mix both). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|a|b|i|em|strong|u|sup|sub|ul|ol|li|h[1-6]|img|blockquote|figure)\b[^>]*>/i.test(
    text,
  );
}

/** Text that may be HTML or plain, as paragraphs: markup reduced, plain text kept as written. */
export function fieldParagraphs(text: string): string[] {
  if (looksLikeHtml(text)) return htmlToParagraphs(text);
  return decodeEntities(text)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Entities in plain-text fields of feeds ("&amp;", "&#8217;") without treating the rest as HTML. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}
