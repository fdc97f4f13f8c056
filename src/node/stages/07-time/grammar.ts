/**
 * The time-expression grammar: a left-to-right matcher over the tokens of one sentence that
 * recognises fixed phrases (from time.tsv) and composed expressions (month + day + year,
 * modifier + weekday + part of day, "the past three days") and says what each means (a Spec).
 *
 * Spans exclude a leading preposition ("on Sunday" → "Sunday", "over the weekend" → "the
 * weekend", "since March 2" → "March 2") but keep modifiers ("late on Sunday", "early
 * December", "Saturday night"), so the span is the expression itself and the preposition stays
 * available to later stages as context.
 */

import type { View } from './context.js';
import { daysInMonth } from './dates.js';
import { longestMatch, type TimeLexicon } from './lexicon.js';
import type { Modifier, Spec, Unit } from './spec.js';

export interface Match {
  /** Token range [start, end). */
  start: number;
  end: number;
  spec: Spec;
}

const DAY_RE = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const DAY_RANGE_RE = /^(\d{1,2})-(\d{1,2})$/;
const YEAR_RE = /^(?:19|20)\d\d$/;
const YEAR_RANGE_RE = /^((?:19|20)\d\d)-((?:19|20)?\d\d)$/;
const DECADE_RE = /^((?:19|20)\d0)['’]?s$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CENTURY_RE = /^(\d{1,2})(?:st|nd|rd|th)$/;
const CLOCK_RE = /^(?:\d{1,2}(?::\d{2})?|\d{4})$/;
const EVENT_ANCHORED = 'relative to an event named after it, not to a date';
const INT_RE = /^\d{1,3}$/;

const AM_PM = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m']);
const ZONES = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'cet', 'bst', 'local']);
/** Words before a number that make it a quantity, not a year ("about 2000"). */
const QUANTITY = new Set([
  'about',
  'some',
  'nearly',
  'almost',
  'around',
  'approximately',
  'than',
  'roughly',
  'only',
  'just',
  'least',
  'no.',
  '$',
  '€',
  '£',
  '#',
]);
/** Words before a year that keep it a year even before a plural noun ("the 2024 elections"). */
const YEAR_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'of',
  "'s",
  '’s',
  'its',
  'their',
  'since',
  'until',
  'by',
  'from',
]);
const COUNT_WORDS = new Set(['several', 'few', 'many']);
const MODIFIERS: ReadonlyMap<string, Modifier> = new Map([
  ['early', 'early'],
  ['mid', 'mid'],
  ['late', 'late'],
]);

/** Finds the time expressions of tokens [from, to) (one sentence), skipping `blocked` tokens. */
export function matchSentence(
  view: View,
  lex: TimeLexicon,
  blocked: Uint8Array,
  from: number,
  to: number,
  out: Match[],
): void {
  const g = new Grammar(view, lex, from, to);
  let i = from;
  while (i < to) {
    const m = blocked[i] ? null : g.at(i);
    if (m && !spans(blocked, m.start, m.end)) {
      out.push(m);
      i = m.end;
    } else i++;
  }
}

function spans(blocked: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (blocked[k]) return true;
  return false;
}

/** Marks the tokens of "not a time" phrases ("Sunday Times", "Air Force One"). */
export function blockExceptions(view: View, lex: TimeLexicon): Uint8Array {
  const blocked = new Uint8Array(view.lower.length);
  for (let i = 0; i < view.lower.length; i++) {
    if (!lex.exceptions.next.has(view.lower[i])) continue;
    const m = longestMatch(lex.exceptions, view.lower, i, view.lower.length);
    if (m) blocked.fill(1, i, m.end);
  }
  return blocked;
}

class Grammar {
  constructor(
    private readonly v: View,
    private readonly lex: TimeLexicon,
    private readonly from: number,
    private readonly to: number,
  ) {}

  private w(i: number): string {
    return i >= this.from && i < this.to ? this.v.lower[i] : '';
  }

