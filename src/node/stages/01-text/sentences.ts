/**
 * Sentence splitting over tokens. A line break always ends a sentence (headlines, datelines
 * and paragraphs stand on their own lines in news copy). Otherwise a sentence ends at . ! ? or
 * an ellipsis when the next word can open a sentence; closing quotation marks and brackets stay
 * with the sentence they close. Abbreviations that precede names or numbers ("Lt.", "Feb.")
 * never end one; "U.S." ends one only before a usual sentence opener ("The", "He", "But").
 */
import type { Abbreviations } from './abbreviations.js';
import { quoteDirection, type RawToken } from './tokenize.js';

export interface SentenceBounds {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSING = new Set([')', ']', '}', '»', '”', '’']);

/** Words that open sentences often and rarely follow "U.S." inside one. */
const OPENERS = new Set(
  'The He She It They We I You But And In On At A An This That These Those His Her Their Its Our When While After Before As If Meanwhile However There What Who Why How Some Many Most No Yet Still So Then Now Since Although Though Earlier Later'.split(
    ' ',
  ),
);

export function splitSentences(
  text: string,
  tokens: readonly RawToken[],
  abbr: Abbreviations,
): SentenceBounds[] {
  const sentences: SentenceBounds[] = [];
  let paragraph = 0;
  let start = 0;
  const close = (end: number) => {
    if (end > start) sentences.push({ tokenStart: start, tokenEnd: end, paragraph });
    start = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && hasLineBreak(text, tokens[i - 1].end, tokens[i].start)) {
      close(i);
      paragraph++;
    }
    if (!endsSentence(text, tokens, i, abbr)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      isClosing(text, tokens[j]) &&
      !hasLineBreak(text, tokens[j - 1].end, tokens[j].start)
    ) {
      j++;
    }
    if (attributionFollows(text, tokens, i, j)) continue;
    if (
      j >= tokens.length ||
      hasLineBreak(text, tokens[j - 1].end, tokens[j].start) ||
      canOpen(text, tokens[j])
    ) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

function endsSentence(text: string, tokens: readonly RawToken[], i: number, abbr: Abbreviations): boolean {
  const t = tokens[i];
  const word = text.slice(t.start, t.end);
  if (TERMINALS.has(word)) return true;
  if (t.kind === 'word' && word.endsWith('.') && abbr.get(word) === 'general') {
    const next = tokens[i + 1];
    return next === undefined || OPENERS.has(text.slice(next.start, next.end));
  }
  return false;
}

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'added',
  'adds',
  'told',
  'wrote',
  'writes',
  'replied',
  'tweeted',
  'posted',
]);

/**
 * '“Why not?” Clinton said.' — a question or exclamation closed by a quotation mark and
 * followed by its speaker and a speech verb is one sentence, not two.
 */
function attributionFollows(text: string, tokens: readonly RawToken[], i: number, j: number): boolean {
  const mark = text.slice(tokens[i].start, tokens[i].end);
  if ((mark !== '?' && mark !== '!') || j === i + 1 || j >= tokens.length) return false;
  for (let k = j; k < Math.min(tokens.length, j + 6); k++) {
    if (hasLineBreak(text, tokens[k - 1].end, tokens[k].start)) return false;
    const word = text.slice(tokens[k].start, tokens[k].end);
    if (SPEECH_VERBS.has(word)) return k > j;
    if (tokens[k].kind !== 'word' || !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

function isClosing(text: string, token: RawToken): boolean {
  const c = text.slice(token.start, token.end);
  if (CLOSING.has(c)) return true;
  return token.kind === 'quote' && quoteDirection(text, token) === 'close';
}

function canOpen(text: string, token: RawToken): boolean {
  const c = text[token.start];
  if (token.kind === 'quote') return quoteDirection(text, token) === 'open';
  if (c === '(' || c === '[' || c === '—' || c === '-') return true;
  return /[\p{Lu}\p{N}]/u.test(c) || /[^\p{L}\p{N}\p{P}\p{S}\s]/u.test(c);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}
