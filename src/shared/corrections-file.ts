/**
 * Writing the corrections file (src/shared/schema.ts, CorrectionsFileSchema) so that it diffs
 * well: one correction a line, keys in one fixed order, corrections sorted. Shared by the local
 * API that saves corrections and the app that offers them as a download on a static deploy.
 */
import {
  CORRECTIONS_FORMAT_NAME,
  CORRECTIONS_FORMAT_VERSION,
  type Correction,
  type CorrectionsFile,
  type PlaceRef,
} from './schema';

/** The same place with its keys in a fixed order (and no absent admin1). */
function orderedPlace(place: PlaceRef): PlaceRef {
  const { id, name, kind, lat, lon, country, admin1 } = place;
  return admin1 === undefined
    ? { id, name, kind, lat, lon, country }
    : { id, name, kind, lat, lon, country, admin1 };
}

/** The same correction with its keys in a fixed order, so a re-save changes no line needlessly. */
export function orderedCorrection(c: Correction): Correction {
  const anchor = {
    article: c.article,
    mention: c.mention,
    before: c.before,
    after: c.after,
    scope: c.scope,
  };
  const note = c.note === undefined ? {} : { note: c.note };
  if (c.verdict === 'not-a-place') return { ...anchor, verdict: c.verdict, ...note };
  return { ...anchor, verdict: c.verdict, place: orderedPlace(c.place), ...note };
}

/**
 * What a correction is about: two corrections with the same key say different things about the
 * same mentions, so saving one replaces the other. A collection-wide one is about a name anywhere;
 * an article-wide one about a name in one article; one mention about its own anchor.
 */
export function correctionKey(c: Correction): string {
  const parts: string[] = [c.scope, c.mention];
  if (c.scope !== 'collection') parts.push(c.article);
  if (c.scope === 'mention') parts.push(c.before, c.after);
  return JSON.stringify(parts);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted by article, name, scope and context: the order the file keeps. */
export function sortCorrections(list: readonly Correction[]): Correction[] {
  return [...list].sort(
    (a, b) =>
      compare(a.article, b.article) ||
      compare(a.mention, b.mention) ||
      compare(a.scope, b.scope) ||
      compare(a.before, b.before) ||
      compare(a.after, b.after),
  );
}

/** The list with `c` saved: it replaces any correction about the same mentions. */
export function withCorrection(list: readonly Correction[], c: Correction): Correction[] {
  const key = correctionKey(c);
  return sortCorrections([...list.filter((old) => correctionKey(old) !== key), c]);
}

/** The file's text: pretty at the top, one correction a line, a newline at the end. */
export function serialiseCorrections(list: readonly Correction[]): string {
  const file: CorrectionsFile = {
    format: CORRECTIONS_FORMAT_NAME,
    version: CORRECTIONS_FORMAT_VERSION,
    corrections: [],
  };
  const head = JSON.stringify(file, null, 2).replace(/\[\]\n\}$/, '');
  const lines = sortCorrections(list).map((c) => `    ${JSON.stringify(orderedCorrection(c))}`);
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `${head}${body}\n}\n`;
}
