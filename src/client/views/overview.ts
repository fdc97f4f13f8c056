/** Crisis overview: each watched dyad with its escalation index and sparkline, and recent alerts. */
import { enc, get, type Overview } from '../api.js';
import { fmt, h } from '../dom.js';
import type { Route } from '../main.js';
import { indexBadge, sparkline } from './common.js';

export async function overviewView(root: HTMLElement, _route: Route) {
  const data = await get<Overview>('/api/overview');
  const c = data.counts;
  root.append(
    h('h1', {}, 'Crisis overview'),
    h(
      'p',
      { class: 'muted' },
      `${c.articles} articles · ${c.events} events · ${c.reports} reports · ${c.quotes} quotes`,
    ),
  );
  const cards = data.dyads.map((d) =>
    h(
      'a',
      {
        class: 'card dyad-card',
        href: `#/dyad/${enc(d.source)}/${enc(d.target)}`,
        'data-dyad': `${d.source}:${d.target}`,
      },
      h('div', { class: 'card-head' }, h('strong', {}, `${d.source} → ${d.target}`), indexBadge(d.latest?.z)),
      sparkline(d.sparkline.map((p) => p.z ?? p.goldsteinMean)),
      h(
        'div',
        { class: 'muted small' },
        `${d.events} events · as of ${d.latest?.asOf ?? '—'} · recent mean ${fmt(d.latest?.recentMean, 1)}`,
      ),
      d.drivers[0] ? h('div', { class: 'small driver' }, `▸ ${d.drivers[0].evidence}`) : null,
    ),
  );
  root.append(
    h('section', { class: 'cards' }, ...(cards.length ? cards : [h('p', {}, 'No dyads with events yet.')])),
  );
  root.append(h('h2', {}, 'Latest alerts'));
  root.append(
    data.alerts.length
      ? h(
          'ul',
          { class: 'alerts' },
          ...data.alerts.map((a) =>
            h(
              'li',
              {},
              h('span', { class: 'tag' }, a.ruleId),
              ' ',
              a.message,
              h('span', { class: 'muted small' }, ` ${a.firedAt.slice(0, 16)}`),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No alert has fired.'),
  );
}
