/**
 * The time stage: finds the time expressions of an article and resolves each against the
 * publication date (doc.meta.published), writing doc.timexes sorted by start. One pass over the
 * tokens with Map lookups; the clause tense is looked up only for expressions that need it.
 */
import type { Doc, Timex } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { datelineEnd } from '../01-text/dateline.js';
import { clauseTense, sentenceSaysToday, type Tense, type View } from './context.js';
import { formatRange, parseIsoDay } from './dates.js';
import { blockExceptions, type Match, matchSentence } from './grammar.js';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.js';
import { type Range, resolveSpec } from './resolve.js';
import { needsTense } from './spec.js';

export {
  addDays,
  addMonths,
  civil,
  dayNumber,
  formatIsoDay,
  formatRange,
  isoWeek,
  mondayOf,
  monthRange,
  parseIsoDay,
  parseValue,
  resolveWeekday,
  weekday,
  weekdayOf,
  yearRange,
} from './dates.js';
export { loadTimeLexicon, type TimeLexicon } from './lexicon.js';
export { resolvePeriod, resolveWeekend } from './resolve.js';

/** A range this short still anchors "a day later" (a day, "overnight", a weekend). */
const MAX_ANCHOR_DAYS = 2;

export function timeStage(lexicon: TimeLexicon = loadTimeLexicon()): Stage {
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    assigns: ['timexes'],
    run: (doc: Doc) => {
      doc.timexes = findTimexes(doc, lexicon);
    },
  };
}

export function findTimexes(doc: Doc, lex: TimeLexicon): Timex[] {
  const tokens = doc.tokens;
  if (tokens.length === 0 || doc.sentences.length === 0) return [];
  const lower = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++)
    lower[i] = doc.text.slice(tokens[i].start, tokens[i].end).toLowerCase();
  const view: View = { text: doc.text, tokens, lower };
  const blocked = blockExceptions(view, lex);

  const published = doc.meta.published;
  const pub = parseIsoDay(published);
  let pubNote = 'no publication date';
  if (pub === null && published !== null && published !== undefined && String(published).trim() !== '') {
    pubNote = 'invalid publication date';
    doc.warn('time.published', `publication date "${String(published).slice(0, 40)}" is not an ISO date`);
  }

  const out: Timex[] = [];
  let prev: Range | null = null;
  const matches: Match[] = [];
  for (const sentence of doc.sentences) {
    matches.length = 0;
    matchSentence(view, lex, blocked, sentence.tokenStart, sentence.tokenEnd, matches);
    let today: boolean | null = null;
    const first = out.length;
    const ranges: (Range | null)[] = [];
    const datelineStop = sentence.tokenStart + datelineLength(view, sentence.tokenStart, sentence.tokenEnd);
    for (const m of matches) {
      let tense: Tense = null;
      if (needsTense(m.spec)) {
        // "since March 2" looks back whatever the verb, "by the end of August" sets a deadline
        // ahead; otherwise the clause decides.
        const before = (k: number): string => (m.start - k >= sentence.tokenStart ? lower[m.start - k] : '');
        tense =
          before(1) === 'since'
            ? 'past'
            : (before(1) === 'of' && before(2) === 'end' && (before(4) === 'by' || before(4) === 'before')) ||
                scheduledFor(view, m.start, sentence.tokenStart)
              ? 'future'
              : clauseTense(view, lex, m.start, m.end, sentence.tokenStart, sentence.tokenEnd);
        if (m.spec.kind === 'weekday' && tense === 'future' && today === null) {
          today = sentenceSaysToday(view, lex, sentence.tokenStart, sentence.tokenEnd);
        }
      }
      const res = resolveSpec(m.spec, { pub, pubNote, tense, today: today === true, prev });
      const timex: Timex = {
        start: tokens[m.start].start,
        end: tokens[m.end - 1].end,
        sentence: sentence.index,
        value: res.range ? formatRange(res.range.start, res.range.end) : null,
        anchor: res.anchor,
      };
      const note = res.note ?? (res.range && needsTense(m.spec) && tense === null ? guessNote(m) : undefined);
      if (note) timex.note = note;
      if (m.spec.kind === 'null' && m.spec.fromEvent) timex.fromEvent = m.spec.fromEvent;
      if (m.end <= datelineStop) timex.dateline = true;
      out.push(timex);
      ranges.push(res.range);
      if (res.range && res.range.end - res.range.start < MAX_ANCHOR_DAYS) prev = res.range;
    }
    reanchorOnSaying(view, lex, matches, ranges, out.slice(first));
    joinRanges(view, matches, out, first);
  }
  return out;
}

