import { describe, expect, it } from 'vitest';
import { alternativeLabel, placeAccessibleName, placeLabel } from './labels';

describe('placeLabel and placeAccessibleName', () => {
  it.each([
    [{ name: 'Sochi', kind: 'city', country: 'RU' }, 1, 'Sochi, Russia: 1 mention'],
    [{ name: 'Russia', kind: 'country', country: 'RU' }, 12, 'Russia: 12 mentions'],
    [{ name: 'Black Sea', kind: 'sea', country: null }, 2, 'Black Sea: 2 mentions'],
    [{ name: 'Sochi', kind: 'city', country: 'RU' }, 45830, 'Sochi, Russia: 45,830 mentions'],
    [{ name: 'Georgia', kind: 'admin1', country: 'US' }, 1, 'Georgia, United States: 1 mention'],
    // Namesakes: a town carries its state or province.
    [
      { name: 'Springfield', kind: 'city', country: 'US', admin1: 'Illinois' },
      3,
      'Springfield, Illinois, United States: 3 mentions',
    ],
    [
      { name: 'Springfield', kind: 'city', country: 'US', admin1: 'Missouri' },
      1,
      'Springfield, Missouri, United States: 1 mention',
    ],
    [
      { name: 'Cook County', kind: 'admin2', country: 'US', admin1: 'Illinois' },
      1,
      'Cook County, Illinois, United States: 1 mention',
    ],
    // Not where it repeats the name or says nothing: a city that is its own division, a
    // division itself, a country, a town without one or from older data.
    [
      { name: 'Moscow', kind: 'city', country: 'RU', admin1: 'Moscow' },
      2,
      'Moscow, Russia: 2 mentions',
    ],
    [
      { name: 'Illinois', kind: 'admin1', country: 'US', admin1: 'Illinois' },
      1,
      'Illinois, United States: 1 mention',
    ],
    [{ name: 'Russia', kind: 'country', country: 'RU', admin1: null }, 1, 'Russia: 1 mention'],
    [{ name: 'Sochi', kind: 'city', country: 'RU', admin1: null }, 1, 'Sochi, Russia: 1 mention'],
  ] as const)('names %o with %d mentions', (place, count, expected) => {
    expect(placeAccessibleName(place, count)).toBe(expected);
  });

  it('falls back to the bare name when a place has no country', () => {
    expect(placeLabel({ name: 'Europe', kind: 'continent', country: null })).toBe('Europe');
  });

  it('describes a town read as another namesake by its state', () => {
    expect(alternativeLabel({ name: 'Lima', kind: 'city', country: 'US', admin1: 'Ohio' })).toBe(
      'Lima, Ohio, United States',
    );
  });

  it('describes an alternative reading of Georgia as a state', () => {
    expect(alternativeLabel({ name: 'Georgia', kind: 'admin1', country: 'US' })).toBe(
      'Georgia (state or province, United States)',
    );
  });
});
