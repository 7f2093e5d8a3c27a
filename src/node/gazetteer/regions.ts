import type { PlaceKind } from '../../shared/place';

/**
 * Continents, loose regions and water bodies that no data package names: a small hand-made table
 * for news in general. Coordinates are approximate centres rounded to a tenth of a degree.
 * Sources: continents use the GeoNames continent points (CONT features); the rest are centres read
 * off the Wikipedia article of the same title (coordinates given there or, for loose regions, the
 * middle of the area that article maps), rounded. `population` is only a ranking prior against
 * namesakes: a rough order of magnitude, not a statistic.
 */
export interface RegionEntry {
  id: string;
  name: string;
  kind: Extract<PlaceKind, 'continent' | 'region' | 'sea'>;
  lat: number;
  lon: number;
  /** Other names it goes by in news ("Mideast"); matching ignores case, accents and dots. */
  aliases: string[];
  /** ISO alpha-2 when the region lies within one country (Darfur -> SD), else null. */
  country: string | null;
  source: string;
}

const GN = 'GeoNames continent point';
const WP = 'Wikipedia article coordinates, rounded';
const WPA = 'centre of the area mapped in the Wikipedia article, rounded';
const RU_CENTRE = 'centre of its territory, as for Russia (GeoNames point 60, 100)';

type Row = [
  id: string,
  name: string,
  kind: RegionEntry['kind'],
  lat: number,
  lon: number,
  aliases: string[],
  country: string | null,
  source: string,
];

