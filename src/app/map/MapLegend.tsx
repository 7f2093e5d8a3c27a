import { useState } from 'react';
import { DOUBTFUL_BELOW } from '../logic/doubt';
import { useAppStore } from '../state/store';
import { classLabel } from '../logic/shading';
import { useShown } from '../state/use-derived';
import { MAP_LAYERS } from './layers';
import { ColourClasses, Legend, type LegendEntry } from './Legend';
import { selectShading } from '../state/selectors';
import { dayRange } from '../logic/filters';
import { formatDays } from '../logic/timeline';

/** A marker-like symbol for the legend, styled by the same rules as the map's (styles.css). */
function Dot({ kind, text }: { kind: string; text: string }) {
  return <span className={`dl-legend__dot dl-legend__dot--${kind}`}>{text}</span>;
}

/** The marker symbols, one row each: the class styles.css gives them, a sample count, meaning. */
const MARKER_ROWS: { kind: string; text: string; label: string }[] = [
  { kind: 'country', text: '7', label: 'Country: the number counts mentions' },
  { kind: 'city', text: '3', label: 'Town, city or state: the number counts mentions' },
  { kind: 'region', text: '2', label: 'Sea, region or continent: mentions' },
  {
    kind: 'cluster',
    text: '12',
    label: 'Group of nearby places: the number counts places; select to zoom in',
  },
  {
    kind: 'doubtful',
    text: '1',
    label: `Dashed ring: doubtful, under ${Math.round(DOUBTFUL_BELOW * 100)}% sure which place is meant`,
  },
];

/**
 * What every symbol on the map means and what each number counts: markers count mentions,
 * clusters count places. Open on a wide screen, folded on a phone where the map is small.
 */
export function MapLegend() {
  const { shown } = useShown();
  const layers = useAppStore((s) => s.layers);
  const [open] = useState(() => window.matchMedia('(min-width: 48rem)').matches);
  const classes = selectShading(shown);
  const filters = useAppStore((s) => s.filters);
  const range = dayRange(filters);
  const when =
    range.from !== null && range.to !== null
      ? `, ${formatDays({ from: range.from, to: range.to })}`
      : range.from !== null || range.to !== null
        ? ' in the chosen dates'
        : '';
  const entries: LegendEntry[] = [
    {
      key: 'shading',
      symbol: <ColourClasses classes={classes} />,
      label: `Shaded country: darker for more mentions${when}. ${classes.map(classLabel).join(', ')}`,
    },
    ...MARKER_ROWS.map(({ kind, text, label }) => ({
      key: kind,
      symbol: <Dot kind={kind} text={text} />,
      label,
    })),
    {
      key: 'border',
      symbol: <span className="dl-legend__line dl-legend__line--border" />,
      label: 'Dashed line: state or province border',
    },
  ];
  for (const row of MAP_LAYERS) if (layers[row.id] && row.legend) entries.push(row.legend);
  return <Legend title="Legend" entries={entries} open={open} className="dl-map-legend" />;
}
