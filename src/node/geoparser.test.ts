import { describe, expect, it } from 'vitest';
import { geoparse, geoparseDocument } from '../core/geoparser/index';
import { testGazetteer } from './test/gazetteer';

const g = testGazetteer();

/** The mention whose text is `name` (the first one). */
function find(text: string, name: string) {
  return geoparse(text, g).find((m) => m.text === name);
}

describe('geoparse resolves namesakes from context', () => {
  it.each([
    [
      'resolves Georgia to the country when Ukraine is mentioned',
      'NATO membership for Ukraine and Georgia angered Russia.',
      'Georgia',
      'country:GE',
    ],
    [
      'Georgia beside Atlanta is the US state',
      'Storms hit Atlanta on Monday, and Georgia officials closed schools.',
      'Georgia',
      'adm1:US.GA',
    ],
    ['Paris, Texas is in Texas', 'The fair in Paris, Texas drew crowds.', 'Paris', 'gn:4717560'],
    [
      'Paris alone is the French capital',
      'Talks resumed in Paris on Tuesday.',
      'Paris',
      'gn:2988507',
    ],
    [
      'Tbilisi, Georgia qualifies the country',
      'He flew to Tbilisi, Georgia, last week.',
      'Georgia',
      'country:GE',
    ],
    [
      'Washington in diplomacy is the U.S. capital',
      'Relations between Washington and Moscow are tense.',
      'Washington',
      'gn:4140963',
    ],
    [
      'Washington state is the state',
      'Wildfires spread across Washington state near Seattle.',
      'Washington',
      'adm1:US.WA',
    ],
    [
      'Poland is the country, not Poland, Maine',
      'A missile shield in Poland was agreed.',
      'Poland',
      'country:PL',
    ],
    [
      'Moscow as a speaker is still the city',
      'Moscow said the plan was a threat.',
      'Moscow',
      'gn:524901',
    ],
    [
      'a state abbreviation qualifies a town',
      'Flooding hit Portland, Ore., on Monday.',
      'Portland',
      'gn:5746545',
    ],
    [
      'a postal code qualifies a town',
      'Flooding hit Portland, ME on Monday.',
      'Portland',
      'gn:4975802',
    ],
    [
      '"located in" qualifies a county',
      'swans in Fulton County located in Illinois',
      'Fulton County',
      'adm2:US.IL.057',
    ],
    [
      'Washington in US politics is the capital',
      'Georgia Gov. Brian Kemp spoke. In Washington, Senator Mitch McConnell of Kentucky said talks would resume.',
      'Washington',
      'gn:4140963',
    ],
    ['French is France, not its southern lands', 'French officials met.', 'French', 'country:FR'],
    [
      "a big city sharing its province's name is the city",
      'Grain exports from Odesa have stalled.',
      'Odesa',
      'gn:698740',
    ],
    [
      '"region" after the name makes it the division',
      'Moscow accused Kyiv of shelling the Belgorod region.',
      'Belgorod',
      'adm1:RU.09',
    ],
    [
      'a province much bigger than its namesake seat stays the province',
      'Elections in Quebec were called.',
      'Quebec',
      'adm1:CA.10',
    ],
    [
      'Tel Aviv is the city, not its district',
      'Rockets hit Tel Aviv overnight.',
      'Tel Aviv',
      'gn:293397',
    ],
    [
      'Georgia before Gov. is the state',
      'Georgia Gov. Brian Kemp said the state would reopen.',
      'Georgia',
      'adm1:US.GA',
    ],
    [
      'two seats in a list stay cities',
      'Banks in Zurich and Geneva closed.',
      'Geneva',
      'gn:2660646',
    ],
    [
      'a town beside its neighbours is the local one',
      'Fires near Los Angeles reached Glendale and Santa Monica.',
      'Glendale',
      'gn:5352423',
    ],
    [
      'many US places do not turn Nice into a US town',
      'From Seattle, Chicago, Phoenix and Atlanta she flew on to Nice.',
      'Nice',
      'gn:2990440',
    ],
    [
      'Congo alone is the more populous Congo',
      'Ebola returned to Congo this year.',
      'Congo',
      'country:CD',
    ],
    ['Korea alone is South Korea', 'exports from Korea rose', 'Korea', 'country:KR'],
    [
      'Washington among states is the state',
      'Cases in Oregon, Utah, Washington and Idaho.',
      'Washington',
      'adm1:US.WA',
    ],
    [
      'a list of countries is not a place and its container',
      'Mexico, China, Japan and Brazil.',
      'China',
      'country:CN',
    ],
    [
      'Atlanta, Georgia qualifies the state',
      'the CDC in Atlanta, Georgia said',
      'Georgia',
      'adm1:US.GA',
    ],
    [
      'a wire dateline in capitals is the city',
      'MOSCOW (Reuters) - Talks resumed.',
      'MOSCOW',
      'gn:524901',
    ],
    // Regional context: a town listed with towns of one state is that state's.
    [
      'a town listed with small towns of one state is the local one, not a foreign capital',
      'Floodwater closed roads in Wapakoneta, Cridersville and Lima before reaching Findlay, Ohio.',
      'Lima',
      'gn:5160783',
    ],
    [
      'a town in a local story is the local one, not the capital abroad',
      'The bus left the road near Corbin, Kentucky, late on Friday; both drivers were from London and Somerset.',
      'London',
      'gn:4298960',
    ],
    [
      'the other town of that local story is local too',
      'The bus left the road near Corbin, Kentucky, late on Friday; both drivers were from London and Somerset.',
      'Somerset',
      'gn:4308922',
    ],
    [
      'a small town named like a big city stays with its county and state',
      'The mill in Edmonton, a small town in Metcalfe County, Kentucky, near Glasgow, will close.',
      'Edmonton',
      'gn:4290886',
    ],
    [
      'a district of London stays in London',
      'Police in Edmonton, north London, questioned two men after a fight in Enfield.',
      'Edmonton',
      'gn:2650209',
    ],
    [
      'names before "counties" are those counties, in the state the text names',
      'Grass fires burned in Chase and Dundy counties in southwest Nebraska.',
      'Chase',
      'adm2:US.NE.029',
    ],
    [
      'the last name before "counties" is a county too',
      'Grass fires burned in Chase and Dundy counties in southwest Nebraska.',
      'Dundy',
      'adm2:US.NE.057',
    ],
    [
      'a state first in a list of states is the state',
      'Beekeepers in Georgia, Oklahoma and Texas lost hives.',
      'Georgia',
      'adm1:US.GA',
    ],
    [
      'a state in a story about other states is the state, not the country',
      'Inspectors visited farms in Alabama and Iowa and a lab in Georgia before reporting to Texas officials.',
      'Georgia',
      'adm1:US.GA',
    ],
    [
      'a state is not its seat named by the first words of its name',
      'Storms moved from Kansas into Oklahoma overnight.',
      'Oklahoma',
      'adm1:US.OK',
    ],
    [
      'a name spelled as one place is not another place by an alternate spelling in a local story',
      "Doctors at the Children's Hospital of Pittsburgh agreed with colleagues in Los Angeles and San Diego.",
      'Pittsburgh',
      'gn:5206379',
    ],
  ])('%s', (_name, text, mention, id) => {
    expect(find(text, mention)?.place.id).toBe(id);
  });
});

