/**
 * Resolution: from what an expression means (a Spec) to days, given the publication day, the
 * tense of its clause and the previous day-precise date of the article. Conventions follow the
 * gold annotation (shared/spec/ANNOTATION.md, "Dates and places"); README.md lists them.
 */
import type { Timex } from '../../doc/doc.js';
import type { Tense } from './context.js';
import {
  addMonths,
  civil,
  dayNumber,
  mondayOf,
  monthRange,
  resolveWeekday,
  weekdayOf,
  yearRange,
} from './dates.js';
import type { Spec } from './spec.js';

export interface Range {
  start: number;
  end: number;
}

export interface ResolveContext {
  /** Publication day number, or null when unknown or invalid. */
  readonly pub: number | null;
  /** Why pub is null ("no publication date", "invalid publication date"). */
  readonly pubNote: string;
  readonly tense: Tense;
  /** The sentence says "today"/"tonight": a future weekday equal to the publication's is today. */
  readonly today: boolean;
  /** The most recent earlier day-precise date of the article, for chained expressions. */
  readonly prev: Range | null;
}

export interface Resolution {
  range: Range | null;
  anchor: Timex['anchor'];
  note?: string;
}

export function resolveSpec(spec: Spec, ctx: ResolveContext): Resolution {
  switch (spec.kind) {
    case 'date':
      return resolveDate(spec, ctx);
    case 'month':
      return resolveMonth(spec, ctx);
    case 'year':
      return absolute(
        { start: yearRange(spec.year).start, end: yearRange(spec.year2).end },
        spec.mod ? `${spec.mod} part of the year` : undefined,
      );
    case 'decade':
      return absolute({ start: yearRange(spec.year).start, end: yearRange(spec.year + 9).end });
    case 'century':
      return absolute({
        start: yearRange((spec.century - 1) * 100).start,
        end: yearRange(spec.century * 100 - 1).end,
      });
    case 'null':
      return { range: null, anchor: 'none', note: spec.note };
    case 'chain':
      return resolveChain(spec, ctx);
    default:
      break;
  }
  const pub = ctx.pub;
  if (pub === null) return { range: null, anchor: 'none', note: ctx.pubNote };
  switch (spec.kind) {
    case 'weekday':
      return published(resolveWeekdaySpec(spec.weekday, spec.rel, pub, ctx));
    case 'season':
      return published(resolveSeason(spec.month, spec.rel, pub, ctx.tense), 'season (meteorological)');
    case 'rel':
      return published(
        { start: pub + spec.from, end: pub + spec.to },
        spec.approx ? 'approximate: vague period' : undefined,
      );
    case 'period':
      return published(resolvePeriod(spec.unit, spec.shift, spec.part, pub));
    case 'weekend':
      return published(resolveWeekend(spec.which, pub, ctx.tense));
    case 'past':
      return published(resolvePast(spec.unit, spec.n, pub));
    case 'ago':
      return resolveAgo(spec.unit, spec.n, pub);
    default:
      return { range: null, anchor: 'none', note: 'unresolved' };
  }
}

function absolute(range: Range, note?: string): Resolution {
  return note ? { range, anchor: 'absolute', note } : { range, anchor: 'absolute' };
}

function published(range: Range | null, note?: string): Resolution {
  if (!range) return { range: null, anchor: 'none', note: note ?? 'unresolved' };
  return note ? { range, anchor: 'published', note } : { range, anchor: 'published' };
}

/**
 * An explicit day. Without a year: the past clause takes the most recent such date on or before
 * publication, the future clause the next on or after, and an unknown tense the nearest one.
 */
function resolveDate(spec: Extract<Spec, { kind: 'date' }>, ctx: ResolveContext): Resolution {
  const span = (spec.day2 ?? spec.day) - spec.day;
  if (spec.year !== null) {
    const start = dayNumber(spec.year, spec.month, spec.day);
    return start === null ? invalid() : absolute({ start, end: start + span });
  }
  if (ctx.pub === null)
    return { range: null, anchor: 'none', note: `date without a year and ${ctx.pubNote}` };
  const y = civil(ctx.pub).year;
  const candidates = [y - 1, y, y + 1]
    .map((year) => dayNumber(year, spec.month, spec.day))
    .filter((d): d is number => d !== null);
  const pub = ctx.pub;
  let best: number | undefined;
  if (ctx.tense === 'past') best = candidates.filter((d) => d <= pub).pop();
  else if (ctx.tense === 'future') best = candidates.find((d) => d >= pub);
  else best = candidates.reduce((a, b) => (Math.abs(b - pub) < Math.abs(a - pub) ? b : a), candidates[0]);
  if (best === undefined) return invalid();
  return {
    range: { start: best, end: best + span },
    anchor: 'published',
    note: 'year from the publication date',
  };
}

