/**
 * Tokenizer for news text, following Universal Dependencies conventions closely enough for the
 * parser trained on UD English EWT: punctuation split off, possessive 's and n't as their own
 * tokens, abbreviations ("U.S.", "Lt.") and dotted acronyms keeping their period, hyphenated
 * words whole, URLs and domains ("Matzav.com") whole, dashes and ellipses separate.
 * It never alters the text: each token is a [start, end) span.
 */
import type { TokenKind } from '../../doc/doc.js';
import type { Abbreviations } from './abbreviations.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const OPENERS = new Set([
  '"',
  '“',
  '‘',
  "'",
  '(',
  '[',
  '{',
  '«',
  '$',
  '€',
  '£',
  '¥',
  '—',
  '–',
  '¿',
  '¡',
  '#',
  '@',
]);
const CLOSERS = new Set([
  '"',
  '”',
  '’',
  "'",
  ')',
  ']',
  '}',
  '»',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '—',
  '–',
  '%',
]);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const DASHES = /(—|–|--+|…|\.\.\.+)/;

const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const DOMAIN_RE =
  /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|uk|info|news|tv|me|ru|ir|il|cn|de|fr)$/i;
const DOTTED_ACRONYM_RE = /^(?:[A-Za-z]\.){2,}$/;
const INITIAL_RE = /^[A-Z]\.$/;
const NUMBER_RE = /^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:st|nd|rd|th|s)?$/;
const CLITIC_RE = /^(.+?)(['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M))$/;
const NEGATION_RE = /^(.+?)(n['’]t|N['’]T)$/;
const WORDLIKE_RE = /[\p{L}\p{N}]/u;

export function tokenize(text: string, abbreviations: Abbreviations): RawToken[] {
  const tokens: RawToken[] = [];
  const chunk = /\S+/g;
  for (let m = chunk.exec(text); m !== null; m = chunk.exec(text)) {
    splitChunk(text, m.index, m.index + m[0].length, abbreviations, tokens);
  }
  return tokens;
}

function splitChunk(text: string, start: number, end: number, abbr: Abbreviations, out: RawToken[]): void {
  const whole = text.slice(start, end);
  if (URL_RE.test(whole) || EMAIL_RE.test(whole)) {
    // A URL may still carry sentence punctuation at its end.
    let e = end;
    while (e > start + 1 && /[.,;:!?)"'”’\]]/.test(text[e - 1])) e--;
    out.push({ start, end: e, kind: 'url' });
    for (let i = e; i < end; i++) out.push(punct(text, i, i + 1));
    return;
  }
  let s = start;
  let e = end;
  const prefix: RawToken[] = [];
  const suffix: RawToken[] = [];
  // Peel opening punctuation.
  while (s < e) {
    const ellipsis = text.startsWith('...', s) ? 3 : 0;
    if (ellipsis && s + ellipsis <= e) {
      prefix.push(punct(text, s, s + ellipsis));
      s += ellipsis;
      continue;
    }
    const c = text[s];
    if (OPENERS.has(c) && !(c === "'" && /^'\d0s\b/.test(text.slice(s, e)))) {
      prefix.push(punct(text, s, s + 1));
      s++;
      continue;
    }
    break;
  }
  // Peel closing punctuation, periods (unless part of an abbreviation) and clitics.
  while (e > s) {
    const core = text.slice(s, e);
    if (core.endsWith('...') && e - 3 > s) {
      suffix.push(punct(text, e - 3, e));
      e -= 3;
      continue;
    }
    const c = text[e - 1];
    if (c === '.') {
      if (e - s === 1 || keepsPeriod(core, abbr, text, e)) break;
      suffix.push(punct(text, e - 1, e));
      e--;
      continue;
    }
    if (CLOSERS.has(c) && e - s > 0) {
      // Keep a straight apostrophe ending a plural possessive as its own token like UD does.
      suffix.push(punct(text, e - 1, e));
      e--;
      continue;
    }
    const negation = NEGATION_RE.exec(core);
    if (negation && WORDLIKE_RE.test(negation[1])) {
      const cut = e - negation[2].length;
      suffix.push({ start: cut, end: e, kind: 'word' });
      e = cut;
      continue;
    }
    const clitic = CLITIC_RE.exec(core);
    if (clitic && WORDLIKE_RE.test(clitic[1])) {
      const cut = e - clitic[2].length;
      suffix.push({ start: cut, end: e, kind: 'word' });
      e = cut;
      continue;
    }
    break;
  }
  out.push(...prefix);
  if (e > s) splitInfixes(text, s, e, abbr, out);
  for (let i = suffix.length - 1; i >= 0; i--) out.push(suffix[i]);
}

/** Splits dashes and ellipses inside a chunk ("U.S.–Iran", "war—and"). */
function splitInfixes(text: string, start: number, end: number, abbr: Abbreviations, out: RawToken[]): void {
  const core = text.slice(start, end);
  const m = DASHES.exec(core);
  if (!m || (m.index === 0 && m[0].length === core.length)) {
    out.push(classify(text, start, end));
    return;
  }
  const left = start + m.index;
  const right = left + m[0].length;
  if (left > start) splitChunk(text, start, left, abbr, out);
  out.push(punct(text, left, right));
  if (right < end) splitChunk(text, right, end, abbr, out);
}

function keepsPeriod(core: string, abbr: Abbreviations, text: string, chunkEnd: number): boolean {
  const role = abbr.get(core) ?? abbr.get(core.charAt(0).toUpperCase() + core.slice(1));
  if (role === 'number') return /^\s*\d/.test(text.slice(chunkEnd, chunkEnd + 4));
  return (
    role !== undefined ||
    DOTTED_ACRONYM_RE.test(core) ||
    (INITIAL_RE.test(core) && !afterLowercaseWord(text, chunkEnd - core.length)) ||
    DOMAIN_RE.test(core)
  );
}

/** "wrote on X." ends a sentence; "George W. Bush" has an initial: the word before tells. */
function afterLowercaseWord(text: string, start: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && /^[a-z]/.test(before[1]);
}

function classify(text: string, start: number, end: number): RawToken {
  const word = text.slice(start, end);
  if (DOMAIN_RE.test(word) || URL_RE.test(word)) return { start, end, kind: 'url' };
  if (NUMBER_RE.test(word)) return { start, end, kind: 'number' };
  if (!WORDLIKE_RE.test(word)) return punct(text, start, end);
  return { start, end, kind: 'word' };
}

function punct(text: string, start: number, end: number): RawToken {
  const c = text.slice(start, end);
  if (QUOTES.has(c)) return { start, end, kind: 'quote' };
  if (/^[$€£¥%#@&+=<>]$/.test(c)) return { start, end, kind: 'symbol' };
  return { start, end, kind: 'punct' };
}

/**
 * Whether a quotation-mark token opens or closes a quotation. Curly marks say so themselves;
 * a straight mark opens when it follows white space, an opening bracket or the start of text.
 */
export function quoteDirection(text: string, token: { start: number; end: number }): 'open' | 'close' {
  const c = text[token.start];
  if (c === '“' || c === '‘' || c === '«') return 'open';
  if (c === '”' || c === '»') return 'close';
  if (c === '’') return 'close';
  const before = token.start === 0 ? ' ' : text[token.start - 1];
  if (/[\s([{—–-]/.test(before)) return 'open';
  const after = token.end >= text.length ? ' ' : text[token.end];
  if (/\s|[.,;:!?)\]}]/.test(after)) return 'close';
  return 'open';
}
