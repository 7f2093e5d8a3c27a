import { describe, expect, it } from 'vitest';
import { alternativeLabel, placeAccessibleName, placeLabel } from './labels';

describe('placeLabel and placeAccessibleName', () => {
  it.each([
    [{ name: 'Sochi', kind: 'city', country: 'RU' }, 1, 'Sochi, Russia: 1 mention'],
    [{ name: 'Russia', kind: 'country', country: 'RU' }, 12, 'Russia: 12 mentions'],
    [{ name: 'Black Sea', kind: 'sea', country: null }, 2, 'Black Sea: 2 mentions'],
    [{ name: 'Georgia', kind: 'admin1', country: 'US' }, 1, 'Georgia, United States: 1 mention'],
  ] as const)('names %o with %d mentions', (place, count, expected) => {
    expect(placeAccessibleName(place, count)).toBe(expected);
  });

  it('falls back to the bare name when a place has no country', () => {
    expect(placeLabel({ name: 'Europe', kind: 'continent', country: null })).toBe('Europe');
  });

  it('describes an alternative reading of Georgia as a state', () => {
    expect(alternativeLabel({ name: 'Georgia', kind: 'admin1', country: 'US' })).toBe(
      'Georgia (state or province, United States)',
    );
  });
});
