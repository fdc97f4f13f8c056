/**
 * Feed dates to YYYY-MM-DD. The calendar date is taken as the publisher wrote it, not shifted to
 * UTC: relative dates in the text ("on Sunday") are meant against the publisher's local day,
 * and that is also what `normalizePublished` does for ISO strings.
 */
import { normalizePublished } from '../io/article.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 / 2822 as RSS 2.0 uses it: "Tue, 08 Sep 2026 14:03:00 GMT"; the weekday is optional and
// real feeds write full month names or two-digit years often enough to accept them.
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{2}|\d{4})(?:\s|$)/;

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** undefined: not RFC 822 at all; null: RFC 822 but no such day (31 Sep), which Date would roll over. */
function fromRfc822(value: string): string | null | undefined {
  const m = RFC822.exec(value);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  // RFC 822 allowed two-digit years; RFC 2822 says to read 00–49 as 20xx.
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  return isoDay(year, month, Number(m[1]));
}

/** Any date a feed may carry (RFC 822, ISO 8601/W3C-DTF, or something Date can read) as YYYY-MM-DD. */
export function feedDate(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // W3C-DTF (Atom, dc:date) starts with the calendar date; the time and zone after it do not move it.
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return normalizePublished(trimmed.slice(0, 10));
  const rfc = fromRfc822(trimmed);
  if (rfc !== undefined) return rfc;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}
