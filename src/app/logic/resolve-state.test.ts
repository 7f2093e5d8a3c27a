import { describe, expect, it } from 'vitest';
import { decodeUrlState } from './url-state';
import { resolveState, type Known } from './resolve-state';

// Nothing is known: every id in the address is unknown.
const nothing: Known = { placeById: new Map(), article: () => null };

describe('resolveState notices', () => {
  it('names an unknown place without the bidi controls the address carried', () => {
    const decoded = decodeUrlState('?place=gn:%E2%80%AE1234&article=%E2%81%A6x%E2%81%A9');
    const { problems } = resolveState(decoded.state, nothing);
    expect(problems).toEqual([
      'No place with the id "gn:1234" is in the data.',
      'No article with the id "x" is in the data.',
    ]);
  });
});
