/**
 * Evaluates the alert rules over what arrived since the last evaluation (new merged events,
 * new quotes) and over the current escalation index of each watched dyad. Called after each
 * ingest batch the server sees (its own POSTs, and other processes' batches noticed by the
 * server's watcher). Every firing is stored once per (rule, key), printed, and sent to the
 * webhook when one is configured.
 */

import type { Queries, QuoteRow } from '../server/queries.js';
import { dyadSeries } from '../server/series.js';
import type { MergedEvent, Store } from '../store/types.js';
import { AlertLog, type Firing, type NewFiring } from './log.js';
import type { AlertConfig, EventRule, IndexRule, QuoteRule } from './rules.js';
import { postWebhook } from './webhook.js';

export interface AlertEngineOptions {
  /** Called with each new firing (printing, live updates). */
  onFire?: (firing: Firing) => void;
}

export class AlertEngine {
  readonly log: AlertLog;
  private readonly deliveries = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly queries: Queries,
    db: ConstructorParameters<typeof AlertLog>[0],
    readonly config: AlertConfig,
    private readonly options: AlertEngineOptions = {},
  ) {
    this.log = new AlertLog(db);
  }

  /** Runs every rule over what is new; returns the firings it stored. */
  evaluate(): Firing[] {
    const candidates: NewFiring[] = [];
    // Each rule has its own mark, so a rule added later still sees what was stored before it.
    const marks = new Map(this.config.rules.map((r) => [r.id, this.log.mark(r.id)]));
    const lowest = (type: 'event' | 'quote') =>
      Math.min(
        Infinity,
        ...this.config.rules.filter((r) => r.type === type).map((r) => marks.get(r.id) ?? 0),
      );
    const eventFloor = lowest('event');
    const quoteFloor = lowest('quote');
    const events = Number.isFinite(eventFloor) ? this.queries.eventsAfter(eventFloor) : [];
    const quotes = Number.isFinite(quoteFloor) ? this.queries.quotesAfter(quoteFloor) : [];
    const lastEvent = Math.max(0, ...events.map((e) => e.id));
    const lastQuote = Math.max(0, ...quotes.map((q) => q.id));
    for (const rule of this.config.rules) {
      const mark = marks.get(rule.id) ?? 0;
      if (rule.type === 'event') {
        candidates.push(...events.filter((e) => e.id > mark && eventMatches(rule, e)).map(eventFiring(rule)));
        this.log.setMark(rule.id, Math.max(mark, lastEvent));
      } else if (rule.type === 'quote') {
        candidates.push(...quotes.filter((q) => q.id > mark && quoteMatches(rule, q)).map(quoteFiring(rule)));
        this.log.setMark(rule.id, Math.max(mark, lastQuote));
      } else {
        const firing = this.indexFiring(rule);
        if (firing) candidates.push(firing);
      }
    }
    const fired: Firing[] = [];
    for (const candidate of candidates) {
      const firing = this.log.add(candidate, this.config.webhook ? 'pending' : 'none');
      if (!firing) continue;
      fired.push(firing);
      this.options.onFire?.(firing);
      if (this.config.webhook) this.deliver(firing);
    }
    return fired;
  }

  /** Resolves when every webhook delivery started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.all([...this.deliveries]);
  }

  private deliver(firing: Firing) {
    const webhook = this.config.webhook;
    if (!webhook) return;
    const task = postWebhook(webhook, { alert: firing }).then(
      (result) => this.log.setDelivery(firing.id, result.ok ? 'delivered' : 'failed', result.attempts),
      () => this.log.setDelivery(firing.id, 'failed', 0),
    );
    this.deliveries.add(task);
    void task.finally(() => this.deliveries.delete(task));
  }

  private indexFiring(rule: IndexRule): NewFiring | null {
    const series = dyadSeries(this.store, this.queries, {
      level: rule.level,
      source: rule.source,
      target: rule.target,
      factuality: 'asserted',
    });
    const z = series.latest?.z;
    const asOf = series.latest?.asOf;
    if (z === null || z === undefined || !asOf) return null;
    const below = rule.below !== undefined && z < rule.below;
    const above = rule.above !== undefined && z > rule.above;
    if (!below && !above) return null;
    const threshold = below ? `below ${rule.below}` : `above ${rule.above}`;
    return {
      ruleId: rule.id,
      key: `index:${asOf}`,
      kind: 'index',
      message: `index of ${rule.source}→${rule.target} is ${z.toFixed(2)} (${threshold}) as of ${asOf}`,
      subjectId: series.drivers[0]?.mergedId ?? null,
    };
  }
}

export function eventMatches(rule: EventRule, e: MergedEvent): boolean {
  if (e.factuality !== rule.factuality) return false;
  if (rule.source !== undefined && e.sourceKey !== rule.source && e.sourceCode !== rule.source) return false;
  if (rule.target !== undefined && e.targetKey !== rule.target && e.targetCode !== rule.target) return false;
  if (rule.between) {
    const [a, b] = rule.between;
    const forward = e.sourceKey === a && e.targetKey === b;
    const backward = e.sourceKey === b && e.targetKey === a;
    if (!forward && !backward) return false;
  }
  if (rule.quad !== undefined && e.quad !== rule.quad) return false;
  if (rule.code !== undefined && !e.cameo.startsWith(rule.code)) return false;
  return true;
}

export function quoteMatches(rule: QuoteRule, q: QuoteRow): boolean {
  return (q.speaker ?? '').toLowerCase().includes(rule.speaker.toLowerCase());
}

const eventFiring =
  (rule: EventRule) =>
  (e: MergedEvent): NewFiring => ({
    ruleId: rule.id,
    key: `event:${e.id}`,
    kind: 'event',
    message: `${e.sourceKey || '?'}→${e.targetKey || '?'} CAMEO ${e.cameo} on ${e.dateStart ?? 'unknown date'}: ${e.evidence.slice(0, 200)}`,
    subjectId: e.id,
  });

const quoteFiring =
  (rule: QuoteRule) =>
  (q: QuoteRow): NewFiring => ({
    ruleId: rule.id,
    key: `quote:${q.id}`,
    kind: 'quote',
    message: `${q.speaker}: “${q.text.slice(0, 200)}” (${q.outlet ?? 'unknown outlet'})`,
    subjectId: q.articleId,
  });
