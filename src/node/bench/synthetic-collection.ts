// Collections of any size for the app's benchmark and the scale e2e journeys, made at run time
// from the seed articles and synthetic text (or from a JSONL corpus given by path): never
// committed, never copied into the repo.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoFromDay } from '../../shared/hash';

/** Every synthetic article mentions this place in its first paragraph: the place with N passages. */
export const BUSY_PLACE = 'Sochi';
/** A surname that appears only in article bodies, in every SURNAME_EVERY-th article. */
export const BODY_SURNAME = 'Zubrowski';
export const SURNAME_EVERY = 97;

const CITIES = ['Bucharest', 'Warsaw', 'Nairobi', 'Oslo', 'Ankara', 'Cairo', 'Hanoi', 'Lima'];
const SOURCES = ['Wire Service', 'Daily Ledger', 'Evening Post', 'Radio North', 'The Courier'];
const FIRST_DAY = 13880; // 2008-01-01

export interface Written {
  file: string;
  text: string;
}

/** Paragraphs of text to reuse: the seed articles' bodies, or the texts of a JSONL corpus. */
export function sourceTexts(seedDir: string, corpus?: string): string[] {
  if (corpus) {
    return readFileSync(corpus, 'utf8')
      .split('\n')
      .flatMap((line) => {
        if (!line.trim()) return [];
        const { text } = JSON.parse(line) as { text?: unknown };
        return typeof text === 'string' && text.trim() ? [text] : [];
      });
  }
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) =>
      readFileSync(join(seedDir, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(1)
        .join('\n\n'),
    );
}

/**
 * Article k of a synthetic collection: a dated header, a paragraph naming BUSY_PLACE and two
 * cities (and, now and then, BODY_SURNAME), then a reused text. Titles never hold the surname.
 */
export function syntheticArticle(k: number, texts: readonly string[]): Written {
  const a = CITIES[k % CITIES.length] ?? 'Oslo';
  const b = CITIES[(k * 3 + 1) % CITIES.length] ?? 'Lima';
  const day = FIRST_DAY + ((k * 37) % 730);
  const who = k % SURNAME_EVERY === 0 ? `minister ${BODY_SURNAME}` : 'the delegation';
  const reused = texts.length > 0 ? (texts[k % texts.length] ?? '') : '';
  const text = [
    `Dispatch ${k}: talks between ${a} and ${b}`,
    `Source: ${SOURCES[k % SOURCES.length] ?? 'Wire Service'}\nDate: ${isoFromDay(day)}`,
    `Officials gathered in ${BUSY_PLACE} on day ${k}, where ${who} spoke about trade with ${a}.`,
    `Delegates later travelled from ${a} to ${b}, reporters said.`,
    reused,
  ]
    .filter((p) => p.trim() !== '')
    .join('\n\n');
  return { file: `synthetic-${String(k).padStart(7, '0')}.txt`, text };
}

/** Writes N synthetic articles into `dir` (emptied first). */
export function writeCollection(dir: string, n: number, texts: readonly string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) {
    const { file, text } = syntheticArticle(k, texts);
    writeFileSync(join(dir, file), `${text}\n`);
  }
}
