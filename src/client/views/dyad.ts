/**
 * Dyad page: cooperation vs conflict per day (verbal/material), the escalation index, the
 * events that moved it, and the dyad's events; a factuality toggle switches all of it.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type EventItem, enc, get, type Series } from '../api.js';
import { fmt, h, QUAD_COLORS, QUADS } from '../dom.js';
import type { Route } from '../main.js';
import { eventTable, field, indexBadge } from './common.js';

const FACTUALITIES = ['asserted', 'negated', 'hypothetical', 'future'];

export async function dyadView(root: HTMLElement, route: Route) {
  const [, a = '', b = ''] = route.parts;
  const factuality = route.params.get('f') ?? 'asserted';
  const [series, events] = await Promise.all([
    get<Series>(`/api/dyads/${enc(a)}/${enc(b)}/series`, { factuality }),
    get<{ items: EventItem[] }>('/api/events', { dyad: `${a}:${b}`, factuality, limit: 100 }),
  ]);
  const toggle = h(
    'select',
    {
      id: 'factuality',
      onchange: (e: Event) => {
        location.hash = `#/dyad/${enc(a)}/${enc(b)}?f=${(e.target as HTMLSelectElement).value}`;
      },
    },
    ...FACTUALITIES.map((f) => h('option', { value: f, selected: f === factuality }, f)),
  );
  const l = series.latest;
  root.append(
    h(
      'div',
      { class: 'title-row' },
      h('h1', {}, `${a} → ${b}`),
      field('factuality', toggle),
      h('a', { href: `#/dyad/${enc(b)}/${enc(a)}?f=${factuality}`, class: 'small' }, `reverse: ${b} → ${a}`),
    ),
    h(
      'p',
      { class: 'index-line' },
      'Escalation index ',
      indexBadge(l?.z),
      ` as of ${l?.asOf ?? '—'}: last 7 days' mean Goldstein ${fmt(l?.recentMean, 1)} (${l?.recentEvents ?? 0} events) against ${fmt(l?.baselineMean, 1)} over the 30 days before (${l?.baselineEvents ?? 0} events).`,
    ),
  );
  if (series.days.length === 0)
    root.append(h('p', { class: 'muted' }, `No ${factuality} events for this dyad.`));
  else {
    const charts = h('div', { class: 'charts' });
    root.append(charts);
    drawCounts(charts, series);
    drawIndex(charts, series);
  }
  root.append(
    h('h2', {}, 'What moved the index'),
    series.drivers.length
      ? h(
          'ol',
          { class: 'drivers' },
          ...series.drivers.map((d) =>
            h(
              'li',
              {},
              h(
                'a',
                { href: `#/event/${d.mergedId}` },
                `${d.date ?? '—'} · CAMEO ${d.cameo} · Goldstein ${fmt(d.goldstein, 1)}`,
              ),
              ` pull ${fmt(d.pull)} · ${d.reports} report(s) — `,
              h('span', { class: 'evidence' }, d.evidence),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No scored event in the last 7 days.'),
    h('h2', {}, `Events (${events.items.length}${events.items.length === 100 ? '+' : ''})`),
    eventTable(events.items),
  );
}

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

function drawCounts(parent: HTMLElement, series: Series) {
  const box = h('div', { class: 'chart', id: 'chart-counts' });
  parent.append(h('h3', {}, 'Events per day by quad class'), box);
  const x = series.days.map((d) => toTime(d.day));
  const data: uPlot.AlignedData = [x, ...[0, 1, 2, 3].map((q) => series.days.map((d) => d.quad[q]))];
  new uPlot(
    {
      width: Math.min(960, window.innerWidth - 48),
      height: 220,
      series: [
        {},
        ...QUADS.map((label, q) => ({
          label,
          stroke: QUAD_COLORS[q],
          width: 2,
          points: { show: true, size: 5 },
        })),
      ],
      axes: [{}, { label: 'events' }],
    },
    data,
    box,
  );
}

function drawIndex(parent: HTMLElement, series: Series) {
  const box = h('div', { class: 'chart', id: 'chart-index' });
  parent.append(h('h3', {}, 'Escalation index and daily mean Goldstein'), box);
  const x = series.days.map((d) => toTime(d.day));
  new uPlot(
    {
      width: Math.min(960, window.innerWidth - 48),
      height: 200,
      series: [
        {},
        { label: 'index (z)', stroke: '#6a1b9a', width: 2, spanGaps: true, points: { show: true, size: 5 } },
        {
          label: 'mean Goldstein',
          stroke: '#90a4ae',
          width: 1,
          dash: [4, 4],
          points: { show: true, size: 4 },
        },
      ],
      axes: [{}, {}],
    },
    [x, series.index.map((p) => p.z), series.days.map((d) => d.goldsteinMean)],
    box,
  );
}
