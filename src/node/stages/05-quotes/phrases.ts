/**
 * Finding the noun phrase that says who spoke, without a parser: from a speech verb, walk left
 * (subject: "One diplomat close to the talks said") or right (inverted or "according to":
 * "said Ali Vaez", "according to three people familiar with the plan") until a clause
 * boundary. Shared by the quotes and sources stages. Phrases are token ranges [start, end).
 */
import type { Doc, Mention } from '../../doc/doc.js';
import type { AttributionLexicon } from './lexicon.js';
import type { RawQuote } from './marks.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Context {
  readonly doc: Doc;
  readonly lex: AttributionLexicon;
  /** Text of each token, as written. */
  readonly words: readonly string[];
  /** Lower-case text of each token. */
  readonly lower: readonly string[];
  /** Index of the quotation holding each token (marks included), -1 outside any. */
  readonly quoteOf: Int32Array;
  /** Mentions of each sentence, by doc.mentions index. */
  readonly mentionsBySentence: ReadonlyMap<number, readonly number[]>;
  /** doc.mentions.length when built, to notice mentions added since. */
  readonly mentionCount: number;
}

// Closed-class words: grammar, not lexicon, so they stay here.
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'some',
  'many',
  'his',
  'her',
  'its',
  'their',
  'our',
  'other',
  'another',
  'both',
  'all',
  'most',
  'few',
  'dozens',
  'hundreds',
]);
const BOUNDARY = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'where',
  'after',
  'before',
  'because',
  'but',
  'as',
  'if',
  'since',
  'although',
  'though',
  'whether',
  'so',
  'than',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'not',
  'also',
  'according',
  'then',
  'once',
  'until',
  'unless',
  'what',
  'how',
  'why',
]);
const PREPOSITIONS = new Set([
  'to',
  'with',
  'by',
  'from',
  'in',
  'on',
  'at',
  'for',
  'about',
  'over',
  'near',
  'under',
  'against',
  'into',
  'during',
  'through',
  'without',
  'between',
  'among',
  'across',
  'within',
  'inside',
  'outside',
  'via',
]);
/** Words after a person head that start its post-modifier ("familiar with", "close to"). */
const POSTMODIFIERS = new Set([
  'familiar',
  'involved',
  'close',
  'based',
  'briefed',
  'knowledgeable',
  'speaking',
]);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'did',
  'does',
  'also',
]);
const TIME_WORDS = new Set([
  'on',
  'late',
  'early',
  'last',
  'this',
  'today',
  'yesterday',
  'tonight',
  'week',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'again',
  'later',
  'earlier',
  'separately',
  'previously',
  'now',
  'still',
  'already',
  'too',
  'once',
  'further',
]);

// One context per token array, shared by the quotes and sources stages of one run.
const contexts = new WeakMap<object, Context>();

/** The context the quotes stage built for this doc, when it ran on the same tokens and mentions. */
export function cachedContext(doc: Doc, lex: AttributionLexicon): Context | null {
  const known = contexts.get(doc.tokens);
  return known && known.lex === lex && known.doc === doc && known.mentionCount === doc.mentions.length
    ? known
    : null;
}

export function makeContext(doc: Doc, lex: AttributionLexicon, quotes: readonly RawQuote[]): Context {
  const words = doc.tokens.map((t) => doc.text.slice(t.start, t.end));
  const lower = words.map((w) => w.toLowerCase());
  const quoteOf = new Int32Array(doc.tokens.length).fill(-1);
  quotes.forEach((q, n) => {
    const last = q.close >= 0 ? q.close : q.lastInside;
    for (let i = q.open; i <= last; i++) quoteOf[i] = n;
  });
  const mentionsBySentence = new Map<number, number[]>();
  doc.mentions.forEach((m, n) => {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push(n);
    mentionsBySentence.set(m.sentence, list);
  });
  const ctx: Context = {
    doc,
    lex,
    words,
    lower,
    quoteOf,
    mentionsBySentence,
    mentionCount: doc.mentions.length,
  };
  contexts.set(doc.tokens, ctx);
  return ctx;
}

/** A speech verb outside any quotation ("said"; "according" of "according to"). */
export function isCue(ctx: Context, i: number): boolean {
  const token = ctx.doc.tokens[i];
  if (token?.kind !== 'word' || ctx.quoteOf[i] >= 0) return false;
  const w = ctx.lower[i];
  if (w === 'according') return ctx.lower[i + 1] === 'to';
  // A capitalised verb form inside a sentence is a name ("Omar Said", "Ali Warned").
  if (ctx.words[i] !== w && i > ctx.doc.sentences[token.sentence].tokenStart) return false;
  return ctx.lex.cues.has(w);
}

