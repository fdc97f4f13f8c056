/**
 * First pass of the mention finder: a sentence becomes a row of atoms — gazetteer matches,
 * runs of capitalised words the knowledge base does not know (candidate names), pronouns, and
 * plain tokens. Later passes group atoms into mentions.
 */
import type { Doc, Sentence, Token } from '../../doc/doc.js';
import { type Entry, type Gazetteer, normalizeKey } from './gazetteer.js';

export type Atom =
  | {
      readonly type: 'entity';
      readonly first: number;
      readonly last: number;
      readonly entries: readonly Entry[];
    }
  | {
      readonly type: 'propn';
      readonly first: number;
      readonly last: number;
      readonly words: readonly string[];
    }
  | { readonly type: 'pronoun'; readonly first: number; readonly last: number; readonly form: string }
  | {
      readonly type: 'token';
      readonly first: number;
      readonly last: number;
      /** The word as written (normalised like gazetteer keys), and in lower case. */
      readonly key: string;
      readonly lower: string;
      /** Universal POS tag when the syntax stage ran. */
      readonly upos?: string;
    };

export interface AtomLexicon {
  readonly gazetteer: Gazetteer;
  /** Capitalised words that are never unknown names (lower case). */
  readonly notNames: ReadonlySet<string>;
  /**
   * The longest multiword town or region named at token `i` (its end, exclusive, and its state),
   * or null: "Northern Ireland", "New Mexico" hold a state's name but are not that state.
   */
  readonly placeAt?: (
    keys: readonly string[],
    i: number,
    end: number,
  ) => { end: number; country: string } | null;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'its']);
/** Lower-case particles inside Arabic, Dutch, Spanish... names ("Mohammed bin Salman"). */
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'le',
  'la',
  'abu',
  'dos',
  'di',
]);

/** Normalised token texts of the whole document, computed once for all its sentences. */
export interface TokenKeys {
  readonly keys: readonly string[];
  readonly lower: readonly string[];
}

export function tokenKeys(doc: Doc): TokenKeys {
  const keys = doc.tokens.map((t) => normalizeKey(doc.slice(t)));
  return { keys, lower: keys.map((k) => k.toLowerCase()) };
}

/**
 * "Saudi-led forces", "a US-led coalition": the state that leads them, as a demonym would say.
 * ("Iran-backed" groups are not Iran's, so only "-led" counts.)
 */
const LED = /-led$/i;

function ledBy(lexicon: AtomLexicon, key: string): Entry | null {
  // (Tested without lower-casing: this runs for every token.)
  if (key.length < 6 || !LED.test(key)) return null;
  const stem = key.slice(0, -4);
  const match = lexicon.gazetteer.matchAt([stem], [stem.toLowerCase()], 0, 1);
  const entry = match?.entries.find((e) => e.kind === 'demonym' || e.kind === 'country');
  return entry ? { kind: 'demonym', country: entry.country } : null;
}

/** A state's name inside the place's name, of a state other than the place's. */
function namesOtherState(
  lexicon: AtomLexicon,
  keys: readonly string[],
  lowerKeys: readonly string[],
  from: number,
  place: { end: number; country: string },
): boolean {
  for (let k = from; k < place.end; k++) {
    const inner = lexicon.gazetteer.matchAt(keys, lowerKeys, k, place.end);
    if (!inner) continue;
    return inner.entries.some(
      (e) => (e.kind === 'country' || e.kind === 'seat') && e.country.iso3 !== place.country,
    );
  }
  return false;
}

