/**
 * The sources stage: every attribution the reporter leans on — outlets ("told Reuters", "state
 * media reported"), unnamed people ("a senior U.S. official", "two regional sources familiar with
 * the effort"), documents ("in a statement"), social posts ("Larijani wrote on X") and named
 * sources introduced with "according to". "X said" with a named person or body is not a source.
 * Every occurrence is kept (one SourceRef per mention in the text); listing a source once by its
 * normalised text is left to the output stage, so provenance of each occurrence survives.
 */
import type { Doc, Sentence, SourceKind, SourceRef, Span } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import {
  type AttributionLexicon,
  type DocumentKind,
  defaultAttributionLexicon,
} from '../05-quotes/lexicon.js';
import { pairMarks } from '../05-quotes/marks.js';
import {
  anonymousPhrase,
  bestMention,
  type Context,
  cachedContext,
  isBoundary,
  isCapitalised,
  isCue,
  isDeterminer,
  isPreposition,
  leftPhrase,
  makeContext,
  PRONOUNS,
  personHead,
  type Range,
  rightPhrase,
} from '../05-quotes/phrases.js';

export function sourcesStage(lexicon?: AttributionLexicon): Stage {
  return {
    name: 'sources',
    requires: ['tokens', 'sentences', 'mentions'],
    assigns: ['sources'],
    run: function findSources(doc: Doc) {
      doc.sources = extractSources(doc, lexicon ?? defaultAttributionLexicon());
    },
  };
}

interface Found {
  readonly range: Range;
  readonly kind: SourceKind;
  via: Range | null;
  viaName: string | null;
  actor: number | null;
}

interface OutletHit {
  readonly range: Range;
  readonly canonical: string;
}

/** Words that, right before an outlet, say it carried the report ("told", "cited by"). */
const CARRIERS = new Set(['told', 'telling', 'tell', 'tells', 'by', 'to', 'on', 'in', 'via']);
/** Verbs after a document that name its carrier; the text stops before them, the via reads past. */
const CARRIED = new Set(['seen', 'carried', 'cited', 'quoted', 'broadcast', 'released', 'aired']);
/** Verbs of talking to an outlet, which in "not authorised to talk to the media" carry nothing. */
const TALKING = new Set(['talk', 'speak', 'brief']);
const SOCIAL_VERBS = new Set(['write', 'post', 'tweet', 'say', 'announce', 'share']);
const ANAPHORIC = new Set(['the', 'this', 'that', 'these', 'those']);

export function extractSources(doc: Doc, lex: AttributionLexicon): SourceRef[] {
  if (doc.tokens.length === 0) return [];
  const ctx = cachedContext(doc, lex) ?? makeContext(doc, lex, pairMarks(doc, false));
  const out: SourceRef[] = [];
  for (const sentence of doc.sentences) {
    for (const found of sentenceSources(ctx, sentence)) out.push(toRef(ctx, sentence, found));
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentenceSources(ctx: Context, sentence: Sentence): Found[] {
  const outlets = findOutlets(ctx, sentence);
  // An outlet named in passing ("journalists from Radio Liberty") is no source; it must carry words.
  const found: Found[] = outlets
    .filter((o) => carries(ctx, sentence, o.range))
    .map((o) => outletSource(ctx, o));
  const taken = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
  const take = (r: Range): void => {
    for (let k = r.start; k < r.end; k++) taken[k - sentence.tokenStart] = 1;
  };
  for (const f of found) take(f.range);
  const free = (r: Range): boolean => {
    for (let k = r.start; k < r.end; k++) if (taken[k - sentence.tokenStart]) return false;
    return true;
  };
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (ctx.quoteOf[i] >= 0 || taken[i - sentence.tokenStart]) continue;
    const f = atToken(ctx, sentence, i, outlets);
    if (f && free(f.range)) {
      found.push(f);
      take(f.range);
    }
  }
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (ctx.lower[i] !== 'according' || !isCue(ctx, i)) continue;
    const phrase = rightPhrase(ctx, i + 2, sentence.tokenEnd);
    if (!phrase || !free(phrase) || !hasName(ctx, phrase)) continue;
    found.push({ range: phrase, kind: 'named', via: null, viaName: null, actor: actorOf(ctx, phrase) });
    take(phrase);
  }
  return found;
}

