import type { PassageForm } from '../../core/publish/index';
import { RawJson } from './json-bytes';

/**
 * Passages as the pages hold them while they fill: the head (all but the mentions) as JSON text
 * made once per passage, shared by the pages of every place it mentions, then this place's
 * mentions. A passage's text is most of a page's bytes, and at 20,000 news articles a passage
 * is on 2.7 places' pages on average: JSON.stringify of whole pages escaped each text that
 * often. JsonBytes writes the pieces as they are; the bytes equal those of JSON.stringify of
 * the plain passages (passage-json.test.ts). The head stays text: a small Buffer each (pool
 * slices) cost more than encoding it to UTF-8 again for each place.
 */
export const encodedPassages: PassageForm<RawJson, string> = {
  // The head's JSON without its closing brace, then the key the mentions go under.
  head: (head) => `${JSON.stringify(head).slice(0, -1)},"mentions":`,
  passage: (head, mentions) => {
    // As JSON.stringify writes them: offsets are integers.
    let json = '[';
    for (const [i, { start, end }] of mentions.entries()) {
      json += `${i === 0 ? '' : ','}{"start":${start},"end":${end}}`;
    }
    return new RawJson([head, `${json}]}`]);
  },
};

/** Levels of a passage page file that JsonBytes walks: the file, a page, its passages. */
export const PAGE_LEVELS = 3;
