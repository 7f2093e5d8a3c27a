/**
 * Publishing as a recipe: from the store's articles, mentions and places to the files of the
 * version 2 layout (src/shared/schema.ts). Every stage is pure; src/node/store/publish.ts reads
 * the store in list order, feeds the stages, and writes what they return.
 *   00 corrections     the reader's corrections over the geoparser's mentions, before any count
 *   01 shard counts    how many files of each kind (powers of two, stable as N grows)
 *   02 article list    columnar metadata, newest first; positions number the articles
 *   03 place tally     per place counts, days, names, passage refs and ranks; shared passages
 *   04 links           strongest co-occurrence pairs with their days; "Mentioned with" per place
 *   05 search terms    the terms of an article; the inverted index in shards by prefix
 *   06 passage pages   50 passages a page, built as texts stream by, small places in buckets
 *   07 article shards  whole articles by fnv1a32(id), mentions carrying their ranks
 *   08 index           place rows and dateline.json
 *   09 copies          what other outlets' copies of a story add to counts; "also published by"
 *   10 review          the least sure mentions (a bounded list) in review order, in pages
 */
export * from './01-shard-counts';
export * from './02-article-list';
export * from './03-place-tally';
export * from './04-links';
export * from './05-search-terms';
export * from './06-passage-pages';
export * from './07-article-shards';
export * from './08-index';
export * from './00-corrections';
export * from './09-copies';
export * from './10-review';
