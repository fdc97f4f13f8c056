/**
 * Who said a quotation. Tried in order: the attribution after the closing mark ("…," X said /
 * said X), the nearest speech verb before the opening mark in the same sentence (X said: "…";
 * participles and "and added" take the subject of the clause they hang on), then, for a
 * quotation that starts its sentence, the speaker of the quotation or speech verb just before.
 */

import type { Speaker } from '../../doc/doc.js';
import { datelineEnd } from '../01-text/dateline.js';
import type { RawQuote } from './marks.js';
import {
  anonymousPhrase,
  bestMention,
  type Context,
  isCapitalised,
  isCue,
  isDeterminer,
  isParticiple,
  leftPhrase,
  PRONOUNS,
  phraseBetween,
  type Range,
  rightPhrase,
} from './phrases.js';

export interface Attribution {
  /** Speech verb (or "according to") token range. */
  readonly cue: Range | null;
  /** Token range of the speaker phrase. */
  readonly phrase: Range;
}

/** Fronted words after which the subject follows the first comma ("Speaking in Tehran, Khamenei …"). */
const FRONTING =
  /^(in|on|at|after|before|shortly|speaking|over|when|while|earlier|later|meanwhile|asked|during|following|despite|but|however|yet|still|separately|last|this|since|until|with|without|as|by|for|from|under|amid|addressing|writing|responding|in an?)$/;

export function attribute(ctx: Context, q: RawQuote, previous: Attribution | null): Attribution | null {
  const sentence = ctx.doc.sentences[ctx.doc.tokens[q.open].sentence];
  const initial = startsSentence(ctx, q.open, sentence.tokenStart);
  if (initial) {
    return after(ctx, q) ?? before(ctx, q) ?? colonIntro(ctx, q) ?? continuation(ctx, q, previous);
  }
  // Mid-sentence, '… "…," X said' is read before the verbs that precede the quotation.
  if (endsWithAttributionComma(ctx, q)) return after(ctx, q) ?? before(ctx, q) ?? colonSubject(ctx, q);
  return before(ctx, q) ?? after(ctx, q) ?? colonSubject(ctx, q);
}

function endsWithAttributionComma(ctx: Context, q: RawQuote): boolean {
  if (q.close < 0) return false;
  const last = ctx.doc.text[q.end - 1];
  const next = ctx.lower[q.close + 1];
  return last === ',' || last === '?' || last === '!' || next === ',' || next === '—';
}

/** "were declared", "was described": a passive verb reports no speech of its subject. */
function passive(ctx: Context, cue: number): boolean {
  const w = ctx.lower[cue];
  if (w === 'quoted' || !w.endsWith('ed')) return false;
  const prev = ctx.lower[cue - 1];
  return (
    prev === 'was' ||
    prev === 'were' ||
    prev === 'been' ||
    prev === 'be' ||
    prev === 'being' ||
    prev === 'is' ||
    prev === 'are'
  );
}

function startsSentence(ctx: Context, open: number, from: number): boolean {
  for (let k = from; k < open; k++) {
    const t = ctx.doc.tokens[k];
    if (t.kind === 'word' && ctx.lower[k] !== 'and' && ctx.lower[k] !== 'but') return false;
  }
  return true;
}

/** "…," X said / "…," said X / "…," according to X. */
function after(ctx: Context, q: RawQuote): Attribution | null {
  if (q.close < 0) return null;
  const signed = dashSignature(ctx, q.close + 1);
  if (signed) return signed;
  const sentence = ctx.doc.sentences[ctx.doc.tokens[q.close].sentence];
  const limit = Math.min(sentence.tokenEnd, q.close + 40);
  let firstWord = -1;
  let lastComma = -1;
  for (let k = q.close + 1; k < limit; k++) {
    const t = ctx.doc.tokens[k];
    if (ctx.lower[k] === '(') {
      // "Rep. Gwen Moore (D-Wis.) said": a parenthesis between name and verb is skipped whole.
      while (k + 1 < limit && ctx.lower[k] !== ')') k++;
      continue;
    }
    if (ctx.lower[k] === ';' || ctx.lower[k] === '.') return null;
    if (t.kind === 'quote') {
      // Another quotation of the same sentence: its attribution may serve both ('"a" and "b," said X').
      const other = ctx.quoteOf[k];
      if (other < 0 || other === ctx.quoteOf[q.close]) return null;
      while (k + 1 < limit && ctx.quoteOf[k + 1] === other) k++;
      continue;
    }
    if (t.kind === 'word' && firstWord < 0) firstWord = k;
    if (ctx.lower[k] === ',') lastComma = k;
    if (!isCue(ctx, k)) continue;
    const cue = cueRange(ctx, k);
    if (k === firstWord || ctx.lower[k] === 'according' || afterQuote(ctx, k)) {
      const phrase = rightPhrase(ctx, skipTime(ctx, cue.end, limit), limit);
      return phrase && startsNounPhrase(ctx, phrase.start) ? { cue, phrase } : null;
    }
    const phrase = phraseBetween(ctx, q.close + 1, k);
    // Right after '"…,"' the words before the verb are the speaker even when lower-case ("spokesman X").
    const framed =
      phrase !== null && (startsNounPhrase(ctx, phrase.start) || endsWithAttributionComma(ctx, q));
    if (phrase && framed && k - q.close <= 16) return { cue, phrase };
    // '… "unprovoked" on posts near the line, an army spokesman said': the clause-final attribution.
    const tailPhrase = lastComma > q.close ? leftPhrase(ctx, k, lastComma + 1) : null;
    return tailPhrase && startsNounPhrase(ctx, tailPhrase.start) && atSentenceEnd(ctx, k, sentence.tokenEnd)
      ? { cue, phrase: tailPhrase }
      : null;
  }
  return null;
}

