/**
 * Past or future: the tense of the clause around a time expression, which decides whether a bare
 * "Sunday" or "in October" is the one just past or the one coming. We look at the nearest verb
 * cue on either side of the expression within its sentence (not the whole article), so in
 * "said Sunday that talks will resume Tuesday" each weekday gets its own verb.
 */
import type { Token } from '../../doc/doc.js';
import type { TimeLexicon } from './lexicon.js';
import { longestMatch } from './lexicon.js';

export type Tense = 'past' | 'future' | null;

/** The document as the grammar sees it: tokens and their lower-cased text. */
export interface View {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
}

/** How far (in tokens) to look for a verb on each side. */
const WINDOW = 10;
const PRESENT_NEUTRAL = new Set([
  'be',
  'is',
  'are',
  'am',
  "'s",
  '’s',
  "'re",
  '’re',
  'have',
  'has',
  'do',
  'does',
  'say',
  'says',
  'tell',
  'tells',
]);
const BARRIERS = new Set([';', '—', '–', '(', ')']);
/** Relations of a verb's nominal arguments, which carry no tense of the verb's. */
const ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'obj', 'iobj']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/**
 * Tense of the clause around tokens [start, end) of the sentence [sentStart, sentEnd): the first
 * cue found going outwards, left before right at equal distance.
 */
export function clauseTense(
  view: View,
  lex: TimeLexicon,
  start: number,
  end: number,
  sentStart: number,
  sentEnd: number,
): Tense {
  const governed = governingTense(view, lex, start, sentStart, sentEnd);
  if (governed) return governed;
  let leftOpen = true;
  let rightOpen = true;
  for (let d = 1; d <= WINDOW && (leftOpen || rightOpen); d++) {
    const l = start - d;
    if (leftOpen) {
      if (l < sentStart || BARRIERS.has(view.lower[l])) leftOpen = false;
      else {
        const t = cueAt(view, lex, l, sentStart);
        if (t) return t;
      }
    }
    const r = end + d - 1;
    if (rightOpen) {
      if (r >= sentEnd || BARRIERS.has(view.lower[r])) rightOpen = false;
      else {
        const t = cueAt(view, lex, r, sentStart);
        if (t) return t;
      }
    }
  }
  return null;
}

/**
 * With a parse, the verb a time expression hangs on decides its tense ("shelled a convoy that was
 * heading north from the border town on Friday": "shelled", however far away), before any nearer word does.
 */
function governingTense(
  view: View,
  lex: TimeLexicon,
  start: number,
  sentStart: number,
  sentEnd: number,
): Tense {
  let at = start;
  for (let steps = 0; steps < 5; steps++) {
    const head = view.tokens[at]?.head;
    if (head === undefined || head < sentStart || head >= sentEnd) return null;
    at = head;
    const upos = view.tokens[at].upos;
    if (upos === 'VERB' || upos === 'AUX') {
      // The verb's own auxiliaries carry the tense of a periphrastic form ("will meet", "has met",
      // "did, however, disburse": an adverb set off by commas does not count as a word between).
      for (let j = at - 1, words = 0; j >= sentStart && words < 3 && j >= at - 8; j--) {
        // (A quotation mark ends the search: "“…, we will,” Katz said" is no "will say".)
        if (QUOTE_MARKS.has(view.lower[j])) break;
        if (view.lower[j] === ',' || view.tokens[j].upos === 'ADV') continue;
        words++;
        // (The subject is no auxiliary: "the plan emerged after a call on Sunday" is past.)
        if (ARGUMENTS.has(view.tokens[j].deprel ?? '')) continue;
        const aux = cueAt(view, lex, j, sentStart);
        if (aux && view.tokens[j].head === at) return aux;
      }
      const own = cueAt(view, lex, at, sentStart);
      // An infinitive takes the time of the verb it completes when that one is past
      // ("ordered the diplomats to leave … on Tuesday"); so does a present form hung on a past
      // verb as a complement or modifier, a tagger's slip more often than a schedule ("raided
      // a depot storing(?) rockets near the harbour on Friday").
      // ("ordered two diplomats to leave", parsed with "to leave" on "diplomats": the verb above
      // the noun.)
      let governor = view.tokens[at].head;
      const dependent = ['xcomp', 'acl', 'advcl'].includes((view.tokens[at].deprel ?? '').split(':')[0]);
      const nounGovernor = governor !== undefined ? view.tokens[governor] : undefined;
      if (nounGovernor && (nounGovernor.upos === 'NOUN' || nounGovernor.upos === 'PROPN'))
        governor = nounGovernor.head;
      // ("used water cannon and tear(VB) gas to disperse…": a verb conjoined to another shares
      // its tense; the first of the conjuncts carries it.)
      for (let steps = 0; governor !== undefined && steps < 3; steps++) {
        const g = view.tokens[governor];
        if (g?.deprel !== 'conj' || g.head === undefined || g.head < sentStart) break;
        if (cueAt(view, lex, governor, sentStart) !== null) break;
        governor = g.head;
      }
      if (
        own === 'future' &&
        (view.tokens[at].xpos === 'VB' || dependent) &&
        governor !== undefined &&
        governor >= sentStart &&
        governor < sentEnd &&
        // ("offered to hold talks in February": an offer, a plan or a pledge looks ahead.)
        !lex.forward.has(view.tokens[governor].lemma ?? '')
      ) {
        if (cueAt(view, lex, governor, sentStart) === 'past') return 'past';
      }
      // A gerund or participle has no tense of its own ("summoned the acting envoy on Saturday",
      // parsed with the date under "acting"): the verb above it decides.
      if (own === null && view.tokens[at].xpos === 'VBG') continue;
      return own;
    }
  }
  return null;
}

