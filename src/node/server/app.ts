/**
 * The HTTP API and the dashboard as one web-standard fetch app (Hono): `createApp(store)` gives
 * an app that tests call with `app.request(...)` and `sitrep serve` hands to a Node listener.
 * Everything is read-only except POST /api/articles, which needs the bearer token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { AlertEngine } from '../alerts/engine.js';
import type { ArticleInput } from '../io/article.js';
import { type ArticleExtractor, extractEach } from '../output/extract-each.js';
import { mediatorNetwork } from '../store/network.js';
import type { ArticleToStore, Factuality, Store } from '../store/types.js';
import { LiveHub } from './live.js';
import { openApiDocument } from './openapi.js';
import {
  ApiError,
  actorsQuery,
  alertsQuery,
  articlesBody,
  decodeEventCursor,
  encodeCursor,
  eventsQuery,
  idParam,
  parseOr400,
  quotesQuery,
  seriesQuery,
  windowQuery,
} from './params.js';
import { Queries } from './queries.js';
import { dyadSeries } from './series.js';
import { loadClient, type StaticFile } from './static.js';

/** The store the server reads: any `Store` that also exposes its better-sqlite3 handle. */
export type ServerStore = Store & { readonly database: Database.Database };

/** What POST /api/articles reads with: a `Reader`, or a stand-in with the same methods. */
export type ArticleReader = ArticleExtractor<Omit<ArticleInput, 'warnings'>>;

export interface AppOptions {
  /** Bearer token for POST /api/articles; default the SITREP_TOKEN environment variable. */
  token?: string | null;
  /** Reads submitted articles; a function is called once, on the first POST. */
  reader?: ArticleReader | (() => ArticleReader);
  alerts?: AlertEngine | null;
  hub?: LiveHub;
  /** The built dashboard; default dist/client beside the compiled code. Null: none. */
  clientDir?: string | null;
  /** Dyads on the overview; default the most active ones. */
  watch?: ReadonlyArray<readonly [string, string]>;
}

