/**
 * Speech acts carried by a quotation: “Any attack will be answered in kind,”
 * the spokesman said — a threat (138) by the speaker, asserted because it was said. Patterns
 * live in data/events/quote-acts.tsv. The verbs inside the quotation are not coded as events
 * (the speaker's words are not the reporter's facts); this reads what the saying itself does.
 */
import { dataPath, readTsv } from '../../data/files.js';
import type { Doc, DocEvent, Quote, Span } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import { counterpartOf } from './counterpart.js';
import { carriedOver } from './when.js';

export interface QuoteActRule {
  readonly pattern: RegExp | null;
  readonly cue: string | null;
  readonly code: string;
  readonly rule: string;
}

export function loadQuoteActs(file = dataPath('events/quote-acts.tsv')): QuoteActRule[] {
  return readTsv(file, ['pattern', 'cue', 'code']).map((row) => {
    const { pattern, cue, code } = row.cells;
    if (!pattern && !cue)
      throw new SitrepError('E011', { file, line: row.line, reason: 'a row needs a pattern or a cue' });
    let regex: RegExp | null = null;
    try {
      regex = pattern ? new RegExp(pattern, 'i') : null;
    } catch (error) {
      throw new SitrepError('E011', {
        file,
        line: row.line,
        reason: `bad pattern: ${(error as Error).message}`,
      });
    }
    return { pattern: regex, cue: cue || null, code, rule: `quote-acts.tsv:${row.line}` };
  });
}

/**
 * `aggressor`: whoever has used force in the story (see StoryMemory in story.ts), at whom
 * criticism, demands and threats that name no one are aimed.
 */
export function quotedActs(
  doc: Doc,
  rules: readonly QuoteActRule[],
  aggressor: { actor: number; span: Span } | null = null,
): DocEvent[] {
  const out: DocEvent[] = [];
  const seen = new Set<string>();
  for (const quote of doc.quotes) {
    const speaker = quote.speaker?.actor ?? null;
    if (speaker === null || !codable(doc, speaker)) continue;
    const rule = matchRule(doc, quote, rules);
    if (!rule) continue;
    const hostile = /^1[0-3]/.test(rule.code);
    const target =
      targetIn(doc, quote, speaker) ??
      counterpartOf(doc, quote.sentence, speaker, quote.start, new Set(), hostile ? aggressor : null);
    const key = `${quote.sentence}:${speaker}:${target?.actor ?? '-'}:${rule.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The day it was said, not a day the speaker mentions ("…harder than last spring").
    const said = doc.timexes.filter((t) => t.sentence === quote.sentence && t.value !== null && !t.dateline);
    // With no day in the sentence, the day of the sentence before ("…said in a speech on Tuesday
    // night. “We will not bow to threats,” he added.").
    const own = said.find((t) => t.end <= quote.outer.start || t.start >= quote.outer.end) ?? null;
    const before = own ? null : carriedOver(doc, quote.sentence);
    out.push({
      sentence: quote.sentence,
      source: speaker,
      sourceSpan: quote.speaker?.mention ?? null,
      target: target?.actor ?? null,
      targetSpan: target?.span ?? null,
      trigger: quote.cue ?? quote,
      cameo: rule.code,
      factuality: 'asserted',
      factualityCue: null,
      date: own?.value ?? before?.value ?? null,
      dateSpan: own ?? before?.span ?? null,
      place: null,
      evidence: quote.outer,
      rule: rule.rule,
    });
  }
  return out;
}

function matchRule(doc: Doc, quote: Quote, rules: readonly QuoteActRule[]): QuoteActRule | null {
  const text = doc.slice(quote);
  const cue = quote.cue ? cueLemma(doc, quote.cue.start) : null;
  // ("vowed to strengthen its deterrent against “hostile forces”": a few words quoted inside the
  // verb's own clause are no warning or vow of their own; the clause is coded on its verb.)
  const fragment = text.trim().split(/\s+/).length < FRAGMENT_WORDS;
  for (const rule of rules) {
    if (rule.cue && rule.cue !== cue) continue;
    if (rule.cue && !rule.pattern && fragment) continue;
    const match = rule.pattern?.exec(text) ?? null;
    if (rule.pattern && !match) continue;
    // "We will never attack" is a reassurance, not a threat; a negation in the condition
    // ("If they fail to stop, we will") is not.
    if (match && rule.code.startsWith('13') && negatedAfterModal(match[0])) continue;
    return rule;
  }
  return null;
}

/** Quotations shorter than this many words are phrases, not sayings of their own. */
const FRAGMENT_WORDS = 4;

function negatedAfterModal(text: string): boolean {
  const modal = [...text.matchAll(/\b(?:will|would|shall|wo)\b/gi)].pop();
  const tail = modal?.index === undefined ? text : text.slice(modal.index);
  // "will not go unanswered" promises an answer.
  if (/\bun(?:answered|punished|challenged)\b/i.test(tail)) return false;
  return /\b(?:never|not|no)\b|n['’]t/i.test(tail);
}

function cueLemma(doc: Doc, at: number): string | null {
  const token = doc.tokens.find((t) => t.start === at);
  return token ? (token.lemma ?? doc.slice(token)).toLowerCase() : null;
}

/** The first state or organisation named inside the quotation other than the speaker's own. */
function targetIn(doc: Doc, quote: Quote, speaker: number) {
  const own = keyOf(doc, speaker);
  for (const m of doc.mentions) {
    // A pronoun in a quotation speaks from the speaker's side; only names say whom it is about.
    if (m.start < quote.start || m.end > quote.end || m.actor < 0 || m.kind === 'pronoun') continue;
    const key = keyOf(doc, m.actor);
    if (key && key !== own && !whatIsBroken(doc, m)) return { actor: m.actor, span: m };
  }
  return null;
}

/**
 * "a flagrant breach of UN resolutions": a body whose rules or resolutions are
 * broken is the wronged authority, not whom the criticism is aimed at.
 */
function whatIsBroken(doc: Doc, m: Span): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
  const after = doc.text.slice(m.end, m.end + 20);
  return BROKEN_BEFORE.test(before) || RULES_AFTER.test(after);
}

const BROKEN_BEFORE = /\b(?:violat\w*|breach\w*|defian\w*)\s+of\s+(?:the\s+)?$/i;
const RULES_AFTER = /^['’]?s?\s+(?:resolutions?|charter|rules|law|mandate)\b/i;

function codable(doc: Doc, actor: number): boolean {
  return keyOf(doc, actor) !== null;
}

function keyOf(doc: Doc, actor: number): string | null {
  const a = doc.actors[actor];
  return a ? (a.org ?? a.country ?? null) : null;
}
