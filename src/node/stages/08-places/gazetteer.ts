/**
 * The place gazetteer: data/places/places.tsv read into a trie keyed by tokens, so a sentence is
 * matched in one left-to-right pass with the longest name winning. Surface forms are tokenized by
 * the text stage's tokenizer, so "Port-au-Prince", "Sana'a" or "Washington, D.C." split exactly as
 * they do in an article. A leading article is never part of a key: an alias written "the Gulf"
 * only matches after "the", while any other name may be preceded by an optional "the".
 */
import { dataPath, readTsv, splitValues, type TsvRow } from '../../data/files.js';
import type { Place } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import { type Abbreviations, loadAbbreviations } from '../01-text/abbreviations.js';
import { tokenize } from '../01-text/tokenize.js';
import { normalizeKey } from '../03-mentions/gazetteer.js';

export type PlaceKind = Place['kind'];

export const PLACE_KINDS: readonly PlaceKind[] = ['city', 'region', 'country', 'sea', 'site', 'vehicle'];

const COLUMNS = ['id', 'name', 'aliases', 'kind', 'country', 'lat', 'lon', 'admin'] as const;

export interface PlaceEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin: string | null;
  /** Row order in the file: among readings of one surface the earliest row is the default. */
  readonly order: number;
}

/** One surface form of an entry ending at a trie node. */
export interface PlaceHit {
  readonly entry: PlaceEntry;
  /** The surface was written with a leading "the", which must precede it in the text. */
  readonly needsThe: boolean;
}

interface TrieNode {
  hits: PlaceHit[];
  /** Some hit needs a preceding "the" (checked before filtering, to spare an allocation). */
  needsThe: boolean;
  next: Map<string, TrieNode>;
}

export interface PlaceGazetteer {
  readonly entries: readonly PlaceEntry[];
  /** Root of the token trie; read by the matcher. */
  readonly root: ReadonlyTrie;
  /** First character codes of the first keys, so most tokens are rejected without slicing. */
  readonly firstChars: ReadonlySet<number>;
}

export interface ReadonlyTrie {
  readonly hits: readonly PlaceHit[];
  readonly needsThe: boolean;
  readonly next: ReadonlyMap<string, ReadonlyTrie>;
}

export interface LoadOptions {
  /** countries.tsv whose ISO3 codes the country column must use. */
  readonly countriesFile?: string;
  readonly abbreviations?: Abbreviations;
}

export function loadPlaceGazetteer(
  file: string = dataPath('places/places.tsv'),
  options: LoadOptions = {},
): PlaceGazetteer {
  const countries = loadIsoCodes(options.countriesFile ?? dataPath('actors/countries.tsv'));
  const abbreviations = options.abbreviations ?? loadAbbreviations();
  const root: TrieNode = node();
  const entries: PlaceEntry[] = [];
  const ids = new Set<string>();
  for (const row of readTsv(file, COLUMNS)) {
    const entry = parseRow(row, file, entries.length, countries);
    if (ids.has(entry.id)) bad(file, row, `duplicate id "${entry.id}"`);
    ids.add(entry.id);
    entries.push(entry);
    for (const surface of [entry.name, ...splitValues(row.cells.aliases)]) {
      addSurface(root, surface, entry, abbreviations);
    }
  }
  const firstChars = new Set<number>();
  for (const key of root.next.keys()) firstChars.add(key.charCodeAt(0));
  return { entries, root, firstChars };
}

function loadIsoCodes(file: string): ReadonlySet<string> {
  return new Set(readTsv(file, ['iso3']).map((row) => row.cells.iso3));
}

function parseRow(row: TsvRow, file: string, order: number, countries: ReadonlySet<string>): PlaceEntry {
  const c = row.cells;
  if (!c.id) bad(file, row, 'empty id');
  if (!c.name) bad(file, row, 'empty name');
  const kind = c.kind as PlaceKind;
  if (!PLACE_KINDS.includes(kind)) bad(file, row, `kind "${c.kind}" is not one of ${PLACE_KINDS.join(', ')}`);
  const country = c.country || null;
  if (country !== null && !countries.has(country)) {
    bad(file, row, `country "${country}" is not an ISO3 code of countries.tsv`);
  }
  if (kind === 'country' && country === null) bad(file, row, 'a country row needs its ISO3 code');
  // Vehicles move, so they alone may lack coordinates.
  const optional = kind === 'vehicle';
  const lat = coordinate(file, row, 'lat', 90, optional);
  const lon = coordinate(file, row, 'lon', 180, optional);
  if ((lat === null) !== (lon === null)) bad(file, row, 'give both lat and lon or neither');
  return { id: c.id, name: c.name, kind, country, lat, lon, admin: c.admin || null, order };
}

function coordinate(file: string, row: TsvRow, column: 'lat' | 'lon', limit: number, optional: boolean) {
  const cell = row.cells[column];
  if (cell === '') {
    if (optional) return null;
    bad(file, row, `empty ${column}`);
  }
  const value = Number(cell);
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    bad(file, row, `${column} "${cell}" is not a number between -${limit} and ${limit}`);
  }
  return value;
}

function bad(file: string, row: TsvRow, reason: string): never {
  throw new SitrepError('E011', { file, line: row.line, reason });
}

function addSurface(root: TrieNode, surface: string, entry: PlaceEntry, abbreviations: Abbreviations): void {
  const trimmed = surface.trim();
  const article = /^the\s+/i.exec(trimmed);
  const bare = article ? trimmed.slice(article[0].length) : trimmed;
  const keys = surfaceKeys(bare, abbreviations);
  if (keys.length === 0) return;
  let at = root;
  for (const key of keys) {
    let child = at.next.get(key);
    if (!child) {
      child = node();
      at.next.set(key, child);
    }
    at = child;
  }
  const needsThe = article !== null;
  const same = at.hits.find((h) => h.entry === entry);
  // The same entry reachable with and without the article needs no article.
  if (same) {
    if (same.needsThe && !needsThe) at.hits[at.hits.indexOf(same)] = { entry, needsThe };
  } else {
    at.hits.push({ entry, needsThe });
  }
  at.needsThe = at.hits.some((h) => h.needsThe);
}

/** Words of letters and inner hyphens only: the tokenizer would split them at the spaces alone. */
const PLAIN = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)*$/u;

/** Trie keys of a surface form; most are plain words, which skip the (slower) tokenizer. */
function surfaceKeys(surface: string, abbreviations: Abbreviations): string[] {
  if (PLAIN.test(surface)) return surface.split(' ');
  return tokenize(surface, abbreviations).map((t) => normalizeKey(surface.slice(t.start, t.end)));
}

function node(): TrieNode {
  return { hits: [], needsThe: false, next: new Map() };
}
