/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and ISO strings. Day numbers
 * keep the resolution code free of Date objects and time zones: a news date is a calendar day,
 * not an instant. Weekdays are ISO-ordered: 0 = Monday … 6 = Sunday.
 * Exported for the event stage, which dates events with the same conventions.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day number of a calendar date; null when the date does not exist (Feb. 30). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD" (a longer ISO date-time is cut to its day); null when invalid. */
export function parseIsoDay(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const m = ISO_DAY_RE.exec(text.trim());
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Year, month (1–12) and day of a day number. */
export function civil(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatIsoDay(day: number): string {
  const c = civil(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** ISO value of a day or a range ("2026-01-31/2026-02-01"); a one-day range is written as a day. */
export function formatRange(start: number, end: number): string {
  return start === end ? formatIsoDay(start) : `${formatIsoDay(start)}/${formatIsoDay(end)}`;
}

/** Parses a Timex value (day or range) back into day numbers; null when it is neither. */
export function parseValue(value: string | null): { start: number; end: number } | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  const start = parseIsoDay(slash < 0 ? value : value.slice(0, slash));
  const end = slash < 0 ? start : parseIsoDay(value.slice(slash + 1));
  return start === null || end === null ? null : { start, end };
}

/** ISO weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO-string version of addDays, for callers that hold Timex values. */
export function addDays(iso: string, days: number): string | null {
  const d = parseIsoDay(iso);
  return d === null ? null : formatIsoDay(d + days);
}

/** ISO-string weekday (0 = Monday … 6 = Sunday), or null for an invalid date. */
export function weekday(iso: string): number | null {
  const d = parseIsoDay(iso);
  return d === null ? null : weekdayOf(d);
}

export type Direction = 'past' | 'future';

/**
 * The day with ISO weekday `wd` nearest to `from` in a direction. Past: the most recent such
 * day on or before `from` (the day itself counts: "said Friday" in a Friday article). Future:
 * the first such day strictly after `from`, or `from` itself when `sameDay` (the clause says
 * "today"). This is the gold convention for "Sunday" in news text.
 */
export function resolveWeekday(from: number, wd: number, direction: Direction, sameDay = false): number {
  const diff = wd - weekdayOf(from);
  if (direction === 'past') return from + (diff <= 0 ? diff : diff - 7);
  if (diff === 0 && sameDay) return from;
  return from + (diff > 0 ? diff : diff + 7);
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/** First and last day of a month; `month` may run past 1–12 (13 = January of the next year). */
export function monthRange(year: number, month: number): { start: number; end: number } {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const start = Date.UTC(y, m - 1, 1) / MS_PER_DAY;
  return { start, end: start + daysInMonth(y, m) - 1 };
}

export function yearRange(year: number): { start: number; end: number } {
  return { start: Date.UTC(year, 0, 1) / MS_PER_DAY, end: Date.UTC(year, 11, 31) / MS_PER_DAY };
}

/** Same day-of-month `months` months away, clamped to the month's length (Mar 31 − 1 month = Feb 28). */
export function addMonths(day: number, months: number): number {
  const c = civil(day);
  const r = monthRange(c.year, c.month + months);
  const rc = civil(r.start);
  return r.start + Math.min(c.day, daysInMonth(rc.year, rc.month)) - 1;
}

/** ISO 8601 week ("2013-W11") holding a day: its year is the year of that week's Thursday. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = mondayOf(day) + 3;
  const year = civil(thursday).year;
  const jan1 = Date.UTC(year, 0, 1) / MS_PER_DAY;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}
