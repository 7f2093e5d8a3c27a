import type { PlaceRef } from './schema';

/** Places the corrections tests name, as a reader would pick them from the gazetteer. */
export const GEORGIA_COUNTRY: PlaceRef = {
  id: 'country:GE',
  name: 'Georgia',
  kind: 'country',
  lat: 42,
  lon: 43.5,
  country: 'GE',
};

export const GEORGIA_STATE: PlaceRef = {
  id: 'adm1:US.GA',
  name: 'Georgia',
  kind: 'admin1',
  lat: 32.75,
  lon: -83.5,
  country: 'US',
};

export const ARMENIA: PlaceRef = {
  id: 'country:AM',
  name: 'Armenia',
  kind: 'country',
  lat: 40,
  lon: 45,
  country: 'AM',
};