const DEFAULT_CLIENT = fileURLToPath(new URL('../../../dist/client/', import.meta.url));

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(store: ServerStore, options: AppOptions = {}): Hono {
  const queries = new Queries(store.database);
  const hub = options.hub ?? new LiveHub();
  const token = options.token === undefined ? (process.env.SITREP_TOKEN ?? null) : options.token;
  const client = loadClient(options.clientDir === undefined ? DEFAULT_CLIENT : (options.clientDir ?? ''));
  const cache = new ResponseCache(() => queries.version());
  let reader: ArticleReader | null = null;
  const getReader = (): ArticleReader => {
    if (reader) return reader;
    const r = options.reader;
    if (!r) throw new ApiError(503, 'no_reader', 'this server was started without an article reader');
    reader = typeof r === 'function' ? r() : r;
    return reader;
  };

  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stats', (c) => c.json({ version: queries.version(), counts: queries.counts() }));

  app.get('/api/events', (c) => cache.json(c, () => eventsPage(queries, c)));

  app.get('/api/events/:id', (c) => {
    const id = parseOr400(idParam, c.req.param('id'));
    const event = queries.event(id);
    if (!event) throw new ApiError(404, 'not_found', `no event ${id}`);
    return c.json({ event, reports: store.reportsOf(id) });
  });

  app.get('/api/dyads/:a/:b/series', (c) =>
    cache.json(c, () => {
      const q = parseOr400(seriesQuery, c.req.query());
      return dyadSeries(store, queries, { ...q, source: c.req.param('a'), target: c.req.param('b') });
    }),
  );

  app.get('/api/overview', (c) => cache.json(c, () => overview(store, queries, options, c)));

  app.get('/api/quotes', (c) => {
    const q = parseOr400(quotesQuery, c.req.query());
    return c.json(
      queries.quotes({ speaker: q.speaker, actor: q.actor, text: q.q, cursor: q.cursor, limit: q.limit }),
    );
  });

  app.get('/api/outlets', (c) => cache.json(c, () => ({ items: queries.outlets() })));

  app.get('/api/actors', (c) => {
    const q = parseOr400(actorsQuery, c.req.query());
    return c.json({ items: queries.actors(q.q, q.limit) });
  });

  app.get('/api/actors/:id', (c) => {
    const name = c.req.param('id');
    if (name.length > 200) throw new ApiError(400, 'bad_request', 'id: too long');
    const profile = queries.actor(name, 20);
    if (!profile) throw new ApiError(404, 'not_found', `no actor ${name}`);
    return c.json(profile);
  });

  app.get('/api/articles/:id', (c) => {
    const id = parseOr400(idParam, c.req.param('id'));
    const article = queries.article(id);
    if (!article) throw new ApiError(404, 'not_found', `no article ${id}`);
    return c.json(article);
  });

  app.get('/api/network', (c) =>
    cache.json(c, () => {
      const q = parseOr400(windowQuery, c.req.query());
      const factuality = q.factuality === 'any' ? null : q.factuality;
      const window = { from: q.from, to: q.to, factuality: factuality ?? undefined };
      return {
        mediators: mediatorNetwork(store, window),
        interactions: queries.interactions(q.from, q.to, factuality, 150),
      };
    }),
  );

  app.get('/api/places', (c) =>
    cache.json(c, () => {
      const q = parseOr400(windowQuery, c.req.query());
      return { items: queries.places(q.from, q.to, q.factuality === 'any' ? null : q.factuality) };
    }),
  );

  app.get('/api/alerts', (c) => {
    const q = parseOr400(alertsQuery, c.req.query());
    return c.json({
      rules: options.alerts?.config.rules ?? [],
      items: options.alerts?.log.list(q.limit, q.before) ?? [],
    });
  });

  app.get('/api/live', (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      const send = (event: string, data: unknown) =>
        stream.writeSSE({ event, data: JSON.stringify(data), id: String(++id) }).catch(() => undefined);
      const unsubscribe = hub.subscribe((m) => void send(m.type, m.data));
      await send('hello', { version: queries.version() });
      // Held open until the client goes (or the server closes it); keep-alive comments stop
      // proxies from closing an idle stream. The timer is unref'd so it never holds a shutdown.
      await new Promise<void>((resolve) => {
        const ping = setInterval(() => void stream.write(': ping\n\n').catch(() => undefined), 15_000);
        ping.unref();
        stream.onAbort(() => {
          clearInterval(ping);
          unsubscribe();
          resolve();
        });
      });
    }),
  );

  app.post('/api/articles', bodyLimit({ maxSize: 8 * 1024 * 1024, onError: tooLarge }), async (c) => {
    authorize(c, token);
    if (!(c.req.header('content-type') ?? '').includes('application/json'))
      throw new ApiError(415, 'unsupported_media_type', 'send the articles as application/json');
    const raw = await c.req.json().catch(() => {
      throw new ApiError(400, 'bad_request', 'the body is not valid JSON');
    });
    const body = parseOr400(articlesBody, raw);
    const r = getReader();
    const articles: ArticleToStore[] = body.articles.map((a, n) => ({
      externalId: a.id ?? `api-${Date.now()}-${n}`,
      text: a.text,
      title: a.title ?? null,
      published: a.published ?? null,
      outlet: a.outlet ?? null,
      url: a.url ?? null,
      origin: 'api',
      warnings: [],
    }));
    const items = extractEach(
      r,
      articles.map((article) => ({ ...article, id: article.externalId })),
    ).map((outcome, n) =>
      outcome instanceof Error
        ? { article: articles[n], record: null, error: outcome.message }
        : { article: articles[n], record: outcome },
    );
    const outcomes = store.ingestBatch(items);
    const alerts = options.alerts?.evaluate() ?? [];
    for (const firing of alerts) hub.publish({ type: 'alert', data: firing });
    hub.publish({ type: 'change', data: { version: queries.version() } });
    return c.json({ outcomes, alerts }, 201);
  });

  app.get('*', (c) => serveClient(c, client));

  return app;
}

