/**
 * Loads data/lexicon/time.tsv into lookup tables built once: Maps and Sets for single words,
 * word tries for phrases, so the stage does one Map lookup per token and never compiles a
 * regular expression per article.
 */
import { dataPath, readTsv, splitValues } from '../../data/files.js';
import { SitrepError } from '../../errors.js';
import { parseSpec, type Spec, type Unit } from './spec.js';

export type MonthCondition = 'plain' | 'strict' | 'number' | 'abbr';

/** A word trie: each node maps the next lower-cased token to a node; `value` ends a phrase. */
export interface Trie<T> {
  next: Map<string, Trie<T>>;
  value?: T;
}

export interface Cue {
  /** When non-empty, the next token must be one of these for the cue to count. */
  readonly next: ReadonlySet<string>;
}

export interface TimeLexicon {
  readonly months: ReadonlyMap<string, { month: number; condition: MonthCondition }>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly dayparts: ReadonlySet<string>;
  readonly seasons: ReadonlyMap<string, { month: number; needsRel: boolean }>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly modifiers: ReadonlySet<string>;
  readonly relwords: ReadonlyMap<string, number>;
  readonly preps: ReadonlySet<string>;
  readonly phrases: Trie<Spec>;
  readonly exceptions: Trie<true>;
  readonly future: ReadonlyMap<string, Cue>;
  readonly past: ReadonlyMap<string, Cue>;
  readonly aux: ReadonlySet<string>;
  readonly notPast: ReadonlySet<string>;
  readonly today: Trie<true>;
  /** Verbs of saying whose date counts "overnight" or "yesterday" told before them (index.ts). */
  readonly saying: ReadonlySet<string>;
  /** Lemmas of verbs whose infinitive looks ahead even when they are past ("offered to host"). */
  readonly forward: ReadonlySet<string>;
  /** Every word that can open a composed (non-phrase) expression; digits are checked apart. */
  readonly starters: ReadonlySet<string>;
}

const UNITS: readonly Unit[] = [
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'decade',
  'fortnight',
  'weekend',
];

export function emptyTrie<T>(): Trie<T> {
  return { next: new Map() };
}

export function addToTrie<T>(trie: Trie<T>, words: readonly string[], value: T): void {
  let node = trie;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = emptyTrie<T>();
      node.next.set(w, child);
    }
    node = child;
  }
  node.value = value;
}

/** Longest phrase of the trie starting at words[i]; returns its value and the index past it. */
export function longestMatch<T>(
  trie: Trie<T>,
  words: readonly string[],
  i: number,
  limit: number,
): { value: T; end: number } | null {
  let node: Trie<T> | undefined = trie;
  let best: { value: T; end: number } | null = null;
  for (let j = i; j < limit && node; j++) {
    node = node.next.get(words[j]);
    if (node?.value !== undefined) best = { value: node.value, end: j + 1 };
  }
  return best;
}

export function loadTimeLexicon(file = dataPath('lexicon/time.tsv')): TimeLexicon {
  const months = new Map<string, { month: number; condition: MonthCondition }>();
  const weekdays = new Map<string, number>();
  const dayparts = new Set<string>();
  const seasons = new Map<string, { month: number; needsRel: boolean }>();
  const units = new Map<string, Unit>();
  const numbers = new Map<string, number>();
  const modifiers = new Set<string>();
  const relwords = new Map<string, number>();
  const preps = new Set<string>();
  const phrases = emptyTrie<Spec>();
  const exceptions = emptyTrie<true>();
  const future = new Map<string, Cue>();
  const past = new Map<string, Cue>();
  const aux = new Set<string>();
  const notPast = new Set<string>();
  const today = emptyTrie<true>();
  const saying = new Set<string>();
  const forward = new Set<string>();

  for (const row of readTsv(file, ['kind', 'key', 'value', 'condition'])) {
    const { kind, key, value, condition } = row.cells;
    const bad = (reason: string): never => {
      throw new SitrepError('E011', { file, line: row.line, reason });
    };
    const int = (): number => {
      const n = Number(value);
      return Number.isInteger(n) ? n : bad(`value "${value}" is not an integer`);
    };
    if (!key) bad('empty key');
    switch (kind) {
      case 'month': {
        const month = int();
        const cond = (condition || 'plain') as MonthCondition;
        if (month < 1 || month > 12 || !['plain', 'strict', 'number', 'abbr'].includes(cond))
          bad('bad month row');
        months.set(key, { month, condition: cond });
        break;
      }
      case 'weekday':
        weekdays.set(key, int());
        break;
      case 'daypart':
        dayparts.add(key);
        break;
      case 'season':
        seasons.set(key, { month: int(), needsRel: condition === 'rel' });
        break;
      case 'unit':
        if (!UNITS.includes(value as Unit)) bad(`unknown unit "${value}"`);
        units.set(key, value as Unit);
        break;
      case 'number':
        numbers.set(key, int());
        break;
      case 'modifier':
        modifiers.add(key);
        break;
      case 'relword':
        relwords.set(key, int());
        break;
      case 'prep':
        preps.add(key);
        break;
      case 'phrase':
        addToTrie(phrases, key.split(' '), parseSpec(value) ?? bad(`bad spec "${value}"`));
        break;
      case 'exception':
        addToTrie(exceptions, key.split(' '), true);
        break;
      case 'future':
      case 'past':
        (kind === 'future' ? future : past).set(key, { next: new Set(splitValues(condition)) });
        break;
      case 'aux':
        aux.add(key);
        break;
      case 'notpast':
        notPast.add(key);
        break;
      case 'today':
        addToTrie(today, key.split(' '), true);
        break;
      case 'saying':
        saying.add(key);
        break;
      case 'forward':
        forward.add(key);
        break;
      default:
        bad(`unknown kind "${kind}"`);
    }
  }
  const starters = new Set<string>(['the', 'several', 'few', 'many']);
  for (const table of [months, weekdays, seasons, numbers, relwords] as ReadonlyMap<string, unknown>[]) {
    for (const key of table.keys()) starters.add(key);
  }
  for (const m of modifiers) starters.add(m);
  return {
    starters,
    months,
    weekdays,
    dayparts,
    seasons,
    units,
    numbers,
    modifiers,
    relwords,
    preps,
    phrases,
    exceptions,
    future,
    past,
    aux,
    notPast,
    today,
    saying,
    forward,
  };
}
