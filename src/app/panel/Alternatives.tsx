import type { Place } from '../../shared/data-file';
import { alternativeLabel } from '../logic/labels';

/** Below this the geoparser was unsure enough that readers should see its other readings. */
export const LOW_CONFIDENCE = 0.75;

/** "Also could be: Georgia (state or province, United States)" for an uncertain place. */
export function Alternatives({ place }: { place: Place }) {
  if (place.confidence >= LOW_CONFIDENCE || place.alternatives.length === 0) return null;
  return (
    <p className="dl-place__alternatives">
      <strong>Also could be:</strong>{' '}
      {place.alternatives.map((alt) => alternativeLabel(alt)).join('; ')}
      <span className="dl-place__confidence">
        {' '}
        (the geoparser is {Math.round(place.confidence * 100)}% sure of {place.name})
      </span>
    </p>
  );
}
