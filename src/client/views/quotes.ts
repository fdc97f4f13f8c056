/** Quotes explorer by speaker, with the share of anonymous quotes and sources per outlet. */
import { get, type Outlet, type Quote } from '../api.js';
import { h } from '../dom.js';
import type { Route } from '../main.js';
import { field } from './common.js';

export async function quotesView(root: HTMLElement, route: Route) {
  const speaker = route.params.get('speaker') ?? '';
  const text = route.params.get('q') ?? '';
  const [quotes, outlets] = await Promise.all([
    get<{ items: Quote[] }>('/api/quotes', { speaker, q: text, limit: 200 }),
    get<{ items: Outlet[] }>('/api/outlets'),
  ]);
  const speakerInput = h('input', { name: 'speaker', value: speaker, placeholder: 'e.g. Araghchi' });
  const textInput = h('input', { name: 'q', value: text, placeholder: 'words in the quote' });
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = new URLSearchParams();
        if (speakerInput.value.trim()) q.set('speaker', speakerInput.value.trim());
        if (textInput.value.trim()) q.set('q', textInput.value.trim());
        location.hash = `#/quotes?${q}`;
      },
    },
    field('speaker', speakerInput),
    field('text', textInput),
    h('button', { type: 'submit' }, 'Search'),
  );
  root.append(
    h('h1', {}, 'Quotes'),
    form,
    h('div', { class: 'two-col' }, quoteList(quotes.items), outletTable(outlets.items)),
  );
}

function quoteList(items: Quote[]) {
  return h(
    'section',
    {},
    h('h2', {}, `${items.length} quote(s)`),
    h(
      'ul',
      { class: 'quote-list' },
      ...items.map((q) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#/quotes?speaker=${encodeURIComponent(q.speaker ?? '')}`,
              class: q.anonymous ? 'anon' : '',
            },
            q.speaker ?? (q.anonymous ? 'anonymous' : 'unattributed'),
          ),
          q.description && q.description !== q.speaker
            ? h('span', { class: 'muted small' }, ` (${q.description})`)
            : null,
          h('blockquote', {}, `“${q.text}”`),
          h(
            'a',
            { href: `#/article/${q.articleId}`, class: 'small' },
            `${q.outlet ?? '?'} · ${q.published ?? ''} · ${q.title ?? ''}`,
          ),
        ),
      ),
    ),
  );
}

function outletTable(items: Outlet[]) {
  return h(
    'section',
    {},
    h('h2', {}, 'Anonymous sourcing by outlet'),
    h(
      'table',
      { class: 'outlets' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['outlet', 'articles', 'quotes', 'sources', 'anonymous share'].map((t) => h('th', {}, t)),
        ),
      ),
      h(
        'tbody',
        {},
        ...items.map((o) =>
          h(
            'tr',
            {},
            h('td', {}, o.outlet),
            h('td', { class: 'num' }, String(o.articles)),
            h(
              'td',
              { class: 'num', title: `${o.anonymousQuotes} anonymous` },
              `${o.anonymousQuotes}/${o.quotes}`,
            ),
            h(
              'td',
              { class: 'num', title: `${o.anonymousSources} anonymous` },
              `${o.anonymousSources}/${o.sources}`,
            ),
            h(
              'td',
              {},
              h('span', { class: 'bar', style: `width:${Math.round(o.anonymousShare * 100)}px` }),
              ` ${Math.round(o.anonymousShare * 100)}%`,
            ),
          ),
        ),
      ),
    ),
  );
}
