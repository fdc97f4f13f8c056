/** Alert rules and their firings. */
import { type Firing, get } from '../api.js';
import { h } from '../dom.js';
import type { Route } from '../main.js';

export async function alertsView(root: HTMLElement, _route: Route) {
  const data = await get<{ rules: Array<{ id: string; type: string }>; items: Firing[] }>('/api/alerts');
  root.append(
    h('h1', {}, 'Alerts'),
    h('h2', {}, 'Rules'),
    data.rules.length
      ? h(
          'ul',
          {},
          ...data.rules.map((r) =>
            h(
              'li',
              {},
              h('code', {}, r.id),
              ` (${r.type}) `,
              h('span', { class: 'muted small' }, JSON.stringify(r)),
            ),
          ),
        )
      : h(
          'p',
          { class: 'muted' },
          'No rules: start the server with --alerts FILE (see sitrep.alerts.example.json).',
        ),
    h('h2', {}, 'Firings'),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...['time', 'rule', 'message', 'webhook'].map((t) => h('th', {}, t)))),
      h(
        'tbody',
        {},
        ...data.items.map((f) =>
          h(
            'tr',
            {},
            h('td', {}, f.firedAt.slice(0, 19).replace('T', ' ')),
            h('td', {}, f.ruleId),
            h(
              'td',
              {},
              f.kind === 'event' && f.subjectId
                ? h('a', { href: `#/event/${f.subjectId}` }, f.message)
                : f.message,
            ),
            h('td', {}, f.delivery),
          ),
        ),
      ),
    ),
  );
}
