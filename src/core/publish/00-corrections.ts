import { fold, MIN_TERM_LENGTH } from '../../shared/hash';
import { MAX_ALTERNATIVES, type Correction, type PlaceRef } from '../../shared/schema';
import { correctionTargets, SCOPE_ORDER } from '../eval/corrections';
import type { TallyMention } from './03-place-tally';

/** A mention on its way to publishing: what the tally counts, and why it reads as it does. */
export interface PublishMention extends TallyMention {
  reasons?: string[];
}

/** Words a reader sees under "Why here?" for a mention a reviewer decided. */
export const REVIEWED_REASONS: Record<Exclude<Correction['verdict'], 'not-a-place'>, string> = {
  place: 'corrected by a reviewer',
  accept: 'confirmed by a reviewer',
  missed: 'added by a reviewer',
};

/**
 * The corrections that may touch one article: those naming it, those naming the canonical article
 * of the story it copies, and collection-wide ones whose name it could contain. `names` are the
 * texts of its mentions; `terms` its folded search terms (capitalised words), which tell whether
 * a missed name can be in it without reading its text.
 */
export class CorrectionsIndex {
  private readonly byArticle = new Map<string, Correction[]>();
  private readonly wide: Correction[] = [];
  /** Places the corrections name, for publishing places the store does not know. */
  readonly places = new Map<string, PlaceRef>();

  constructor(readonly all: readonly Correction[]) {
    for (const c of all) {
      if (c.verdict !== 'not-a-place') this.places.set(c.place.id, c.place);
      if (c.scope === 'collection') {
        this.wide.push(c);
        continue;
      }
      const list = this.byArticle.get(c.article);
      if (list) list.push(c);
      else this.byArticle.set(c.article, [c]);
    }
  }

  get articleIds(): string[] {
    return [...this.byArticle.keys()];
  }

  forArticle(
    id: string,
    names: ReadonlySet<string>,
    terms: ReadonlySet<string>,
    canonical: string | null = null,
  ): Correction[] {
    const own = this.byArticle.get(id) ?? [];
    // A copy carries its story's text, so the mentions and context its corrections anchor to;
    // the copy's own come after them and so win where both reach one mention.
    const story = canonical === null ? [] : (this.byArticle.get(canonical) ?? []);
    const wide = this.wide.filter((c) =>
      c.verdict === 'missed' ? mayContain(terms, c.mention) : names.has(c.mention),
    );
    return wide.length + story.length === 0 ? own : [...wide, ...story, ...own];
  }
}

/** False only when a word of the name is surely not among the article's search terms. */
function mayContain(terms: ReadonlySet<string>, name: string): boolean {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
  return words.every((w) => {
    const term = fold(w);
    return term.length < MIN_TERM_LENGTH || !/^\p{Lu}/u.test(w) || terms.has(term);
  });
}

export interface CorrectedArticle {
  mentions: PublishMention[];
  /** Corrections that reached at least one mention of this article. */
  applied: Correction[];
}

/**
 * Stage 0: a reader's corrections over the geoparser's mentions of one article, before anything
 * counts them. Wider scopes go first, so a correction of one mention outranks one for its whole
 * article or the collection. A corrected or confirmed mention is certain (confidence 1) and says
 * so in its reasons; "not a place" removes the mention; a missed place is added where no mention
 * already covers the text. Mentions stay in text order.
 */
export function applyCorrections(
  article: { text: string; passages: readonly { index: number; start: number; end: number }[] },
  mentions: readonly PublishMention[],
  corrections: readonly Correction[],
): CorrectedArticle {
  let out = [...mentions];
  const applied: Correction[] = [];
  const ordered = [...corrections].sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]);
  for (const c of ordered) {
    const starts = correctionTargets(article.text, c);
    if (starts.length > 0) applied.push(c);
    for (const start of starts) {
      const end = start + c.mention.length;
      const at = out.findIndex((m) => m.start === start && m.end === end);
      const existing = out[at];
      if (c.verdict === 'not-a-place') {
        if (existing) out.splice(at, 1);
        continue;
      }
      if (existing) {
        out[at] = reviewed(existing, c.place.id, c.verdict);
        continue;
      }
      // A wide correction of a reading changes the readings there are, not what counts as one.
      const adds = c.verdict === 'missed' || c.scope === 'mention';
      if (!adds || out.some((m) => m.start < end && start < m.end)) continue;
      const passage = article.passages.find((p) => p.start <= start && end <= p.end);
      if (!passage) continue;
      out.push({
        passageIndex: passage.index,
        start,
        end,
        text: c.mention,
        form: 'name',
        placeId: c.place.id,
        confidence: 1,
        alternatives: [],
        reasons: [REVIEWED_REASONS[c.verdict]],
      });
    }
  }
  out = out.sort((a, b) => a.start - b.start);
  return { mentions: out, applied };
}

function reviewed(
  m: PublishMention,
  placeId: string,
  verdict: Exclude<Correction['verdict'], 'not-a-place'>,
): PublishMention {
  // The geoparser's reading stays among the alternatives, so it can be picked again.
  const alternatives = [m.placeId, ...m.alternatives]
    .filter((id, i, all) => id !== placeId && all.indexOf(id) === i)
    .slice(0, MAX_ALTERNATIVES);
  return { ...m, placeId, confidence: 1, alternatives, reasons: [REVIEWED_REASONS[verdict]] };
}
