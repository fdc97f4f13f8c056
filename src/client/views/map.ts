/**
 * World map of event places: bundled Natural Earth country shapes (world-atlas, 1:110m), no
 * tiles, no network. Circles sized by event count, coloured by the share of conflict events.
 */
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { get, type Place } from '../api.js';
import { h, s } from '../dom.js';
import type { Route } from '../main.js';

const W = 960;
const H = 500;

export async function mapView(root: HTMLElement, _route: Route) {
  const { items } = await get<{ items: Place[] }>('/api/places', { factuality: 'any' });
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([W, H], countries);
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img' });
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const c of countries.features)
    svg.append(
      s(
        'path',
        { d: path(c) ?? '', class: 'country' },
        s('title', {}, String((c.properties as { name?: string } | null)?.name ?? '')),
      ),
    );
  for (const p of items) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const share = p.events > 0 ? p.conflict / p.events : 0;
    const circle = s(
      'circle',
      {
        cx: xy[0],
        cy: xy[1],
        r: 3 + Math.sqrt(p.events) * 3,
        class: 'place',
        fill: `hsl(${120 - 120 * share}, 70%, 45%)`,
      },
      s(
        'title',
        {},
        `${p.name}${p.country ? ` (${p.country})` : ''}: ${p.events} event(s), ${p.conflict} conflict`,
      ),
    );
    svg.append(p.country ? s('a', { href: `#/events?country=${p.country}` }, circle) : circle);
  }
  root.append(
    h('h1', {}, 'Where events happened'),
    svg,
    h(
      'p',
      { class: 'muted small' },
      `${items.length} place(s). Green: cooperation; red: conflict. Click a place for its country's events.`,
    ),
  );
}
