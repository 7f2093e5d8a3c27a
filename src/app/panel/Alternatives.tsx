import type { Place } from '../logic/filters';
import { isDoubtful } from '../logic/doubt';
import { alternativeLabel, placeLabel } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import type { PlaceRef } from '../../shared/schema';

/** Below this the geoparser was unsure enough that readers should see its other readings. */
export const LOW_CONFIDENCE = 0.75;

/**
 * "Also could be: Georgia (state or province, United States)" for an uncertain place, each reading
 * a button that shows it on the map (a dashed ring) beside the place chosen. Correcting the
 * reading is the review feature's job; this only lets the reader see where the other one is.
 */
export function Alternatives({ place }: { place: Place }) {
  const shownId = useAppStore((s) => (s.alternative?.of === place.id ? s.alternative.id : null));
  if (place.confidence >= LOW_CONFIDENCE || place.alternatives.length === 0) return null;
  // Several namesakes can read the same ("Washington, United States" twice); say each once.
  // A namesake in the same country reads like the place itself; "another" tells them apart.
  const own = placeLabel(place);
  const seen = new Set<string>();
  const readings: { alt: PlaceRef; label: string }[] = [];
  for (const alt of place.alternatives) {
    const base = alternativeLabel(alt);
    const label = base === own ? `another ${base}` : base;
    if (seen.has(label)) continue;
    seen.add(label);
    readings.push({ alt, label });
  }
  return (
    <div className="dl-place__alternatives">
      <p>
        <strong>{isDoubtful(place) ? 'Doubtful. ' : ''}Also could be:</strong>
        <span className="dl-place__confidence">
          {' '}
          (the geoparser is {Math.round(place.confidence * 100)}% sure of {place.name})
        </span>
      </p>
      <ul>
        {readings.map(({ alt, label }) => (
          <li key={alt.id}>
            <button
              type="button"
              className="dl-link-button"
              aria-label={`${label}: show on the map`}
              aria-pressed={shownId === alt.id}
              onClick={() => {
                appStore.getState().showAlternative(shownId === alt.id ? null : alt);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