describe('geoparse recognises places of every kind', () => {
  it.each([
    ['the Black Sea resort of Sochi', 'Black Sea', 'sea'],
    ['countries of the Mideast such as Iran', 'Mideast', 'region'],
    ['a radar site in the Czech Republic', 'Czech Republic', 'country'],
    ['a deal with the U.S. on Friday', 'U.S.', 'country'],
    ['the UK and the UAE signed it', 'UAE', 'country'],
    ['missile defense for Europe', 'Europe', 'continent'],
    ['Bosnia and Herzegovina voted', 'Bosnia and Herzegovina', 'country'],
    ["cholera spread in Côte d'Ivoire", "Côte d'Ivoire", 'country'],
    ['cases on the Pacific side of the Americas', 'Pacific', 'sea'],
    ["11 of Turkey's 81 provinces", 'Turkey', 'country'],
    ['horse flu spread across NSW', 'NSW', 'admin1'],
    ['an outbreak in Scott County, Indiana', 'Scott County', 'admin2'],
    ['dead swans in Suffolk, England', 'Suffolk', 'admin2'],
    ['the Al-Minya governorate', 'Al-Minya', 'city'],
    ['the Vatican reports', 'Vatican', 'country'],
  ])('finds the place in "%s"', (text, mention, kind) => {
    expect(find(text, mention)?.place.kind).toBe(kind);
  });

  it('covers a natural feature named after a place and places it there', () => {
    const m = geoparse('E. coli was traced to the Salinas Valley of California.', g)[0];
    expect([m?.text, m?.place.name, m?.place.country]).toEqual(['Salinas Valley', 'Salinas', 'US']);
  });

  it('reads demonyms as their country, two in "U.S.-Russian"', () => {
    const ms = geoparse('amid tensions in U.S.-Russian relations', g);
    expect(ms.map((m) => [m.text, m.form, m.place.id])).toEqual([
      ['U.S.', 'name', 'country:US'],
      ['Russian', 'demonym', 'country:RU'],
    ]);
  });
});