/** '“…” ― Carla Sanchez': a quotation signed with a dash and a name. */
function dashSignature(ctx: Context, k: number): Attribution | null {
  const dash = ctx.lower[k];
  if (dash !== '―' && dash !== '—' && dash !== '–' && dash !== '-') return null;
  let end = k + 1;
  while (end < ctx.doc.tokens.length && end < k + 6 && isCapitalised(ctx, end)) end++;
  if (end === k + 1) return null;
  return { cue: { start: k, end: k + 1 }, phrase: { start: k + 1, end } };
}

/** 'Cruz called them on it:' then the quotation on its own line: the introducing sentence speaks. */
function colonIntro(ctx: Context, q: RawQuote): Attribution | null {
  const colon = q.open - 1;
  if (colon < 0 || ctx.lower[colon] !== ':') return null;
  return before(ctx, { ...q, open: colon });
}

/**
 * '- Carl Bialik: “…”', 'Trump went even further: “…”': a quotation after a colon with no speech
 * verb belongs to the name right before the colon, else to the subject of that clause.
 */
function colonSubject(ctx: Context, q: RawQuote): Attribution | null {
  const colon = q.open - 1;
  if (colon < 1 || ctx.lower[colon] !== ':') return null;
  const sentence = ctx.doc.sentences[ctx.doc.tokens[colon].sentence];
  const cue = { start: colon, end: colon + 1 };
  let start = colon;
  while (start > sentence.tokenStart && isCapitalised(ctx, start - 1)) start--;
  if (start < colon && (start === sentence.tokenStart || /^[-–—―]$/.test(ctx.lower[start - 1]))) {
    return { cue, phrase: { start, end: colon } };
  }
  const subject = frontSubject(ctx, sentence.tokenStart, colon);
  return subject ? { cue, phrase: subject } : null;
}

/** The nearest speech verb before the opening mark in its sentence. */
function before(ctx: Context, q: RawQuote): Attribution | null {
  const sentence = ctx.doc.sentences[ctx.doc.tokens[q.open].sentence];
  for (let k = q.open - 1; k >= sentence.tokenStart; k--) {
    if (!isCue(ctx, k) || passive(ctx, k)) continue;
    const cue = cueRange(ctx, k);
    if (ctx.lower[k] === 'according') {
      const phrase = rightPhrase(ctx, cue.end, q.open);
      return phrase ? { cue, phrase } : null;
    }
    // ("summoned China's ambassador to protest the 'dangerous actions'": an infinitive's speaker
    // is the subject of the clause it hangs on, not the noun before "to".)
    if (isParticiple(ctx, k) || coordinated(ctx, k) || ctx.lower[k - 1] === 'to') {
      const phrase = governingSubject(ctx, k, sentence.tokenStart);
      return phrase ? { cue, phrase } : null;
    }
    const phrase = leftPhrase(ctx, k, sentence.tokenStart) ?? governingSubject(ctx, k, sentence.tokenStart);
    return phrase ? { cue, phrase } : null;
  }
  return null;
}

/** "… and added", "…, but added": the verb shares the subject of the verb before. */
function coordinated(ctx: Context, cue: number): boolean {
  const prev = ctx.lower[cue - 1];
  return prev === 'and' || prev === 'but';
}

/** The subject of the clause a participle or coordinated verb hangs on. */
function governingSubject(ctx: Context, from: number, floor: number): Range | null {
  for (let k = from - 1; k >= floor; k--) {
    if (!isCue(ctx, k) || isParticiple(ctx, k) || ctx.lower[k] === 'according') continue;
    const phrase = leftPhrase(ctx, k, floor);
    if (phrase) return phrase;
  }
  return frontSubject(ctx, floor, from);
}

