import { describe, expect, it } from 'vitest';
import { buildBasemap } from './basemap';

describe('the basemap built from the data packages', { timeout: 60_000 }, () => {
  it('labels cities by their names as the gazetteer spells them, accents and all', () => {
    const names = buildBasemap().labels.cities.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['São Paulo', 'Bogotá', 'Moscow']));
    expect(names.filter((n) => n.includes('\x7f'))).toEqual([]);
  });
});
