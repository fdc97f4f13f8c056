/**
 * Loads the event lexicon — data/events/verbs.tsv, nouns.tsv, synsets.tsv and the CAMEO code
 * table cameo.tsv — into lookup structures built once. Every pattern is parsed and checked
 * here, so the coder never meets a malformed row and an analyst's typo is reported with its
 * file and line (E011) when sitrep starts, not as a silent miss on some later article.
 */

import { fileURLToPath } from 'node:url';
import { readTsv, readWordList, splitValues, type TsvRow } from '../../data/files.js';
import { SitrepError } from '../../errors.js';
import { type Descriptors, loadDescriptors, loadStateGroups, type StateGroups } from './descriptors.js';

/** Prepositions a pattern may name; other words are typos or need a new entry here. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'to',
  'on',
  'against',
  'between',
  'by',
  'for',
  'from',
  'of',
  'over',
  'into',
  'at',
  'in',
  'toward',
  'towards',
  'about',
  'across',
  'after',
  'among',
  'around',
  'near',
  'through',
  'under',
  'upon',
  'within',
  'without',
  'as',
  'off',
  'onto',
  'inside',
  'along',
  'amid',
  'beyond',
  'behind',
  'despite',
]);

/** Where the event's target comes from: the direct object, a preposition's noun, or elsewhere. */
export type Target = { readonly kind: 'obj' } | { readonly kind: 'prep'; readonly prep: string } | null;

/** An oblique that must be present; `lemmas` null means any head noun will do. */
export interface PrepCondition {
  readonly prep: string;
  readonly lemmas: ReadonlySet<string> | null;
  /** Words that must come before the noun in its phrase (see VerbRow.objWords). */
  readonly words?: readonly ReadonlySet<string>[];
}

/** One parsed row of verbs.tsv (or of an analyst's PETRARCH dictionary). */
export interface VerbRow {
  /** The verb's lemma, lower case. */
  readonly lemma: string;
  readonly target: Target;
  /** Allowed lemmas of the direct object; null when the object is not constrained. */
  readonly obj: ReadonlySet<string> | null;
  /**
   * Words that must come before the object's head within its phrase, in this order, the last
   * right before it: a PETRARCH phrase `{DIPLOMATIC TIES}` matches "full diplomatic ties" and
   * `{NEW &TIETYPES RELATIONS}` "new global economic relations". Each is a set of lemmas.
   */
  readonly objWords?: readonly ReadonlySet<string>[];
  /** True when the row needs a direct object (a `*` or `obj` item). */
  readonly needsObj: boolean;
  /** True when the row needs the verb to have no direct object (a `-obj` item). */
  readonly noObj?: boolean;
  readonly preps: readonly PrepCondition[];
  /** Allowed lemmas of an open clausal complement; an empty set means any xcomp. */
  readonly xcomp: ReadonlySet<string> | null;
  /** Required particle (compound:prt), e.g. "off" in "call off". */
  readonly prt: string | null;
  /** CAMEO code; null when the row blocks ("this is not an event"). */
  readonly code: string | null;
  /** Higher wins among the rows that match one verb. */
  readonly specificity: number;
  /** Where the row came from, "verbs.tsv:42". */
  readonly rule: string;
  readonly note: string;
}

/** One parsed row of nouns.tsv: a nominal event ("air strike on Odesa"). */
export interface NounRow {
  /** Full lemma sequence as written, words separated by one space: "drone attack". */
  readonly lemma: string;
  readonly words: readonly string[];
  readonly target: Target;
  readonly preps: readonly PrepCondition[];
  readonly code: string | null;
  readonly specificity: number;
  readonly rule: string;
  readonly note: string;
}

export interface CameoInfo {
  readonly code: string;
  readonly name: string;
  /** Goldstein score; null for the codes added after the GDELT scale (155, 176, 1951, ...). */
  readonly goldstein: number | null;
  readonly quad: number;
  readonly plover: string;
  readonly ploverMode: string;
}

