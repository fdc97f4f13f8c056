/** Actors named in the articles, and one actor's profile: role, aliases, events, quotes. */
import { type Actor, type EventItem, enc, get, type Quote } from '../api.js';
import { append, h } from '../dom.js';
import type { Route } from '../main.js';
import { eventTable, field } from './common.js';

export async function actorsView(root: HTMLElement, route: Route) {
  const q = route.params.get('q') ?? '';
  const { items } = await get<{ items: Actor[] }>('/api/actors', { q, limit: 200 });
  const input = h('input', { name: 'q', value: q, placeholder: 'name' });
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = `#/actors?q=${enc(input.value.trim())}`;
      },
    },
    field('search', input),
    h('button', { type: 'submit' }, 'Search'),
  );
  root.append(
    h('h1', {}, 'Actors'),
    form,
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['name', 'role', 'country', 'code', 'articles', 'mentions', 'quotes'].map((t) => h('th', {}, t)),
        ),
      ),
      h(
        'tbody',
        {},
        ...items.map((a) =>
          h(
            'tr',
            {},
            h('td', {}, h('a', { href: `#/actor/${enc(a.id)}` }, a.name)),
            h('td', {}, a.role ?? a.type),
            h('td', {}, a.country ?? a.org ?? '—'),
            h('td', {}, a.code ?? '—'),
            h('td', { class: 'num' }, String(a.articles)),
            h('td', { class: 'num' }, String(a.mentions)),
            h('td', { class: 'num' }, String(a.quotes)),
          ),
        ),
      ),
    ),
  );
}

interface Profile extends Actor {
  aliases: string[];
  events: EventItem[];
  recentQuotes: Quote[];
}

export async function actorView(root: HTMLElement, route: Route) {
  const p = await get<Profile>(`/api/actors/${enc(route.parts[1] ?? '')}`);
  append(root, [
    h('h1', {}, p.name),
    h('p', {}, [p.role, p.type, p.country, p.org, p.code].filter(Boolean).join(' · ')),
    p.aliases.length ? h('p', { class: 'muted small' }, `also: ${p.aliases.join('; ')}`) : null,
    h('p', {}, `${p.articles} article(s), ${p.mentions} mention(s), ${p.quotes} quote(s)`),
    h('h2', {}, 'Recent events'),
    p.events.length
      ? eventTable(p.events)
      : h('p', { class: 'muted' }, 'No event with this actor as a side.'),
    h('h2', {}, 'Quotes'),
    h(
      'ul',
      { class: 'quote-list' },
      ...p.recentQuotes.map((q) =>
        h(
          'li',
          {},
          h('blockquote', {}, `“${q.text}”`),
          h(
            'a',
            { href: `#/article/${q.articleId}`, class: 'small' },
            `${q.outlet ?? '?'} · ${q.published ?? ''}`,
          ),
        ),
      ),
    ),
  ]);
}
