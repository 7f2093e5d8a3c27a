import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer, maxWords } from '../../core/gazetteer/gazetteer';
import { asciiBytes, lineStarts, Lines } from '../../core/gazetteer/lines';
import { toAscii } from '../../core/gazetteer/ascii';
import { nameKey } from '../../core/gazetteer/normalize';
import { GAZETTEER_FORMAT, type GazetteerIndex } from '../../shared/schema';
import { gazetteerFileBytes, readGazetteerFile } from './index-file';

/** A two-place index: enough to show each table coming back. */
function smallIndex(): GazetteerIndex {
  const places = asciiBytes(
    toAscii(
      'country:GE\tGeorgia\tcountry\t42\t43.5\tGE\t3700000\t\t\ngn:2950159\tBerlin\tcity\t52.52\t13.41\tDE\t3426354\tPPLC\tDE.16',
    ),
  );
  // Sorted by escaped key, as the builder writes them; one key is escaped.
  const nameLines = [
    `${nameKey('Berlin')}\t1:0`,
    `${nameKey('Georgia')}\t0:0`,
    `${nameKey('Берлин Митте')}\t1:2`,
  ];
  const names = new Lines(asciiBytes(nameLines.map(toAscii).sort().join('\n')));
  return {
    format: GAZETTEER_FORMAT,
    inputsKey: 'test',
    attribution: [
      { name: 'GeoNames', version: '1', licence: 'CC-BY-4.0', url: 'https://example.org' },
    ],
    places,
    placeStarts: lineStarts(places),
    firstTown: 1,
    names: names.bytes,
    nameStarts: names.starts,
    maxNameWords: maxWords(names),
    demonyms: asciiBytes('georgian\t0'),
    borders: asciiBytes('GE\tRU,AM'),
    commonWords: asciiBytes('bath\nmarch'),
    givenNames: asciiBytes('michael'),
  };
}

/** The index with each table as plain values, as a Buffer and a Uint8Array of the same bytes differ to toEqual. */
function plain(index: GazetteerIndex | undefined): Record<string, unknown> | undefined {
  if (!index) return undefined;
  return Object.fromEntries(
    Object.entries(index).map(([key, value]) => [
      key,
      value instanceof Uint8Array || value instanceof Uint32Array
        ? [value.constructor.name === 'Uint32Array' ? 'offsets' : 'bytes', Array.from(value)]
        : value,
    ]),
  );
}

function written(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dateline-gazetteer-')), 'gazetteer.json');
  writeFileSync(path, bytes);
  return path;
}

describe('the gazetteer index file', () => {
  it('reads back every table and the look-ups they answer', () => {
    const index = smallIndex();
    const read = readGazetteerFile(written(gazetteerFileBytes(index)));
    expect(plain(read)).toEqual(plain(index));
    if (!read) throw new Error('not read back');
    const gazetteer = new Gazetteer(read);
    expect(gazetteer.lookup('Berlin').map((m) => m.place.name)).toEqual(['Berlin']);
    expect([gazetteer.country('GE')?.name, gazetteer.byPlaceId('gn:2950159')?.name]).toEqual([
      'Georgia',
      'Berlin',
    ]);
    expect(gazetteer.byPlaceId('gn:1')).toBeUndefined();
    expect(gazetteer.lookup('Берлин Митте').map((m) => m.place.id)).toEqual(['gn:2950159']);
    expect(gazetteer.maxNameWords).toBe(2);
    expect(gazetteer.areNeighbours('GE', 'RU')).toBe(true);
    expect(['March', 'Bath', 'Berlin', 'Michael'].map((w) => gazetteer.isCommonWord(w))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(gazetteer.isGivenName('Michael')).toBe(true);
  });

  it.each([
    ['is missing', () => join(tmpdir(), 'no-such-dateline-gazetteer.json')],
    ['is cut short', () => written(gazetteerFileBytes(smallIndex()).subarray(0, -3))],
    ['has a header that is not JSON', () => written(Buffer.from('{"format":\n'))],
    [
      'is of another format',
      () => {
        const path = written(gazetteerFileBytes(smallIndex()));
        const text = readFileSync(path, 'latin1').replace(
          `"format":${GAZETTEER_FORMAT}`,
          `"format":${GAZETTEER_FORMAT - 1}`,
        );
        return written(Buffer.from(text, 'latin1'));
      },
    ],
    [
      'has line offsets of another table',
      () => written(gazetteerFileBytes({ ...smallIndex(), placeStarts: new Uint32Array([0, 5]) })),
    ],
  ])('is refused, to be rebuilt, when the file %s', (_, path) => {
    expect(readGazetteerFile(path())).toBeUndefined();
  });
});
