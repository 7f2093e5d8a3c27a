/** A gold place span with coordinates (GeoNames conventions). */
export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
}

/** A gold place span without coordinates; counted for recognition only. */
export interface GoldUnresolved {
  start: number;
  end: number;
  name: string;
  type?: string;
}

/** One annotated article of a gold corpus (one JSONL line). */
export interface GoldArticle {
  id: string;
  text: string;
  toponyms: GoldToponym[];
  unresolved?: GoldUnresolved[];
  /**
   * When present, only predictions overlapping these spans are scored: the article was reviewed
   * there and nowhere else (a corrections corpus).
   */
  scored?: { start: number; end: number }[];
}

/** What the scorer needs of a prediction. */
export interface PredictedSpan {
  start: number;
  end: number;
  lat: number;
  lon: number;
}

export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched gold spans with coordinates. */
  resolved: number;
  /** Share of resolution errors <= 161 km. */
  accuracy161: number;
  medianKm: number;
  /** Area under the sorted curve of ln(1 + km) / ln(20039): 0 best, 1 worst. */
  auc: number;
}
