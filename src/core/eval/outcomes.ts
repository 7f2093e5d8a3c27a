import { stratumOf, type Stratum } from '../geoparser/calibrate';
import { distanceKm } from '../../shared/place';
import { goldSpans, matchSpans } from './score';
import type { GeoMention, GoldArticle } from '../../shared/schema';

/** Within this distance a resolved place counts as right (A@161). */
export const RIGHT_WITHIN_KM = 161;

/** A matched mention with coordinates: its stratum, score, confidence and whether it was right. */
export interface MentionOutcome {
  stratum: Stratum;
  /** The resolver's own score, what calibration is fitted on. */
  score: number;
  confidence: number;
  right: boolean;
  errorKm: number;
  /**
   * Wrong by 161 km only through the gold's point convention: an area (country, division, region)
   * named exactly as the gold span and within CONVENTION_KM of the gold point. GeoVirus places
   * countries at Wikipedia's points (China 35, 103), the gazetteer at world-countries' (35, 105).
   */
  convention: boolean;
}

/** Farther than this, a same-named area is another place, not another point for the same one. */
export const CONVENTION_KM = 1500;

/**
 * The outcome of each predicted mention that matched a gold span with coordinates. `scores` runs
 * beside `mentions` (GeoDoc.scores).
 */
export function mentionOutcomes(
  gold: GoldArticle,
  mentions: GeoMention[],
  scores: number[],
): MentionOutcome[] {
  const indexed = mentions.map((m, i) => ({ ...m, i }));
  const out: MentionOutcome[] = [];
  for (const [g, p] of matchSpans(goldSpans(gold), indexed)) {
    if (!g.point) continue;
    const errorKm = distanceKm(g.point, p.place);
    const stratum = stratumOf(p.place.kind, p.form);
    const right = errorKm <= RIGHT_WITHIN_KM;
    const sameSpan = g.start === p.start && g.end === p.end;
    out.push({
      stratum,
      score: scores[p.i] ?? 0,
      confidence: p.confidence,
      right,
      errorKm,
      convention: !right && stratum !== 'point' && sameSpan && errorKm <= CONVENTION_KM,
    });
  }
  return out;
}