/** A source whose head word stands at token i: an unnamed person, a generic outlet, a document, a post. */
function atToken(ctx: Context, sentence: Sentence, i: number, outlets: readonly OutletHit[]): Found | null {
  const w = ctx.lower[i];
  if (SOCIAL_VERBS.has(ctx.lex.cues.get(w) ?? '') && ctx.lower[i + 1] === 'on') {
    const social = socialVerb(ctx, sentence, i);
    if (social) return social;
  }
  const head =
    ctx.lex.heads.get(ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[i].end)) ??
    ctx.lex.heads.get(w);
  if (head === 'person' && !personHead(ctx, i + 1)) return anonymous(ctx, sentence, i, outlets);
  if (head === 'outlet' || compoundHead(ctx, i) === 'outlet') return genericOutlet(ctx, sentence, i);
  if (documentHead(ctx, i) && !documentHead(ctx, i + 1)) return documentAt(ctx, sentence, i, outlets);
  return null;
}

function documentHead(ctx: Context, i: number): DocumentKind | undefined {
  const w = ctx.lower[i];
  if (w === undefined) return undefined;
  return ctx.lex.documents.get(w) ?? ctx.lex.compoundDocuments.get(w)?.get(`${ctx.lower[i - 1]} ${w}`);
}

function compoundHead(ctx: Context, i: number): string | undefined {
  const byLast = ctx.lex.compoundHeads.get(ctx.lower[i]);
  return byLast?.get(`${ctx.lower[i - 1]} ${ctx.lower[i]}`);
}

/** Outlets of the outlet table, matched token by token. */
function findOutlets(ctx: Context, sentence: Sentence): OutletHit[] {
  const hits: OutletHit[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (ctx.quoteOf[i] >= 0) continue;
    const names = ctx.lex.outlets.get(ctx.words[i]);
    if (!names) continue;
    for (const name of names) {
      if (!name.words.every((word, n) => i + n < sentence.tokenEnd && ctx.words[i + n] === word)) continue;
      let end = i + name.words.length;
      // "Al-Manar television", "Tasnim news agency", "Kan public broadcaster".
      while (
        end < sentence.tokenEnd &&
        (ctx.lex.heads.get(ctx.lower[end]) === 'outlet' ||
          ctx.lower[end] === 'public' ||
          ctx.lower[end] === 'news')
      )
        end++;
      const range: Range = { start: i, end };
      if (insideLongerName(ctx, sentence, range)) break;
      hits.push({ range, canonical: name.canonical });
      i = end - 1;
      break;
    }
  }
  return hits;
}

/** "Aegean Dawn", "National Day": an outlet's name inside a longer proper name is not the outlet. */
function insideLongerName(ctx: Context, sentence: Sentence, range: Range): boolean {
  const before = range.start - 1;
  const prevCap =
    before >= sentence.tokenStart && isCapitalised(ctx, before) && !CARRIERS.has(ctx.lower[before]);
  const next = range.end;
  const nextCap = next < sentence.tokenEnd && isCapitalised(ctx, next);
  return (prevCap && before > sentence.tokenStart) || nextCap;
}

/** The outlet reports, is told, cites, is cited or stands in a dateline "(Reuters)". */
function carries(ctx: Context, sentence: Sentence, range: Range): boolean {
  let before = range.start - 1;
  if (ctx.lower[before] === 'the') before--;
  const b = ctx.lower[before] ?? '';
  if (CARRIERS.has(b) || b === 'with' || b === '(' || (b === 'to' && ctx.lower[before - 1] === 'according'))
    return true;
  if (ctx.lower[range.end] === ')' && b === '(') return true;
  return reports(ctx, sentence, range);
}

