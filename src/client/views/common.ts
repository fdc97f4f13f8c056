/** Pieces several views share: event rows, dyad links, sparkline, loading state. */
import type { EventItem } from '../api.js';
import { enc } from '../api.js';
import { fmt, h, QUAD_COLORS, QUADS, s } from '../dom.js';

export function side(key: string, name: string | null): string {
  return key || name || '?';
}

export function quadBadge(quad: number | null) {
  if (quad === null) return h('span', { class: 'quad' }, '—');
  return h(
    'span',
    { class: 'quad', style: `background:${QUAD_COLORS[quad - 1]}`, title: QUADS[quad - 1] },
    `Q${quad}`,
  );
}

export function eventTable(items: EventItem[]) {
  const rows = items.map((e) =>
    h(
      'tr',
      { 'data-event': e.id },
      h('td', {}, e.dateStart ?? '—'),
      h('td', {}, dyadLink(e.sourceKey, e.targetKey, e.sourceName, e.targetName)),
      h('td', {}, h('a', { href: `#/event/${e.id}`, class: 'event-link' }, e.cameo)),
      h('td', {}, quadBadge(e.quad)),
      h('td', { class: 'num' }, fmt(e.goldstein, 1)),
      h('td', {}, e.factuality),
      h('td', { class: 'num' }, String(e.reports)),
      h('td', { class: 'evidence' }, h('a', { href: `#/event/${e.id}` }, e.evidence)),
    ),
  );
  return h(
    'table',
    { class: 'events' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['date', 'dyad', 'CAMEO', 'quad', 'Goldstein', 'factuality', 'reports', 'evidence'].map((t) =>
          h('th', {}, t),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export function dyadLink(a: string, b: string, an: string | null = null, bn: string | null = null) {
  const label = `${side(a, an)} → ${side(b, bn)}`;
  if (!a || !b) return h('span', {}, label);
  return h('a', { href: `#/dyad/${enc(a)}/${enc(b)}` }, label);
}

/** A tiny SVG line of values (nulls break the line), drawn without a chart library. */
export function sparkline(values: Array<number | null>, width = 160, height = 36) {
  const present = values.filter((v): v is number => v !== null);
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'spark' });
  if (present.length === 0) return svg;
  const lo = Math.min(...present, 0);
  const hi = Math.max(...present, 0);
  const span = hi - lo || 1;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => height - 2 - ((v - lo) / span) * (height - 4);
  svg.append(s('line', { x1: 0, x2: width, y1: y(0), y2: y(0), class: 'zero' }));
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  svg.append(s('path', { d, class: 'line' }));
  const last = present[present.length - 1];
  svg.append(
    s('circle', { cx: x(values.lastIndexOf(last)), cy: y(last), r: 2.5, class: last < 0 ? 'neg' : 'pos' }),
  );
  return svg;
}

export function indexBadge(z: number | null | undefined) {
  const cls =
    z === null || z === undefined ? 'idx none' : z <= -1 ? 'idx esc' : z >= 1 ? 'idx deesc' : 'idx calm';
  return h(
    'span',
    { class: cls, title: 'escalation index: negative = more conflictual than the month before' },
    fmt(z),
  );
}

export function field(label: string, input: HTMLElement) {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}