/** The CAMEO code table; `info` falls back to the nearest listed parent (1246 → 124 → 12). */
export class CameoTable {
  private readonly codes: ReadonlyMap<string, CameoInfo>;

  constructor(codes: ReadonlyMap<string, CameoInfo>) {
    this.codes = codes;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  info(code: string): CameoInfo | null {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const found = this.codes.get(c);
      if (found) return found;
    }
    return null;
  }

  /** The two-digit root of a code ("0871" → "08"). */
  static root(code: string): string {
    return code.slice(0, 2);
  }

  get size(): number {
    return this.codes.size;
  }
}

export interface EventLexicon {
  /** Verb rows by lemma, most specific (then narrowest) first: the first row that matches wins. */
  readonly verbs: ReadonlyMap<string, readonly VerbRow[]>;
  /** Noun rows by the last word of their lemma, longest lemma then most specific first. */
  readonly nouns: ReadonlyMap<string, readonly NounRow[]>;
  readonly synsets: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cameo: CameoTable;
  /** Common nouns that stand for an actor named earlier ("the agency", "the kingdom"). */
  readonly descriptors: Descriptors;
  /** Groups of states named as one ("the Baltic states"). */
  readonly groups: StateGroups;
  /** Words that make naming a criticism ("called the decision shameful"). */
  readonly censure: ReadonlySet<string>;
}

