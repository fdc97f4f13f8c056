/** Event table with the API's filters and cursor paging ("more" appends the next page). */
import { type EventItem, get } from '../api.js';
import { h } from '../dom.js';
import type { Route } from '../main.js';
import { eventTable, field } from './common.js';

const FILTERS: Array<[string, string]> = [
  ['actor', 'actor'],
  ['country', 'country (ISO3)'],
  ['dyad', 'dyad SRC:TGT'],
  ['code', 'CAMEO prefix'],
  ['plover', 'PLOVER type'],
  ['from', 'from'],
  ['to', 'to'],
  ['q', 'text'],
];

export async function eventsView(root: HTMLElement, route: Route) {
  const params: Record<string, string> = {};
  for (const [k, v] of route.params) params[k] = v;
  const inputs = FILTERS.map(([name, label]) => {
    const input = h('input', {
      name,
      value: params[name] ?? '',
      type: name === 'from' || name === 'to' ? 'date' : 'text',
      size: 12,
    });
    return field(label, input);
  });
  const factuality = h(
    'select',
    { name: 'factuality' },
    ...['any', 'asserted', 'negated', 'hypothetical', 'future'].map((f) =>
      h('option', { value: f, selected: (params.factuality ?? 'any') === f }, f),
    ),
  );
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = new URLSearchParams();
        for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
        location.hash = `#/events?${q}`;
      },
    },
    ...inputs,
    field('factuality', factuality),
    h('button', { type: 'submit' }, 'Filter'),
  );
  root.append(h('h1', {}, 'Events'), form);
  const holder = h('div', {});
  root.append(holder);
  let cursor: string | null = null;
  const all: EventItem[] = [];
  const more = h('button', { class: 'more' }, 'More');
  const load = async () => {
    const page = await get<{ items: EventItem[]; nextCursor: string | null }>('/api/events', {
      ...params,
      limit: 50,
      cursor: cursor ?? undefined,
    });
    all.push(...page.items);
    cursor = page.nextCursor;
    holder.replaceChildren(eventTable(all));
    more.hidden = cursor === null;
  };
  more.addEventListener('click', () => void load());
  try {
    await load();
  } catch (error) {
    holder.replaceChildren(h('p', { class: 'error' }, (error as Error).message));
  }
  root.append(more);
}
