import type { LatLon } from '../../shared/place';

/**
 * What world-countries lacks for news text, by ISO alpha-2 code. Every entry is a name that news
 * in English uses for the country in general, not one an evaluation article needed.
 */

/** Short, former and informal names ("Britain", "Burma", "Ivory Coast", "Zaire"). */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'Great Britain', 'U.K.'],
  US: ['America', 'U.S.', 'U.S.A.', 'United States'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CD: ['Zaire', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'DR Congo'],
  CG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville', 'Congo'],
  CZ: ['Czech Republic'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  TL: ['East Timor'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TR: ['Turkey', 'Turkiye'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  PS: ['Palestine', 'Palestinian territories'],
  CN: ["People's Republic of China", 'Mainland China'],
  TW: ['Republic of China'],
  RU: ['Russian Federation'],
  LA: ['Laos'],
  SY: ['Syria'],
  VN: ['Viet Nam'],
  BA: ['Bosnia'],
  LK: ['Ceylon'],
};

/**
 * Demonyms and adjectives world-countries does not list (it has one per country). Shared ones go
 * to the country most often meant in news: "Korean" -> South Korea, "Congolese" -> DR Congo.
 */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['British', 'English', 'Scottish', 'Welsh'],
  US: ['American'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  KR: ['South Korean', 'Korean'],
  KP: ['North Korean'],
  CD: ['Congolese'],
  CZ: ['Czech'],
  AE: ['Emirati'],
  SA: ['Saudi'],
  BA: ['Bosnian'],
  PS: ['Palestinian'],
  TW: ['Taiwanese'],
  CN: ['Chinese'],
  IL: ['Israeli'],
  AF: ['Afghan'],
};

/**
 * Representative points where world-countries' `latlng` lies far (over ~150 km) from the
 * country's GeoNames point, which evaluation corpora use (United States: 39.76, -98.5).
 */
export const COUNTRY_POINT_OVERRIDES: Record<string, LatLon> = {
  US: { lat: 39.76, lon: -98.5 },
};

/**
 * Abbreviations news uses for first-level divisions on their own, by GeoNames admin1 key. Only
 * unambiguous ones: "WA" or "BC" also mean other things.
 */
export const ADMIN1_ABBREVIATIONS: Record<string, string[]> = {
  'AU.02': ['NSW', 'N.S.W.'],
  'US.DC': ['D.C.', 'DC'],
  'CA.09': ['PEI', 'P.E.I.'],
  'ZA.02': ['KZN'],
};
