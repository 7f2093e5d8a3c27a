import type { Place } from '../../shared/data-file';
import { alternativeLabel, placeLabel } from '../logic/labels';

/** Below this the geoparser was unsure enough that readers should see its other readings. */
export const LOW_CONFIDENCE = 0.75;

/** "Also could be: Georgia (state or province, United States)" for an uncertain place. */
export function Alternatives({ place }: { place: Place }) {
  if (place.confidence >= LOW_CONFIDENCE || place.alternatives.length === 0) return null;
  // Several namesakes can read the same ("Washington, United States" twice); say each once.
  // A namesake in the same country reads like the place itself; "another" tells them apart.
  const own = placeLabel(place);
  const labels = [
    ...new Set(
      place.alternatives.map((alt) => {
        const label = alternativeLabel(alt);
        return label === own ? `another ${label}` : label;
      }),
    ),
  ];
  return (
    <p className="dl-place__alternatives">
      <strong>Also could be:</strong> {labels.join('; ')}
      <span className="dl-place__confidence">
        {' '}
        (the geoparser is {Math.round(place.confidence * 100)}% sure of {place.name})
      </span>
    </p>
  );
}
