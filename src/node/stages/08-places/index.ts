/**
 * The places stage: finds every place an article names, geocodes it to a gazetteer entry and
 * writes doc.places sorted by start. One pass over the tokens with Map lookups in a token trie
 * (case-sensitive, longest match, optional leading "the"); then context rules drop names used as
 * part of a person's or organisation's name, and names with several readings ("Georgia",
 * "Tripoli") take the reading whose country the sentence, else the article, also names.
 */
import type { Doc, Place, Span, Token } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import {
  AMBIGUOUS,
  COMMON_WORDS,
  GROUP_NOUNS,
  isCapitalized,
  ORGANIZATION_HEADS,
  prepositionTier,
  type TokenView,
} from './context.js';
import { loadPlaceGazetteer, type PlaceEntry, type PlaceGazetteer, type PlaceHit } from './gazetteer.js';

export { loadPlaceGazetteer, PLACE_KINDS, type PlaceEntry, type PlaceGazetteer } from './gazetteer.js';

export function placesStage(gazetteer: PlaceGazetteer = loadPlaceGazetteer()): Stage {
  return {
    name: 'places',
    requires: ['tokens', 'sentences'],
    assigns: ['places'],
    run: (doc: Doc) => {
      doc.places = addNamedLocalities(doc, findPlaces(doc, gazetteer));
    },
  };
}

/** "the village of Staryi Dvir", "the town of Kafr Amin": a settlement the gazetteer lacks. */
const LOCALITY =
  /\b(?:village|town|city|district|port|hamlet|settlement|camp|base) of ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2})/dgu;
/**
 * "near Ruvumbu", "in Dar Amin": a capitalised name the gazetteer lacks, right after a locative
 * preposition, that names no actor and no date. Only one or two words, and never followed by
 * "'s" (an owner, not a place).
 */
