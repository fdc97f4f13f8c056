/**
 * Readers for analysts' own dictionaries in the Phoenix/PETRARCH text formats, so a team that
 * curated PETRARCH-2 verb, actor or agent files can load them with --verbs, --actors, --agents.
 *
 * PETRARCH matches word sequences in a Treebank parse; sitrep matches a Universal Dependencies
 * parse. A verb pattern is converted only when it says something sitrep's pattern language
 * can say (object head, particle, prepositional phrases, target marker); the rest is skipped
 * and counted by reason, so an analyst sees how much of a dictionary was kept.
 */
import type { CameoTable, PrepCondition, Target, VerbRow } from './lexicon.js';
import { PREPOSITIONS } from './lexicon.js';

/** Words that, right after the verb, are particles of a phrasal verb ("call off", "shut down"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'off',
  'up',
  'down',
  'out',
  'away',
  'back',
  'over',
  'on',
  'in',
  'through',
  'around',
  'apart',
  'aside',
  'forward',
  'along',
]);

/** Plural-looking words whose lemma keeps the final s. */
const KEEP_S: ReadonlySet<string> = new Set(['news', 'arms', 'series', 'means', 'headquarters', 'species']);

export interface PetrarchVerbResult {
  readonly rows: VerbRow[];
  /** Patterns turned into at least one row. */
  readonly converted: number;
  /** Patterns (and multi-word verbs) left out, by reason. */
  readonly skipped: number;
  readonly skipReasons: ReadonlyMap<string, number>;
}

export interface PetrarchVerbOptions {
  /** When given, rows whose code is not in the table are skipped (PETRARCH files carry WEIS codes). */
  readonly cameo?: CameoTable;
  /**
   * 'block' (PETRARCH semantics): every pattern applies to every verb of its block.
   * 'origin': a pattern applies only to the verb its comment names ("# CLOSE"), when that verb
   * is in the block — closer to what the dictionary's coders actually saw.
   */
  readonly scope?: 'block' | 'origin';
}

interface BlockVerb {
  readonly lemma: string;
  readonly prt: string | null;
  readonly preps: readonly PrepCondition[];
  readonly obj: ReadonlySet<string> | null;
  readonly code: string | null | undefined;
  readonly forms: ReadonlySet<string>;
  readonly line: number;
}

interface Block {
  readonly code: string | null;
  readonly verbs: BlockVerb[];
  readonly patterns: { text: string; line: number }[];
}