export function sentenceAtoms(
  doc: Doc,
  sentence: Sentence,
  lexicon: AtomLexicon,
  tokenKeys: TokenKeys,
): Atom[] {
  const { tokenStart: start, tokenEnd: end } = sentence;
  const keys = tokenKeys.keys;
  const lowerKeys = tokenKeys.lower;
  const headline = isHeadline(doc, sentence);
  const atoms: Atom[] = [];
  let i = start;
  while (i < end) {
    const match = lexicon.gazetteer.matchAt(keys, lowerKeys, i, end);
    const previous = atoms[atoms.length - 1];
    const glued =
      match &&
      previous?.type === 'propn' &&
      previous.last === i &&
      (isBareSurname(match.entries) ||
        isSurnameTitle(doc, match.entries, i, match.last) ||
        isPeopleSurname(doc, match.entries, previous, match.last, end));
    if (match && glued) {
      // "Bandar Abbas" is a port, not Mahmoud Abbas: a surname glued to an unknown name joins it.
      atoms[atoms.length - 1] = {
        type: 'propn',
        first: previous.first,
        last: match.last,
        words: keys.slice(previous.first, match.last),
      };
      i = match.last;
      continue;
    }
    // "Police in Northern Ireland": a place whose name begins with a word the knowledge base does
    // not know and goes on with the name of another state is one name, not that state ("Mount
    // Lebanon" still says Lebanon).
    const place = match ? null : (lexicon.placeAt?.(keys, i, end) ?? null);
    if (place && namesOtherState(lexicon, keys, lowerKeys, i + 1, place)) {
      atoms.push({ type: 'propn', first: i, last: place.end, words: keys.slice(i, place.end) });
      i = place.end;
      continue;
    }
    // ("the Houthi-controlled port of Hodeidah", "the Houthi-run health ministry": a group named
    // before "-controlled", "-held" or "-run" holds the thing, which is its own.)
    const holder = match ? null : holderOf(lexicon, keys[i]);
    if (holder) {
      atoms.push({ type: 'entity', first: i, last: i + 1, entries: holder });
      i++;
      continue;
    }
    if (match && !adjectiveTitle(doc, match.entries, i, match.last, keys)) {
      atoms.push({ type: 'entity', first: match.first, last: match.last, entries: match.entries });
      i = match.last;
      continue;
    }
    const led = ledBy(lexicon, keys[i]);
    if (led) {
      atoms.push({ type: 'entity', first: i, last: i + 1, entries: [led] });
      i++;
      continue;
    }
    if (PRONOUNS.has(lowerKeys[i]) && doc.tokens[i].kind === 'word') {
      atoms.push({ type: 'pronoun', first: i, last: i + 1, form: lowerKeys[i] });
      i++;
      continue;
    }
    if (!headline && startsName(doc, i, start, lowerKeys, lexicon)) {
      const last = extendName(doc, i, end, keys, lowerKeys, lexicon);
      atoms.push({ type: 'propn', first: i, last, words: keys.slice(i, last) });
      i = last;
      continue;
    }
    atoms.push({
      type: 'token',
      first: i,
      last: i + 1,
      key: keys[i],
      lower: lowerKeys[i],
      upos: doc.tokens[i].upos,
    });
    i++;
  }
  return atoms;
}

/** "a general strike": a lower-case one-word title the tagger reads as an adjective is no title. */
function adjectiveTitle(
  doc: Doc,
  entries: readonly Entry[],
  first: number,
  last: number,
  keys: readonly string[],
): boolean {
  const word = keys[first];
  return (
    last - first === 1 &&
    entries.every((e) => e.kind === 'title') &&
    doc.tokens[first].upos === 'ADJ' &&
    word === word.toLowerCase()
  );
}

