/** The fields of a mention that co-occurrence needs; `articleId` may be left out within one article. */
export interface MentionKey {
  articleId?: string;
  passageIndex: number;
  placeId: string;
}

/** Two places mentioned in the same passage `weight` times (a passage counts once per pair). */
export interface Link {
  a: string;
  b: string;
  weight: number;
}

/** Links between places that share passages, strongest first; `a` < `b` so each pair is listed once. */
export function cooccurrences(mentions: readonly MentionKey[]): Link[] {
  const placesByPassage = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.articleId ?? ''}\u0000${m.passageIndex}`;
    const set = placesByPassage.get(key) ?? new Set<string>();
    set.add(m.placeId);
    placesByPassage.set(key, set);
  }
  const weights = new Map<string, Link>();
  for (const set of placesByPassage.values()) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const key = `${a}\u0000${b}`;
        const link = weights.get(key) ?? { a, b, weight: 0 };
        link.weight += 1;
        weights.set(key, link);
      }
    }
  }
  return [...weights.values()].sort(
    (x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}

/** The places linked to one place, strongest first. */
export function mentionedWith(
  links: readonly Link[],
  placeId: string,
): { placeId: string; weight: number }[] {
  const out: { placeId: string; weight: number }[] = [];
  for (const link of links) {
    if (link.a === placeId) out.push({ placeId: link.b, weight: link.weight });
    else if (link.b === placeId) out.push({ placeId: link.a, weight: link.weight });
  }
  return out.sort((x, y) => y.weight - x.weight);
}
