import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LinkRowSchema, PlaceRowSchema, type DataIndexFile } from '../../shared/schema';
import { tinyFiles } from './tiny-data.testing';
import { checkIndex, parseArticleList, parseArticleShard, parsePassagePage } from './validate';

const good = tinyFiles().get('dateline.json') as DataIndexFile;

/** The validators may refuse, with a one-line message, but must never throw anything else. */
function refusesPolitely(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toMatch(/damaged \(/);
  }
}

// Any field of any row replaced by any JSON value: what a hand-edited or truncated file holds.
const damagedRow = fc.record({
  list: fc.constantFrom('places' as const, 'links' as const),
  row: fc.nat(),
  field: fc.oneof(
    fc.constantFrom('lat', 'lon', 'name', 'id', 'count', 'days', 'a', 'b'),
    fc.string(),
  ),
  value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
  wholeRow: fc.boolean(),
});

describe('the data-file validator under arbitrary input', () => {
  it('answers any JSON value with ok or a message, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = checkIndex(json);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message).not.toContain('\n');
        refusesPolitely(() => parseArticleList(json));
        refusesPolitely(() => parseArticleShard(json, []));
        refusesPolitely(() => parsePassagePage(json, []));
      }),
    );
  });

  it('keeps every valid row of a damaged index, drops only damaged rows, and counts them', () => {
    fc.assert(
      fc.property(fc.array(damagedRow, { maxLength: 4 }), (damages) => {
        const file = structuredClone(good) as unknown as Record<'places' | 'links', unknown[]>;
        for (const { list, row, field, value, wholeRow } of damages) {
          const rows = file[list];
          const i = row % Math.max(rows.length, 1);
          if (wholeRow) rows[i] = value;
          else if (rows[i] && typeof rows[i] === 'object') {
            rows[i] = { ...rows[i], [field]: value };
          }
        }
        const result = checkIndex(file);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Every row the app keeps has the shape the map needs (finite coordinates, a name).
        for (const place of result.value.places) expect(v.is(PlaceRowSchema, place)).toBe(true);
        for (const link of result.value.links) expect(v.is(LinkRowSchema, link)).toBe(true);
        const validPlaces = file.places.filter((p) => v.is(PlaceRowSchema, p)).length;
        expect(result.value.places).toHaveLength(validPlaces);
        const droppedPlaces = file.places.length - validPlaces;
        const line = result.dropped.find((d) => / malformed places? /.test(d));
        if (droppedPlaces === 0) expect(line).toBeUndefined();
        else expect(line).toMatch(new RegExp(`^${droppedPlaces} malformed place`));
      }),
    );
  });
});
