/**
 * The quotes stage: every quotation of the article with its speech verb and speaker. A span
 * between quotation marks is a quote when someone is said to have said it, or when it is long
 * enough to be speech; short unattributed spans are scare quotes or titles and are left out.
 */
import type { Doc, Quote } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { type AttributionLexicon, defaultAttributionLexicon } from './lexicon.js';
import { pairMarks, type RawQuote } from './marks.js';
import { type Context, makeContext } from './phrases.js';
import { type Attribution, attribute, speakerOf } from './speaker.js';

export { type AttributionLexicon, defaultAttributionLexicon, loadAttributionLexicon } from './lexicon.js';

/** Words right before a quotation that make it a name or title, not speech. */
const NAMING = new Set([
  'so-called',
  'dubbed',
  'titled',
  'entitled',
  'nicknamed',
  'code-named',
  'codenamed',
  'named',
]);

export function quotesStage(lexicon?: AttributionLexicon): Stage {
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'mentions'],
    assigns: ['quotes'],
    run: function findQuotes(doc: Doc) {
      doc.quotes = extractQuotes(doc, lexicon ?? defaultAttributionLexicon());
    },
  };
}

export function extractQuotes(doc: Doc, lex: AttributionLexicon): Quote[] {
  if (doc.tokens.length === 0) return [];
  const raw = pairMarks(doc);
  const ctx = makeContext(doc, lex, raw);
  const quotes: Quote[] = [];
  let previous: Attribution | null = null;
  for (const q of raw) {
    if (isName(ctx, q)) continue;
    const found = attribute(ctx, q, previous);
    if (!found && !looksLikeSpeech(doc, q)) continue;
    if (found) previous = found;
    quotes.push(toQuote(ctx, q, found));
  }
  return quotes;
}

function isName(ctx: Context, q: RawQuote): boolean {
  const before = ctx.lower[q.open - 1];
  if (before === undefined) return false;
  return NAMING.has(before) || (before === 'as' && ctx.lower[q.open - 2] === 'known');
}

/** Unattributed text is kept as a quote only when it reads like speech: four words or a sentence. */
function looksLikeSpeech(doc: Doc, q: RawQuote): boolean {
  const content = doc.text.slice(q.start, q.end);
  return content.split(/\s+/).length >= 4 || /[.!?]$/.test(content);
}

function toQuote(ctx: Context, q: RawQuote, found: Attribution | null): Quote {
  const tokens = ctx.doc.tokens;
  return {
    start: q.start,
    end: q.end,
    sentence: tokens[q.open].sentence,
    outer: { start: q.outerStart, end: q.outerEnd },
    cue: found?.cue ? { start: tokens[found.cue.start].start, end: tokens[found.cue.end - 1].end } : null,
    speaker: found ? speakerOf(ctx, found.phrase) : null,
  };
}
