import type { Article, Mention, Passage } from '../../shared/data-file';
import type { DataIndex } from '../data/data-index';

export interface PassageMentions {
  passage: Passage;
  /** This place's mentions within the passage. */
  mentions: Mention[];
}

export interface ArticlePassages {
  article: Article;
  passages: PassageMentions[];
}

/** Every passage that mentions a place, grouped by article in data order. */
export function passagesForPlace(index: DataIndex, placeId: string): ArticlePassages[] {
  const groups: ArticlePassages[] = [];
  for (const m of index.mentionsByPlace.get(placeId) ?? []) {
    const article = index.articleById.get(m.articleId);
    const passage = article?.passages.find((p) => p.index === m.passageIndex);
    if (!article || !passage) continue;
    let group = groups.find((g) => g.article.id === article.id);
    if (!group) {
      group = { article, passages: [] };
      groups.push(group);
    }
    let entry = group.passages.find((p) => p.passage.index === passage.index);
    if (!entry) {
      entry = { passage, mentions: [] };
      group.passages.push(entry);
    }
    entry.mentions.push(m);
  }
  return groups;
}

/** Distinct places an article mentions. */
export function placeIdsInArticle(index: DataIndex, articleId: string): Set<string> {
  return new Set((index.mentionsByArticle.get(articleId) ?? []).map((m) => m.placeId));
}
