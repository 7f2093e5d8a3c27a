import type { ReactNode } from 'react';
import { classLabel, type ShadeClass } from '../logic/shading';

/** One row of a legend: a symbol drawn as on the map, and what it means in words. */
export interface LegendEntry {
  key: string;
  symbol: ReactNode;
  label: ReactNode;
}

/**
 * A collapsible key to a view's symbols. Generic on purpose: the map uses it for its markers and
 * shading, and any view can add its own rows (ColourClasses for a shading scale). Symbols are decorative (hidden
 * from screen readers); each label says in words what its symbol and number mean.
 */
export function Legend({
  title,
  entries,
  open = true,
  className = '',
}: {
  title: string;
  entries: readonly LegendEntry[];
  open?: boolean;
  className?: string;
}) {
  return (
    <details className={`dl-legend ${className}`.trim()} open={open}>
      <summary>{title}</summary>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="dl-legend__symbol" aria-hidden="true">
              {entry.symbol}
            </span>
            <span className="dl-legend__label">{entry.label}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Class swatches with their ranges ("1", "2–3", "4–10"), for a legend row's symbol: the map's
 * shading has steps, not a smooth ramp, so the legend shows the steps.
 */
export function ColourClasses({ classes }: { classes: readonly ShadeClass[] }) {
  return (
    <span className="dl-legend__classes">
      {classes.map((c) => (
        <span key={c.low} className="dl-legend__class">
          <span className="dl-legend__swatch" style={{ background: c.colour }} />
          <span>{classLabel(c)}</span>
        </span>
      ))}
    </span>
  );
}
