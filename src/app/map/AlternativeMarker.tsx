import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { alternativeLabel } from '../logic/labels';
import { useAppStore } from '../state/store';
import { alternativeIcon } from './marker-icon';

/**
 * Another reading of the selected place ("Also could be" in its panel), drawn as a dashed ring
 * while that place stays selected. Not focusable: the panel's button that showed it is the control.
 */
export function AlternativeMarker() {
  const alternative = useAppStore((s) => (s.alternative?.of === s.placeId ? s.alternative : null));
  const name = alternative ? `Other reading: ${alternativeLabel(alternative)}` : '';
  const icon = useMemo(() => alternativeIcon(name), [name]);
  if (!alternative) return null;
  return (
    <Marker
      position={[alternative.lat, alternative.lon]}
      icon={icon}
      interactive={false}
      keyboard={false}
      zIndexOffset={900}
    />
  );
}