/** "an interview with CNN" is how gold names an outlet interviewed; otherwise the outlet itself. */
function outletSource(ctx: Context, hit: OutletHit): Found {
  const s = hit.range.start;
  if (
    ctx.lower[s - 1] === 'with' &&
    ctx.lower[s - 2] === 'interview' &&
    isDeterminer(ctx.lower[s - 3] ?? '')
  ) {
    return {
      range: { start: s - 3, end: hit.range.end },
      kind: 'outlet',
      via: hit.range,
      viaName: hit.canonical,
      actor: null,
    };
  }
  return { range: hit.range, kind: 'outlet', via: null, viaName: null, actor: null };
}

/** "a senior U.S. official", "three people familiar with the talks" — when they report. */
function anonymous(
  ctx: Context,
  sentence: Sentence,
  head: number,
  outlets: readonly OutletHit[],
): Found | null {
  if (isCapitalised(ctx, head + 1) && ctx.lower[head + 1] !== 'i') return null; // "spokesman Nabil Abdallah"
  const start = modifiersLeft(ctx, head, sentence.tokenStart);
  if (start === head && ANAPHORIC.has(ctx.lower[head - 1] ?? '')) return null; // "the official said"
  if (start < head && ANAPHORIC.has(ctx.lower[start]) && start === head - 1) return null;
  const end = postModifier(ctx, head + 1, sentence.tokenEnd);
  const range: Range = { start, end };
  if (!anonymousPhrase(ctx, range) || !reports(ctx, sentence, range)) return null;
  if (appositionOfName(ctx, range)) return null;
  // "people" is a source only with what makes them one: "people familiar with the matter".
  if ((ctx.lower[head] === 'people' || ctx.lower[head] === 'person') && end === head + 1) return null;
  const via = viaOutlet(ctx, range.end, outlets);
  return { range, kind: 'anonymous', via: via?.range ?? null, viaName: via?.canonical ?? null, actor: null };
}

/**
 * An unnamed-looking phrase that describes a named person: "Col. Mahmoud al-Hamad, a Defence
 * Ministry spokesman," before it, or "the group's spokesman, Lawrence Kanyuka," after it.
 */
function appositionOfName(ctx: Context, range: Range): boolean {
  const before = range.start - 1;
  const enclosed = ctx.lower[before] === ',' && ctx.lower[range.end] === ',';
  if (enclosed && isCapitalised(ctx, before - 1) && !isCue(ctx, before - 1)) return true;
  return (
    ctx.lower[range.end] === ',' &&
    isCapitalised(ctx, range.end + 1) &&
    !isDeterminer(ctx.lower[range.end + 1]) &&
    isCapitalised(ctx, range.end + 2)
  );
}

/** "state media", "Russian state television", "the Kurdish news agency Hawar" in a reporting context. */
function genericOutlet(ctx: Context, sentence: Sentence, head: number): Found | null {
  if (ctx.lower[head - 1] === 'social') return null;
  let start = modifiersLeft(ctx, head, sentence.tokenStart);
  if (compoundHead(ctx, head) && start === head) start = head - 1;
  let end = head + 1;
  while (end < sentence.tokenEnd && isCapitalised(ctx, end) && ctx.quoteOf[end] < 0) end++;
  const range: Range = { start, end };
  const before = ctx.lower[start - 1] ?? '';
  const carried = CARRIERS.has(before) || before === 'told' || ctx.lower[start - 2] === 'according';
  // ("speaking on condition of anonymity because they were not authorised to talk to the media":
  // the media a source may not talk to carried nothing.)
  if (before === 'to' && TALKING.has(ctx.lower[start - 2] ?? '') && ctx.lower[start - 3] === 'to')
    return null;
  if (!carried && !reports(ctx, sentence, range)) return null;
  return { range, kind: 'outlet', via: null, viaName: null, actor: null };
}