/** Lower-cases a PETRARCH word and takes off the stop mark and a regular plural. */
export function petrarchLemma(word: string): string {
  const stopped = word.endsWith('_');
  const w = word.replace(/_+$/, '').toLowerCase();
  if (stopped || KEEP_S.has(w) || w.length < 4) return w;
  // ("TIES", "LIES": a short -ies word is an -ie word's plural, not an -y word's.)
  if (w.endsWith('ies')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function stripComment(line: string): { body: string; comment: string } {
  const hash = line.indexOf('#');
  if (hash < 0) return { body: line.trim(), comment: '' };
  return { body: line.slice(0, hash).trim(), comment: line.slice(hash + 1).trim() };
}

function isCommentLine(line: string): boolean {
  const t = line.trim();
  return t.startsWith('#') || t.startsWith('<!--');
}

/** Reads `&NAME` / `+MEMBER` synonym sets; multi-word members cannot match one head lemma. */
function readSynsets(lines: readonly string[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const raw of lines) {
    const { body } = stripComment(raw);
    if (body.startsWith('---')) current = null;
    else if (body.startsWith('&')) {
      current = new Set();
      sets.set(body.split(/\s+/)[0].replace(/_+$/, ''), current);
    } else if (current && body.startsWith('+')) {
      const member = body.slice(1).split(/\s+/)[0];
      const word = member.replace(/_+$/, '');
      if (/^[A-Z][A-Z'-]*$/.test(word)) current.add(petrarchLemma(member));
    } else if (body === '') continue;
    else current = null;
  }
  return sets;
}

/** Regular inflections of a verb, so a pattern comment naming "HALTED" finds HALT. */
function inflections(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, `${base}s`, `${base}es`, `${stem}ed`, `${stem}ing`, `${base}d`];
}

/** Parses a verb line: `HALT`, `QUIT {QUITS QUITTING} [160]`, `+CALL_OFF {+CALLED_OFF} [160]`. */
function parseVerbLine(body: string, line: number, count: (reason: string) => void): BlockVerb | null {
  const codeMatch = body.match(/\[([^\]]*)\]/);
  const formsMatch = body.match(/\{([^}]*)\}/);
  const head =
    body
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .trim()
      .split(/\s+/)[0] ?? '';
  const words = head.replace(/^\+/, '').replace(/_+$/, '').toLowerCase().split('_');
  const code = codeMatch ? normaliseCode(codeMatch[1]) : undefined;
  const forms = new Set<string>();
  for (const f of [head, ...(formsMatch ? formsMatch[1].trim().split(/\s+/) : [])]) {
    if (f) forms.add(f.replace(/^\+/, '').toLowerCase());
  }
  for (const f of inflections(words.join('_'))) forms.add(f);
  if (words.length === 1) return { lemma: words[0], prt: null, preps: [], obj: null, code, forms, line };
  if (words.length !== 2 || words.some((w) => !/^[a-z][a-z'-]*$/.test(w))) {
    count('multi-word verb not expressible');
    return null;
  }
  const [lemma, second] = words;
  if (PARTICLES.has(second)) return { lemma, prt: second, preps: [], obj: null, code, forms, line };
  if (PREPOSITIONS.has(second)) {
    return { lemma, prt: null, preps: [{ prep: second, lemmas: null }], obj: null, code, forms, line };
  }
  return { lemma, prt: null, preps: [], obj: new Set([petrarchLemma(second)]), code, forms, line };
}

/** `[042]` → 042, `[042:043]` → 042 (the active reading), `[:138]` → undefined, `[---]` → null. */
function normaliseCode(raw: string): string | null | undefined {
  const code = raw.trim().split(':')[0].trim();
  if (code === '---') return null;
  if (code === '') return undefined;
  return code;
}

function splitBlocks(lines: readonly string[], count: (reason: string) => void): Block[] {
  const blocks: { code: string | null; verbs: BlockVerb[]; patterns: { text: string; line: number }[] }[] =
    [];
  let current: Block | null = null;
  lines.forEach((raw, i) => {
    if (isCommentLine(raw)) return;
    const { body } = stripComment(raw);
    if (body === '') return;
    const header = body.match(/^---\s*(\S+)\s*\[([^\]]*)\]\s*---/);
    if (header) {
      current = { code: normaliseCode(header[2]) ?? null, verbs: [], patterns: [] };
      blocks.push(current);
      return;
    }
    if (!current || body.startsWith('&')) return;
    if (body.startsWith('- ')) current.patterns.push({ text: raw, line: i + 1 });
    else if (/^\+?[A-Z]/.test(body)) {
      const verb = parseVerbLine(body, i + 1, count);
      if (verb) current.verbs.push(verb);
    }
  });
  return blocks;
}

/** Splits a pattern body into tokens, keeping `{...}` and `(...)` groups whole. */
function tokenize(body: string): string[] {
  const tokens: string[] = [];
  const re = /\{[^}]*\}|\([^)]*\)|\S+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) tokens.push(m[0]);
  return tokens;
}

interface ConvertedPattern {
  readonly target: Target;
  readonly obj: ReadonlySet<string> | null;
  /** Words before the object's head (`{DIPLOMATIC TIES}`), empty for a one-word object. */
  readonly objWords: readonly ReadonlySet<string>[];
  readonly preps: PrepCondition[];
  readonly prt: string | null;
}

