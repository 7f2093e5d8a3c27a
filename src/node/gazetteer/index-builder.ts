import { isAbbreviation, nameKey } from '../../core/gazetteer/normalize';
import { NameSource, PLACE_FIELDS } from '../../core/gazetteer/types';
import type { LatLon, PlaceKind } from '../../shared/place';

/** Latin letters, spaces and name punctuation only: other scripts never occur in English news. */
export const LATIN_NAME = /^[\p{Script=Latin} '’.-]+$/u;

/** Accumulates places column by column and names as key -> "place:source" pairs. */
export class IndexBuilder {
  private readonly placeLines: string[] = [];
  /** The line of the first GeoNames town, once one is added. */
  private townsFrom: number | undefined;
  private readonly names = new Map<string, Map<number, NameSource>>();
  readonly demonyms = new Map<string, number>();

  addPlace(p: {
    id: string;
    name: string;
    kind: PlaceKind;
    point: LatLon;
    country: string | null;
    population: number;
    feature?: string;
    admin1?: string;
  }): number {
    const fields: Record<(typeof PLACE_FIELDS)[number], string | number> = {
      id: p.id,
      name: p.name,
      kind: p.kind,
      lat: Math.round(p.point.lat * 1e4) / 1e4,
      lon: Math.round(p.point.lon * 1e4) / 1e4,
      country: p.country ?? '',
      population: Math.round(p.population),
      feature: p.feature ?? '',
      admin1: p.admin1 ?? '',
    };
    // The look-up by id finds every place but the towns before the first town (gazetteer.ts).
    const town = p.id.startsWith('gn:');
    if (town) this.townsFrom ??= this.placeLines.length;
    else if (this.townsFrom !== undefined)
      throw new Error(`gazetteer: ${p.id} added after the towns`);
    this.placeLines.push(PLACE_FIELDS.map((f) => fields[f]).join('\t'));
    return this.placeLines.length - 1;
  }

  /** The line of the first town: towns come last. */
  firstTown(): number {
    return this.townsFrom ?? this.placeLines.length;
  }

  placesTable(): string {
    return this.placeLines.join('\n');
  }

  /** Adds a name; a place keeps the best source it is reached by. */
  addName(name: string, place: number, source: NameSource): void {
    const key = nameKey(name);
    if (key.length < 2) return;
    const effective =
      source === NameSource.qualifier
        ? source
        : isAbbreviation(name)
          ? NameSource.abbreviation
          : source;
    let entry = this.names.get(key);
    if (!entry) {
      entry = new Map();
      this.names.set(key, entry);
    }
    const had = entry.get(place);
    if (had === undefined || effective < had) entry.set(place, effective);
  }

  namesTable(): string {
    const lines: string[] = [];
    for (const [key, entry] of this.names) {
      lines.push(`${key}\t${[...entry].map(([p, s]) => `${p}:${s}`).join(',')}`);
    }
    // Sorted with the same comparison the gazetteer bisects with.
    return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  }
}