describe('geoparse leaves people, organisations and buildings alone', () => {
  it.each([
    ['does not tag President Bush', 'President Bush met the press.', 'Bush'],
    [
      'does not tag Rice after Condoleezza Rice',
      'Secretary of State Condoleezza Rice arrived. Rice said talks went well.',
      'Rice',
    ],
    ['does not tag Robert Gates', 'Defense Secretary Robert Gates was in Moscow.', 'Gates'],
    ['does not tag NATO', 'NATO backed the plan.', 'NATO'],
    ['does not tag a language', 'The statement was issued in Russian.', 'Russian'],
    [
      'does not read "X in Y" as a qualifier that makes X a place',
      'Banks in Zurich closed.',
      'Banks',
    ],
    [
      'does not tag a place-named person before a town-named surname',
      'Paris Hilton attended the gala.',
      'Paris',
    ],
    ['does not tag the surname either', 'Jordan Henderson attended the gala.', 'Henderson'],
    [
      'does not tag a country used as a surname after a given name',
      'Michael Jordan visited the team.',
      'Jordan',
    ],
    ['does not tag the given name either', 'Michael Jordan visited the team.', 'Michael'],
    [
      'does not tag a person named after a hamlet in a state',
      'George Washington crossed the river.',
      'George',
    ],
    [
      'does not tag a country used as a given name',
      'Jordan Peterson spoke at the event.',
      'Jordan',
    ],
    ['does not tag a state used as a given name', 'a novel by Virginia Woolf', 'Virginia'],
    [
      'does not read a common word as a country by an alternate name',
      'On Waiheke Island the yacht stopped.',
      'Island',
    ],
    ['does not tag a demonym in a company name', 'American Airlines cut flights.', 'American'],
    ['does not tag the speakers of a language', 'French speakers in Canada', 'French'],
    [
      'does not read a postal code as a place without a town before it',
      'Call us OR write to us.',
      'OR',
    ],
    [
      'does not tag the White House',
      'the White House has offered to let Moscow monitor the sites',
      'White House',
    ],
    ['does not tag Fox News', 'You can now listen to Fox News articles!', 'Fox'],
    [
      'does not tag a given name before a surname',
      "Russia's Vladimir Putin leaves office.",
      'Vladimir',
    ],
    ['does not tag a sentence-initial common word', 'Part of that has to be discussed.', 'Part'],
    ['does not tag a month', 'In August 2003, the cleric spoke.', 'August'],
    ['does not tag a place inside a disease name', 'Cases of West Nile virus rose.', 'West'],
    [
      'does not tag a place inside a strain name',
      'a virus similar to A/Victoria/361/2011',
      'Victoria',
    ],
    ['does not tag a hyphenated given name', 'said spokeswoman Kerry-Ann Hamilton.', 'Kerry'],
    ['does not tag a bare surname with a verb of speech', 'Hartl said the pork was safe.', 'Hartl'],
    [
      'does not tag a given name before a town-named surname',
      'Governor David Paterson spoke. Paterson says more.',
      'Paterson',
    ],
    [
      'does not tag the place in a university name',
      'tests at the University of Georgia.',
      'Georgia',
    ],
    ['does not tag the Red Cross', 'the Belgian Red Cross said', 'Red Cross'],
    [
      'does not tag the tail of an organisation name',
      'according to Xinhua News Agency, cases rose',
      'Agency',
    ],
    [
      'does not tag a name before a particle and a surname',
      'said Dennis van Engelsdorp, a bee expert',
      'Dennis',
    ],
    [
      'does not tag a place in a university name',
      'tests at Michigan State University showed',
      'Michigan',
    ],
    // Abbreviated titles.
    ['does not tag an abbreviated title', 'Sen. Marlow said the bill would pass.', 'Sen'],
    ['does not tag titles before two names', 'backed by Sen. Holt and Gov. Ames on Tuesday', 'Sen'],
    // People's names that are also places.
    [
      'does not tag a surname after an initial',
      'a library named for Harry S. Truman opened',
      'Truman',
    ],
    [
      'does not tag a surname after a given name, nor later alone',
      'President Barack Obama arrived. Obama said the talks were useful.',
      'Obama',
    ],
    [
      "does not tag a minister's surname that is a town",
      'Foreign Minister Sergei Lavrov met envoys. Lavrov said little.',
      'Lavrov',
    ],
    [
      'does not read a surname like a demonym as its country',
      'The prize went to Marie French, a teacher from Dayton, Ohio.',
      'French',
    ],
    // Companies and products named after places.
    [
      'does not tag a place in an airline name',
      'Passengers on Air Berlin were stranded.',
      'Berlin',
    ],
    ['does not tag a place in a club name', 'Real Madrid beat Inter Milan on Sunday.', 'Madrid'],
    [
      'does not tag a car model named after a city',
      'She drove a Hyundai Tucson to work.',
      'Tucson',
    ],
    [
      'does not tag a brand named after a town before "dealership"',
      'The Cadillac dealership on Main Street closed.',
      'Cadillac',
    ],
    // Direction words inside longer names.
    [
      'does not tag a direction hyphenated to a city as a province',
      'He won the Durban-North West seat in the election.',
      'North West',
    ],
    [
      'does not tag a direction that starts a longer name',
      'Volunteers at West Akron Community Ministries served dinner in Akron, Ohio.',
      'West',
    ],
    [
      "does not tag the direction words before a region's name",
      'Cases rose in South West England this week.',
      'South West',
    ],
    // Fragments of names.
    [
      'does not tag a fragment after an apostrophe',
      "The goose was found near O'Leary farm.",
      'Leary',
    ],
    [
      'does not tag a fragment before an apostrophe',
      "Au'Janae Harris scored twice for Dayton.",
      'Au',
    ],
    [
      'does not tag a name after an abbreviated saint',
      'Patients were taken to St. Marc by boat.',
      'Marc',
    ],
    // The gazetteer lacks the place meant: better no dot than a namesake abroad.
    [
      'does not tag a town whose stated province holds no town of that name',
      'He must appear in a Bradford, Ontario court on May 12.',
      'Bradford',
    ],
    [
      'does not tag a small namesake far from every other place in the text',
      'In London, police searched a flat in Muswell Hill, then a sushi bar in Piccadilly.',
      'Piccadilly',
    ],
  ])('%s', (_name, text, word) => {
    expect(geoparse(text, g).filter((m) => m.text.includes(word))).toEqual([]);
  });
});

