import { describe, expect, it } from 'vitest';
import { checkDataFile } from './validate';

const good = {
  format: 'dateline-data',
  version: 1,
  articles: [],
  places: [],
  mentions: [],
  attribution: [],
};

describe('checkDataFile', () => {
  it('accepts a version 1 Dateline data file', () => {
    expect(checkDataFile(good)).toMatchObject({ ok: true });
  });

  it.each([
    [
      'refuses version 2 and says which version it reads',
      { ...good, version: 2 },
      'This data file is version 2; this app reads version 1. Run npm run preprocess',
    ],
    ['refuses another format', { ...good, format: 'geojson' }, 'not a Dateline data file'],
    ['refuses something that is not an object', 'hello', 'not a Dateline data file'],
    ['refuses a file without places', { ...good, places: null }, 'no list of places'],
  ])('%s', (_name, input, message) => {
    const result = checkDataFile(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