/** "in a statement", "according to the charge sheet", "a statement on Telegram" (social). */
function documentAt(
  ctx: Context,
  sentence: Sentence,
  head: number,
  outlets: readonly OutletHit[],
): Found | null {
  const start = modifiersLeft(ctx, head, sentence.tokenStart);
  if (!isDeterminer(ctx.lower[start]) && !ctx.lex.platforms.has(ctx.doc.slice(ctx.doc.tokens[start])))
    return null;
  const before = ctx.lower[start - 1] ?? '';
  const intro =
    before === 'in' ||
    before === 'through' ||
    before === 'via' ||
    (before === 'to' && ctx.lower[start - 2] === 'according');
  const end = documentTail(ctx, head + 1, sentence.tokenEnd);
  const range: Range = { start, end };
  if (!intro && !reports(ctx, sentence, range)) return null;
  const platform = platformIn(ctx, start, end);
  const kind = documentHead(ctx, head) ?? 'document';
  if (platform)
    return { range, kind: 'social', via: platform.range, viaName: platform.canonical, actor: null };
  if (kind === 'social') return null; // a video or post with no platform is no source
  const reach = Math.min(sentence.tokenEnd, end + 8);
  const via = viaOutlet(ctx, head + 1, outlets, reach) ?? outletNamedIn(ctx, end, reach);
  return { range, kind: 'document', via: via?.range ?? null, viaName: via?.canonical ?? null, actor: null };
}

/** "Larijani wrote on X", "he wrote on Telegram", "Zabihullah Mujahid said on X". */
function socialVerb(ctx: Context, sentence: Sentence, verb: number): Found | null {
  const platform = platformAt(ctx, verb + 2);
  if (!platform) return null;
  const subject = leftPhrase(ctx, verb, sentence.tokenStart);
  const range: Range = { start: subject?.start ?? verb, end: platform.range.end };
  return { range, kind: 'social', via: platform.range, viaName: platform.canonical, actor: null };
}

function platformAt(ctx: Context, i: number): OutletHit | null {
  const t = ctx.doc.tokens[i];
  if (!t) return null;
  // The tokenizer reads a sentence-final "X." as an initial; the platform is the letter.
  const one = ctx.lex.platforms.get(ctx.doc.slice(t).replace(/^([A-Z])\.$/, '$1'));
  if (one) return { range: { start: i, end: i + 1 }, canonical: one };
  const next = ctx.doc.tokens[i + 1];
  const two = next ? ctx.lex.platforms.get(ctx.doc.text.slice(t.start, next.end)) : undefined;
  return two ? { range: { start: i, end: i + 2 }, canonical: two } : null;
}

function platformIn(ctx: Context, start: number, end: number): OutletHit | null {
  for (let k = start; k < end; k++) {
    const hit = platformAt(ctx, k);
    // "X" names the platform only after "on" or before the post noun ("a TikTok video").
    if (hit && (ctx.lower[k - 1] === 'on' || k < end - 1)) return hit;
  }
  return null;
}

/**
 * Start of the modifiers before a head: determiners, numbers, capitals, adjectives, "U.S. and
 * Israeli". Coordinated heads ("residents and U.N. sources") stay apart: each is its own source.
 */
function modifiersLeft(ctx: Context, head: number, floor: number): number {
  let start = head;
  for (let k = head - 1; k >= floor; k--) {
    const t = ctx.doc.tokens[k];
    const w = ctx.lower[k];
    if (ctx.quoteOf[k] >= 0 || isCue(ctx, k) || t.kind === 'punct' || t.kind === 'quote') break;
    if (w === 'and' || w === '&') {
      if (!(isCapitalised(ctx, k - 1) && isCapitalised(ctx, k + 1))) break;
    } else if (t.kind === 'word' && !isCapitalised(ctx, k) && !modifierWord(ctx, w)) break;
    start = k;
    // "the rebel alliance's spokesman": the possessor belongs to the phrase whatever its form.
    if (
      (w === "'s" || w === '’s') &&
      k - 1 >= floor &&
      ctx.doc.tokens[k - 1].kind === 'word' &&
      !isCue(ctx, k - 1)
    ) {
      start = --k;
      continue;
    }
    // A determiner opens the phrase: nothing before it belongs to it.
    if (isDeterminer(w) && w !== 'two' && w !== 'three') break;
  }
  return start;
}

