/**
 * The escalation index of a dyad: how far the last week's Goldstein mean has moved from the
 * month before it, in units of that month's day-to-day variation. Negative = escalating
 * (more conflictual than usual). Formula and rationale: README.md in this folder.
 */
import { dayNumber, dayString } from './merge.js';
import type { DyadDay, DyadLevel, Factuality, MergedEvent, Store } from './types.js';

export const RECENT_DAYS = 7;
export const BASELINE_DAYS = 30;
/** Floor of the baseline's standard deviation: a quiet month must not turn one event into z = 40. */
export const STD_FLOOR = 0.5;

export interface EscalationWindow {
  recentMean: number | null;
  baselineMean: number | null;
  baselineStd: number;
  recentEvents: number;
  baselineEvents: number;
  baselineDays: number;
  z: number | null;
}

/** The index from a dyad's daily series (pure: the store only supplies the series). */
export function escalationFromSeries(series: readonly DyadDay[], asOf: number): EscalationWindow {
  const recentFrom = asOf - RECENT_DAYS + 1;
  const baselineFrom = recentFrom - BASELINE_DAYS;
  let recentSum = 0;
  let recentN = 0;
  let baseSum = 0;
  let baseN = 0;
  const dailyMeans: number[] = [];
  for (const d of series) {
    const day = dayNumber(d.day);
    // Days hold events with and without a Goldstein score; only scored ones enter the means.
    if (day === null || d.goldsteinMean === null || d.scored === 0) continue;
    const scored = d.scored;
    if (day >= recentFrom && day <= asOf) {
      recentSum += d.goldsteinSum;
      recentN += scored;
    } else if (day >= baselineFrom && day < recentFrom) {
      baseSum += d.goldsteinSum;
      baseN += scored;
      dailyMeans.push(d.goldsteinMean);
    }
  }
  const recentMean = recentN > 0 ? recentSum / recentN : null;
  const baselineMean = baseN > 0 ? baseSum / baseN : null;
  const baselineStd = Math.max(STD_FLOOR, std(dailyMeans));
  return {
    recentMean,
    baselineMean,
    baselineStd,
    recentEvents: Math.round(recentN),
    baselineEvents: Math.round(baseN),
    baselineDays: dailyMeans.length,
    z: recentMean !== null && baselineMean !== null ? (recentMean - baselineMean) / baselineStd : null,
  };
}

function std(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

export interface EscalationDriver {
  mergedId: number;
  date: string | null;
  cameo: string;
  goldstein: number;
  quad: number | null;
  reports: number;
  evidence: string;
  /** How much this event moves the recent mean away from the baseline mean (its share of the shift). */
  pull: number;
}

export interface EscalationReport extends EscalationWindow {
  level: DyadLevel;
  source: string;
  target: string;
  asOf: string | null;
  drivers: EscalationDriver[];
}

export interface EscalationQuery {
  level?: DyadLevel;
  source: string;
  target: string;
  /** Last day of the recent window; default the dyad's last day with events. */
  asOf?: string;
  factuality?: Factuality;
  drivers?: number;
}

export function escalationIndex(store: Store, query: EscalationQuery): EscalationReport {
  const level = query.level ?? 'country';
  const factuality = query.factuality ?? 'asserted';
  const base = { level, source: query.source, target: query.target };
  const to = query.asOf;
  const series = store.dyadSeries({ ...base, factuality, ...(to ? { to } : {}) });
  const asOfDay = dayNumber(query.asOf) ?? dayNumber(series[series.length - 1]?.day);
  if (asOfDay === null) {
    return { ...base, asOf: null, drivers: [], ...escalationFromSeries([], 0) };
  }
  const window = escalationFromSeries(series, asOfDay);
  const recent = store.mergedEvents({
    dyad: base,
    factuality,
    from: dayString(asOfDay - RECENT_DAYS + 1),
    to: dayString(asOfDay),
  });
  return {
    ...base,
    asOf: dayString(asOfDay),
    ...window,
    drivers: rankDrivers(recent, window, query.drivers ?? 5),
  };
}

/** The events that pull the recent window furthest from its baseline, strongest first. */
export function rankDrivers(
  events: Iterable<MergedEvent>,
  window: EscalationWindow,
  limit: number,
): EscalationDriver[] {
  const reference = window.baselineMean ?? 0;
  const n = Math.max(1, window.recentEvents);
  const out: EscalationDriver[] = [];
  for (const e of events) {
    if (e.goldstein === null) continue;
    out.push({
      mergedId: e.id,
      date: e.dateStart,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad: e.quad,
      reports: e.reports,
      evidence: e.evidence,
      pull: (e.goldstein - reference) / n / window.baselineStd,
    });
  }
  return out.sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull) || a.mergedId - b.mergedId).slice(0, limit);
}
