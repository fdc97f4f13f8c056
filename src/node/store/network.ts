/**
 * The mediator network: third parties that act on both sides of a pair within a window —
 * mediate (045), appeal to meet (026), host (043), meet at a third location (044) or visit
 * (042, shuttle diplomacy). X acting on A and on B gives the edge X → (A, B).
 */
import type { EventFilter, Store } from './types.js';

/** CAMEO codes (3-digit prefixes) that make a third party an intermediary. */
export const MEDIATION_CODES: Readonly<Record<string, string>> = {
  '026': 'appeal to meet',
  '042': 'visit',
  '043': 'host',
  '044': 'meet at third location',
  '045': 'mediate',
};

export interface MediatorEdge {
  mediator: string;
  /** The pair, in sorted order. */
  pair: [string, string];
  /** Count of events by CAMEO code (3-digit). */
  codes: Record<string, number>;
  /** True when one of the events is explicit mediation (045). */
  mediates: boolean;
  events: number[];
  firstDate: string | null;
  lastDate: string | null;
}

interface Touch {
  target: string;
  code: string;
  id: number;
  date: string | null;
}

export function mediatorNetwork(
  store: Store,
  filter: Pick<EventFilter, 'from' | 'to' | 'factuality'> = {},
): MediatorEdge[] {
  const byMediator = new Map<string, Touch[]>();
  for (const e of store.mergedEvents({ factuality: 'asserted', ...filter })) {
    const code = e.cameo.slice(0, 3);
    if (!(code in MEDIATION_CODES) || !e.sourceKey || !e.targetKey || e.sourceKey === e.targetKey) continue;
    const list = byMediator.get(e.sourceKey) ?? [];
    list.push({ target: e.targetKey, code, id: e.id, date: e.dateStart });
    byMediator.set(e.sourceKey, list);
  }
  const edges: MediatorEdge[] = [];
  for (const [mediator, touches] of byMediator) edges.push(...edgesOf(mediator, touches));
  return edges.sort(
    (a, b) =>
      b.events.length - a.events.length ||
      a.mediator.localeCompare(b.mediator) ||
      a.pair.join().localeCompare(b.pair.join()),
  );
}

/** Every pair of distinct parties the mediator acted on, with the events on either side. */
function edgesOf(mediator: string, touches: readonly Touch[]): MediatorEdge[] {
  const targets = [...new Set(touches.map((t) => t.target))].sort();
  const edges: MediatorEdge[] = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const pair: [string, string] = [targets[i], targets[j]];
      const involved = touches.filter((t) => t.target === pair[0] || t.target === pair[1]);
      const codes: Record<string, number> = {};
      for (const t of involved) codes[t.code] = (codes[t.code] ?? 0) + 1;
      const dates = involved
        .map((t) => t.date)
        .filter((d): d is string => d !== null)
        .sort();
      edges.push({
        mediator,
        pair,
        codes,
        mediates: '045' in codes,
        events: involved.map((t) => t.id).sort((a, b) => a - b),
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
      });
    }
  }
  return edges;
}
