/** One merged event and every report behind it; each report opens the article view. */
import { type EventItem, get, type Report } from '../api.js';
import { fmt, h } from '../dom.js';
import type { Route } from '../main.js';
import { dyadLink, quadBadge } from './common.js';

export async function eventView(root: HTMLElement, route: Route) {
  const id = route.parts[1];
  const { event: e, reports } = await get<{ event: EventItem; reports: Report[] }>(`/api/events/${id}`);
  root.append(
    h('h1', {}, `Event ${e.id}: CAMEO ${e.cameo}`, e.plover ? ` (${e.plover})` : ''),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'dyad'),
      h('dd', {}, dyadLink(e.sourceKey, e.targetKey, e.sourceName, e.targetName)),
      h('dt', {}, 'date'),
      h('dd', {}, e.dateStart ?? '—'),
      h('dt', {}, 'quad · Goldstein'),
      h('dd', {}, quadBadge(e.quad), ` ${fmt(e.goldstein, 1)}`),
      h('dt', {}, 'factuality'),
      h('dd', {}, e.factuality),
      h('dt', {}, 'place'),
      h('dd', {}, e.placeName ?? '—'),
      h('dt', {}, 'reporting'),
      h(
        'dd',
        {},
        `${e.reports} report(s), ${e.outlets} outlet(s), ${e.stories} independent stor${e.stories === 1 ? 'y' : 'ies'}`,
      ),
    ),
    h('h2', {}, 'Reports'),
    h(
      'ol',
      { class: 'reports' },
      ...reports.map((r) =>
        h(
          'li',
          { class: 'report' },
          h(
            'a',
            { href: `#/article/${r.articleId}?event=${r.eventId}`, class: 'report-link' },
            r.title ?? `article ${r.articleId}`,
          ),
          h('span', { class: 'muted small' }, ` ${r.outlet ?? 'unknown outlet'} · ${r.reportedAt}`),
          h('blockquote', {}, r.evidence),
        ),
      ),
    ),
  );
}
