import { LINK_LIMITS } from '../logic/app-state';
import { appStore, useAppStore } from '../state/store';

/** The links layer's setting: how many of the strongest lines to draw. */
export function LinkLimit() {
  const linkLimit = useAppStore((s) => s.linkLimit);
  return (
    <label className="dl-toggle">
      Strongest{' '}
      <select
        aria-label="How many of the strongest links to draw"
        value={linkLimit}
        onChange={(e) => {
          appStore.getState().setLinkLimit(Number(e.target.value));
        }}
      >
        {LINK_LIMITS.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