/**
 * "from 1998 to 2000", "between March and June", "from Monday until Wednesday": two expressions
 * that bound one stretch of time become one, from the start of the first to the end of the second
 * (when both are resolved and in order). `matches` and `out.slice(first)` are parallel.
 */
/**
 * "called an emergency meeting for Saturday", "set the vote for March 3": a gathering or a vote
 * "for" a day is set for it, a day still to come whatever the tense of the verb.
 */
function scheduledFor(view: View, start: number, sentenceStart: number): boolean {
  if (start - 2 < sentenceStart || view.lower[start - 1] !== 'for') return false;
  const noun = view.tokens[start - 2];
  return noun.upos === 'NOUN' && SCHEDULED.has(noun.lemma ?? '');
}

/** Nouns of what is set for a day (see scheduledFor). */
const SCHEDULED = new Set([
  'meeting',
  'session',
  'summit',
  'talk',
  'vote',
  'election',
  'hearing',
  'referendum',
  'round',
  'conference',
]);

function joinRanges(view: View, matches: readonly Match[], out: Timex[], first: number): void {
  for (let k = matches.length - 2; k >= 0; k--) {
    const [a, b] = [matches[k], matches[k + 1]];
    const opener = view.lower[a.start - 1];
    const link = b.start === a.end + 1 ? view.lower[a.end] : '';
    const bounded = (opener === 'from' && RANGE_LINKS.has(link)) || (opener === 'between' && link === 'and');
    const [x, y] = [out[first + k], out[first + k + 1]];
    if (!bounded || x.value === null || y.value === null) continue;
    const start = x.value.split('/')[0];
    const end = y.value.split('/').pop() as string;
    if (start > end) continue;
    out.splice(first + k, 2, { ...x, end: y.end, value: `${start}/${end}` });
  }
}

/** Words between the two bounds of "from X to Y". */
const RANGE_LINKS = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—']);

/** Tokens of the dateline opening a sentence ("DUBAI, Nov 19 (Reuters) -"), as the parser cuts it off; 0 when none. */
function datelineLength(view: View, start: number, end: number): number {
  // (Only a sentence that opens with a word all in capitals can have one: most sentences end here.)
  if (start >= end || view.lower[start] === view.text.slice(view.tokens[start].start, view.tokens[start].end))
    return 0;
  // ("N'DJAMENA —": any second character but a lower-case letter.)
  const second = view.text.charCodeAt(view.tokens[start].start + 1);
  if (second >= 97 && second <= 122) return 0;
  const words: string[] = [];
  for (let i = start; i < Math.min(end, start + 16); i++)
    words.push(view.text.slice(view.tokens[i].start, view.tokens[i].end));
  return datelineEnd(words);
}

/**
 * "Drones struck Odesa overnight, officials said on Wednesday": a day relative to "now" told
 * before a saying dated to one day is counted from that day, the day the officials spoke, not
 * from publication (the night to Wednesday, not the night before a Friday's publication).
 */
function reanchorOnSaying(
  view: View,
  lex: TimeLexicon,
  matches: readonly Match[],
  ranges: readonly (Range | null)[],
  timexes: readonly Timex[],
): void {
  const said = matches.findIndex((m, k) => {
    const range = ranges[k];
    if (!range || range.start !== range.end || m.spec.kind === 'rel') return false;
    const before = view.lower[m.start - 1] === 'on' ? m.start - 2 : m.start - 1;
    return before >= 0 && lex.saying.has(view.lower[before]);
  });
  if (said < 0) return;
  const day = (ranges[said] as Range).start;
  for (let k = 0; k < said; k++) {
    const spec = matches[k].spec;
    // Only "today", "overnight", "yesterday", "last night" and the like: a day or two at most.
    if (spec.kind !== 'rel' || spec.approx || spec.from < -2 || spec.to > 0) continue;
    const value = formatRange(day + spec.from, day + spec.to);
    if (value === timexes[k].value) continue;
    // (Anchored on another time expression of the text, as a chain like "a day later" is.)
    timexes[k].value = value;
    timexes[k].anchor = 'previous';
    timexes[k].note = 'counted from the day of the saying after it';
  }
}

function guessNote(m: Match): string {
  return m.spec.kind === 'date' ? 'tense unknown: nearest such date' : 'tense unknown: assumed past';
}