/** One page of merged events for the query string of `c`. */
function eventsPage(queries: Queries, c: Context) {
  const q = parseOr400(eventsQuery, c.req.query());
  const [source, target] = q.dyad ? q.dyad.split(':') : [];
  const page = queries.events({
    ...(q.dyad ? { dyad: { source, target, level: q.level } } : {}),
    actor: q.actor,
    country: q.country,
    code: q.code,
    root: q.root,
    plover: q.plover,
    quad: q.quad,
    factuality: q.factuality === 'any' ? undefined : q.factuality,
    from: q.from,
    to: q.to,
    text: q.q,
    limit: q.limit,
    ...(q.cursor ? { cursor: decodeEventCursor(q.cursor) } : {}),
  });
  return { items: page.items, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null };
}

function tooLarge(): never {
  throw new ApiError(
    413,
    'payload_too_large',
    'the body is larger than 8 MB; send fewer articles per request',
  );
}

/** Bearer token check in constant time (hashes first, so lengths do not leak either). */
function authorize(c: Context, token: string | null) {
  if (!token)
    throw new ApiError(
      401,
      'unauthorized',
      'article submission is disabled: start the server with SITREP_TOKEN set',
    );
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!match || !timingSafeEqual(digest(match[1]), digest(token))) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', 'missing or wrong bearer token');
  }
}

export function overview(store: ServerStore, queries: Queries, options: AppOptions, c: Context) {
  const factuality = (c.req.query('factuality') ?? 'asserted') as Factuality;
  if (!['asserted', 'negated', 'hypothetical', 'future'].includes(factuality))
    throw new ApiError(400, 'bad_request', 'factuality: asserted, negated, hypothetical or future');
  const watch = options.watch?.length
    ? options.watch.map(([source, target]) => ({ source, target }))
    : queries.topDyads(8);
  const dyads = watch.map(({ source, target }) => {
    const s = dyadSeries(store, queries, { level: 'country', source, target, factuality });
    return {
      source,
      target,
      events: s.days.reduce((n, d) => n + d.events, 0),
      latest: s.latest,
      sparkline: s.days.slice(-60).map((d, i) => ({
        day: d.day,
        events: d.events,
        goldsteinMean: d.goldsteinMean,
        z: s.index[s.index.length - Math.min(60, s.days.length) + i]?.z ?? null,
      })),
      drivers: s.drivers.slice(0, 3),
    };
  });
  return {
    version: queries.version(),
    counts: queries.counts(),
    dyads,
    alerts: options.alerts?.log.list(10) ?? [],
  };
}

function serveClient(c: Context, files: Map<string, StaticFile>) {
  const path = c.req.path === '/' ? '/index.html' : c.req.path;
  const file = files.get(path);
  if (!file) {
    if (c.req.path === '/' || c.req.path === '/index.html')
      return c.text('The dashboard is not built: run "npm run build".', 503);
    throw new ApiError(404, 'not_found', `no file ${c.req.path}`);
  }
  const gzip = file.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (file.type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  const body = gzip && file.gzip ? file.gzip : file.body;
  return c.body(new Uint8Array(body), 200, headers);
}

/**
 * Responses of the heavier read routes, kept until the data changes: the dashboard asks for the
 * same series and overview again and again, and the data only changes when an ingest lands.
 */
class ResponseCache {
  private version = '';
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();

  constructor(
    private readonly currentVersion: () => string,
    private readonly max = 2000,
  ) {}

  json(c: Context, compute: () => unknown) {
    const version = this.currentVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = c.req.url;
    let body = this.entries.get(key);
    if (body === undefined) {
      body = new Uint8Array(Buffer.from(JSON.stringify(compute())));
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value ?? '');
      this.entries.set(key, body);
    }
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  }
}