/** Arabic article and patronymic prefixes written in lower case inside names ("al-Sisi"). */
const PREFIXED_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu|de|van|von|d|l)[-'’]\p{Lu}/u;

/** Titles that take a portfolio before them ("Shipping Minister", "Defence Secretary"). */
const PORTFOLIO_TITLES =
  /(?:minister|secretary|commissioner|director|chief|spokes(?:man|woman|person)|adviser|advisor|envoy|ambassador|officer|chair(?:man|woman)?|head)$/i;

/**
 * "Charlie King", "Mary Bishop": a one-word capitalised title right after an unknown first
 * name is a surname; "Shipping Minister" keeps its portfolio reading.
 */
function isSurnameTitle(doc: Doc, entries: readonly Entry[], first: number, last: number): boolean {
  // ("Julie Bishop": a clergyman's rank, capitalised after an unknown name, is a surname too.)
  const rank = (e: Entry) =>
    e.kind === 'title' || (e.kind === 'agent' && !e.plural && e.agent.sector === 'REL');
  if (last - first !== 1 || !entries.every(rank)) return false;
  const word = doc.slice(doc.tokens[first]);
  return /^\p{Lu}/u.test(word) && !PORTFOLIO_TITLES.test(word);
}

/**
 * "spokeswoman Mumtaz Zahra Baloch told…": a people's name ("Baloch") right after a name of two
 * words or more, and before no noun, is the person's surname.
 */
function isPeopleSurname(
  doc: Doc,
  entries: readonly Entry[],
  previous: { first: number; last: number },
  after: number,
  end: number,
): boolean {
  if (previous.last - previous.first < 2 || !entries.every((e) => e.kind === 'agent')) return false;
  const next = after < end ? doc.tokens[after] : undefined;
  return isCapitalized(doc, doc.tokens[after - 1]) && next?.upos !== 'NOUN' && next?.upos !== 'PROPN';
}

/** The organisation entries of the name before "-controlled", "-held" or "-run" in `word`, or null. */
function holderOf(lexicon: AtomLexicon, word: string): readonly Entry[] | null {
  const held = HELD_BY.exec(word);
  if (!held) return null;
  const match = lexicon.gazetteer.matchAt([held[1]], [held[1].toLowerCase()], 0, 1);
  const orgs = match?.entries.filter((e) => e.kind === 'organization') ?? [];
  return orgs.length > 0 ? orgs : null;
}

const HELD_BY = /^(\p{Lu}[\p{L}.']+)-(?:controlled|held|run)$/u;

function isBareSurname(entries: readonly Entry[]): boolean {
  return entries.every((e) => e.kind === 'person' && !e.full);
}

function isCapitalized(doc: Doc, token: Token): boolean {
  if (token.kind !== 'word') return false;
  const c = doc.text.charCodeAt(token.start);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return PREFIXED_NAME.test(doc.text.slice(token.start, token.end));
  return /\p{Lu}/u.test(doc.text[token.start]);
}

function startsName(
  doc: Doc,
  i: number,
  sentenceStart: number,
  lower: readonly string[],
  lexicon: AtomLexicon,
): boolean {
  const token = doc.tokens[i];
  if (!isCapitalized(doc, token) || lexicon.notNames.has(lower[i])) return false;
  if (token.upos !== undefined && token.upos !== 'PROPN') return false;
  // A capitalised first word is a name only if the next word is capitalised too ("Nabil Abdallah said").
  if (i === sentenceStart && token.upos === undefined) {
    const next = doc.tokens[i + 1];
    return next !== undefined && next.sentence === token.sentence && isCapitalized(doc, next);
  }
  return true;
}

function extendName(
  doc: Doc,
  i: number,
  end: number,
  keys: readonly string[],
  lower: readonly string[],
  lexicon: AtomLexicon,
): number {
  let last = i + 1;
  while (last < end) {
    const t = doc.tokens[last];
    if (
      isCapitalized(doc, t) &&
      !lexicon.notNames.has(lower[last]) &&
      !lexicon.gazetteer.matchAt(keys, lower, last, last + 1)
    ) {
      last++;
      continue;
    }
    // "bin" between two capitalised words stays inside the name.
    const after = doc.tokens[last + 1];
    if (NAME_PARTICLES.has(lower[last]) && after && last + 1 < end && isCapitalized(doc, after)) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

/**
 * A title-case headline: no closing punctuation and most words capitalised, so capitals say
 * nothing about names there.
 */
function isHeadline(doc: Doc, sentence: Sentence): boolean {
  const last = doc.tokens[sentence.tokenEnd - 1];
  if (last && /^[.!?…"”’]$/.test(doc.slice(last))) return false;
  let words = 0;
  let capitals = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.end - t.start < 4) continue;
    words++;
    if (isCapitalized(doc, t)) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}