/** A lower-case word that may stand inside a noun phrase before its head. */
function modifierWord(ctx: Context, w: string): boolean {
  if (isDeterminer(w) || w === "'s" || w === '’s') return true;
  if (isBoundary(w) || isPreposition(w) || PRONOUNS.has(w)) return false;
  const kind = ctx.lex.heads.get(w);
  if (kind === 'modifier' || kind === 'outlet' || ctx.lex.documents.has(w)) return true;
  return (
    /^[a-z]+(al|ian|ese|ish|ic|ary|ern|ed|ly)$/.test(w) || /^[a-z]+-[a-z]+$/.test(w) || compoundFirst(ctx, w)
  );
}

/** "joint" of "joint statement", "charge" of "charge sheet", "news" of "news agency". */
function compoundFirst(ctx: Context, w: string): boolean {
  return ctx.lex.compoundFirstWords.has(w);
}

/** "familiar with the plan", "in the capital", "on both sides", "of villages near the border". */
function postModifier(ctx: Context, from: number, ceil: number): number {
  const w = ctx.lower[from];
  const opens =
    w === 'familiar' ||
    w === 'involved' ||
    w === 'close' ||
    w === 'in' ||
    w === 'on' ||
    w === 'of' ||
    w === 'for' ||
    w === 'from' ||
    w === 'with' ||
    w === 'based';
  if (!opens) return from;
  if ((w === 'on' || w === 'in') && isDay(ctx.lower[from + 1])) return from;
  return tail(ctx, from, ceil, 8);
}

function documentTail(ctx: Context, from: number, ceil: number): number {
  const w = ctx.lower[from];
  const opens =
    w === 'on' ||
    w === 'from' ||
    w === 'to' ||
    w === 'posted' ||
    w === 'issued' ||
    w === 'published' ||
    w === 'shared';
  return opens ? tail(ctx, from, ceil, 10) : from;
}

function tail(ctx: Context, from: number, ceil: number, max: number): number {
  let end = from;
  for (let k = from; k < ceil && k - from < max; k++) {
    const t = ctx.doc.tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote' || ctx.quoteOf[k] >= 0) break;
    const w = ctx.lower[k];
    if (k > from && (isCue(ctx, k) || CARRIED.has(w))) break;
    if (
      w === 'that' ||
      w === 'who' ||
      w === 'which' ||
      w === 'as' ||
      w === 'when' ||
      w === 'while' ||
      w === 'but'
    )
      break;
    if (w === 'and' && !(isCapitalised(ctx, k + 1) || ctx.lower[k + 1] === 'the')) break;
    end = k + 1;
  }
  return end;
}

function isDay(w: string | undefined): boolean {
  return w !== undefined && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|condition)$/.test(w);
}

/** The phrase is the subject of a reporting verb, follows "according to", or follows "said". */
const ASIDE_STARTS = new Set(['who', 'cited', 'quoted', 'according']);