type Conversion = ConvertedPattern | { readonly skip: string };

/** A preposition whose noun a pattern names. */
function prepOn(prep: string, noun: NounSpec): PrepCondition {
  return noun.words.length > 0
    ? { prep, lemmas: noun.lemmas, words: noun.words }
    : { prep, lemmas: noun.lemmas };
}

/** A noun a pattern names: the lemmas its head may have and the words before it ("{DIPLOMATIC TIES}"). */
interface NounSpec {
  readonly lemmas: ReadonlySet<string>;
  readonly words: readonly ReadonlySet<string>[];
}

/** The noun a token stands for: a word, an `&SYNSET`, or a `{...}` phrase of them; else why not. */
function nounSpec(token: string, synsets: ReadonlyMap<string, ReadonlySet<string>>): NounSpec | string {
  if (!token.startsWith('{')) {
    const lemmas = wordLemmas(token, synsets);
    return typeof lemmas === 'string' ? lemmas : { lemmas, words: [] };
  }
  const inner = token.slice(1, -1).trim().split(/\s+/);
  const sets = inner.map((w) => wordLemmas(w, synsets));
  const bad = sets.find((x): x is string => typeof x === 'string');
  if (bad !== undefined) return bad;
  const all = sets as ReadonlySet<string>[];
  return { lemmas: all[all.length - 1], words: all.slice(0, -1) };
}