  private capitalised(i: number, offset = 0): boolean {
    if (i < this.from || i >= this.to) return false;
    const c = this.v.text.charCodeAt(this.v.tokens[i].start + offset);
    return c >= 65 && c <= 90;
  }

  /** The longest expression starting at token i, or null. */
  at(i: number): Match | null {
    let phrase = this.lex.phrases.next.has(this.w(i))
      ? longestMatch(this.lex.phrases, this.v.lower, i, this.to)
      : null;
    if (phrase && this.eventAnchored(phrase.value, phrase.end)) {
      phrase = { end: phrase.end, value: anchoredOnEvent(phrase.value) };
    }
    let composed = this.mayStart(i) ? this.composed(i) : null;
    if (composed && this.eventAnchored(composed.spec, composed.end)) {
      composed = { ...composed, spec: anchoredOnEvent(composed.spec) };
    }
    if (phrase && (!composed || phrase.end >= composed.end)) {
      return { start: i, end: phrase.end, spec: phrase.value };
    }
    return composed;
  }

  /**
   * "a week after Lai's speech", "a day before the vote": the anchor is the event named next,
   * not the previous date of the text, and that event's date is not known here.
   */
  private eventAnchored(spec: Spec, end: number): boolean {
    if (spec.kind !== 'chain' || spec.n === 0) return false;
    const last = this.w(end - 1);
    if (last !== 'after' && last !== 'before') return false;
    const next = end < this.to ? this.v.tokens[end].kind : 'punct';
    return next === 'word' || next === 'number' || next === 'quote';
  }

  /** Cheap filter: only tokens that can open a composed expression go through the matchers. */
  private mayStart(i: number): boolean {
    const w = this.v.lower[i];
    const c = w.charCodeAt(0);
    return (c >= 48 && c <= 57) || this.lex.starters.has(w) || w.startsWith('mid-');
  }

  private composed(i: number): Match | null {
    let j = i;
    let mod: Modifier = null;
    const leadingThe = this.w(j) === 'the';
    if (leadingThe) j++;
    const m = MODIFIERS.get(this.w(j));
    if (m && !leadingThe) {
      mod = m;
      j++;
      // "late on Sunday", "early on Monday": the inner preposition belongs to the modifier.
      if ((m === 'early' || m === 'late') && (this.w(j) === 'on' || this.w(j) === 'in')) j++;
    }
    let rel = this.lex.relwords.get(this.w(j));
    if (rel !== undefined) j++;
    // "this past Sunday" = "last Sunday".
    if (rel === 0 && this.w(j) === 'past') {
      rel = -1;
      j++;
    }
    const found =
      this.weekday(j, rel ?? null, leadingThe) ??
      this.month(i, j, rel ?? null, mod, leadingThe) ??
      (rel === undefined && !leadingThe ? (this.dayMonth(j) ?? this.year(j, mod) ?? this.iso(j)) : null) ??
      this.season(i, j, rel ?? null, leadingThe) ??
      this.counted(j, rel ?? null, leadingThe) ??
      (rel === undefined ? (this.decadeOrCentury(j) ?? this.clock(j, mod, leadingThe)) : null);
    if (!found) return null;
    // "the March talks": the article is not part of a month's span.
    const start = leadingThe && found.spec.kind === 'month' ? i + 1 : i;
    return { start, end: found.end, spec: found.spec };
  }

  /** [last|next|this] Sunday [night] [, Feb. 1[, 2026]] */
  private weekday(j: number, rel: number | null, leadingThe: boolean): { end: number; spec: Spec } | null {
    const wd = this.lex.weekdays.get(this.w(j));
    if (wd === undefined || leadingThe || !this.capitalised(j)) return null;
    let end = j + 1;
    if (this.lex.dayparts.has(this.w(end))) end++;
    // "Sunday, Feb. 1": the explicit date wins.
    if (this.w(end) === ',' || this.w(end) === '(') {
      const date = this.month(end + 1, end + 1, null, null, false);
      if (date && date.spec.kind === 'date') return { end: date.end, spec: date.spec };
    }
    return { end, spec: { kind: 'weekday', weekday: wd, rel } };
  }

