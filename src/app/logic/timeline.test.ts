import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/hash';
import { timelineData, windowSummary } from './timeline';

const day = (iso: string) => dayFromIso(iso) ?? NaN;
const sochi = [day('2008-03-02'), 4];
// The index's total over every place (DataIndexFile.days): Sochi's and another place's.
const total = [day('2008-03-01'), 300, ...sochi, day('2008-03-07'), 12, day('2008-03-20'), 5];

describe('the timeline', () => {
  it('bins by day over a short span, or by Monday weeks as chosen, with a place over the same bins', () => {
    const data = timelineData(total, sochi, null);
    expect(data?.bin).toBe('day');
    expect(data?.bars.counts.slice(0, 3)).toEqual([300, 4, 0]);
    expect(data?.place?.counts.slice(0, 3)).toEqual([0, 4, 0]);
    const weeks = timelineData(total, null, 'week');
    expect([weeks?.bin, weeks?.autoBin, weeks?.bars.counts]).toEqual([
      'week',
      'day',
      [304, 12, 0, 5],
    ]);
  });

  it('has nothing to draw when no mention is dated', () => {
    expect(timelineData([], null, null)).toBeNull();
  });

  it('sums up the window in words, with the selected place', () => {
    const data = timelineData(total, null, null);
    if (!data) throw new Error('no timeline');
    const week = { from: day('2008-03-01'), to: day('2008-03-07') };
    expect(windowSummary(data.total, week, null)).toMatch(/^316 mentions, 1\s*–\s*7 March 2008$/);
    expect(windowSummary(data.total, null, null)).toMatch(
      /^All dates: 321 mentions, 1\s*–\s*20 March 2008$/,
    );
    const place = {
      name: 'Sochi',
      days: timelineData(sochi, null, null)?.total ?? null,
    };
    expect(windowSummary(data.total, week, place)).toMatch(/; Sochi: 4 of them$/);
  });
});