function reports(ctx: Context, sentence: Sentence, range: Range): boolean {
  const b1 = ctx.lower[range.start - 1] ?? '';
  if (b1 === 'to' && ctx.lower[range.start - 2] === 'according') return true;
  if ((b1 === 'said' || b1 === 'say' || b1 === 'says') && range.start - 1 >= sentence.tokenStart) return true;
  let k = range.end;
  for (let guard = 0; k < sentence.tokenEnd && guard < 20; guard++) {
    const w = ctx.lower[k];
    if (w === ',') {
      // Only an aside about the source itself: ", speaking on condition of anonymity,", ", who asked …,",
      // ", cited by Reuters,".
      const first = ctx.lower[k + 1] ?? '';
      if (!first.endsWith('ing') && !ASIDE_STARTS.has(first)) return false;
      k = closingComma(ctx, k + 1, sentence.tokenEnd);
      if (k < 0) return false;
      k++;
      continue;
    }
    if (
      /^(also|separately|later|earlier|have|has|had|on|last|this|privately|publicly|again)$/.test(w) ||
      isDay(w)
    ) {
      k++;
      continue;
    }
    if (w === 'cited' || w === 'quoted') return true;
    // "residents and U.N. sources said": a coordinated phrase shares the verb.
    if (w === 'and' && guard === 0) {
      const next = coordinatedHead(ctx, k + 1, sentence.tokenEnd);
      if (next < 0) return false;
      k = next + 1;
      continue;
    }
    return isCue(ctx, k) && w !== 'according';
  }
  return false;
}

/** The head of a short phrase after "and" ("and U.N. sources"), or -1. */
function coordinatedHead(ctx: Context, from: number, ceil: number): number {
  for (let k = from; k < ceil && k < from + 6; k++) {
    if (ctx.doc.tokens[k].kind !== 'word' || isCue(ctx, k)) return -1;
    if (personHead(ctx, k)) return k;
  }
  return -1;
}

/** The comma closing an aside ("…, speaking on condition of anonymity, said"). */
function closingComma(ctx: Context, from: number, ceil: number): number {
  for (let k = from; k < ceil && k < from + 16; k++) {
    if (ctx.lower[k] === ',') return k;
    if (ctx.doc.tokens[k].kind === 'quote') return -1;
  }
  return -1;
}

/** The outlet that carried the words: "told Axios", "cited by Channel 12", after the phrase. */
function viaOutlet(
  ctx: Context,
  from: number,
  outlets: readonly OutletHit[],
  limit = Number.MAX_SAFE_INTEGER,
): OutletHit | null {
  for (const o of outlets) {
    if (o.range.start < from || o.range.start > limit + 3) continue;
    if (CARRIERS.has(ctx.lower[o.range.start - 1] ?? '')) return o;
  }
  return null;
}

/** "carried by its Al-Manar television", "through its al-Zallaqa media arm": an outlet not in the table. */
function outletNamedIn(ctx: Context, from: number, end: number): OutletHit | null {
  for (let k = from; k < end; k++) {
    const w = ctx.lower[k];
    if (w !== 'by' && w !== 'through' && w !== 'its' && w !== 'via') continue;
    let s = k + 1;
    if (ctx.lower[s] === 'its' || ctx.lower[s] === 'the') s++;
    if (
      s < end &&
      /^[A-Za-z]/.test(ctx.lower[s]) &&
      (isCapitalised(ctx, s) || /^[a-z]+-[A-Z]/.test(ctx.doc.slice(ctx.doc.tokens[s])))
    ) {
      const name = ctx.doc.slice(ctx.doc.tokens[s]);
      return { range: { start: s, end: s + 1 }, canonical: name };
    }
  }
  return null;
}

function hasName(ctx: Context, range: Range): boolean {
  for (let k = range.start; k < range.end; k++)
    if (isCapitalised(ctx, k) && !isDeterminer(ctx.lower[k])) return true;
  return false;
}

function actorOf(ctx: Context, range: Range): number | null {
  const m = bestMention(ctx, range);
  if (m === null) return null;
  const actor = ctx.doc.mentions[m].actor;
  return actor >= 0 ? actor : null;
}

function toRef(ctx: Context, sentence: Sentence, f: Found): SourceRef {
  const span = (r: Range): Span => ({
    start: ctx.doc.tokens[r.start].start,
    end: ctx.doc.tokens[r.end - 1].end,
  });
  const s = span(f.range);
  return {
    start: s.start,
    end: s.end,
    sentence: sentence.index,
    kind: f.kind,
    via: f.viaName,
    viaSpan: f.via ? span(f.via) : null,
    actor: f.actor,
  };
}