/** The lemmas one word of a pattern stands for: itself or the members of its synonym set. */
function wordLemmas(
  token: string,
  synsets: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlySet<string> | string {
  if (token.startsWith('&')) {
    const set = synsets.get(token.replace(/_+$/, ''));
    if (!set) return 'unknown synset';
    return set.size > 0 ? set : 'synset has no one-word members';
  }
  if (!/^[A-Z][A-Z'-]*_*$/.test(token)) return 'unsupported token';
  return new Set([petrarchLemma(token)]);
}

/** Converts the tokens after the verb (`*`) into sitrep's pattern parts. */
function convertTokens(
  tokens: readonly string[],
  synsets: ReadonlyMap<string, ReadonlySet<string>>,
): Conversion {
  let target: Target = null;
  let obj: ReadonlySet<string> | null = null;
  let objWords: readonly ReadonlySet<string>[] = [];
  let prt: string | null = null;
  const preps: PrepCondition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const lower = tok.toLowerCase();
    if (tok === '+') {
      const lastPrep = preps[preps.length - 1];
      if (!target && !obj && preps.length === 0) target = { kind: 'obj' };
      else if (!target && lastPrep && lastPrep.lemmas === null && i > 0 && tokens[i - 1].startsWith('(')) {
        target = { kind: 'prep', prep: lastPrep.prep }; // `(AGAINST) +`
      } else return { skip: 'target marker in an unsupported place' };
    } else if (tok === '$' || tok === '^' || tok === '%') {
      return { skip: 'source, skip or compound marker after the verb' };
    } else if (tok.startsWith('(')) {
      const inner = tokenize(tok.slice(1, -1).trim());
      const prep = (inner[0] ?? '').toLowerCase();
      if (!PREPOSITIONS.has(prep)) return { skip: 'prepositional phrase with an unknown preposition' };
      if (preps.some((p) => p.prep === prep)) return { skip: 'preposition repeated' };
      if (inner.length === 1) preps.push({ prep, lemmas: null });
      else if (inner.length === 2 && inner[1] === '+') {
        if (target) return { skip: 'two targets' };
        preps.push({ prep, lemmas: null });
        target = { kind: 'prep', prep };
      } else if (inner.length === 2) {
        const noun = nounSpec(inner[1], synsets);
        if (typeof noun === 'string') return { skip: noun };
        preps.push(prepOn(prep, noun));
      } else return { skip: 'prepositional phrase with several words' };
    } else if (i === 0 && PARTICLES.has(lower) && !obj) {
      prt = lower;
    } else if (PREPOSITIONS.has(lower) && /^[A-Z]+$/.test(tok)) {
      // A bare preposition before its noun: `* ON &SOLUTION`, `* TROOP TOWARD +`, or alone.
      if (preps.some((p) => p.prep === lower)) return { skip: 'preposition repeated' };
      const next = tokens[++i];
      if (next === undefined || next.startsWith('(')) {
        preps.push({ prep: lower, lemmas: null });
        if (next !== undefined) i--;
      } else if (next === '+') {
        if (target) return { skip: 'two targets' };
        preps.push({ prep: lower, lemmas: null });
        target = { kind: 'prep', prep: lower };
      } else {
        const noun = nounSpec(next, synsets);
        if (typeof noun === 'string') return { skip: noun };
        preps.push(prepOn(lower, noun));
      }
    } else {
      if (obj || preps.length > 0 || target) return { skip: 'several object words' };
      const noun = nounSpec(tok, synsets);
      if (typeof noun === 'string') return { skip: noun };
      obj = noun.lemmas;
      if (noun.words.length > 0) objWords = noun.words;
    }
  }
  return { target, obj, objWords, preps, prt };
}

/** Converts one `- ... * ... [code] # comment` line, or says why it cannot be. */
function convertPattern(
  text: string,
  synsets: ReadonlyMap<string, ReadonlySet<string>>,
): (ConvertedPattern & { code: string | null; origin: string }) | { skip: string } {
  const { body, comment } = stripComment(text.replace(/^\s*-\s*/, ''));
  const codeMatch = body.match(/\[([^\]]*)\]\s*$/);
  if (!codeMatch) return { skip: 'no code' };
  const code = normaliseCode(codeMatch[1]);
  if (code === undefined) return { skip: 'passive-only code [:X]' };
  const tokens = tokenize(body.slice(0, codeMatch.index).trim());
  const star = tokens.indexOf('*');
  if (star < 0) return { skip: 'no verb position *' };
  if (tokens.slice(0, star).some((t) => t !== '$')) return { skip: 'words before the verb' };
  const converted = convertTokens(tokens.slice(star + 1), synsets);
  if ('skip' in converted) return converted;
  return { ...converted, code, origin: comment.split(/[\s,]+/)[0]?.toLowerCase() ?? '' };
}

function rowSpecificity(r: {
  obj: ReadonlySet<string> | null;
  objWords?: readonly ReadonlySet<string>[];
  needsObj: boolean;
  preps: readonly PrepCondition[];
  prt: string | null;
}): number {
  // (Each word a phrase names before its noun makes the row one step more specific.)
  let n = r.obj ? 2 + (r.objWords?.length ?? 0) : r.needsObj ? 1 : 0;
  for (const p of r.preps) n += p.lemmas ? 2 + (p.words?.length ?? 0) : 1;
  return n + (r.prt ? 2 : 0);
}

/** Joins a block verb with a converted pattern; a clash (two objects, two particles) is null. */
function combine(
  verb: BlockVerb,
  p: ConvertedPattern & { code: string | null },
  rule: string,
  note: string,
): VerbRow | null {
  if ((verb.obj && p.obj) || (verb.prt && p.prt)) return null;
  if (verb.preps.some((vp) => p.preps.some((pp) => pp.prep === vp.prep))) return null;
  const obj = verb.obj ?? p.obj;
  const preps = [...verb.preps, ...p.preps];
  const prt = verb.prt ?? p.prt;
  const needsObj = obj !== null || p.target?.kind === 'obj';
  const objWords = p.obj ? p.objWords : [];
  const parts = { obj, objWords, needsObj, preps, prt };
  return {
    lemma: verb.lemma,
    target: p.target,
    obj,
    ...(objWords.length > 0 ? { objWords } : {}),
    needsObj,
    preps,
    xcomp: null,
    prt,
    code: p.code,
    specificity: rowSpecificity(parts),
    rule,
    note,
  };
}

function defaultRow(verb: BlockVerb, code: string, rule: string): VerbRow {
  const parts = { obj: verb.obj, needsObj: verb.obj !== null, preps: verb.preps, prt: verb.prt };
  // No target item: like a verbs.tsv row without *, the coder takes the object when there is one.
  return {
    lemma: verb.lemma,
    target: null,
    ...parts,
    xcomp: null,
    code,
    specificity: rowSpecificity(parts),
    rule,
    note: 'PETRARCH-2 verb default',
  };
}

/** Full conversion with counts; see readPetrarchVerbs. */
export function convertPetrarchVerbs(
  text: string,
  file: string,
  options: PetrarchVerbOptions = {},
): PetrarchVerbResult {
  const lines = text.split(/\r?\n/);
  const reasons = new Map<string, number>();
  const count = (reason: string): void => {
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  };
  const synsets = readSynsets(lines);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const known = (code: string | null): boolean => code === null || !options.cameo || options.cameo.has(code);
  const rows: VerbRow[] = [];
  let converted = 0;
  for (const block of splitBlocks(lines, count)) {
    for (const verb of block.verbs) {
      const code = verb.code === undefined ? block.code : verb.code;
      if (code && known(code)) rows.push(defaultRow(verb, code, `${name}:${verb.line}`));
    }
    for (const pattern of block.patterns) {
      const p = convertPattern(pattern.text, synsets);
      if ('skip' in p) {
        count(p.skip);
        continue;
      }
      if (!known(p.code)) {
        count('code not in cameo.tsv');
        continue;
      }
      const owners = patternOwners(block.verbs, p.origin, options.scope ?? 'block');
      const made = owners
        .map((v) => combine(v, p, `${name}:${pattern.line}`, `PETRARCH-2 ${p.origin.toUpperCase()}`.trim()))
        .filter((r): r is VerbRow => r !== null);
      if (made.length === 0) count('clashes with the verb phrase');
      else converted++;
      rows.push(...made);
    }
  }
  const skipped = [...reasons.values()].reduce((a, b) => a + b, 0);
  return { rows, converted, skipped, skipReasons: reasons };
}

function patternOwners(verbs: readonly BlockVerb[], origin: string, scope: 'block' | 'origin'): BlockVerb[] {
  if (scope === 'block' || !origin) return [...verbs];
  const own = verbs.filter((v) => v.forms.has(origin));
  return own.length > 0 ? own : [...verbs];
}

/**
 * Reads a PETRARCH-2 verb dictionary (`--- NAME [code] ---` blocks of verb forms and `- * ...`
 * patterns, `&NAME` synonym sets) into rows of the same shape as verbs.tsv rows.
 */
export function readPetrarchVerbs(text: string, file: string, options: PetrarchVerbOptions = {}): VerbRow[] {
  return convertPetrarchVerbs(text, file, options).rows;
}

// ---------------------------------------------------------------------------------------------
// Actors

export interface ActorCode {
  readonly code: string;
  /** ISO date the code starts to hold, null when open. */
  readonly from: string | null;
  /** ISO date the code stops holding, null when open. */
  readonly to: string | null;
}

export interface PetrarchActor {
  /** The root name first, then its `+` synonyms; underscores read as spaces, stop marks dropped. */
  readonly names: string[];
  readonly codes: ActorCode[];
  readonly line: number;
}

/** YYMMDD (years 00-29 read as 20xx, as in the Phoenix files) or YYYYMMDD → YYYY-MM-DD. */
export function petrarchDate(raw: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    y = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

function dayBefore(iso: string | null): string | null {
  if (iso === null) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Parses `[USAGOV]`, `[USAGOV 991201-010114]`, `[IGOUNO >20070101]`, `[X <950101]`. */
export function parseActorCode(inner: string): ActorCode | null {
  // ("HOBREB > 990816", "HOBGOV 19950601 - 19990815": the range may be written with spaces.)
  const [code, ...rest] = inner.trim().split(/\s+/);
  const range = rest.join('');
  if (!code || code === '---') return null;
  if (!range) return { code, from: null, to: null };
  if (range.startsWith('>')) return { code, from: petrarchDate(range.slice(1)), to: null };
  // ("<950601": before that day, so the code's last day is the one before.)
  if (range.startsWith('<')) return { code, from: null, to: dayBefore(petrarchDate(range.slice(1))) };
  const [a, b] = range.split('-');
  return { code, from: petrarchDate(a), to: b ? petrarchDate(b) : null };
}

function actorName(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads a TABARI/PETRARCH actor dictionary: roots, `+synonyms`, and (indented) code lines. */
export function readPetrarchActors(text: string, _file: string): PetrarchActor[] {
  const actors: PetrarchActor[] = [];
  let current: PetrarchActor | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (isCommentLine(raw)) return;
    const { body } = stripComment(raw);
    if (body === '') return;
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)]
      .map((m) => parseActorCode(m[1]))
      .filter((c): c is ActorCode => c !== null);
    const name = actorName(body.replace(/\[[^\]]*\]/g, ' '));
    if (body.startsWith('[')) current?.codes.push(...codes);
    else if (body.startsWith('+')) {
      current?.names.push(actorName(name.slice(1)));
      current?.codes.push(...codes);
    } else {
      current = { names: [name], codes, line: i + 1 };
      actors.push(current);
    }
  });
  return actors;
}

