/**
 * What a recognised time expression means, before it is resolved against a date: the grammar
 * produces a Spec, resolve.ts turns it into a value. Keeping the two apart lets the grammar stay
 * a pure token matcher and the resolution a pure date function that the tests can drive alone.
 */

import type { EventInterval } from '../../doc/doc.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | 'decade' | 'fortnight' | 'weekend';
export type Part = 'all' | 'before' | 'after' | 'sofar';
export type Modifier = 'early' | 'mid' | 'late' | null;

export type Spec =
  /** An explicit day; year null when the text omits it ("Feb. 19"); day2 for "Feb. 19-21". */
  | { kind: 'date'; year: number | null; month: number; day: number; day2?: number }
  /** A month; year null when omitted; rel = last/this/next before it ("last May"). */
  | { kind: 'month'; year: number | null; month: number; rel: number | null; mod: Modifier }
  | { kind: 'year'; year: number; year2: number; mod: Modifier }
  | { kind: 'decade'; year: number }
  | { kind: 'century'; century: number }
  /** A weekday; rel = -1 last, 0 this, 1 next, null bare. */
  | { kind: 'weekday'; weekday: number; rel: number | null }
  | { kind: 'season'; month: number; year: number | null; rel: number | null }
  /** Publication day + from … + to. */
  | { kind: 'rel'; from: number; to: number; approx: boolean }
  /** Relative to the previous day-precise timex. */
  | { kind: 'chain'; unit: 'day' | 'week' | 'month' | 'year' | 'weekend'; n: number; note?: string }
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; shift: number; part: Part; mod: Modifier }
  | { kind: 'weekend'; which: 'last' | 'next' | 'tense' }
  /** The past n units up to the publication day. */
  | { kind: 'past'; unit: Unit; n: number }
  /** n units before the publication day ("three years ago"). */
  | { kind: 'ago'; unit: Unit; n: number }
  | { kind: 'null'; note: string; fromEvent?: EventInterval };

/** Parses a phrase's resolution spec from time.tsv ("period week 0 after"); null when malformed. */
export function parseSpec(text: string): Spec | null {
  const f = text.trim().split(/\s+/);
  const num = (i: number): number => Number(f[i]);
  switch (f[0]) {
    case 'rel':
    case 'approx':
      if (!Number.isInteger(num(1)) || !Number.isInteger(num(2))) return null;
      return { kind: 'rel', from: num(1), to: num(2), approx: f[0] === 'approx' };
    case 'chain':
      if (!['day', 'week', 'month', 'year', 'weekend'].includes(f[1]) || !Number.isInteger(num(2)))
        return null;
      return { kind: 'chain', unit: f[1] as 'day' | 'week' | 'month' | 'year' | 'weekend', n: num(2) };
    case 'period':
      if (!['week', 'month', 'year'].includes(f[1]) || !Number.isInteger(num(2))) return null;
      if (!['all', 'before', 'after', 'sofar'].includes(f[3])) return null;
      return {
        kind: 'period',
        unit: f[1] as 'week' | 'month' | 'year',
        shift: num(2),
        part: f[3] as Part,
        mod: null,
      };
    case 'weekend':
      if (!['last', 'next', 'tense'].includes(f[1])) return null;
      return { kind: 'weekend', which: f[1] as 'last' | 'next' | 'tense' };
    case 'past':
      if (!['day', 'week', 'month', 'year'].includes(f[1]) || !Number.isInteger(num(2))) return null;
      return { kind: 'past', unit: f[1] as Unit, n: num(2) };
    case 'null':
      return { kind: 'null', note: f.slice(1).join(' ') || 'no day value' };
    default:
      return null;
  }
}

/** Specs whose value depends on whether the clause is past or future. */
export function needsTense(spec: Spec): boolean {
  switch (spec.kind) {
    case 'date':
      return spec.year === null;
    case 'month':
      return spec.year === null && spec.rel === null;
    case 'weekday':
      return spec.rel === null || spec.rel === 0;
    case 'season':
      return spec.year === null && spec.rel === null;
    case 'weekend':
      return spec.which === 'tense';
    default:
      return false;
  }
}
