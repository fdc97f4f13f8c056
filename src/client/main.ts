/**
 * The dashboard shell: a hash router (#/dyad/USA/IRN, #/event/12, #/article/3?event=7 …) so
 * every view is a link an analyst can paste, and live updates from /api/live that refresh the
 * view on show when new data lands. Heavy views (charts, network, map) load on first visit.
 */
import './style.css';
import { clear, h } from './dom.js';

export interface Route {
  parts: string[];
  params: URLSearchParams;
}

type View = (root: HTMLElement, route: Route) => Promise<void>;

const views: Record<string, () => Promise<View>> = {
  '': async () => (await import('./views/overview.js')).overviewView,
  dyad: async () => (await import('./views/dyad.js')).dyadView,
  events: async () => (await import('./views/events.js')).eventsView,
  event: async () => (await import('./views/event.js')).eventView,
  article: async () => (await import('./views/article.js')).articleView,
  quotes: async () => (await import('./views/quotes.js')).quotesView,
  actors: async () => (await import('./views/actors.js')).actorsView,
  actor: async () => (await import('./views/actors.js')).actorView,
  network: async () => (await import('./views/network.js')).networkView,
  map: async () => (await import('./views/map.js')).mapView,
  alerts: async () => (await import('./views/alerts.js')).alertsView,
};

/** Views that only show data (no form being typed in): safe to redraw when data changes. */
const LIVE_VIEWS = new Set(['', 'dyad', 'alerts', 'network', 'map', 'event']);

const app = document.getElementById('app') as HTMLElement;
let rendering = 0;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  };
}

async function render() {
  const ticket = ++rendering;
  const route = parseRoute(location.hash);
  const name = route.parts[0] ?? '';
  const load = views[name];
  for (const a of document.querySelectorAll('#nav a'))
    a.classList.toggle('active', (a.getAttribute('href') ?? '').replace(/^#\/?/, '') === name);
  const target = h('div', { class: 'view' });
  try {
    if (!load) throw new Error(`No page "${name}".`);
    const view = await load();
    await view(target, route);
  } catch (error) {
    clear(target);
    target.append(h('p', { class: 'error' }, `Could not load this page: ${(error as Error).message}`));
  }
  // A later navigation wins over a slow earlier one.
  if (ticket !== rendering) return;
  clear(app);
  app.append(target);
  document.body.dataset.ready = name || 'overview';
}

function live() {
  const dot = document.getElementById('live');
  if (!('EventSource' in window) || !dot) return;
  const source = new EventSource('/api/live');
  let timer: number | undefined;
  const changed = () => {
    dot.classList.add('pulse');
    setTimeout(() => dot.classList.remove('pulse'), 800);
    const name = parseRoute(location.hash).parts[0] ?? '';
    if (!LIVE_VIEWS.has(name)) {
      dot.title = 'new data: reload the page to see it';
      return;
    }
    clearTimeout(timer);
    timer = window.setTimeout(() => void render(), 300);
  };
  source.addEventListener('open', () => dot.classList.add('on'));
  source.addEventListener('error', () => dot.classList.remove('on'));
  source.addEventListener('change', changed);
  source.addEventListener('alert', changed);
}

window.addEventListener('hashchange', () => void render());
void render();
live();