export function isParticiple(ctx: Context, i: number): boolean {
  return ctx.lower[i].endsWith('ing') && ctx.lower[i] !== 'according';
}

export function isCapitalised(ctx: Context, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t?.kind !== 'word') return false;
  const c = ctx.doc.text[t.start];
  return c !== c.toLowerCase();
}

export function personHead(ctx: Context, i: number): boolean {
  return ctx.lex.heads.get(ctx.lower[i]) === 'person';
}

function isPunct(ctx: Context, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return t.kind === 'punct' || t.kind === 'quote' || t.kind === 'symbol';
}

function skippable(ctx: Context, i: number): boolean {
  const w = ctx.lower[i];
  if (ctx.doc.tokens[i].kind !== 'word') return false;
  return (
    AUXILIARIES.has(w) || TIME_WORDS.has(w) || (w.endsWith('ly') && !isCapitalised(ctx, i) && w.length > 4)
  );
}

/** The subject phrase left of a speech verb, or null when none stands in its clause. */
export function leftPhrase(ctx: Context, cue: number, floor: number): Range | null {
  let i = cue - 1;
  while (i >= floor && skippable(ctx, i)) i--;
  if (i < floor) return null;
  if (ctx.lower[i] === ',') return apposition(ctx, i, floor);
  return collectLeft(ctx, i, floor);
}

/** "X, the secretary of …, said" → X; "the group's spokesman, Lawrence Kanyuka, wrote" → the name. */
function apposition(ctx: Context, comma: number, floor: number): Range | null {
  for (let j = comma - 1; j >= Math.max(floor, comma - 30); j--) {
    const t = ctx.doc.tokens[j];
    if (t.kind === 'quote' || ctx.lower[j] === ';' || ctx.lower[j] === ':') return null;
    if (ctx.lower[j] !== ',') continue;
    const outer = collectLeft(ctx, j - 1, floor);
    if (!outer) return null;
    const inner: Range = { start: j + 1, end: comma };
    const innerNamed = isCapitalised(ctx, inner.start) && !DETERMINERS.has(ctx.lower[inner.start]);
    const outerNamed = isCapitalised(ctx, outer.start) && !DETERMINERS.has(ctx.lower[outer.start]);
    return innerNamed && !outerNamed && inner.end - inner.start <= 6 ? inner : outer;
  }
  return null;
}

/** Tokens leftward from `end` (inclusive) up to a clause boundary. */
export function collectLeft(ctx: Context, end: number, floor: number): Range | null {
  const w0 = ctx.lower[end];
  if (end < floor || isPunct(ctx, end)) return null;
  if (PRONOUNS.has(w0)) return { start: end, end: end + 1 };
  let start = end + 1;
  for (let k = end; k >= floor; k--) {
    if (isPunct(ctx, k) || ctx.quoteOf[k] >= 0) break;
    const w = ctx.lower[k];
    if (isCue(ctx, k) || BOUNDARY.has(w) || PRONOUNS.has(w)) break;
    if (PREPOSITIONS.has(w) && !(k > floor && keepsPostmodifier(ctx, k - 1))) break;
    if ((w === 'and' || w === '&') && !joinsNames(ctx, k)) break;
    start = k;
  }
  if (start > end) return null;
  return capLength(ctx, start, end + 1);
}

/** The phrase right of `from` ("according to X", "said X"), up to a boundary. */
export function rightPhrase(ctx: Context, from: number, ceil: number): Range | null {
  let end = from;
  for (let k = from; k < ceil; k++) {
    if (isPunct(ctx, k) || ctx.quoteOf[k] >= 0) break;
    const w = ctx.lower[k];
    if (k > from && (isCue(ctx, k) || BOUNDARY.has(w))) break;
    // ("Mali's military government suspended…": the phrase ends before its verb.)
    if (k > from && FINITE_VERB_TAGS.has(ctx.doc.tokens[k].xpos ?? '')) break;
    if (w === 'as' || w === 'who' || w === 'which') break;
    if (PREPOSITIONS.has(w) && !keepsPostmodifier(ctx, k - 1) && !namesFollow(ctx, k)) break;
    if ((w === 'and' || w === '&') && !joinsNames(ctx, k)) break;
    end = k + 1;
    if (end - from >= 14) break;
  }
  return end > from ? { start: from, end } : null;
}

