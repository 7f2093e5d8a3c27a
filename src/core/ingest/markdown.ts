import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { articleText, oneLine, titleFor } from './article-text';
import { htmlToParagraphs } from './html-text';
import type { RecordOutcome } from './records';

/**
 * Markdown notes: YAML front matter (title, date, source, url) as metadata, the Markdown reduced
 * to plain paragraphs (a CommonMark parser, so emphasis, links and lists come out as their text).
 */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function markdownArticle(source: string): RecordOutcome {
  const notices: string[] = [];
  const front = FRONT_MATTER.exec(source);
  let fields: Record<string, unknown> = {};
  if (front) {
    try {
      const parsed: unknown = parseYaml(front[1] ?? '');
      if (typeof parsed === 'object' && parsed !== null) fields = parsed as Record<string, unknown>;
    } catch (error) {
      notices.push(`its front matter is not valid YAML (${firstLine(error)}); it was ignored`);
    }
  }
  const tree = fromMarkdown(front ? source.slice(front[0].length) : source);
  const blocks = blockParagraphs(tree);
  const heading = tree.children.find((node) => node.type === 'heading');
  const own = scalar(fields.title);
  const title = titleFor(own ? toString(fromMarkdown(own)) : heading && toString(heading), blocks);
  const paragraphs = blocks[0] === title ? blocks.slice(1) : blocks;
  if (paragraphs.length === 0) return { ok: false, reason: 'it has a title but no paragraphs' };
  return {
    ok: true,
    text: articleText(title, paragraphs),
    meta: {
      title,
      date: scalar(fields.date) ?? scalar(fields.published),
      source: scalar(fields.source) ?? scalar(fields.publisher),
      url: scalar(fields.url) ?? scalar(fields.link),
    },
    notices,
  };
}

/** Each paragraph, heading, list item, quote and table row becomes one paragraph of text. */
function blockParagraphs(tree: Root): string[] {
  const out: string[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'root':
      case 'list':
      case 'listItem':
      case 'blockquote':
      case 'table':
        for (const child of node.children) visit(child);
        return;
      case 'html':
        out.push(...htmlToParagraphs(node.value));
        return;
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default: {
        const text = oneLine(toString(node));
        if (text) out.push(text);
      }
    }
  };
  visit(tree);
  return out;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
