import type { MentionForm } from './mention';
import type { PlaceRef } from './place';

/** Bump when the shape below changes; the app refuses any other version. */
export const DATA_FORMAT_VERSION = 1;
export const DATA_FORMAT_NAME = 'dateline-data';

/** A paragraph of an article, as character offsets into `Article.text`. */
export interface Passage {
  /** Index within the article's passages; stable for a given article text. */
  index: number;
  start: number;
  end: number;
  /** True for the article's title line. */
  title: boolean;
}

export interface Article {
  /** Stable id: the seed file name without its extension. */
  id: string;
  file: string;
  title: string;
  /** Publisher, when the article says so. */
  source: string | null;
  /** ISO date (YYYY-MM-DD), when known. */
  date: string | null;
  /** Link to the original (http or https), when the source gives one. */
  url?: string | null;
  /** The original text, exactly as read; all offsets point into it. */
  text: string;
  passages: Passage[];
}

export interface Mention {
  articleId: string;
  passageIndex: number;
  /** Offsets into the article's `text`. */
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  placeId: string;
  confidence: number;
}

export interface Place extends PlaceRef {
  mentionCount: number;
  /** Other readings the geoparser weighed for at least one mention, best first. */
  alternatives: PlaceRef[];
  /** Lowest confidence over this place's mentions. */
  confidence: number;
}

export interface Attribution {
  name: string;
  version: string;
  licence: string;
  url: string;
}

export interface DatelineData {
  format: typeof DATA_FORMAT_NAME;
  version: typeof DATA_FORMAT_VERSION;
  articles: Article[];
  places: Place[];
  mentions: Mention[];
  attribution: Attribution[];
}