/** The first noun phrase of a sentence, past a fronted phrase ending in a comma. */
function frontSubject(ctx: Context, start: number, limit: number): Range | null {
  // ("BAMAKO, Nov 21 (Reuters) - Mali's military government suspended…": past a dateline.)
  let k = start + datelineWords(ctx, start, limit);
  while (k < limit && ctx.doc.tokens[k].kind !== 'word') k++;
  if (k >= limit) return null;
  if (FRONTING.test(ctx.lower[k]) || ctx.lower[k].endsWith('ing')) {
    while (k < limit && ctx.lower[k] !== ',') k++;
    k++;
  }
  if (k >= limit) return null;
  if (PRONOUNS.has(ctx.lower[k])) return { start: k, end: k + 1 };
  const phrase = rightPhrase(ctx, k, limit);
  return phrase && (isCapitalised(ctx, phrase.start) || isDeterminer(ctx.lower[phrase.start]))
    ? phrase
    : null;
}

/** The number of words of a dateline opening the sentence at `start` (0 when there is none). */
function datelineWords(ctx: Context, start: number, limit: number): number {
  const sentence = ctx.doc.sentences[ctx.doc.tokens[start].sentence];
  if (start !== sentence.tokenStart) return 0;
  const words: string[] = [];
  for (let k = start; k < Math.min(limit, start + 12); k++) words.push(ctx.doc.slice(ctx.doc.tokens[k]));
  return datelineEnd(words);
}

/** A quotation opening its sentence after a quotation or speech verb of the same paragraph. */
function continuation(ctx: Context, q: RawQuote, previous: Attribution | null): Attribution | null {
  const doc = ctx.doc;
  const sentence = doc.sentences[doc.tokens[q.open].sentence];
  if (previous) {
    const prevSentence = doc.sentences[doc.tokens[previous.phrase.start].sentence];
    if (sentence.paragraph - prevSentence.paragraph <= 1) return { cue: null, phrase: previous.phrase };
  }
  const prior = doc.sentences[sentence.index - 1];
  // The sentence before, in the same paragraph or closing the one before when the quotation
  // opens its own ("… Trump spoke in evasive bromides during the interview. / “We have to …”").
  if (!prior || sentence.paragraph - prior.paragraph > 1) return null;
  for (let k = prior.tokenEnd - 1; k >= prior.tokenStart; k--) {
    if (!isCue(ctx, k) || isParticiple(ctx, k)) continue;
    const phrase = leftPhrase(ctx, k, prior.tokenStart);
    if (phrase) return { cue: null, phrase };
  }
  return null;
}

/** The speech verb right after a closing mark and its comma: '"…," said X'. */
function afterQuote(ctx: Context, cue: number): boolean {
  let k = cue - 1;
  while (k >= 0 && ctx.doc.tokens[k].kind === 'punct') k--;
  return k >= 0 && ctx.doc.tokens[k].kind === 'quote';
}

/** "…, X said." or "…, X said on Thursday.": the speech verb closes its sentence. */
function atSentenceEnd(ctx: Context, cue: number, end: number): boolean {
  for (let k = cue + 1; k < end; k++)
    if (ctx.lower[k] === ',' || ctx.doc.tokens[k].kind === 'quote') return false;
  return end - cue <= 6;
}

function startsNounPhrase(ctx: Context, k: number): boolean {
  return isCapitalised(ctx, k) || isDeterminer(ctx.lower[k]) || PRONOUNS.has(ctx.lower[k]);
}

function cueRange(ctx: Context, k: number): Range {
  return ctx.lower[k] === 'according' ? { start: k, end: k + 2 } : { start: k, end: k + 1 };
}

/** Skips "on Sunday" between an inverted cue and its subject ("said on Sunday Ali Vaez"). */
function skipTime(ctx: Context, from: number, limit: number): number {
  let k = from;
  while (k < limit && (ctx.lower[k] === ',' || ctx.lower[k] === 'on' || /day$/.test(ctx.lower[k]))) k++;
  return k;
}

/** The Speaker record for a phrase: the actor of its best mention, else the phrase alone. */
export function speakerOf(ctx: Context, phrase: Range): Speaker {
  const tokens = ctx.doc.tokens;
  const span = { start: tokens[phrase.start].start, end: tokens[phrase.end - 1].end };
  const mention = bestMention(ctx, phrase);
  if (mention !== null) {
    const actor = ctx.doc.mentions[mention].actor;
    const record = actor >= 0 ? ctx.doc.actors[actor] : undefined;
    if (record) return { actor, mention: span, anonymous: record.anonymous };
    return { actor: null, mention: span, anonymous: false };
  }
  return { actor: null, mention: span, anonymous: anonymousPhrase(ctx, phrase) };
}