describe('geoparse keeps places that sit next to names', () => {
  it.each([
    ['a country after an organisation name', "SOS Children's Villages Sudan reports", 'Sudan'],
    ['a city after an acronym', 'samples went to CDC Atlanta for tests', 'Atlanta'],
    [
      'a common-word town once the text calls it a place',
      'Buffalo schools closed. Flu hit the Buffalo community in Buffalo, New York.',
      'Buffalo',
    ],
  ])('keeps %s', (_name, text, name) => {
    expect(geoparse(text, g).filter((m) => m.text === name).length).toBeGreaterThan(0);
  });

  it('keeps a place after a spaced dash', () => {
    const names = geoparse('spreading to Central Africa - Nigeria, Cameroon and Chad', g).map(
      (m) => m.text,
    );
    expect(names).toEqual(['Central Africa', 'Nigeria', 'Cameroon', 'Chad']);
  });

  it.each([
    [
      'a place before a verb and a disease word',
      'All three indicate Alabama has moderate flu levels.',
      'Alabama',
    ],
    ['a place before "-based"', 'a lawsuit against Denver-based Newmont Mining', 'Denver'],
    [
      'a town named like a person before its own state',
      'Storms hit Jackson Mississippi on Monday.',
      'Jackson',
    ],
    ['a given-name city before a feature word', 'Sydney Harbour was calm.', 'Sydney Harbour'],
    ['a country that is also a given name', 'Georgia Ukraine ties deepened.', 'Georgia'],
    ['a place after "said" that runs on', 'said Devon and Cornwall police were alerted', 'Devon'],
    [
      'an abbreviation ending a sentence',
      'after the outbreak in the U.S. Jon Prinsell said',
      'U.S.',
    ],
  ])('keeps %s', (_name, text, name) => {
    expect(geoparse(text, g).map((m) => m.text)).toContain(name);
  });

  it('keeps places on both sides of a slash', () => {
    const names = geoparse('the U.S. / Mexico border and Zaire/Congo', g).map((m) => m.text);
    expect(names).toEqual(['U.S.', 'Mexico', 'Zaire', 'Congo']);
  });

  it('keeps every mention of a common-word town once one has a place cue', () => {
    const text = 'Flu hit the Buffalo community. Schools in Buffalo closed.';
    expect(geoparse(text, g).filter((m) => m.text === 'Buffalo')).toHaveLength(2);
  });
});