const NEAR_NAME = /\b(?:near|outside|in) ((?:\p{Lu}[\p{Ll}-]+)(?: \p{Lu}[\p{Ll}-]+)?)(?![\p{L}'’])/dgu;
/** Capitalised words after "in" that are no places. */
const NOT_PLACES = new Set([
  'The',
  'A',
  'An',
  'His',
  'Her',
  'Its',
  'Their',
  'This',
  'That',
  'Parliament',
  'Congress',
]);

/** "the Tor Khel crossing", "the Dar Amin palace": a named site introduced by its kind after it. */
const SITE =
  /\bthe ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:border crossing|crossing|checkpoint|palace|camp|air base|airbase|base|refinery|port)\b/dgu;

/** A word that says who holds or runs a place ("Houthi-held", "rebel-controlled", "state-run"). */
const HELD_BY = /-(?:held|controlled|run|occupied|backed|led|owned|operated|besieged)$/i;

/**
 * Adds the localities the text itself introduces by kind ("the village of X") when no gazetteer
 * entry covers them, so an event there gets the place the text names, without coordinates.
 */
function addNamedLocalities(doc: Doc, places: Place[]): Place[] {
  const added: Place[] = [];
  // Characters something else already names: a place, an actor, a date, or a locality added here.
  const taken = new Uint8Array(doc.text.length);
  const take = (s: Span) => taken.fill(1, s.start, s.end);
  for (const s of [...places, ...(doc.mentions ?? []), ...(doc.timexes ?? [])]) take(s);
  const matches = [
    ...doc.text.matchAll(LOCALITY),
    ...doc.text.matchAll(SITE),
    ...doc.text.matchAll(NEAR_NAME),
  ];
  for (const m of matches) {
    const [start, end] = m.indices?.[1] ?? [-1, -1];
    if (start < 0 || taken.subarray(start, end).includes(1)) continue;
    // "the Houthi-held port of Hodeidah": who holds a site is no name of it.
    if (HELD_BY.test(m[1])) continue;
    if (m[0].startsWith('near') || m[0].startsWith('outside') || m[0].startsWith('in '))
      if (NOT_PLACES.has(m[1].split(' ')[0])) continue;
    const token = doc.tokens.find((t) => t.start === start);
    if (!token) continue;
    added.push({
      start,
      end,
      sentence: token.sentence,
      placeId: `text:${m[1]}`,
      name: m[1],
      country: null,
      lat: null,
      lon: null,
      kind: 'city',
    });
    take(added[added.length - 1]);
  }
  return added.length === 0 ? places : [...places, ...added].sort((a, b) => a.start - b.start);
}

/** A name found in the text, before its reading is chosen. */
interface Match {
  readonly sentence: number;
  /** doc.tokens index of the first token of the name (after any article). */
  readonly first: number;
  /** doc.tokens index one past the last token. */
  readonly last: number;
  /** Readings valid here (an article-only surface counts only after "the"). */
  readonly hits: readonly PlaceHit[];
}

/**
 * Token texts of a document as the trie keys them, sliced on demand from one normalised copy of
 * the text (the replacements keep every offset): most tokens are never sliced, and no regular
 * expression runs per token.
 */
class Keys {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly cache: (string | undefined)[];

  constructor(doc: Doc) {
    this.text = NORMALIZE.test(doc.text) ? doc.text.replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-') : doc.text;
    this.tokens = doc.tokens;
    this.cache = new Array<string | undefined>(doc.tokens.length);
  }

  key(i: number): string {
    let k = this.cache[i];
    if (k === undefined) {
      const t = this.tokens[i];
      k = this.text.slice(t.start, t.end);
      this.cache[i] = k;
    }
    return k;
  }

  lower(i: number): string {
    return this.key(i).toLowerCase();
  }

  /** Whether token i can start a gazetteer name, judged by its first character alone. */
  canStart(i: number, starts: ReadonlySet<number>): boolean {
    return starts.has(this.text.charCodeAt(this.tokens[i].start));
  }

  isThe(i: number): boolean {
    const k = this.key(i);
    return k === 'the' || k === 'The' || k === 'THE';
  }
}

const NORMALIZE = /[’‘`‐‑–]/;

const DATE_WORDS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '(', '[']);

export function findPlaces(doc: Doc, gazetteer: PlaceGazetteer): Place[] {
  if (doc.tokens.length === 0) return [];
  const keys = new Keys(doc);
  const matches: Match[] = [];
  for (const sentence of doc.sentences) {
    matchSentence(gazetteer, keys, sentence.index, sentence.tokenStart, sentence.tokenEnd, matches);
  }
  const view = matchView(doc, keys, matches);
  const kept = matches.filter((m, i) => usedAsPlace(doc, keys, view, m, i));
  return resolveReadings(kept, statesNamed(doc, kept)).map(({ match, hit }) => toPlace(doc, match, hit));
}

function matchSentence(
  gazetteer: PlaceGazetteer,
  keys: Keys,
  sentence: number,
  start: number,
  end: number,
  out: Match[],
): void {
  for (let i = start; i < end; i++) {
    if (!keys.canStart(i, gazetteer.firstChars)) continue;
    let at = gazetteer.root.next.get(keys.key(i));
    if (!at) continue;
    const afterThe = i > start && keys.isThe(i - 1);
    let best: Match | null = null;
    for (let j = i + 1; at; j++) {
      const hits = afterThe || !at.needsThe ? at.hits : at.hits.filter((h) => !h.needsThe);
      if (hits.length > 0) best = { sentence, first: i, last: j, hits };
      if (j >= end) break;
      at = at.next.get(keys.key(j));
    }
    if (best) {
      out.push(best);
      i = best.last - 1;
    }
  }
}

function matchView(doc: Doc, keys: Keys, matches: readonly Match[]): TokenView {
  const endingAt = new Map<number, number>();
  matches.forEach((m, i) => {
    endingAt.set(m.last, i);
  });
  return {
    word: (i) => keys.lower(i),
    sentenceStart: (token) => doc.sentences[doc.tokens[token].sentence].tokenStart,
    placeEndingAt: (token) => endingAt.get(token) ?? -1,
    placeFirst: (i) => articleStart(keys, matches[i]),
  };
}

/** First token of a match including a preceding "the", so coordination skips over it. */
function articleStart(keys: Keys, m: Match): number {
  return m.first > 0 && keys.isThe(m.first - 1) ? m.first - 1 : m.first;
}

/**
 * Whether a matched name is used as a place. A name inside an organisation's name ("Washington
 * Post") or used as "the Gulf states" is not; an ambiguous name ("Jordan", "Israel") next to
 * another capitalised word or inside a person's or organisation's mention is not, unless a
 * locative preposition governs it.
 */
function usedAsPlace(doc: Doc, k: Keys, view: TokenView, m: Match, index: number): boolean {
  const sentence = doc.sentences[m.sentence];
  const next = m.last < sentence.tokenEnd ? m.last : -1;
  if (next >= 0 && ORGANIZATION_HEADS.has(k.key(next))) return false;
  if (next >= 0 && GROUP_NOUNS.has(k.key(next)) && m.hits.every((h) => h.entry.kind === 'sea')) return false;
  const surface = m.last - m.first === 1 ? k.key(m.first) : '';
  const ambiguous = AMBIGUOUS.has(surface) || insideLongerMention(doc, m);
  if (!ambiguous) return true;
  if (prepositionTier(view, m.first) !== null) return true;
  const before = articleStart(k, m) - 1;
  if (COMMON_WORDS.has(surface) && (before < sentence.tokenStart || OPENING_QUOTES.has(k.key(before)))) {
    return false;
  }
  if (insideLongerMention(doc, m)) return false;
  const prevIsName =
    before > sentence.tokenStart &&
    isNameWord(doc.tokens[before], k.key(before)) &&
    view.placeEndingAt(before + 1) < 0;
  const nextIsName =
    next >= 0 && isNameWord(doc.tokens[next], k.key(next)) && !startsMatch(view, index, next);
  return !prevIsName && !nextIsName;
}

/** A capitalised word that can be part of a person's name (not a weekday or month). */
function isNameWord(token: Token, key: string): boolean {
  return token.kind === 'word' && isCapitalized(key) && !DATE_WORDS.has(key);
}

/** Whether the match after `index` starts at token `token` ("Jordan, Syria": separate places). */
function startsMatch(view: TokenView, index: number, token: number): boolean {
  const after = view.placeEndingAt(token + 1);
  return after > index && view.placeFirst(after) <= token;
}

/**
 * A mention of a person or organisation that strictly contains the name ("Israel Katz", "Bank of
 * Georgia"): read from doc.mentions when the mentions stage ran before this one.
 */
function insideLongerMention(doc: Doc, m: Match): boolean {
  if (doc.mentions.length === 0) return false;
  const start = doc.tokens[m.first].start;
  const end = doc.tokens[m.last - 1].end;
  for (const mention of doc.mentions) {
    if (mention.start > start || mention.end < end) continue;
    if (mention.start === start && mention.end === end) continue;
    if (mention.kind === 'organization') return true;
    const actor = mention.kind === 'name' ? doc.actors[mention.actor] : undefined;
    if (actor?.type === 'person') return true;
  }
  return false;
}

interface Reading {
  readonly match: Match;
  readonly hit: PlaceHit;
}

/**
 * Picks one reading per match. A single reading stands; among several, the one whose country the
 * same sentence names (through an unambiguous place) wins, then one the article names, then the
 * earliest gazetteer row.
 */
function resolveReadings(matches: readonly Match[], named: ReadonlySet<string> = new Set()): Reading[] {
  const bySentence = new Map<number, Set<string>>();
  const inDoc = new Set<string>(named);
  for (const m of matches) {
    const country = soleCountry(m.hits);
    if (country === null) continue;
    inDoc.add(country);
    let set = bySentence.get(m.sentence);
    if (!set) {
      set = new Set();
      bySentence.set(m.sentence, set);
    }
    set.add(country);
  }
  return matches.map((match) => {
    const here = bySentence.get(match.sentence);
    const score = (e: PlaceEntry) =>
      (e.country !== null && here?.has(e.country) ? 2 : 0) +
      (e.country !== null && inDoc.has(e.country) ? 1 : 0);
    let hit = match.hits[0];
    for (const h of match.hits) {
      const better = score(h.entry) - score(hit.entry) || hit.entry.order - h.entry.order;
      if (better > 0) hit = h;
    }
    return { match, hit };
  });
}

/**
 * States of the actors the mentions stage found ("Georgian police", "the Georgian Dream party"):
 * in a story that also names the United States, "Georgia" is still the country.
 */
function statesNamed(doc: Doc, matches: readonly Match[]): Set<string> {
  // (Not by the ambiguous word itself: "a rally in Georgia" names no state by its own reading.)
  const ambiguous = matches
    .filter((m) => soleCountry(m.hits) === null)
    .map((m) => ({ start: doc.tokens[m.first].start, end: doc.tokens[m.last - 1].end }));
  const out = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'pronoun') continue;
    if (ambiguous.some((a) => a.start < m.end && m.start < a.end)) continue;
    const country = doc.actors[m.actor]?.country;
    if (country) out.add(country);
  }
  return out;
}

/** The country of a match whose readings all agree on one, else null. */
function soleCountry(hits: readonly PlaceHit[]): string | null {
  const country = hits[0].entry.country;
  return hits.every((h) => h.entry.country === country) ? country : null;
}

function toPlace(doc: Doc, m: Match, hit: PlaceHit): Place {
  const first = hit.needsThe ? m.first - 1 : m.first;
  const e = hit.entry;
  return {
    start: doc.tokens[first].start,
    end: doc.tokens[m.last - 1].end,
    sentence: m.sentence,
    placeId: e.id,
    name: e.name,
    country: e.country,
    lat: e.lat,
    lon: e.lon,
    kind: e.kind,
  };
}

/**
 * The doc.places index of the place a locative preposition governs within tokens
 * [fromToken, toToken) — the event coder passes a clause. "in/at/near/aboard/off" (where it
 * happened) beat "over", which beats "to/from/into" (destinations and origins); among equals the
 * place nearest the verb wins. `verbToken` names the verb; without it the first verb tagged by the
 * syntax stage is used, else the start of the range; `skip` leaves places out.
 */
export function locativePlace(
  doc: Doc,
  fromToken: number,
  toToken: number,
  verbToken?: number,
  destination = false,
  skip?: (place: number) => boolean,
): number | null {
  if (doc.places.length === 0 || fromToken >= toToken) return null;
  const view = placesView(doc);
  const anchor = verbToken ?? firstVerb(doc, fromToken, toToken);
  let best: number | null = null;
  let bestTier = Number.POSITIVE_INFINITY;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let index = 0; index < doc.places.length; index++) {
    const first = view.firstToken[index];
    if (first < fromToken || first >= toToken || skip?.(index)) continue;
    // A journey happens where it goes: "a visit to Minsk … the embassy in Vilnius said".
    const found = prepositionTier(view, first);
    const tier = destination && destinationTier(view, first) !== null ? 0 : found;
    if (tier === null) continue;
    const distance = Math.abs(first - anchor);
    if (tier < bestTier || (tier === bestTier && distance < bestDistance)) {
      best = index;
      bestTier = tier;
      bestDistance = distance;
    }
  }
  return best;
}

function destinationTier(view: PlacesView, first: number): number | null {
  for (let j = first - 1; j >= Math.max(view.sentenceStart(first), first - 3); j--) {
    const word = view.word(j);
    if (word === 'to' || word === 'into') return 0;
    if (word !== 'the') return null;
  }
  return null;
}

function firstVerb(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) if (doc.tokens[i].upos === 'VERB') return i;
  return from;
}

interface PlacesView extends TokenView {
  /** doc.tokens index of each place's first token (after any article it includes). */
  readonly firstToken: readonly number[];
}

/**
 * The view of each document's places, kept while its tokens and places stay the same: the event
 * coder asks for a locative place once per event.
 */
const views = new WeakMap<Doc, { tokens: readonly Token[]; places: readonly Place[]; view: PlacesView }>();

function placesView(doc: Doc): PlacesView {
  const kept = views.get(doc);
  if (kept && kept.tokens === doc.tokens && kept.places === doc.places) return kept.view;
  const view = buildPlacesView(doc);
  views.set(doc, { tokens: doc.tokens, places: doc.places, view });
  return view;
}

/** Token view over doc.places, mapping each place's character span back to tokens. */
function buildPlacesView(doc: Doc): PlacesView {
  const words: (string | undefined)[] = [];
  const word = (i: number) =>
    (words[i] ??= doc.text.slice(doc.tokens[i].start, doc.tokens[i].end).toLowerCase());
  const firstToken: number[] = [];
  const startToken: number[] = [];
  const endingAt = new Map<number, number>();
  doc.places.forEach((place, index) => {
    const start = tokenAt(doc.tokens, place.start);
    const last = tokenAt(doc.tokens, place.end - 1) + 1;
    startToken.push(start);
    // A place written "the Gulf" includes its article; the preposition search starts before it.
    firstToken.push(word(start) === 'the' && last - start > 1 ? start + 1 : start);
    endingAt.set(last, index);
  });
  return {
    word,
    firstToken,
    sentenceStart: (token) => doc.sentences[doc.tokens[token].sentence].tokenStart,
    placeEndingAt: (token) => endingAt.get(token) ?? -1,
    placeFirst: (index) => startToken[index],
  };
}

/** Index of the token containing character offset `offset` (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