const LEMMA = /^\p{Ll}[\p{Ll}\p{Nd}'.-]*$/u;
const SYNSET_NAME = /^@[A-Z][A-Z0-9_]*$/;

function defaultDir(): string {
  return fileURLToPath(new URL('../../../../data/events/', import.meta.url));
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

export function loadEventLexicon(dir: string = defaultDir()): EventLexicon {
  const cameo = loadCameoTable(join(dir, 'cameo.tsv'));
  const synsets = loadSynsets(join(dir, 'synsets.tsv'));
  const verbFile = join(dir, 'verbs.tsv');
  const verbs = readTsv(verbFile, ['lemma', 'pattern', 'code']).map((row) =>
    parseVerbRow(row, { file: verbFile, synsets, cameo }),
  );
  const nounFile = join(dir, 'nouns.tsv');
  const nouns = readTsv(nounFile, ['lemma', 'pattern', 'code']).map((row) =>
    parseNounRow(row, { file: nounFile, synsets, cameo }),
  );
  const descriptors = loadDescriptors(join(dir, 'descriptors.tsv'));
  const groups = loadStateGroups(join(dir, 'groups.tsv'));
  const censure = new Set(readWordList(join(dir, 'censure.txt')));
  return { verbs: indexVerbs(verbs), nouns: indexNouns(nouns), synsets, cameo, descriptors, groups, censure };
}

/**
 * A lexicon with extra verb rows (an analyst's --verbs dictionary): added on top of sitrep's
 * own rows, or replacing them all when `replace` is set.
 */
export function withVerbRows(lexicon: EventLexicon, rows: readonly VerbRow[], replace = false): EventLexicon {
  const base: VerbRow[] = replace ? [] : [...lexicon.verbs.values()].flat();
  return { ...lexicon, verbs: indexVerbs([...base, ...rows]) };
}

export function loadCameoTable(file: string): CameoTable {
  const codes = new Map<string, CameoInfo>();
  for (const row of readTsv(file, ['code', 'name', 'goldstein', 'quad', 'plover', 'plover_mode'])) {
    const { code, name, goldstein, quad, plover, plover_mode: ploverMode } = row.cells;
    const bad = (reason: string): never => {
      throw new SitrepError('E011', { file, line: row.line, reason });
    };
    if (!/^\d{2,4}$/.test(code)) bad(`code "${code}" is not 2-4 digits`);
    const g = goldstein === '' ? null : Number(goldstein);
    const q = Number(quad);
    if (g !== null && Number.isNaN(g)) bad(`goldstein "${goldstein}" is not a number`);
    if (![1, 2, 3, 4].includes(q)) bad(`quad "${quad}" is not 1-4`);
    codes.set(code, { code, name, goldstein: g, quad: q, plover, ploverMode });
  }
  return new CameoTable(codes);
}

export function loadSynsets(file: string): Map<string, ReadonlySet<string>> {
  const raw = new Map<string, { line: number; values: string[] }>();
  for (const row of readTsv(file, ['name', 'lemmas'])) {
    const { name } = row.cells;
    if (!SYNSET_NAME.test(name)) {
      throw new SitrepError('E011', { file, line: row.line, reason: `synset name "${name}" must be @UPPER` });
    }
    if (raw.has(name)) throw new SitrepError('E011', { file, line: row.line, reason: `duplicate ${name}` });
    raw.set(name, { line: row.line, values: splitValues(row.cells.lemmas) });
  }
  const resolved = new Map<string, ReadonlySet<string>>();
  for (const name of raw.keys()) resolveSynset(name, raw, resolved, [], file);
  return resolved;
}

/** Expands a synset, following `@OTHER` members; a cycle or unknown name is a data error. */
function resolveSynset(
  name: string,
  raw: ReadonlyMap<string, { line: number; values: string[] }>,
  resolved: Map<string, ReadonlySet<string>>,
  stack: string[],
  file: string,
): ReadonlySet<string> {
  const done = resolved.get(name);
  if (done) return done;
  const entry = raw.get(name);
  if (!entry) throw new SitrepError('E011', { file, line: 0, reason: `unknown synset ${name}` });
  const bad = (reason: string): never => {
    throw new SitrepError('E011', { file, line: entry.line, reason });
  };
  if (stack.includes(name)) bad(`synset ${name} includes itself`);
  const out = new Set<string>();
  for (const value of entry.values) {
    if (value.startsWith('@')) {
      if (!raw.has(value)) bad(`unknown synset ${value}`);
      for (const v of resolveSynset(value, raw, resolved, [...stack, name], file)) out.add(v);
    } else if (LEMMA.test(value)) out.add(value);
    else bad(`"${value}" is not a lower-case lemma`);
  }
  if (out.size === 0) bad(`synset ${name} is empty`);
  resolved.set(name, out);
  return out;
}

interface ParseContext {
  readonly file: string;
  readonly synsets: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cameo: CameoTable;
}

/** The parts a pattern string consists of, before they are tied to a verb or noun. */
export interface ParsedPattern {
  readonly target: Target;
  readonly obj: ReadonlySet<string> | null;
  readonly needsObj: boolean;
  readonly noObj: boolean;
  readonly preps: readonly PrepCondition[];
  readonly xcomp: ReadonlySet<string> | null;
  readonly prt: string | null;
  readonly specificity: number;
}

/**
 * Parses a pattern ("obj=@SANCTION on *"). Throws a plain Error with the reason; callers wrap
 * it into E011 with their file and line.
 */
export function parsePattern(
  pattern: string,
  synsets: ReadonlyMap<string, ReadonlySet<string>>,
): ParsedPattern {
  let target: Target = null;
  let obj: ReadonlySet<string> | null = null;
  let objItem = false;
  let noObj = false;
  let xcomp: ReadonlySet<string> | null = null;
  let prt: string | null = null;
  const preps: PrepCondition[] = [];
  let afterPrep = false;
  for (const item of pattern.split(/\s+/).filter((s) => s.length > 0)) {
    if (item === '*') {
      if (target) throw new Error('more than one * in the pattern');
      if (afterPrep) target = { kind: 'prep', prep: preps[preps.length - 1].prep };
      else if (preps.length === 0) target = { kind: 'obj' };
      else throw new Error('* must come before any preposition or right after one');
      afterPrep = false;
      continue;
    }
    if (item === '-obj') {
      noObj = true;
      continue;
    }
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    const values = eq < 0 ? null : expandValues(item.slice(eq + 1), synsets);
    afterPrep = false;
    if (key === 'obj') {
      if (objItem) throw new Error('obj given twice');
      objItem = true;
      obj = values;
    } else if (key === 'xcomp') {
      if (xcomp) throw new Error('xcomp given twice');
      xcomp = values ?? new Set();
    } else if (key === 'prt') {
      const only = values?.size === 1 ? [...values][0] : null;
      if (!only) throw new Error('prt needs exactly one particle: prt=off');
      if (prt) throw new Error('prt given twice');
      prt = only;
    } else if (PREPOSITIONS.has(key)) {
      if (preps.some((p) => p.prep === key)) throw new Error(`preposition "${key}" given twice`);
      preps.push({ prep: key, lemmas: values });
      afterPrep = true;
    } else {
      throw new Error(`unknown pattern item "${item}"`);
    }
  }
  const needsObj = objItem || target?.kind === 'obj';
  if (noObj && needsObj) throw new Error('-obj and an object item contradict each other');
  return {
    target,
    obj,
    needsObj,
    noObj,
    preps,
    xcomp,
    prt,
    specificity: specificityOf(obj, needsObj, preps, xcomp, prt),
  };
}

/** A constrained item (obj=, PREP=, xcomp=, prt=) counts 2; a presence-only item counts 1. */
function specificityOf(
  obj: ReadonlySet<string> | null,
  needsObj: boolean,
  preps: readonly PrepCondition[],
  xcomp: ReadonlySet<string> | null,
  prt: string | null,
): number {
  let n = obj ? 2 : needsObj ? 1 : 0;
  for (const p of preps) n += p.lemmas ? 2 : 1;
  if (xcomp) n += xcomp.size > 0 ? 2 : 1;
  if (prt) n += 2;
  return n;
}

/** Expands "talk|@TALKS" into a set of lemmas; unknown synsets and odd words are errors. */
function expandValues(cell: string, synsets: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> {
  // Rows repeat the same lists (obj=@AID ...): share one read-only set per list and synset table.
  let cache = expansionCache.get(synsets);
  if (!cache) {
    cache = new Map();
    expansionCache.set(synsets, cache);
  }
  const hit = cache.get(cell);
  if (hit) return hit;
  const out = expandFresh(cell, synsets);
  cache.set(cell, out);
  return out;
}

const expansionCache = new WeakMap<
  ReadonlyMap<string, ReadonlySet<string>>,
  Map<string, ReadonlySet<string>>
>();

/** A word of a value list that reads as a plural ("waters", not "crisis" or "access"). */
const PLURAL_LISTED = /^[a-z-]{3,}[^su]s$/;

function expandFresh(cell: string, synsets: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const value of splitValues(cell)) {
    if (value.startsWith('@')) {
      const members = synsets.get(value);
      if (!members) throw new Error(`unknown synset ${value}`);
      for (const m of members) out.add(m);
    } else if (LEMMA.test(value)) {
      out.add(value);
      // (A noun listed in the plural, "waters", "arms", "terms", also matches its lemma.)
      if (PLURAL_LISTED.test(value)) out.add(value.slice(0, -1));
    } else throw new Error(`"${value}" is not a lower-case lemma or @SYNSET`);
  }
  if (out.size === 0) throw new Error(`empty value list in "${cell}"`);
  return out;
}

/** "-" blocks; anything else must be a code of cameo.tsv. */
function parseCode(code: string, cameo: CameoTable): string | null {
  if (code === '-') return null;
  if (!code) throw new Error('empty code (use - to block)');
  if (!cameo.has(code)) throw new Error(`code "${code}" is not in cameo.tsv`);
  return code;
}

function ruleName(file: string, line: number): string {
  return `${file.slice(file.lastIndexOf('/') + 1)}:${line}`;
}

export function parseVerbRow(row: TsvRow, ctx: ParseContext): VerbRow {
  const { lemma, pattern, code, note } = row.cells;
  try {
    if (!LEMMA.test(lemma)) throw new Error(`lemma "${lemma}" must be one lower-case word`);
    const parsed = parsePattern(pattern, ctx.synsets);
    return {
      lemma,
      ...parsed,
      code: parseCode(code, ctx.cameo),
      rule: ruleName(ctx.file, row.line),
      note: note ?? '',
    };
  } catch (error) {
    if (error instanceof SitrepError) throw error;
    throw new SitrepError('E011', { file: ctx.file, line: row.line, reason: (error as Error).message });
  }
}

export function parseNounRow(row: TsvRow, ctx: ParseContext): NounRow {
  const { lemma, pattern, code, note } = row.cells;
  try {
    const words = lemma.split(' ');
    if (words.some((w) => !LEMMA.test(w))) throw new Error(`lemma "${lemma}" must be lower-case words`);
    const parsed = parsePattern(pattern, ctx.synsets);
    if (parsed.needsObj || parsed.noObj || parsed.xcomp || parsed.prt) {
      throw new Error('a noun pattern takes only preposition items (on *, between *, by=...)');
    }
    return {
      lemma,
      words,
      target: parsed.target,
      preps: parsed.preps,
      code: parseCode(code, ctx.cameo),
      // Longer compounds are more specific than their head alone ("drone strike" over "strike").
      specificity: parsed.specificity + 2 * (words.length - 1),
      rule: ruleName(ctx.file, row.line),
      note: note ?? '',
    };
  } catch (error) {
    if (error instanceof SitrepError) throw error;
    throw new SitrepError('E011', { file: ctx.file, line: row.line, reason: (error as Error).message });
  }
}

function indexVerbs(rows: readonly VerbRow[]): Map<string, VerbRow[]> {
  const index = new Map<string, VerbRow[]>();
  for (const row of rows) {
    const list = index.get(row.lemma);
    if (list) list.push(row);
    else index.set(row.lemma, [row]);
  }
  for (const list of index.values())
    list.sort((a, b) => b.specificity - a.specificity || breadth(a) - breadth(b));
  return index;
}

/**
 * How many lemmas a row's sets admit. Among rows of equal specificity the narrower one is the
 * better description ("send food" is humanitarian aid 073 before aid in general 070), so the
 * index puts it first and the coder can take the first row that matches.
 */
export function breadth(row: {
  readonly obj?: ReadonlySet<string> | null;
  readonly preps: readonly PrepCondition[];
  readonly xcomp?: ReadonlySet<string> | null;
}): number {
  let n = row.obj?.size ?? 0;
  for (const p of row.preps) n += p.lemmas?.size ?? 0;
  return n + (row.xcomp?.size ?? 0);
}

function indexNouns(rows: readonly NounRow[]): Map<string, NounRow[]> {
  const index = new Map<string, NounRow[]>();
  for (const row of rows) {
    const head = row.words[row.words.length - 1];
    const list = index.get(head);
    if (list) list.push(row);
    else index.set(head, [row]);
  }
  for (const list of index.values()) {
    list.sort(
      (a, b) => b.words.length - a.words.length || b.specificity - a.specificity || breadth(a) - breadth(b),
    );
  }
  return index;
}

/** Writes a parsed row back in the pattern language (sets inline), e.g. for the seed script. */
export function formatPattern(row: {
  readonly target: Target;
  readonly obj: ReadonlySet<string> | null;
  readonly needsObj: boolean;
  readonly noObj?: boolean;
  readonly preps: readonly PrepCondition[];
  readonly xcomp?: ReadonlySet<string> | null;
  readonly prt: string | null;
}): string {
  const items: string[] = [];
  const list = (s: ReadonlySet<string>): string => [...s].join('|');
  if (row.prt) items.push(`prt=${row.prt}`);
  if (row.target?.kind === 'obj') items.push('*');
  if (row.obj) items.push(`obj=${list(row.obj)}`);
  else if (row.needsObj && row.target?.kind !== 'obj') items.push('obj');
  if (row.noObj) items.push('-obj');
  if (row.xcomp) items.push(row.xcomp.size > 0 ? `xcomp=${list(row.xcomp)}` : 'xcomp');
  for (const p of row.preps) {
    items.push(p.lemmas ? `${p.prep}=${list(p.lemmas)}` : p.prep);
    if (row.target?.kind === 'prep' && row.target.prep === p.prep) items.push('*');
  }
  return items.join(' ');
}
