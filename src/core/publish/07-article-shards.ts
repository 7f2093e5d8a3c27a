import {
  type Article,
  type ArticleCopy,
  type ArticleFull,
  type ArticleMention,
  type ArticleShardFile,
} from '../../shared/schema';

/** An article as stored, with its URL (from the reader's metadata, when it had one). */
export type StoredArticle = Article & { url: string | null; copies?: ArticleCopy[] };

/**
 * Stage 7: one article shard, about 64 whole articles with their passages and their mentions,
 * each mention carrying its rank in its place's passage list (stage 3). Keys are ids; the object
 * has no prototype so an id such as "__proto__" is an ordinary key.
 */
export function articleShard(
  articles: readonly { article: StoredArticle; mentions: ArticleMention[] }[],
): ArticleShardFile {
  const shard = Object.create(null) as ArticleShardFile;
  const sorted = [...articles].sort((x, y) =>
    x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0,
  );
  for (const { article, mentions } of sorted) {
    const full: ArticleFull = {
      id: article.id,
      file: article.file,
      title: article.title,
      source: article.source,
      date: article.date,
      url: article.url,
      text: article.text,
      passages: article.passages,
      mentions,
    };
    if (article.copies && article.copies.length > 0) full.copies = article.copies;
    shard[article.id] = full;
  }
  return shard;
}