  /** Feb. 19 | February 19, 2026 | March 2026 | in May | the March talks | Feb. 19-21 */
  private month(
    i: number,
    j: number,
    rel: number | null,
    mod: Modifier,
    leadingThe: boolean,
  ): { end: number; spec: Spec } | null {
    let word = this.w(j);
    let offset = 0;
    if (word.startsWith('mid-')) {
      if (mod) return null;
      mod = 'mid';
      word = word.slice(4);
      offset = 4;
    }
    const entry = this.lex.months.get(word);
    if (!entry || !this.capitalised(j, offset)) return null;
    const month = entry.month;
    let k = j + 1;
    const dayText = this.w(k);
    const dm = DAY_RE.exec(dayText);
    const dr = dm ? null : DAY_RANGE_RE.exec(dayText);
    const day = dm ? Number(dm[1]) : dr ? Number(dr[1]) : 0;
    if (day >= 1 && day <= daysInMonth(2000, month) && !mod && !(this.w(k + 1) === ':')) {
      k++;
      let year: number | null = null;
      if (this.w(k) === ',' && YEAR_RE.test(this.w(k + 1))) {
        year = Number(this.w(k + 1));
        k += 2;
      } else if (YEAR_RE.test(this.w(k))) {
        year = Number(this.w(k));
        k++;
      }
      if (year !== null && day > daysInMonth(year, month)) return null;
      const day2 = dr ? Number(dr[2]) : undefined;
      const spec: Spec =
        day2 !== undefined && day2 > day && day2 <= daysInMonth(2000, month)
          ? { kind: 'date', year, month, day, day2 }
          : { kind: 'date', year, month, day };
      return { end: k, spec };
    }
    if (YEAR_RE.test(this.w(k))) {
      return { end: k + 1, spec: { kind: 'month', year: Number(this.w(k)), month, rel, mod } };
    }
    if (!this.bareMonthAllowed(entry.condition, i, j, rel, mod, leadingThe)) return null;
    return { end: j + 1, spec: { kind: 'month', year: null, month, rel, mod } };
  }

  /** A month name alone: "in October" always; "May"/"March" and abbreviations only in context. */
  private bareMonthAllowed(
    condition: string,
    i: number,
    j: number,
    rel: number | null,
    mod: Modifier,
    leadingThe: boolean,
  ): boolean {
    if (condition === 'number') return false;
    if (rel !== null || mod !== null) return true;
    const prev = this.w(i - 1);
    const byPrep = this.lex.preps.has(prev) && !(prev === 'and' || prev === 'or' || prev === 'to');
    // "April and May", "from March to May": licensed by the month before the conjunction.
    const byList =
      (prev === 'and' || prev === 'or' || prev === 'to' || prev === '-') &&
      this.lex.months.has(this.w(i - 2));
    if (byPrep || byList) return true;
    if (condition === 'abbr') return false;
    if (condition === 'strict') {
      // "the March talks": a determiner before, a lower-case noun after.
      const next = j + 1 < this.to ? this.v.text.charCodeAt(this.v.tokens[j + 1].start) : 0;
      return leadingThe && next >= 97 && next <= 122;
    }
    // A full month name after a capitalised word that does not start the sentence is part of a
    // name ("Black September"); the exceptions list names the common ones, this catches others.
    return !(i - 1 > this.from && this.capitalised(i - 1));
  }

  /** 19 February 2026 | 1 May */
  private dayMonth(j: number): { end: number; spec: Spec } | null {
    const dm = DAY_RE.exec(this.w(j));
    if (!dm) return null;
    const entry = this.lex.months.get(this.w(j + 1));
    if (!entry || entry.condition === 'number' || !this.capitalised(j + 1)) return null;
    const day = Number(dm[1]);
    let end = j + 2;
    let year: number | null = null;
    if (YEAR_RE.test(this.w(end))) {
      year = Number(this.w(end));
      end++;
    }
    if (day < 1 || day > daysInMonth(year ?? 2000, entry.month)) return null;
    return { end, spec: { kind: 'date', year, month: entry.month, day } };
  }

