/**
 * Small closed word lists that recognition reads context from: general English news usage, not
 * any one article's names. Kept as space-separated strings so each list reads as a paragraph.
 */
import { words } from './modifiers';

/** Titles and roles that put a person's name after them ("President Bush", "Gov. Perry"). */
export const TITLES = words(`
  president vice secretary minister premier chancellor senator sen rep representative congressman
  congresswoman governor gov mayor judge justice mr mrs ms miss dr prof professor sir dame lord
  lady king queen prince princess pope rev reverend general gen col colonel lt capt captain sgt
  sergeant adm admiral commander officer chief spokesman spokeswoman spokesperson ambassador envoy
  director dean coach detective inspector superintendent sheriff deputy ceo chairman chairwoman
  leader author jr sr
`);

/**
 * Words after a name that make it part of the name of an organisation, event or structure ("Fox
 * News", "Rice University", "Washington Street").
 */
export const ORGANISATION_HEADS = words(`
  news post times herald tribune journal daily mail telegraph chronicle gazette globe magazine press
  observer examiner courier register star airlines airways university college institute tech inc
  corp corporation ltd llc plc company group fc united athletic rovers rangers broadcasting radio
  television tv network channel records studios foundation associates partners bank motors
  pharmaceuticals center centre zoo agency cartel cup olympic olympics hospital school schools
  elementary service services congress ministry society council commission committee association
  fund bureau club church cathedral stadium airport museum
  street avenue road boulevard lane drive highway freeway expressway bridge tower building hall
  station
`);

export { PLACE_MODIFIERS } from './modifiers';

/** Prepositions and verbs that put a place after them ("in Bath", "near Reading"). */
export const LOCATIVES = words(`
  in at near from to into outside across around throughout towards toward via through within
  between visit visited visiting
`);

/** Months and weekdays: capitalised, but never part of a person's or organisation's name. */
export const CALENDAR = words(`
  january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  christmas easter ramadan thanksgiving halloween
`);

/**
 * Buildings and bodies named by where they stand: they stand for a government or an
 * organisation, not a point on the map, so they are not tagged ("the White House said", "the
 * Kremlin", "the Red Cross"). Matched against whole name keys.
 */
export const INSTITUTIONS = new Set(
  `
  white house | kremlin | pentagon | downing street | capitol hill | capitol | wall street |
  whitehall | elysee | foggy bottom | scotland yard | holyrood | quai d'orsay | blue house |
  zhongnanhai | state house | statehouse | buckingham palace | city hall | red cross | red crescent
`
    .split('|')
    .map((n) => n.trim()),
);

/** Words after a name that make it the name of a disease or strain ("West Nile virus"). */
export const DISEASE_WORDS = words(`
  virus viruses flu influenza fever disease strain ebolavirus syndrome encephalitis variant
`);

/** "University of Georgia", "Times of India": places inside the name of an institution. */
export const INSTITUTION_OF = words(`
  university college institute school academy times voice corporation corp bank church
`);

/** Verbs of speech next to a bare name: a person ("Paterson says", "said Hartl"). */
export const SPEECH_VERBS = words(`
  said says told added explained stated noted wrote argued asked replied insisted

`);

/** Lower-case particles inside people's names: "Dennis van Engelsdorp", "Hassan el Bushra". */
export const NAME_PARTICLES = words(
  `van von der den de da di du dos del della el al bin ibn ben le la`,
);

/** Nouns after a demonym that make it a language: "Russian speakers", "French language". */
export const LANGUAGE_NOUNS = words(`language languages speaker speakers speaking translation`);

/** Words after a name that make a natural feature of it: "Salinas Valley", "Danube Delta". */
export const FEATURE_HEADS = words(`
  valley island islands bay river mountains mountain peninsula desert coast delta basin lake creek
  canyon hills gulf strait harbour harbor
`);

/** Words hyphenated to a place that keep it a place: "Denver-based", "Kenya-born". */
export const PLACE_COMPOUNDS = words(`
  based born bound area region led backed made style era wide centred centered headquartered
`);

/** Direction words: a name made only of them ("North West") is a place only when it stands alone. */
export const DIRECTIONS = words(`
  north south east west northern southern eastern western central northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern
`);

/** Capitalised words that put a company's or team's name before a place ("Air Berlin"). */
export const COMPANY_PREFIXES = words(`
  air airlines radio real inter dynamo sporting atletico atlético olympique hotel
`);

/** Nouns after a name that make it a brand or product ("Cadillac dealership", "Lincoln sedan"). */
export const PRODUCT_NOUNS = words(`
  brand brands dealership dealerships sedan sedans suv suvs hatchback pickup coupe
`);

/** Marks that join the pieces of one name ("O'Leary", "Ja'Au"). */
export const APOSTROPHES = new Set(["'", '’']);

/** What may follow an apostrophe without making a longer name: "China's", "isn't". */
export const POSSESSIVE_TAILS = words(`s t d ll re ve`);

/** Abbreviations that begin a longer name: "St. Marc", "Mt. Hood", "Ft. Worth". */
export const NAME_ABBREVIATIONS = words(`st ste mt ft pt`);
