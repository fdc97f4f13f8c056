/**
 * Article view: the text with the chosen event's evidence highlighted (trigger, source, target,
 * date, factuality cue), plus actors, quotes, sources and dates. The highlighted text is built
 * from text nodes inside <mark> elements: the article is never parsed as HTML.
 */
import { type ArticleView, enc, get, type Span } from '../api.js';
import { append, h } from '../dom.js';
import { type Mark, segments } from '../highlight.js';
import type { Route } from '../main.js';

const LAYERS: Array<[string, string]> = [
  ['hl-actor', 'actors'],
  ['hl-quote', 'quotes'],
  ['hl-source', 'sources'],
  ['hl-date', 'dates'],
];

export async function articleView(root: HTMLElement, route: Route) {
  const id = route.parts[1];
  const a = await get<ArticleView>(`/api/articles/${id}`);
  const selected = Number(route.params.get('event') ?? Number.NaN);
  const event = a.events.find((e) => e.id === selected) ?? null;
  const text = h('div', { class: 'article-text', id: 'article-text' });
  const shown = new Set(LAYERS.map(([cls]) => cls));
  const draw = () => text.replaceChildren(...highlighted(a, event, shown));
  draw();
  const toggles = LAYERS.map(([cls, label]) => {
    const box = h('input', {
      type: 'checkbox',
      checked: true,
      onchange: (e: Event) => {
        if ((e.target as HTMLInputElement).checked) shown.add(cls);
        else shown.delete(cls);
        draw();
      },
    });
    return h('label', { class: `legend ${cls}` }, box, label);
  });
  append(root, [
    h('h1', { id: 'article-title' }, a.title ?? `Article ${a.id}`),
    h(
      'p',
      { class: 'muted' },
      `${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'no date'} `,
      a.url ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'source page') : null,
    ),
    event
      ? h(
          'p',
          { class: 'event-banner' },
          `Evidence for event ${event.mergedId}: ${event.source ?? '?'} → ${event.target ?? '?'}, CAMEO ${event.cameo} (${event.factuality}) `,
          h('a', { href: `#/event/${event.mergedId}` }, 'back to the event'),
        )
      : null,
    h(
      'div',
      { class: 'legend-row' },
      h('span', { class: 'legend hl-evidence' }, 'evidence'),
      h('span', { class: 'legend hl-trigger' }, 'trigger'),
      ...toggles,
    ),
    h('div', { class: 'article-layout' }, text, sidebar(a, selected)),
  ]);
  // Bring the evidence into view once the page is in the document.
  requestAnimationFrame(() => text.querySelector('mark.hl-evidence')?.scrollIntoView({ block: 'center' }));
}

function highlighted(
  a: ArticleView,
  event: ArticleView['events'][number] | null,
  shown: Set<string>,
): Node[] {
  const marks: Mark[] = [];
  const add = (span: Span | null | undefined, cls: string, title?: string) => {
    if (span && shown.has(cls)) marks.push({ start: span[0], end: span[1], cls, title });
  };
  for (const actor of a.actors) for (const sp of actor.spans) add(sp, 'hl-actor', actor.name);
  for (const q of a.quotes) add(q.span, 'hl-quote', q.speaker ? `quote: ${q.speaker}` : 'quote');
  for (const src of a.sources)
    for (const sp of [src.span, ...src.also]) add(sp, 'hl-source', `source (${src.kind})`);
  for (const d of a.dates) add(d.span, 'hl-date', d.value ?? d.text);
  if (event) {
    const e = event.spans;
    for (const [span, cls] of [
      [e.evidence, 'hl-evidence'],
      [e.trigger, 'hl-trigger'],
      [e.source, 'hl-ev-source'],
      [e.target, 'hl-ev-target'],
      [e.date, 'hl-ev-date'],
      [e.factuality, 'hl-ev-factuality'],
    ] as Array<[Span | null, string]>) {
      if (span) marks.push({ start: span[0], end: span[1], cls });
    }
  }
  return segments(a.text, marks).map((seg) => {
    if (seg.marks.length === 0) return document.createTextNode(seg.text);
    const titles = seg.marks.map((m) => m.title).filter(Boolean);
    return h(
      'mark',
      { class: seg.marks.map((m) => m.cls).join(' '), title: titles.length ? titles.join(' · ') : undefined },
      seg.text,
    );
  });
}

function sidebar(a: ArticleView, selected: number) {
  return h(
    'aside',
    { class: 'article-side' },
    h('h3', {}, 'Events'),
    h(
      'ul',
      {},
      ...a.events.map((e) =>
        h(
          'li',
          { class: e.id === selected ? 'selected' : '' },
          h(
            'a',
            { href: `#/article/${a.id}?event=${e.id}` },
            `${e.source ?? '?'} → ${e.target ?? '?'} · ${e.cameo}`,
          ),
          h('span', { class: 'muted small' }, ` ${e.factuality}`),
        ),
      ),
    ),
    h('h3', {}, 'Actors'),
    h(
      'ul',
      {},
      ...a.actors.map((x) =>
        h(
          'li',
          {},
          h('a', { href: `#/actor/${enc(x.name)}` }, x.name),
          h('span', { class: 'muted small' }, ` ${x.role ?? x.type}${x.country ? `, ${x.country}` : ''}`),
        ),
      ),
    ),
    h('h3', {}, 'Quotes'),
    h(
      'ul',
      { class: 'quotes-side' },
      ...a.quotes.map((q) =>
        h(
          'li',
          {},
          h('strong', {}, q.speaker ?? (q.anonymous ? 'anonymous' : 'unattributed')),
          q.description && q.description !== q.speaker
            ? h('span', { class: 'muted small' }, ` (${q.description})`)
            : null,
          ': ',
          `“${q.text}”`,
        ),
      ),
    ),
    h('h3', {}, 'Sources'),
    h(
      'ul',
      {},
      ...a.sources.map((s) =>
        h('li', {}, s.text, h('span', { class: 'muted small' }, ` ${s.kind}${s.via ? ` via ${s.via}` : ''}`)),
      ),
    ),
    h('h3', {}, 'Dates'),
    h(
      'ul',
      {},
      ...a.dates.map((d) => h('li', {}, d.text, h('span', { class: 'muted small' }, ` → ${d.value ?? '?'}`))),
    ),
  );
}