/** The tense a single token signals, if any. */
export function cueAt(view: View, lex: TimeLexicon, i: number, sentStart: number): Tense {
  const w = view.lower[i];
  const next = view.lower[i + 1] ?? '';
  const fut = lex.future.get(w);
  if (fut && (fut.next.size === 0 || fut.next.has(next))) return 'future';
  const tok = view.tokens[i];
  const xpos = tok.xpos;
  if (xpos === 'MD' && (w === 'will' || w === 'would' || w === 'shall')) return 'future';
  // With the syntax stage's tags, a present-tense action verb states a schedule ("the council
  // meets Tuesday"); reporting and copular verbs say nothing about the event's time.
  // An infinitive ("to run through June") looks ahead of its clause.
  if (xpos === 'VB' && view.tokens[i - 1]?.xpos === 'TO') return 'future';
  const past = lex.past.get(w);
  // "strikes hit the port on Monday": a verb whose past is spelt as its base ("hit", "cut",
  // "shut") carries only the tagger's guess at its tense, and news narrates: a listed past wins.
  const baseAsPast = xpos === 'VBP' && tok.lemma === w && past !== undefined && past.next.size === 0;
  if ((xpos === 'VBZ' || xpos === 'VBP') && !PRESENT_NEUTRAL.has(tok.lemma ?? w) && !baseAsPast)
    return 'future';
  const isPast =
    (past !== undefined && (past.next.size === 0 || past.next.has(next))) ||
    xpos === 'VBD' ||
    xpos === 'VBN' ||
    (xpos === undefined && looksLikeRegularPast(view, lex, i, sentStart));
  if (!isPast) return null;
  // A participle after a modal is future: "would be held", "will have left".
  return modalBefore(view, lex, i, sentStart) ? 'future' : 'past';
}

/** A lower-case word ending in -ed (not -eed) that is not a known adjective or noun. */
function looksLikeRegularPast(view: View, lex: TimeLexicon, i: number, sentStart: number): boolean {
  const w = view.lower[i];
  if (w.length < 5 || !w.endsWith('ed') || w.endsWith('eed') || lex.notPast.has(w)) return false;
  const c = view.text.charCodeAt(view.tokens[i].start);
  const capitalised = c >= 65 && c <= 90;
  return !capitalised || i === sentStart;
}

function modalBefore(view: View, lex: TimeLexicon, i: number, sentStart: number): boolean {
  for (let j = i - 1; j >= sentStart && j >= i - 4; j--) {
    const w = view.lower[j];
    const fut = lex.future.get(w);
    // (A noun is no modal: "the plan came after…" is past, however "plan" looks ahead.)
    const nominal = view.tokens[j].upos === 'NOUN' || view.tokens[j].upos === 'PROPN';
    if (fut && !nominal && (fut.next.size === 0 || fut.next.has(view.lower[j + 1] ?? ''))) return true;
    if (!lex.aux.has(w)) return false;
  }
  return false;
}

/** Whether the sentence says the event is today ("later today", "tonight"). */
export function sentenceSaysToday(view: View, lex: TimeLexicon, sentStart: number, sentEnd: number): boolean {
  for (let i = sentStart; i < sentEnd; i++) {
    if (longestMatch(lex.today, view.lower, i, sentEnd)) return true;
  }
  return false;
}
