/**
 * Pairs quotation marks into quotations. Double marks (“ ” " « ») make the quotations; single
 * marks (‘ ’ ') make one only when they open at a word start and are later closed — otherwise
 * they are apostrophes ("leaders’ meeting"). Single quotes inside a double quote stay inside it.
 * A quotation left open at a paragraph end continues when the next paragraph opens with a mark
 * (the classic multi-paragraph convention); otherwise it is closed there with a warning.
 */
import type { Doc, Token } from '../../doc/doc.js';
import { quoteDirection } from '../01-text/index.js';

export interface RawQuote {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or -1 when closed by a paragraph end. */
  readonly close: number;
  /** Last token index inside the quotation. */
  readonly lastInside: number;
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly start: number;
  readonly end: number;
}

const DOUBLE = new Set(['"', '“', '”', '«', '»', '„']);
const SINGLE = new Set(["'", '‘', '’']);

interface Open {
  readonly token: number;
  readonly nested: boolean;
}

/** Every quotation of the document, in text order, with nested single quotes left out. */
export function pairMarks(doc: Doc, report = true): RawQuote[] {
  // Another stage re-reads the marks for context only; it must not repeat the warnings.
  const warn = (code: string, message: string, span: Token): void => {
    if (report) doc.warn(code, message, { start: span.start, end: span.end });
  };
  const out: RawQuote[] = [];
  const tokens = doc.tokens;
  let double: Open | null = null;
  let single: Open | null = null;
  let paragraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const para = doc.sentences[token.sentence]?.paragraph ?? 0;
    if (para !== paragraph) {
      if (single && !single.nested) warn('quote-unbalanced', 'single quotation mark never closed', token);
      single = null;
      if (double && !continuesInto(doc, i)) {
        push(out, closeAtEnd(doc, double.token, i - 1));
        warn('quote-unbalanced', 'quotation closed at the end of its paragraph', tokens[double.token]);
        double = null;
      } else if (double) {
        // The reopening mark of a continued quotation belongs to the quotation.
        paragraph = para;
        continue;
      }
      paragraph = para;
    }
    if (token.kind !== 'quote') continue;
    const mark = doc.text[token.start];
    if (DOUBLE.has(mark)) {
      const result = doubleMark(doc, token, double);
      if (double && (result.closed || result.warnClosed)) {
        push(out, result.closed ? closed(doc, double.token, i) : closeAtEnd(doc, double.token, i - 1));
        single = null;
      }
      if (result.warnClosed)
        warn('quote-unbalanced', 'new quotation opened before the last one closed', token);
      if (result.stray) warn('quote-unbalanced', 'closing quotation mark without an opening one', token);
      double = result.next;
      continue;
    }
    if (SINGLE.has(mark)) single = singleMark(doc, token, single, double !== null, out);
  }
  if (double) {
    push(out, closeAtEnd(doc, double.token, tokens.length - 1));
    warn('quote-unbalanced', 'quotation never closed', tokens[double.token]);
  }
  return out;
}

interface DoubleResult {
  readonly next: Open | null;
  readonly closed?: boolean;
  readonly warnClosed?: boolean;
  readonly stray?: boolean;
}

function doubleMark(doc: Doc, token: Token, open: Open | null): DoubleResult {
  const direction = quoteDirection(doc.text, token);
  if (!open) {
    if (direction === 'open') return { next: { token: token.index, nested: false } };
    // A closing curly mark glued to the next word is a mistyped opening one.
    if (startsWord(doc, token) && !endsWord(doc, token))
      return { next: { token: token.index, nested: false } };
    return { next: null, stray: true };
  }
  if (direction === 'close' || !startsWord(doc, token)) return { next: null, closed: true };
  // An opening mark while a quotation is open: the earlier one lost its closing mark.
  return { next: { token: token.index, nested: false }, warnClosed: true };
}

function singleMark(
  doc: Doc,
  token: Token,
  open: Open | null,
  inDouble: boolean,
  out: RawQuote[],
): Open | null {
  const mark = doc.text[token.start];
  const direction = quoteDirection(doc.text, token);
  if (open) {
    if (mark === '‘' || (mark === "'" && direction === 'open' && startsWord(doc, token))) {
      return { token: token.index, nested: inDouble };
    }
    if (!open.nested) push(out, closed(doc, open.token, token.index));
    return null;
  }
  if (mark === '’') return null; // an apostrophe
  if (mark === '‘' || (direction === 'open' && startsWord(doc, token))) {
    return { token: token.index, nested: inDouble };
  }
  return null;
}

/** True when the next paragraph (starting at token i) opens with a double quotation mark. */
function continuesInto(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (token?.kind !== 'quote') return false;
  const mark = doc.text[token.start];
  return (mark === '“' || mark === '"' || mark === '«') && startsWord(doc, token);
}

function startsWord(doc: Doc, token: Token): boolean {
  const next = doc.text[token.end];
  return next !== undefined && /[\p{L}\p{N}‘'…(.[$-]/u.test(next);
}

function endsWord(doc: Doc, token: Token): boolean {
  const prev = doc.text[token.start - 1];
  return prev !== undefined && /[\p{L}\p{N}.,!?;:…)]/u.test(prev);
}

/** Keeps a quotation only when something stands between its marks. */
function push(out: RawQuote[], quote: RawQuote): void {
  if (quote.end > quote.start) out.push(quote);
}

function closed(doc: Doc, open: number, close: number): RawQuote {
  const o = doc.tokens[open];
  const c = doc.tokens[close];
  const [start, end] = trim(doc.text, o.end, c.start);
  return { open, close, lastInside: close - 1, outerStart: o.start, outerEnd: c.end, start, end };
}

function closeAtEnd(doc: Doc, open: number, last: number): RawQuote {
  const o = doc.tokens[open];
  const l = doc.tokens[Math.max(open, last)];
  const [start, end] = trim(doc.text, o.end, l.end);
  return { open, close: -1, lastInside: last, outerStart: o.start, outerEnd: l.end, start, end };
}

function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}
