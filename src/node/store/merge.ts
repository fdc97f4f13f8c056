/**
 * The merge rule, as pure functions: when two coded events from different articles describe
 * the same happening. See README.md in this folder for the rule in prose.
 */
import type { OutActorRef, OutEvent } from '../output/record.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a YYYY-MM-DD date (or the date part of a datetime), null if unreadable. */
export function dayNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day range an event happened in: its own date (a day or an `A/B` range), else the
 * article's publication date (news reports what just happened), else null.
 */
export function eventDays(
  date: string | null,
  published: string | null,
): { start: number; end: number } | null {
  if (date) {
    const [a, b] = date.split('/');
    const start = dayNumber(a);
    const end = b ? dayNumber(b) : start;
    if (start !== null && end !== null) return { start: Math.min(start, end), end: Math.max(start, end) };
  }
  const day = dayNumber(published);
  return day === null ? null : { start: day, end: day };
}

/**
 * An actor at country/org level: the organisation for organisations ("UN", "Hezbollah"), else
 * the ISO3 country, else its CAMEO code, else its name; "" when the side is missing.
 */
export function countryKey(actor: OutActorRef | null): string {
  if (!actor) return '';
  return actor.org ?? actor.country ?? actor.code ?? `~${actor.name.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** An actor at actor level: its CAMEO code ("IRNGOV"), else its country/org key. */
export function actorCode(actor: OutActorRef | null): string {
  if (!actor) return '';
  return actor.code ?? countryKey(actor);
}

/** CAMEO root: the first two digits ("190" → "19"). */
export function cameoRoot(cameo: string): string {
  return cameo.slice(0, 2);
}

function placeKey(name: string | null | undefined): string | null {
  return name ? name.toLowerCase().replace(/\s+/g, ' ').trim() : null;
}

/** Places are compatible when they are the same, or when either is unknown. */
export function placesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = placeKey(a);
  const kb = placeKey(b);
  return ka === null || kb === null || ka === kb;
}

/** Days ranges that overlap, or lie within one day of each other. */
export function daysCompatible(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start <= b.end + 1 && b.start <= a.end + 1;
}

/** What a new event must share with a merged event to be merged into it (the indexed part). */
export interface MergeKey {
  sourceKey: string;
  targetKey: string;
  cameoRoot: string;
  factuality: OutEvent['factuality'];
}

export function mergeKey(event: OutEvent): MergeKey {
  return {
    sourceKey: countryKey(event.source),
    targetKey: countryKey(event.target),
    cameoRoot: cameoRoot(event.cameo),
    factuality: event.factuality,
  };
}

export interface Candidate {
  id: number;
  dayStart: number;
  dayEnd: number;
  placeName: string | null;
}

/**
 * Of the merged events sharing the key, the one this event joins: dates compatible, places
 * compatible, the closest start day first and the oldest merged event on ties (deterministic,
 * so a re-run after a crash picks the same one).
 */
export function chooseCandidate(
  days: { start: number; end: number },
  place: string | null,
  candidates: readonly Candidate[],
): Candidate | null {
  let best: Candidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (!daysCompatible(days, { start: c.dayStart, end: c.dayEnd })) continue;
    if (!placesCompatible(place, c.placeName)) continue;
    const distance = Math.abs(c.dayStart - days.start);
    if (distance < bestDistance || (distance === bestDistance && best !== null && c.id < best.id)) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
