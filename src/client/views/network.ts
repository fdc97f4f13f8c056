/**
 * Actor network: who acts on whom (edges coloured by conflict share) and mediators — third
 * parties that dealt with both sides of a pair (dashed edges to both). Laid out once with
 * d3-force, drawn as SVG.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { enc, get, type Interaction, type MediatorEdge } from '../api.js';
import { h, s } from '../dom.js';
import type { Route } from '../main.js';

interface Node extends SimulationNodeDatum {
  id: string;
  weight: number;
}

interface Link {
  source: string | Node;
  target: string | Node;
  kind: 'interaction' | 'mediator';
  conflict: number;
  events: number;
}

const W = 900;
const H = 560;

export async function networkView(root: HTMLElement, _route: Route) {
  const data = await get<{ mediators: MediatorEdge[]; interactions: Interaction[] }>('/api/network', {
    factuality: 'asserted',
  });
  const nodes = new Map<string, Node>();
  const node = (id: string, w: number) => {
    const n = nodes.get(id) ?? { id, weight: 0 };
    n.weight += w;
    nodes.set(id, n);
  };
  const links: Link[] = [];
  for (const i of data.interactions.slice(0, 120)) {
    node(i.source, i.events);
    node(i.target, i.events);
    links.push({
      source: i.source,
      target: i.target,
      kind: 'interaction',
      conflict: i.conflict / i.events,
      events: i.events,
    });
  }
  for (const m of data.mediators) {
    for (const side of m.pair) {
      node(m.mediator, m.events.length);
      node(side, 1);
      links.push({
        source: m.mediator,
        target: side,
        kind: 'mediator',
        conflict: 0,
        events: m.events.length,
      });
    }
  }
  const list = [...nodes.values()];
  const sim = forceSimulation(list)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .id((d) => d.id)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-220))
    .force('center', forceCenter(W / 2, H / 2))
    .force('collide', forceCollide(22))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Fit the view to where the layout put the nodes (with room for labels).
  const xs = list.map((n) => n.x ?? 0);
  const ys = list.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(0, ...xs) - 30, Math.max(W, ...xs) + 60];
  const [y0, y1] = [Math.min(0, ...ys) - 30, Math.max(H, ...ys) + 30];
  const svg = s('svg', { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, class: 'network', role: 'img' });
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 18,
          refY: 5,
          markerWidth: 6,
          markerHeight: 6,
          orient: 'auto',
        },
        s('path', { d: 'M0,0L10,5L0,10z', fill: '#888' }),
      ),
    ),
  );
  for (const l of links) {
    const a = l.source as Node;
    const b = l.target as Node;
    const color = l.kind === 'mediator' ? '#7b1fa2' : `hsl(${120 - 120 * l.conflict}, 60%, 40%)`;
    svg.append(
      s(
        'line',
        {
          x1: a.x ?? 0,
          y1: a.y ?? 0,
          x2: b.x ?? 0,
          y2: b.y ?? 0,
          stroke: color,
          'stroke-width': Math.min(6, 1 + Math.log2(l.events)),
          'stroke-dasharray': l.kind === 'mediator' ? '5 4' : null,
          'marker-end': l.kind === 'interaction' ? 'url(#arrow)' : null,
          class: `edge ${l.kind}`,
        },
        s(
          'title',
          {},
          `${a.id} → ${b.id}: ${l.events} event(s)${l.kind === 'mediator' ? ' (mediation)' : ''}`,
        ),
      ),
    );
  }
  for (const n of list) {
    const link = s('a', { href: `#/actor/${enc(n.id)}` });
    link.append(
      s('circle', {
        cx: n.x ?? 0,
        cy: n.y ?? 0,
        r: Math.min(16, 5 + Math.sqrt(n.weight) * 2),
        class: 'node',
      }),
      s('text', { x: (n.x ?? 0) + 10, y: (n.y ?? 0) - 8, class: 'node-label' }, n.id),
    );
    svg.append(link);
  }
  root.append(
    h('h1', {}, 'Actor network'),
    h(
      'p',
      { class: 'muted small' },
      'Arrows: who acted on whom (green cooperative … red conflictual). Dashed purple: a mediator that dealt with both sides of a pair.',
    ),
    svg,
    h('h2', {}, 'Mediators'),
    data.mediators.length
      ? h(
          'ul',
          {},
          ...data.mediators.map((m) =>
            h(
              'li',
              {},
              h('strong', {}, m.mediator),
              ` between ${m.pair[0]} and ${m.pair[1]}: `,
              Object.entries(m.codes)
                .map(([c, n]) => `${c}×${n}`)
                .join(', '),
              m.mediates ? ' (mediation)' : '',
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No third party dealt with both sides of a pair in this window.'),
  );
}
