import { feedArticles, looksLikeFeed } from '../../../core/ingest/feed';
import type { FormatReader } from './reader';

export const feedReader: FormatReader = {
  name: 'RSS or Atom feed',
  extensions: ['.rss', '.atom', '.xml'],
  claims: (text) => looksLikeFeed(text) || 'it is XML but not an RSS or Atom feed',
  multi: true,
  read: (text) => feedArticles(text),
};