function invalid(): Resolution {
  return { range: null, anchor: 'none', note: 'no such date' };
}

/** A month: with a year absolute; "last May" strictly before the publication month; a bare
 * month the most recent on or before publication, or the next on or after in a future clause. */
function resolveMonth(spec: Extract<Spec, { kind: 'month' }>, ctx: ResolveContext): Resolution {
  const note = spec.mod ? `${spec.mod} part of the month` : undefined;
  if (spec.year !== null) return absolute(monthRange(spec.year, spec.month), note);
  if (ctx.pub === null)
    return { range: null, anchor: 'none', note: `month without a year and ${ctx.pubNote}` };
  const p = civil(ctx.pub);
  let year = p.year;
  if (spec.rel === -1) year = spec.month < p.month ? p.year : p.year - 1;
  else if (spec.rel === 1) year = spec.month > p.month ? p.year : p.year + 1;
  else if (spec.rel === 0) year = p.year;
  else if (ctx.tense === 'future') year = spec.month >= p.month ? p.year : p.year + 1;
  else year = spec.month <= p.month ? p.year : p.year - 1;
  return published(monthRange(year, spec.month), note);
}

function resolveWeekdaySpec(wd: number, rel: number | null, pub: number, ctx: ResolveContext): Range {
  let day: number;
  if (rel === -1) day = resolveWeekday(pub - 1, wd, 'past');
  else if (rel === 1) day = resolveWeekday(pub, wd, 'future');
  else if (rel === 0) day = resolveWeekday(pub, wd, ctx.tense === 'past' ? 'past' : 'future', true);
  else day = resolveWeekday(pub, wd, ctx.tense === 'future' ? 'future' : 'past', ctx.today);
  return { start: day, end: day };
}

/** Meteorological seasons (northern hemisphere): three months from the season's first month. */
function seasonRange(year: number, firstMonth: number): Range {
  return { start: monthRange(year, firstMonth).start, end: monthRange(year, firstMonth + 2).end };
}

function resolveSeason(firstMonth: number, rel: number | null, pub: number, tense: Tense): Range {
  const y = civil(pub).year;
  // Seasons of the years around publication, in order; winter y runs Dec y … Feb y+1.
  const all = [y - 2, y - 1, y, y + 1].map((year) => seasonRange(year, firstMonth));
  const current = all.find((r) => r.start <= pub && pub <= r.end);
  if (rel === -1) return all.filter((r) => r.end < pub).pop() ?? all[0];
  if (rel === 1) return all.find((r) => r.start > pub) ?? all[3];
  if (rel === 0)
    return (
      current ??
      (tense === 'past' ? all.filter((r) => r.end < pub).pop() : all.find((r) => r.start > pub)) ??
      all[2]
    );
  if (tense === 'future') return current ?? all.find((r) => r.start > pub) ?? all[3];
  return current ?? all.filter((r) => r.end < pub).pop() ?? all[0];
}

/** A calendar week (Monday–Sunday), month or year, shifted, or the part of it before/after publication. */
export function resolvePeriod(
  unit: 'week' | 'month' | 'year',
  shift: number,
  part: 'all' | 'before' | 'after' | 'sofar',
  pub: number,
): Range {
  let r: Range;
  if (unit === 'week') {
    const monday = mondayOf(pub) + 7 * shift;
    r = { start: monday, end: monday + 6 };
  } else if (unit === 'month') {
    const p = civil(pub);
    r = monthRange(p.year, p.month + shift);
  } else r = yearRange(civil(pub).year + shift);
  if (shift !== 0 || part === 'all') return r;
  // "earlier this week" on the week's first day has nothing before it: it is that day.
  if (part === 'before') return { start: r.start, end: Math.max(r.start, pub - 1) };
  if (part === 'after') return { start: pub, end: r.end };
  return { start: r.start, end: pub };
}

