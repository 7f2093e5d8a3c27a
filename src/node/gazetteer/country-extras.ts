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
  // "Congo" alone names both; the more populous one wins unless context says otherwise.
  CD: ['Zaire', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'DR Congo', 'Congo'],
  CG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville', 'Congo'],
  CZ: ['Czech Republic'],
  KR: ['South Korea', 'Korea'],
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

/**
 * Postal codes and AP-style abbreviations of US states and Canadian provinces, by GeoNames admin1
 * key: in US and Canadian news a town is written "Atlanta, Ga." or "Portland, OR". Only matched
 * right after a place and a comma (NameSource.qualifier), so "OR", "IN" and "ME" stay words.
 */
export const STATE_ABBREVIATIONS: Record<string, string[]> = {
  'US.AL': ['AL', 'Ala.'],
  'US.AK': ['AK'],
  'US.AZ': ['AZ', 'Ariz.'],
  'US.AR': ['AR', 'Ark.'],
  'US.CA': ['CA', 'Calif.'],
  'US.CO': ['CO', 'Colo.'],
  'US.CT': ['CT', 'Conn.'],
  'US.DE': ['DE', 'Del.'],
  'US.FL': ['FL', 'Fla.'],
  'US.GA': ['GA', 'Ga.'],
  'US.HI': ['HI'],
  'US.ID': ['ID'],
  'US.IL': ['IL', 'Ill.'],
  'US.IN': ['IN', 'Ind.'],
  'US.IA': ['IA'],
  'US.KS': ['KS', 'Kan.', 'Kans.'],
  'US.KY': ['KY', 'Ky.'],
  'US.LA': ['LA', 'La.'],
  'US.ME': ['ME'],
  'US.MD': ['MD', 'Md.'],
  'US.MA': ['MA', 'Mass.'],
  'US.MI': ['MI', 'Mich.'],
  'US.MN': ['MN', 'Minn.'],
  'US.MS': ['MS', 'Miss.'],
  'US.MO': ['MO', 'Mo.'],
  'US.MT': ['MT', 'Mont.'],
  'US.NE': ['NE', 'Neb.', 'Nebr.'],
  'US.NV': ['NV', 'Nev.'],
  'US.NH': ['NH', 'N.H.'],
  'US.NJ': ['NJ', 'N.J.'],
  'US.NM': ['NM', 'N.M.'],
  'US.NY': ['NY', 'N.Y.'],
  'US.NC': ['NC', 'N.C.'],
  'US.ND': ['ND', 'N.D.'],
  'US.OH': ['OH'],
  'US.OK': ['OK', 'Okla.'],
  'US.OR': ['OR', 'Ore.'],
  'US.PA': ['PA', 'Pa.'],
  'US.RI': ['RI', 'R.I.'],
  'US.SC': ['SC', 'S.C.'],
  'US.SD': ['SD', 'S.D.'],
  'US.TN': ['TN', 'Tenn.'],
  'US.TX': ['TX', 'Tex.'],
  'US.UT': ['UT'],
  'US.VT': ['VT', 'Vt.'],
  'US.VA': ['VA', 'Va.'],
  'US.WA': ['WA', 'Wash.'],
  'US.WV': ['WV', 'W.Va.', 'W. Va.'],
  'US.WI': ['WI', 'Wis.'],
  'US.WY': ['WY', 'Wyo.'],
  'CA.01': ['AB', 'Alta.'],
  'CA.02': ['BC', 'B.C.'],
  'CA.03': ['MB', 'Man.'],
  'CA.04': ['NB', 'N.B.'],
  'CA.05': ['NL'],
  'CA.07': ['NS', 'N.S.'],
  'CA.08': ['ON', 'Ont.'],
  'CA.09': ['PE'],
  'CA.10': ['QC', 'Que.'],
  'CA.11': ['SK', 'Sask.'],
};