  /** 2023 | 2009-2010 | early 2011 — unless the number is a quantity ("2000 troops"). */
  private year(j: number, mod: Modifier): { end: number; spec: Spec } | null {
    const w = this.w(j);
    const range = YEAR_RANGE_RE.exec(w);
    if (range) {
      const y1 = Number(range[1]);
      const y2 = range[2].length === 2 ? Math.floor(y1 / 100) * 100 + Number(range[2]) : Number(range[2]);
      if (y2 <= y1) return null;
      return { end: j + 1, spec: { kind: 'year', year: y1, year2: y2, mod } };
    }
    if (!YEAR_RE.test(w) || this.v.tokens[j].kind !== 'number') return null;
    const prev = this.w(j - 1);
    if (QUANTITY.has(prev) || this.v.tokens[j - 1]?.kind === 'number') return null;
    const next = this.w(j + 1);
    const nextLower =
      j + 1 < this.to &&
      /^[a-z]/.test(next) &&
      next === this.v.text.slice(this.v.tokens[j + 1].start, this.v.tokens[j + 1].end);
    const plural = next.endsWith('s') && !/(?:ss|is|us)$/.test(next) && next.length > 3;
    if (nextLower && plural && !YEAR_DETERMINERS.has(prev) && !mod) return null;
    if (this.lex.units.has(next) || next === 'percent' || next === '%' || next === 'gmt' || next === 'utc')
      return null;
    const y = Number(w);
    return { end: j + 1, spec: { kind: 'year', year: y, year2: y, mod } };
  }

  /** 2026-02-01 */
  private iso(j: number): { end: number; spec: Spec } | null {
    const m = ISO_RE.exec(this.w(j));
    if (!m) return null;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { end: j + 1, spec: { kind: 'date', year, month, day } };
  }

  /** last summer | this spring | winter 2024 | in (the) summer — "fall" only with last/this/next/a year. */
  private season(
    i: number,
    j: number,
    rel: number | null,
    leadingThe: boolean,
  ): { end: number; spec: Spec } | null {
    const entry = this.lex.seasons.get(this.w(j));
    if (!entry) return null;
    const yearNext = YEAR_RE.test(this.w(j + 1)) ? Number(this.w(j + 1)) : null;
    if (rel === null && yearNext === null) {
      if (entry.needsRel || !this.lex.preps.has(this.w(i - 1))) return null;
      if (leadingThe && this.w(j + 1) === 'of') return null;
    }
    const end = yearNext !== null ? j + 2 : j + 1;
    return { end, spec: { kind: 'season', month: entry.month, year: yearNext, rel } };
  }

  /** the past three days | two days later | three years ago | for 48 hours */
  private counted(j: number, rel: number | null, leadingThe: boolean): { end: number; spec: Spec } | null {
    const num = this.number(j);
    if (!num) return null;
    const unit = this.lex.units.get(this.w(num.end));
    if (!unit) return null;
    const after = this.w(num.end + 1);
    const end = num.end + 1;
    const n = num.value;
    if (rel !== null) {
      if (n === null) return null;
      if (rel < 0) return { end, spec: { kind: 'past', unit, n } };
      const days = unitDays(unit, n);
      return days === null ? null : { end, spec: { kind: 'rel', from: 1, to: days, approx: unit !== 'day' } };
    }
    if (leadingThe) return null;
    if (after === 'ago') {
      return { end: end + 1, spec: n === null ? nullSpec('vague time ago') : { kind: 'ago', unit, n } };
    }
    const sign =
      after === 'later' || after === 'after' ? 1 : after === 'earlier' || after === 'before' ? -1 : 0;
    if (sign !== 0) {
      return {
        end: end + 1,
        spec: n === null ? nullSpec('vague interval from the previous date') : chainOf(unit, sign * n),
      };
    }
    // A bare duration: "for three days". "a day" alone is too often not a time ("twice a day").
    if (num.article && !['for', 'within', 'in'].includes(this.w(j - 1))) return null;
    return { end, spec: nullSpec('duration') };
  }