const ROWS: Row[] = [
  ['continent:africa', 'Africa', 'continent', 7.2, 21.1, [], null, GN],
  ['continent:asia', 'Asia', 'continent', 29.8, 89.3, [], null, GN],
  ['continent:europe', 'Europe', 'continent', 48.7, 9.1, [], null, GN],
  ['continent:north-america', 'North America', 'continent', 46.1, -100.5, [], null, GN],
  ['continent:south-america', 'South America', 'continent', -14.6, -57.7, [], null, GN],
  ['continent:oceania', 'Oceania', 'continent', -18.3, 138.5, [], null, GN],
  ['continent:antarctica', 'Antarctica', 'continent', -78.2, 16.4, [], null, GN],
  ['region:americas', 'Americas', 'region', 19.0, -96.0, ['the Americas'], null, WPA],
  ['region:middle-east', 'Middle East', 'region', 29.0, 41.0, ['Mideast', 'Mid-East'], null, WPA],
  ['region:near-east', 'Near East', 'region', 33.0, 38.0, [], null, WPA],
  ['region:caucasus', 'Caucasus', 'region', 42.0, 44.0, ['Caucasus region'], null, WPA],
  ['region:balkans', 'Balkans', 'region', 43.0, 21.0, ['Balkan Peninsula'], null, WPA],
  ['region:eastern-europe', 'Eastern Europe', 'region', 50.0, 30.0, [], null, WPA],
  ['region:western-europe', 'Western Europe', 'region', 48.0, 5.0, [], null, WPA],
  ['region:central-europe', 'Central Europe', 'region', 49.0, 16.0, [], null, WPA],
  ['region:northern-europe', 'Northern Europe', 'region', 60.0, 15.0, [], null, WPA],
  ['region:southern-europe', 'Southern Europe', 'region', 41.0, 15.0, [], null, WPA],
  ['region:scandinavia', 'Scandinavia', 'region', 62.0, 14.0, [], null, WPA],
  ['region:central-asia', 'Central Asia', 'region', 43.0, 65.0, [], null, WPA],
  ['region:south-asia', 'South Asia', 'region', 23.0, 80.0, [], null, WPA],
  ['region:east-asia', 'East Asia', 'region', 35.0, 115.0, [], null, WPA],
  [
    'region:southeast-asia',
    'Southeast Asia',
    'region',
    5.0,
    110.0,
    ['South-East Asia', 'South East Asia'],
    null,
    WPA,
  ],
  ['region:asia-pacific', 'Asia-Pacific', 'region', 10.0, 120.0, ['Asia Pacific'], null, WPA],
  ['region:north-africa', 'North Africa', 'region', 28.0, 12.0, ['Northern Africa'], null, WPA],
  ['region:west-africa', 'West Africa', 'region', 12.0, -3.0, ['Western Africa'], null, WPA],
  ['region:east-africa', 'East Africa', 'region', 1.0, 38.0, ['Eastern Africa'], null, WPA],
  ['region:central-africa', 'Central Africa', 'region', 2.0, 20.0, [], null, WPA],
  ['region:southern-africa', 'Southern Africa', 'region', -24.0, 25.0, [], null, WPA],
  ['region:sub-saharan-africa', 'Sub-Saharan Africa', 'region', 0.0, 20.0, [], null, WPA],
  ['region:horn-of-africa', 'Horn of Africa', 'region', 8.0, 45.0, [], null, WPA],
  ['region:sahel', 'Sahel', 'region', 15.0, 5.0, [], null, WPA],
  ['region:maghreb', 'Maghreb', 'region', 31.0, 3.0, [], null, WPA],
  ['region:central-america', 'Central America', 'region', 13.0, -86.0, [], null, WPA],
  ['region:latin-america', 'Latin America', 'region', -5.0, -65.0, [], null, WPA],
  ['region:caribbean', 'Caribbean', 'region', 17.0, -72.0, ['the Caribbean'], null, WPA],
  ['region:levant', 'Levant', 'region', 33.0, 36.0, [], null, WPA],
  ['region:persian-gulf-states', 'Gulf states', 'region', 25.0, 51.0, ['Gulf region'], null, WPA],
  ['region:arabian-peninsula', 'Arabian Peninsula', 'region', 23.0, 46.0, [], null, WPA],
  ['region:korean-peninsula', 'Korean Peninsula', 'region', 37.5, 127.5, [], null, WPA],
  ['region:siberia', 'Siberia', 'region', 60.0, 105.0, [], 'RU', WPA],
  ['region:kashmir', 'Kashmir', 'region', 34.5, 76.0, [], null, WPA],
  ['region:kurdistan', 'Kurdistan', 'region', 37.0, 43.5, [], null, WPA],
  ['region:darfur', 'Darfur', 'region', 13.0, 24.0, [], 'SD', WPA],
  ['region:gaza-strip', 'Gaza Strip', 'region', 31.4, 34.4, ['Gaza'], 'PS', WP],
  ['region:west-bank', 'West Bank', 'region', 32.0, 35.3, [], 'PS', WP],
  ['region:sinai', 'Sinai Peninsula', 'region', 29.5, 33.8, ['Sinai'], 'EG', WP],
  ['region:patagonia', 'Patagonia', 'region', -45.0, -69.0, [], null, WPA],
  ['region:amazon', 'Amazon rainforest', 'region', -3.5, -62.0, ['Amazon basin'], null, WPA],
  ['region:new-england', 'New England', 'region', 44.0, -71.0, [], 'US', WPA],
  ['region:midwest', 'Midwest', 'region', 42.0, -93.0, ['Midwestern United States'], 'US', WPA],
  [
    'region:american-south',
    'Southern United States',
    'region',
    33,
    -88,
    ['American South', 'Deep South'],
    'US',
    WPA,
  ],
  ['region:pacific-northwest', 'Pacific Northwest', 'region', 46.0, -121.0, [], 'US', WPA],
  ['region:great-plains', 'Great Plains', 'region', 40.0, -100.0, [], 'US', WPA],
  ['region:arctic', 'Arctic', 'region', 78.0, 0.0, [], null, WPA],
  ['region:soviet-union', 'Soviet Union', 'region', 60.0, 100.0, ['USSR'], null, RU_CENTRE],
  ['region:sumatra', 'Sumatra', 'region', 0.0, 102.0, [], 'ID', WP],
  ['region:java', 'Java', 'region', -7.5, 110.0, [], 'ID', WP],
  ['region:borneo', 'Borneo', 'region', 0.5, 114.0, [], null, WP],
  ['region:mindanao', 'Mindanao', 'region', 8.0, 125.0, [], 'PH', WP],
  ['region:luzon', 'Luzon', 'region', 16.0, 121.0, [], 'PH', WP],
  ['region:sicily', 'Sicily', 'region', 37.5, 14.0, [], 'IT', WP],
  ['region:sardinia', 'Sardinia', 'region', 40.0, 9.0, [], 'IT', WP],
  ['region:crete', 'Crete', 'region', 35.2, 24.9, [], 'GR', WP],
  ['region:long-island', 'Long Island', 'region', 40.8, -73.3, [], 'US', WP],
  ['region:alps', 'Alps', 'region', 46.5, 10.0, [], null, WPA],
  ['region:himalayas', 'Himalayas', 'region', 28.6, 83.9, ['Himalaya'], null, WPA],
  ['region:andes', 'Andes', 'region', -32.7, -70.0, [], null, WPA],
  ['region:rocky-mountains', 'Rocky Mountains', 'region', 44.0, -110.0, ['Rockies'], null, WPA],
  ['region:ural-mountains', 'Ural Mountains', 'region', 60.0, 59.0, ['Urals'], 'RU', WPA],
  ['region:sahara', 'Sahara', 'region', 23.0, 13.0, ['Sahara Desert'], null, WPA],
  ['sea:nile', 'Nile', 'sea', 15.6, 32.5, ['Nile River', 'River Nile'], null, WP],
  ['sea:danube', 'Danube', 'sea', 45.2, 29.7, ['Danube River', 'River Danube'], null, WP],
  ['sea:lake-erie', 'Lake Erie', 'sea', 42.2, -81.2, [], null, WP],
  ['sea:lake-titicaca', 'Lake Titicaca', 'sea', -15.9, -69.3, [], null, WP],
  ['sea:black-sea', 'Black Sea', 'sea', 43.4, 34.3, [], null, WP],
  ['sea:caspian-sea', 'Caspian Sea', 'sea', 41.7, 50.7, [], null, WP],
  ['sea:mediterranean', 'Mediterranean Sea', 'sea', 35.0, 18.0, ['Mediterranean'], null, WP],
  ['sea:baltic-sea', 'Baltic Sea', 'sea', 58.0, 20.0, ['Baltic'], null, WP],
  ['sea:north-sea', 'North Sea', 'sea', 56.0, 3.0, [], null, WP],
  ['sea:red-sea', 'Red Sea', 'sea', 22.0, 38.0, [], null, WP],
  ['sea:persian-gulf', 'Persian Gulf', 'sea', 26.0, 52.0, ['Arabian Gulf'], null, WP],
  ['sea:gulf-of-mexico', 'Gulf of Mexico', 'sea', 25.0, -90.0, [], null, WP],
  ['sea:gulf-of-aden', 'Gulf of Aden', 'sea', 12.0, 48.0, [], null, WP],
  ['sea:arabian-sea', 'Arabian Sea', 'sea', 14.0, 65.0, [], null, WP],
  ['sea:south-china-sea', 'South China Sea', 'sea', 12.0, 113.0, [], null, WP],
  ['sea:east-china-sea', 'East China Sea', 'sea', 29.0, 125.0, [], null, WP],
  ['sea:yellow-sea', 'Yellow Sea', 'sea', 35.0, 123.0, [], null, WP],
  ['sea:sea-of-japan', 'Sea of Japan', 'sea', 40.0, 135.0, ['East Sea'], null, WP],
  ['sea:adriatic-sea', 'Adriatic Sea', 'sea', 43.0, 15.0, ['Adriatic'], null, WP],
  ['sea:aegean-sea', 'Aegean Sea', 'sea', 39.0, 25.0, ['Aegean'], null, WP],
  ['sea:caribbean-sea', 'Caribbean Sea', 'sea', 15.0, -75.0, [], null, WP],
  ['sea:bay-of-bengal', 'Bay of Bengal', 'sea', 15.0, 88.0, [], null, WP],
  ['sea:english-channel', 'English Channel', 'sea', 50.2, -1.0, [], null, WP],
  ['sea:strait-of-hormuz', 'Strait of Hormuz', 'sea', 26.6, 56.5, [], null, WP],
  ['sea:atlantic-ocean', 'Atlantic Ocean', 'sea', 0.0, -25.0, ['Atlantic'], null, WP],
  ['sea:pacific-ocean', 'Pacific Ocean', 'sea', 0.0, -160.0, ['Pacific'], null, WP],
  ['sea:indian-ocean', 'Indian Ocean', 'sea', -20.0, 80.0, [], null, WP],
  ['sea:arctic-ocean', 'Arctic Ocean', 'sea', 85.0, 0.0, [], null, WP],
  ['sea:southern-ocean', 'Southern Ocean', 'sea', -65.0, 90.0, [], null, WP],
  ['sea:lake-victoria', 'Lake Victoria', 'sea', -1.0, 33.0, [], null, WP],
  ['sea:great-lakes', 'Great Lakes', 'sea', 45.0, -84.0, [], null, WP],
];

export const REGIONS: RegionEntry[] = ROWS.map(
  ([id, name, kind, lat, lon, aliases, country, source]) => ({
    id,
    name,
    kind,
    lat,
    lon,
    aliases,
    country,
    source,
  }),
);