describe('geoparse output', () => {
  it('is sorted by start, with offsets into the text and runner-up readings', () => {
    const text = 'From Paris to Moscow via Washington.';
    const ms = geoparse(text, g);
    expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(text, 'Washington')?.alternatives.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.confidence).toBeGreaterThan(0);
  });

  it('names the first-level division of a town, so namesakes can be told apart', () => {
    const m = find('Lincoln memorial events in Springfield, Illinois drew crowds.', 'Springfield');
    expect([m?.place.name, m?.place.admin1, m?.place.country]).toEqual([
      'Springfield',
      'Illinois',
      'US',
    ]);
    expect(find('Talks resumed in Paris on Tuesday.', 'Paris')?.place.admin1).toBe('Île-de-France');
    expect(find('Exports from France rose.', 'France')?.place.admin1).toBeNull();
  });

  it('gives each mention its reasons, from the rules and cues that decided it', () => {
    const m = find('The fair in Paris, Texas drew crowds.', 'Paris');
    expect(m?.reasons).toContain('the town: its container follows it: "Paris, Texas"');
  });

  it('keeps what recognition left out, with the name of the rule, for debugging', () => {
    const doc = geoparseDocument('Secretary of State Condoleezza Rice arrived. Rice said no.', g);
    const rice = doc.rejected.filter((r) => r.candidate.text === 'Rice');
    expect(rice.map((r) => [r.candidate.text, r.rule])).toEqual([
      ['Rice', 'after-name-word'],
      ['Rice', 'speech-verb'],
    ]);
  });

  it('returns nothing for a text without places', () => {
    expect(geoparse('the quick brown fox jumps over the lazy dog', g)).toEqual([]);
  });
});
