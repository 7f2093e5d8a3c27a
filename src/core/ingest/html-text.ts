import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

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

/**
 * A streaming parse (htmlparser2, the parser linkedom itself uses) rather than a DOM: a feed of
 * thousands of items is reduced ten times faster than by building a document per item.
 */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let open = '';
  let silent = 0;
  const close = () => {
    const text = open.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    open = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SILENT.has(name)) silent++;
        else if (BLOCK.has(name)) close();
      },
      ontext(text) {
        if (silent === 0) open += text;
      },
      onclosetag(name, implied) {
        if (SILENT.has(name)) silent = Math.max(0, silent - 1);
        else if (BLOCK.has(name) && !(implied && VOID.has(name))) close();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  close();
  return paragraphs;
}

const VOID = new Set(['br', 'hr']);

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
