import { useMemo } from 'react';
import { isoFromDay } from '../../shared/hash';
import { useData } from '../data/data-context';
import { daySpan } from '../logic/filters';
import { appStore, useAppStore } from '../state/store';

/** From/to dates, shown only when some article carries a date. */
export function DateFilter() {
  const { index } = useData();
  const filters = useAppStore((s) => s.filters);
  const span = useMemo(() => daySpan(index.data.days), [index]);
  if (index.data.datedArticleCount === 0) return null;
  const set = (key: 'from' | 'to', value: string) => {
    appStore.getState().setFilters({ ...filters, [key]: value === '' ? null : value });
  };
  return (
    <fieldset className="dl-dates">
      <legend>Article dates</legend>
      {(['from', 'to'] as const).map((key) => (
        <label key={key}>
          {key === 'from' ? 'From' : 'To'}{' '}
          <input
            type="date"
            value={filters[key] ?? ''}
            min={span?.from != null ? isoFromDay(span.from) : undefined}
            max={span?.to != null ? isoFromDay(span.to) : undefined}
            onChange={(e) => {
              set(key, e.target.value);
            }}
          />
        </label>
      ))}
      {(filters.from ?? filters.to) && (
        <button
          type="button"
          className="dl-link-button"
          onClick={() => {
            appStore.getState().setFilters({ from: null, to: null });
          }}
        >
          All dates
        </button>
      )}
    </fieldset>
  );
}