/**
 * Saturday–Sunday. "last": the most recent weekend whose Sunday is before publication;
 * "next": the first whose Saturday is after it; "tense": the one just past (a weekend article
 * counts its own weekend), or the coming one when the clause is future.
 */
export function resolveWeekend(which: 'last' | 'next' | 'tense', pub: number, tense: Tense): Range {
  const wd = weekdayOf(pub);
  const thisSaturday = mondayOf(pub) + 5;
  let saturday: number;
  if (which === 'last') saturday = thisSaturday - 7;
  else if (which === 'next') saturday = wd >= 5 ? thisSaturday + 7 : thisSaturday;
  else if (tense === 'future') saturday = thisSaturday;
  // Just past: the weekend of the most recent Saturday before publication day (a Sunday article
  // counts its own weekend, a Saturday article the previous one).
  else saturday = resolveWeekday(pub - 1, 5, 'past');
  return { start: saturday, end: saturday + 1 };
}

/** "the past three days": from n units before publication up to publication day. */
function resolvePast(unit: string, n: number, pub: number): Range | null {
  switch (unit) {
    case 'day':
      return { start: pub - n, end: pub };
    case 'hour':
      return { start: pub - Math.max(1, Math.ceil(n / 24)), end: pub };
    case 'week':
      return { start: pub - 7 * n, end: pub };
    case 'fortnight':
      return { start: pub - 14 * n, end: pub };
    case 'month':
      return { start: addMonths(pub, -n), end: pub };
    case 'year':
      return { start: addMonths(pub, -12 * n), end: pub };
    case 'decade':
      return { start: addMonths(pub, -120 * n), end: pub };
    default:
      return null;
  }
}

/** "three days ago" = a day; weeks, months and years ago = that whole calendar unit. */
function resolveAgo(unit: string, n: number, pub: number): Resolution {
  const p = civil(pub);
  switch (unit) {
    case 'day':
      return published({ start: pub - n, end: pub - n });
    case 'hour':
    case 'minute':
      return published({ start: pub - Math.floor(n / 24), end: pub - Math.floor(n / 24) });
    case 'week': {
      const monday = mondayOf(pub - 7 * n);
      return published({ start: monday, end: monday + 6 });
    }
    case 'month':
      return published(monthRange(p.year, p.month - n));
    case 'year':
      return published(yearRange(p.year - n));
    case 'decade':
      return published(yearRange(p.year - 10 * n), 'approximate: the year a decade ago');
    default:
      return { range: null, anchor: 'none', note: 'vague time ago' };
  }
}

/**
 * Chained: relative to the previous day-precise date of the article ("a day earlier" after
 * "Feb. 19" is Feb. 18); without one, relative to publication. Earlier counts back from the
 * previous range's start, later forward from its end.
 */
function resolveChain(spec: Extract<Spec, { kind: 'chain' }>, ctx: ResolveContext): Resolution {
  const base = ctx.prev ?? (ctx.pub === null ? null : { start: ctx.pub, end: ctx.pub });
  if (!base) return { range: null, anchor: 'none', note: `no earlier date and ${ctx.pubNote}` };
  const anchor: Timex['anchor'] = ctx.prev ? 'previous' : 'published';
  const out = (range: Range): Resolution =>
    spec.note ? { range, anchor, note: spec.note } : { range, anchor };
  const from = spec.n < 0 ? base.start : base.end;
  switch (spec.unit) {
    case 'day':
      return out(spec.n === 0 ? base : { start: from + spec.n, end: from + spec.n });
    case 'week': {
      const monday = mondayOf(from) + 7 * spec.n;
      return out({ start: monday, end: monday + 6 });
    }
    case 'weekend': {
      const saturday = mondayOf(from) + 5 + 7 * spec.n;
      return out({ start: saturday, end: saturday + 1 });
    }
    case 'month': {
      const c = civil(from);
      return out(monthRange(c.year, c.month + spec.n));
    }
    case 'year':
      return out(yearRange(civil(from).year + spec.n));
    default:
      return { range: null, anchor: 'none', note: 'unresolved' };
  }
}