// ---------------------------------------------------------------------------------------------
// Agents

export interface PetrarchAgent {
  /** The agent phrase, lower case, words separated by spaces. */
  readonly term: string;
  /** Explicit plural from `{...}`; absent when the regular plural applies, "" for `{}` (none). */
  readonly plural?: string;
  /** The agent code without its `~` ("GOV" from `[~GOV]`). */
  readonly code: string;
  /** `[~GOV]` appends to the actor's code; `[GOV~]` puts the code first. */
  readonly attach: 'after' | 'before';
  readonly line: number;
}

function agentPhrase(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Expands `!MACRO!` substitutions: one term per alternative, several macros multiply. */
function expandMacros(term: string, macros: ReadonlyMap<string, readonly string[]>): string[] {
  const m = term.match(/!([A-Z]+)!/);
  if (!m || m.index === undefined) return [term];
  const alternatives = macros.get(m[1]) ?? [];
  const before = term.slice(0, m.index);
  const after = term.slice(m.index + m[0].length);
  return alternatives.flatMap((alt) => expandMacros(`${before}${alt}${after}`, macros));
}

/** Reads a PETRARCH agents dictionary: `!MACRO! = A, B` lines and `WORD {PLURAL} [~CODE]` entries. */
export function readPetrarchAgents(text: string, _file: string): PetrarchAgent[] {
  const macros = new Map<string, string[]>();
  const agents: PetrarchAgent[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (isCommentLine(raw)) return;
    const { body } = stripComment(raw);
    const macro = body.match(/^!([A-Z]+)!\s*=\s*(.+)$/);
    if (macro) {
      macros.set(
        macro[1],
        macro[2].split(',').map((s) => s.trim()),
      );
      return;
    }
    const code = body.match(/\[\s*(~?)([A-Z0-9]+)(~?)\s*\]/);
    if (!code) return;
    const plural = body.match(/\{([^}]*)\}/);
    const term = body.slice(0, body.indexOf('{') >= 0 ? body.indexOf('{') : body.indexOf('[')).trim();
    for (const expanded of expandMacros(term, macros)) {
      agents.push({
        term: agentPhrase(expanded),
        ...(plural ? { plural: agentPhrase(plural[1]) } : {}),
        code: code[2],
        attach: code[3] === '~' && code[1] !== '~' ? 'before' : 'after',
        line: i + 1,
      });
    }
  });
  return agents;
}
