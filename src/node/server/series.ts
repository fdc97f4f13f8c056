/**
 * A dyad's daily series with its escalation index for every day and the drivers of the latest
 * index. The index is the store's formula (escalationFromSeries); drivers are recomputed here
 * from one indexed range query, because `escalationIndex` goes through `mergedEvents`, whose
 * optional-filter SQL cannot use the dyad index and would scan the whole table at 1M events.
 */
import {
  BASELINE_DAYS,
  type EscalationDriver,
  type EscalationWindow,
  escalationFromSeries,
  RECENT_DAYS,
  rankDrivers,
} from '../store/escalation.js';
import { dayNumber, dayString } from '../store/merge.js';
import type { DyadDay, DyadLevel, Factuality, Store } from '../store/types.js';
import type { Queries } from './queries.js';

export interface SeriesQuery {
  level: DyadLevel;
  source: string;
  target: string;
  factuality: Factuality;
  from?: string;
  to?: string;
}

export type Driver = EscalationDriver;

export interface DyadSeriesResponse extends SeriesQuery {
  days: DyadDay[];
  /** The index as of each day with events (the window ending that day). */
  index: Array<{ day: string; z: number | null }>;
  latest: (EscalationWindow & { asOf: string | null }) | null;
  drivers: Driver[];
}

export function dyadSeries(store: Store, queries: Queries, q: SeriesQuery): DyadSeriesResponse {
  // The index of the first shown day needs the 36 days before it.
  const fromDay = dayNumber(q.from);
  const lookback = fromDay === null ? undefined : fromDay - RECENT_DAYS - BASELINE_DAYS;
  const all = store.dyadSeries({
    level: q.level,
    source: q.source,
    target: q.target,
    factuality: q.factuality,
    ...(lookback === undefined ? {} : { from: dayString(lookback) }),
    ...(q.to ? { to: q.to } : {}),
  });
  const numbered = all.map((d) => ({ d, n: dayNumber(d.day) ?? 0 }));
  const shown = fromDay === null ? numbered : numbered.filter((x) => x.n >= fromDay);
  const index = shown.map(({ d, n }) => ({ day: d.day, z: windowAt(numbered, n).z }));
  const last = shown[shown.length - 1];
  if (!last) return { ...q, days: [], index: [], latest: null, drivers: [] };
  const latest = windowAt(numbered, last.n);
  return {
    ...q,
    days: shown.map((x) => x.d),
    index,
    latest: { ...latest, asOf: last.d.day },
    drivers: drivers(queries, q, last.n, latest),
  };
}

/** The index window ending on `asOf`, from only the days that can enter it. */
function windowAt(days: ReadonlyArray<{ d: DyadDay; n: number }>, asOf: number): EscalationWindow {
  const first = asOf - RECENT_DAYS - BASELINE_DAYS + 1;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid].n < first) lo = mid + 1;
    else hi = mid;
  }
  const slice: DyadDay[] = [];
  for (let i = lo; i < days.length && days[i].n <= asOf; i++) slice.push(days[i].d);
  return escalationFromSeries(slice, asOf);
}

function drivers(queries: Queries, q: SeriesQuery, asOf: number, w: EscalationWindow): Driver[] {
  const events = queries.dyadEvents(q.level, q.source, q.target, q.factuality, asOf - RECENT_DAYS + 1, asOf);
  return rankDrivers(events, w, 8);
}