/** Tags of finite verbs, which end a noun phrase read rightward. */
const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** A preposition after a person or document head, or after "familiar"/"close", belongs to the phrase. */
function keepsPostmodifier(ctx: Context, before: number): boolean {
  const w = ctx.lower[before];
  return personHead(ctx, before) || POSTMODIFIERS.has(w) || ctx.lex.documents.has(w);
}

/** "for Human Rights", "of the Study of War": a preposition inside a proper name. */
function namesFollow(ctx: Context, prep: number): boolean {
  const w = ctx.lower[prep];
  if (w !== 'for' && w !== 'of') return false;
  const next = ctx.lower[prep + 1] === 'the' ? prep + 2 : prep + 1;
  return isCapitalised(ctx, next) && isCapitalised(ctx, prep - 1);
}

/** "U.S. and Israeli officials", "traders and customs officials", "Turkey and Qatar". */
function joinsNames(ctx: Context, and: number): boolean {
  const before = and - 1;
  const after = and + 1;
  if (isCapitalised(ctx, before) && isCapitalised(ctx, after)) return true;
  return personHead(ctx, before) && !isPunct(ctx, after);
}

/** Keeps at most the last 10 tokens of a phrase, starting at a determiner or capital when it can. */
function capLength(ctx: Context, start: number, end: number): Range {
  if (end - start <= 10) return { start, end };
  for (let k = end - 10; k < end; k++) {
    if (DETERMINERS.has(ctx.lower[k]) || isCapitalised(ctx, k)) return { start: k, end };
  }
  return { start: end - 1, end };
}

/** The phrase between a closing mark and its cue ("…," Hakan Fidan, Turkey's minister, said). */
export function phraseBetween(ctx: Context, from: number, cue: number): Range | null {
  let s = from;
  while (s < cue && (isPunct(ctx, s) || ctx.lower[s] === 'and' || ctx.lower[s] === 'but')) s++;
  let e = cue;
  while (e > s && (skippable(ctx, e - 1) || isPunct(ctx, e - 1))) e--;
  if (e <= s) return null;
  for (let k = s; k < e; k++) {
    if (ctx.lower[k] !== ',') continue;
    const outer: Range = { start: s, end: k };
    const innerEnd = nextComma(ctx, k + 1, e);
    const inner: Range = { start: k + 1, end: innerEnd };
    const outerNamed = isCapitalised(ctx, s) && !DETERMINERS.has(ctx.lower[s]);
    const innerNamed = isCapitalised(ctx, k + 1) && !DETERMINERS.has(ctx.lower[k + 1]);
    return innerNamed && !outerNamed && inner.end > inner.start ? inner : outer;
  }
  return e - s <= 12 ? { start: s, end: e } : null;
}

function nextComma(ctx: Context, from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (ctx.lower[k] === ',') return k;
  return limit;
}

/** True when an unnamed person is the head: "a senior official", not "spokesman Nabil Abdallah". */
export function anonymousPhrase(ctx: Context, range: Range): boolean {
  for (let k = range.start; k < range.end; k++) {
    if (!personHead(ctx, k)) continue;
    for (let n = k + 1; n < range.end; n++) {
      if (PREPOSITIONS.has(ctx.lower[n]) || POSTMODIFIERS.has(ctx.lower[n]) || ctx.lower[n] === 'of') break;
      if (isCapitalised(ctx, n)) return false;
    }
    return true;
  }
  return false;
}

export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word);
}

export function isBoundary(word: string): boolean {
  return BOUNDARY.has(word);
}

export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

/**
 * The mention that best stands for a phrase: one starting where the phrase starts, then one
 * ending where it ends; name-like kinds before states and demonyms; longer before shorter.
 */
export function bestMention(ctx: Context, range: Range): number | null {
  const tokens = ctx.doc.tokens;
  const first = tokens[range.start];
  const last = tokens[range.end - 1];
  const list = ctx.mentionsBySentence.get(first.sentence) ?? [];
  let best: number | null = null;
  let bestScore = -1;
  for (const n of list) {
    const m = ctx.doc.mentions[n];
    if (m.end <= first.start || m.start >= last.end) continue;
    const score = mentionScore(m, first.start, last.end);
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}

function mentionScore(m: Mention, start: number, end: number): number {
  let score = Math.min(m.end - m.start, 200) / 1000;
  if (m.start <= start) score += 3;
  if (m.end >= end) score += 2;
  if (m.kind !== 'state' && m.kind !== 'demonym') score += 1;
  return score;
}