  /** A count: digits, a number word, "a"/"an", or a vague "several"/"a few" (value null). */
  private number(j: number): { value: number | null; end: number; article: boolean } | null {
    const w = this.w(j);
    if (INT_RE.test(w)) return { value: Number(w), end: j + 1, article: false };
    if (COUNT_WORDS.has(w)) return { value: null, end: j + 1, article: false };
    if ((w === 'a' || w === 'an') && COUNT_WORDS.has(this.w(j + 1)))
      return { value: null, end: j + 2, article: false };
    const n = this.lex.numbers.get(w);
    if (n === undefined) return null;
    return { value: n, end: j + 1, article: w === 'a' || w === 'an' };
  }

  /** the 1990s | the 20th century */
  private decadeOrCentury(j: number): { end: number; spec: Spec } | null {
    const d = DECADE_RE.exec(this.w(j));
    if (d) return { end: j + 1, spec: { kind: 'decade', year: Number(d[1]) } };
    const c = CENTURY_RE.exec(this.w(j));
    if (c && this.w(j + 1) === 'century') {
      const century = Number(c[1]);
      if (century >= 1 && century <= 22) return { end: j + 2, spec: { kind: 'century', century } };
    }
    return null;
  }

  /** 8 p.m. | 15:00 GMT [Saturday] — a time of day, merged with a following weekday or date. */
  private clock(j: number, mod: Modifier, leadingThe: boolean): { end: number; spec: Spec } | null {
    if (mod || leadingThe) return null;
    const w = this.w(j);
    if (!CLOCK_RE.test(w)) return null;
    let end = j + 1;
    if (AM_PM.has(this.w(end))) end++;
    else if (!(w.includes(':') || w.length === 4) || !ZONES.has(this.w(end))) return null;
    if (ZONES.has(this.w(end))) end++;
    if (this.w(end - 1) === 'local' && this.w(end) === 'time') end++;
    const k = this.w(end) === 'on' ? end + 1 : end;
    const day = this.weekday(k, null, false) ?? this.month(k, k, null, null, false);
    if (day && (day.spec.kind === 'weekday' || day.spec.kind === 'date')) return day;
    return { end, spec: nullSpec('time of day without a date') };
  }
}

/**
 * "two days after the vote": no date here (the vote's is not known yet), but the interval is kept
 * so that the event stage, which knows the date of the clause it modifies, can date the vote.
 */
function anchoredOnEvent(spec: Spec): Spec {
  const unit = spec.kind === 'chain' ? spec.unit : null;
  if (spec.kind !== 'chain' || (unit !== 'day' && unit !== 'month' && unit !== 'year'))
    return nullSpec(EVENT_ANCHORED);
  return { kind: 'null', note: EVENT_ANCHORED, fromEvent: { unit, n: spec.n } };
}

function nullSpec(note: string): Spec {
  return { kind: 'null', note };
}

function unitDays(unit: Unit, n: number): number | null {
  switch (unit) {
    case 'day':
      return n;
    case 'week':
      return 7 * n;
    case 'fortnight':
      return 14 * n;
    case 'month':
      return 30 * n;
    case 'hour':
      return Math.max(1, Math.ceil(n / 24));
    default:
      return null;
  }
}

function chainOf(unit: Unit, n: number): Spec {
  switch (unit) {
    case 'day':
      return { kind: 'chain', unit: 'day', n };
    case 'week':
      return { kind: 'chain', unit: 'day', n: 7 * n };
    case 'fortnight':
      return { kind: 'chain', unit: 'day', n: 14 * n };
    case 'month':
      return { kind: 'chain', unit: 'month', n };
    case 'year':
      return { kind: 'chain', unit: 'year', n };
    case 'hour':
    case 'minute':
      return {
        kind: 'chain',
        unit: 'day',
        n: unit === 'hour' ? Math.trunc(n / 24) : 0,
        note: 'hours from the previous date: may be the next day',
      };
    default:
      return nullSpec('vague interval from the previous date');
  }
}
