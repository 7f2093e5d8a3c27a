import type { GeoMention } from '../../shared/mention';
import type { PlaceRef } from '../../shared/place';
import type { Gazetteer, GazPlace } from '../gazetteer/gazetteer';
import { findCandidates } from './candidates';
import { extendFeatureNames } from './features';
import { filterCandidates } from './filters';
import { resolveNames } from './resolve';
import { tokenize } from './tokens';

/** Runner-up readings kept per mention, for "also could be". */
const MAX_ALTERNATIVES = 3;
/** Confidence reported for a demonym: the adjective names its country outright. */
const DEMONYM_CONFIDENCE = 0.95;

function placeRef(p: GazPlace): PlaceRef {
  return { id: p.id, name: p.name, kind: p.kind, lat: p.lat, lon: p.lon, country: p.country };
}

/**
 * Finds and resolves every place mention in a text. Pure: no I/O.
 *
 * The recipe:
 * 1. tokenize: words, dotted abbreviations, punctuation, capitals and sentence starts;
 * 2. findCandidates: longest gazetteer names and demonyms at capitalised words;
 * 3. filterCandidates: drop people ("President Bush", "Condoleezza Rice" and later "Rice"),
 *    organisations ("Fox News"), buildings and institutions ("the White House", "the Kremlin"),
 *    and capitalised common words with nothing else saying they are places;
 * 3b. extendFeatureNames: "Salinas Valley" covers the valley, placed at Salinas;
 * 4. resolveNames: rank each name's readings by prior and document context, jointly;
 * 5. assemble GeoMentions sorted by start.
 *
 * Decisions: a city named for its government ("Moscow said", "Washington and Moscow") is tagged
 * as the city; buildings standing for a body (White House, Kremlin, Pentagon) are not tagged. A
 * demonym or adjective ("Russian", the "Russian" of "U.S.-Russian") is a mention with form
 * 'demonym' pointing at its country; nouns for people ("the Russians") are left alone.
 */
export function geoparse(text: string, gazetteer: Gazetteer): GeoMention[] {
  const tokens = tokenize(text);
  const candidates = extendFeatureNames(
    text,
    tokens,
    filterCandidates(text, tokens, findCandidates(text, tokens, gazetteer), gazetteer),
  );
  const resolutions = resolveNames(text, tokens, candidates, gazetteer);
  const mentions: GeoMention[] = [];
  for (const c of candidates) {
    if (c.form === 'demonym') {
      const country = c.matches[0]?.place;
      if (!country) continue;
      mentions.push({
        start: c.start,
        end: c.end,
        text: c.text,
        form: 'demonym',
        place: placeRef(country),
        confidence: DEMONYM_CONFIDENCE,
        alternatives: [],
      });
      continue;
    }
    const r = resolutions.get(c.key);
    const best = r?.ranked[0];
    if (!r || !best) continue;
    mentions.push({
      start: c.start,
      end: c.end,
      text: c.text,
      form: 'name',
      place: placeRef(best.place),
      confidence: Math.round(r.confidence * 1000) / 1000,
      alternatives: r.ranked.slice(1, 1 + MAX_ALTERNATIVES).map((a) => placeRef(a.place)),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export type { Gazetteer } from '../gazetteer/gazetteer';
