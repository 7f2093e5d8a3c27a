import type { ArticleListFile } from '../../shared/schema';

export interface ListedArticle {
  id: string;
  title: string;
  source: string | null;
  day: number | null;
  url: string | null;
  placeCount: number;
}

/**
 * Collects the article list column by column, fed in list order (newest first). Only metadata
 * is held, never texts: at a million articles that is tens of megabytes.
 */
export class ArticleListBuilder {
  private readonly list: ArticleListFile = {
    ids: [],
    titles: [],
    sources: [],
    source: [],
    days: [],
    urls: [],
    placeCounts: [],
  };
  private readonly sourceIndex = new Map<string, number>();
  private dated = 0;

  /** Adds the next article and returns its position in the list. */
  add(article: ListedArticle): number {
    const { list } = this;
    list.ids.push(article.id);
    list.titles.push(article.title);
    list.source.push(article.source === null ? -1 : this.sourceOf(article.source));
    list.days.push(article.day);
    list.urls.push(article.url);
    list.placeCounts.push(article.placeCount);
    if (article.day !== null) this.dated += 1;
    return list.ids.length - 1;
  }

  get count(): number {
    return this.list.ids.length;
  }

  get datedCount(): number {
    return this.dated;
  }

  /** Metadata of the article at `position`, for passage pages. */
  at(position: number): { id: string; title: string; day: number | null; source: string | null } {
    const { list } = this;
    const source = list.source[position] ?? -1;
    return {
      id: list.ids[position] ?? '',
      title: list.titles[position] ?? '',
      day: list.days[position] ?? null,
      source: source < 0 ? null : (list.sources[source] ?? null),
    };
  }

  build(): ArticleListFile {
    return this.list;
  }

  /** Rebuilds a list from what `build` gave (a block kept by an earlier run). */
  static from(list: ArticleListFile): ArticleListBuilder {
    const builder = new ArticleListBuilder();
    builder.append(list);
    return builder;
  }

  /** Adds every article of another list after these, in its order (a later block of the list). */
  append(other: ArticleListFile): void {
    const { list } = this;
    // One loop, not push(...column): a spread of a long column overflows the call stack.
    for (let i = 0; i < other.ids.length; i++) {
      list.ids.push(other.ids[i] ?? '');
      list.titles.push(other.titles[i] ?? '');
      list.urls.push(other.urls[i] ?? null);
      list.placeCounts.push(other.placeCounts[i] ?? 0);
      const source = other.source[i] ?? -1;
      list.source.push(source < 0 ? -1 : this.sourceOf(other.sources[source] ?? ''));
      const day = other.days[i] ?? null;
      list.days.push(day);
      if (day !== null) this.dated += 1;
    }
  }

  private sourceOf(source: string): number {
    let index = this.sourceIndex.get(source);
    if (index === undefined) {
      index = this.list.sources.length;
      this.list.sources.push(source);
      this.sourceIndex.set(source, index);
    }
    return index;
  }
}
