import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AlertEngine } from '../alerts/engine.js';
import { parseAlertConfig } from '../alerts/rules.js';
import { createApp } from './app.js';
import { Queries } from './queries.js';
import { demoFixture, type Fixture, XSS_TEXT } from './test-fixture.js';

type Json = Record<string, unknown>;
type Hono = ReturnType<typeof createApp>;

let fx: Fixture;
let app: Hono;
let engine: AlertEngine;

async function getJson(path: string, status = 200): Promise<Json> {
  const res = await app.request(path);
  const body = (await res.json()) as Json;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

async function assertError(path: string, status: number, init?: RequestInit) {
  const res = await app.request(path, init);
  assert.equal(res.status, status, path);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(typeof body.error.code, 'string');
  assert.ok(body.error.message.length > 0);
  return body.error;
}

type EventItem = {
  id: number;
  sourceKey: string;
  targetKey: string;
  cameo: string;
  factuality: string;
  dateStart: string | null;
  plover: string | null;
};

describe('HTTP API', { timeout: 60_000 }, () => {
  before(async () => {
    fx = await demoFixture();
    const config = parseAlertConfig({
      rules: [
        { id: 'araghchi', type: 'quote', speaker: 'Araghchi' },
        { id: 'rus-ukr', type: 'event', source: 'RUS', target: 'UKR' },
      ],
    });
    engine = new AlertEngine(fx.store, new Queries(fx.store.database), fx.store.database, config);
    engine.evaluate();
    app = createApp(fx.store, { token: 'secret-token', reader: fx.reader, alerts: engine, clientDir: null });
  });
  after(() => fx.cleanup());

  it('pages through every event with the cursor, newest day first, no repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let lastDay = '9999-99-99';
    do {
      const page = (await getJson(`/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`)) as {
        items: EventItem[];
        nextCursor: string | null;
      };
      for (const e of page.items) {
        if (e.dateStart) {
          assert.ok(e.dateStart <= lastDay);
          lastDay = e.dateStart;
        }
        seen.push(e.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, fx.store.counts().mergedEvents);
  });

  it('filters events by dyad, actor, code, root, PLOVER, factuality, dates and text', async () => {
    const get = async (q: string) =>
      ((await getJson(`/api/events?limit=500&${q}`)) as { items: EventItem[] }).items;
    const dyad = await get('dyad=RUS:UKR');
    assert.ok(dyad.length > 0);
    assert.ok(dyad.every((e) => e.sourceKey === 'RUS' && e.targetKey === 'UKR'));
    assert.ok((await get('actor=IRN')).every((e) => e.sourceKey === 'IRN' || e.targetKey === 'IRN'));
    const code = await get('code=19');
    assert.ok(code.length > 0 && code.every((e) => e.cameo.startsWith('19')));
    assert.ok((await get('root=04')).every((e) => e.cameo.startsWith('04')));
    assert.ok((await get('plover=ASSAULT')).every((e) => e.plover === 'ASSAULT'));
    const asserted = await get('factuality=asserted');
    assert.ok(asserted.length > 0 && asserted.every((e) => e.factuality === 'asserted'));
    const dated = await get('from=2026-09-10&to=2026-09-20');
    assert.ok(dated.length > 0);
    assert.ok(
      dated.every((e) => e.dateStart !== null && e.dateStart >= '2026-09-10' && e.dateStart <= '2026-09-20'),
    );
    assert.ok((await get('q=tanker')).length > 0);
    assert.ok((await get('country=UKR')).length > 0);
    // Values are bound parameters: SQL in a filter is just a string that matches nothing.
    assert.equal((await get(`actor=${encodeURIComponent("' OR 1=1 --")}`)).length, 0);
    assert.equal((await get(`q=${encodeURIComponent('") OR 1=1 --')}`)).length, 0);
  });

  it('rejects bad query parameters with a JSON 400', async () => {
    for (const q of [
      'from=not-a-date',
      'to=2026-13-45',
      'limit=0',
      'limit=100000',
      'cursor=garbage',
      'factuality=maybe',
      'dyad=USA',
      'code=abc',
      'country=usa',
      'quad=7',
    ]) {
      const error = await assertError(`/api/events?${q}`, 400);
      assert.equal(error.code, 'bad_request');
    }
    await assertError('/api/dyads/USA/IRN/series?from=yesterday', 400);
    await assertError('/api/quotes?limit=-1', 400);
    await assertError('/api/network?factuality=x', 400);
    await assertError('/api/alerts?limit=x', 400);
    await assertError('/api/events/abc', 400);
    await assertError('/api/articles/0', 400);
  });

  it('returns an event with every report and its spans', async () => {
    const { items } = (await getJson('/api/events?dyad=RUS:UKR')) as { items: EventItem[] };
    const body = (await getJson(`/api/events/${items[0].id}`)) as {
      event: EventItem;
      reports: Array<{ articleId: number; spans: { trigger: [number, number] }; evidence: string }>;
    };
    assert.equal(body.event.id, items[0].id);
    assert.ok(body.reports.length > 0);
    const article = (await getJson(`/api/articles/${body.reports[0].articleId}`)) as { text: string };
    const [s, e] = body.reports[0].spans.trigger;
    assert.ok(e > s && article.text.slice(s, e).trim().length > 0);
    await assertError('/api/events/99999999', 404);
  });

  it('gives a dyad series by day with quads, Goldstein and the index', async () => {
    const body = (await getJson('/api/dyads/RUS/UKR/series')) as {
      days: Array<{ day: string; events: number; quad: number[] }>;
      index: Array<{ day: string; z: number | null }>;
      latest: { asOf: string } | null;
      drivers: unknown[];
    };
    assert.ok(body.days.length > 0);
    assert.equal(body.index.length, body.days.length);
    for (const d of body.days) assert.equal(d.quad.reduce((a, b) => a + b, 0) <= d.events, true);
    assert.equal(body.latest?.asOf, body.days[body.days.length - 1].day);
    const empty = (await getJson('/api/dyads/NOPE/NADA/series')) as { days: unknown[] };
    assert.deepEqual(empty.days, []);
  });

  it('serves quotes, outlets, actors and profiles', async () => {
    const quotes = (await getJson('/api/quotes?speaker=Araghchi&limit=3')) as {
      items: Array<{ speaker: string }>;
      nextCursor: number | null;
    };
    assert.equal(quotes.items.length, 3);
    assert.ok(quotes.items.every((q) => q.speaker.includes('Araghchi')));
    assert.ok(quotes.nextCursor !== null);
    const next = (await getJson(`/api/quotes?speaker=Araghchi&limit=3&cursor=${quotes.nextCursor}`)) as {
      items: Array<{ id: number }>;
    };
    assert.ok(next.items.every((q) => q.id < (quotes.nextCursor ?? 0)));
    assert.ok(((await getJson('/api/quotes?q=seriousness')) as { items: unknown[] }).items.length > 0);
    const outlets = (await getJson('/api/outlets')) as { items: Array<{ anonymousShare: number }> };
    assert.ok(
      outlets.items.length > 0 && outlets.items.every((o) => o.anonymousShare >= 0 && o.anonymousShare <= 1),
    );
    const actors = (await getJson('/api/actors?q=Araghchi')) as { items: Array<{ id: string }> };
    assert.equal(actors.items[0].id, 'Abbas Araghchi');
    const profile = (await getJson(`/api/actors/${encodeURIComponent('Abbas Araghchi')}`)) as {
      role: string;
      recentQuotes: unknown[];
    };
    assert.equal(profile.role, 'Foreign Minister');
    assert.ok(profile.recentQuotes.length > 0);
    await assertError('/api/actors/Nobody%20At%20All', 404);
  });

  it('gives an article with every annotation span, markup left as text', async () => {
    const a = (await getJson(`/api/articles/${fx.xssArticleId}`)) as {
      text: string;
      actors: Array<{ spans: [number, number][] }>;
      sentences: unknown[];
    };
    assert.equal(a.text, XSS_TEXT);
    assert.ok(a.sentences.length > 0);
    await assertError('/api/articles/99999999', 404);
  });

  it('serves the network, places, overview, alerts, stats and the OpenAPI document', async () => {
    const network = (await getJson('/api/network?factuality=any')) as {
      mediators: unknown[];
      interactions: unknown[];
    };
    assert.ok(network.interactions.length > 0);
    const places = (await getJson('/api/places')) as { items: Array<{ lat: number }> };
    assert.ok(places.items.length > 0);
    const overview = (await getJson('/api/overview')) as { dyads: unknown[] };
    assert.ok(overview.dyads.length > 0);
    const alerts = (await getJson('/api/alerts')) as { items: Array<{ ruleId: string }> };
    assert.ok(alerts.items.some((f) => f.ruleId === 'araghchi'));
    assert.ok(alerts.items.some((f) => f.ruleId === 'rus-ukr'));
    assert.ok(((await getJson('/api/stats')) as { counts: { articles: number } }).counts.articles >= 55);
    const doc = (await getJson('/openapi.json')) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/events',
      '/api/events/{id}',
      '/api/dyads/{a}/{b}/series',
      '/api/quotes',
      '/api/actors',
      '/api/actors/{id}',
      '/api/articles/{id}',
      '/api/articles',
      '/api/network',
      '/api/alerts',
    ])
      assert.ok(path in doc.paths, path);
    await assertError('/api/nothing-here', 404);
  });

  it('guards POST /api/articles with the bearer token and stores what it reads', async () => {
    const article = {
      text: 'MOSCOW — Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, officials said.',
      published: '2026-10-21',
      outlet: 'Test Wire',
    };
    const post = (headers: Record<string, string>, body: unknown = article) =>
      app.request('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    assert.equal((await post({})).status, 401);
    assert.equal((await post({ authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post({ authorization: 'secret-token' })).status, 401);
    assert.equal((await post({ authorization: 'Bearer secret-token' }, { text: '' })).status, 400);
    assert.equal((await post({ authorization: 'Bearer secret-token' }, { articles: [] })).status, 400);
    const bad = await app.request('/api/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer secret-token', 'content-type': 'text/plain' },
      body: 'x',
    });
    assert.equal(bad.status, 415);
    const before = fx.store.counts().articles;
    const res = await post({ authorization: 'Bearer secret-token' });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { outcomes: Array<{ result: string; articleId: number }> };
    assert.equal(body.outcomes[0].result, 'stored');
    assert.equal(fx.store.counts().articles, before + 1);
    const again = (await (await post({ authorization: 'Bearer secret-token' })).json()) as {
      outcomes: Array<{ result: string }>;
    };
    assert.equal(again.outcomes[0].result, 'duplicate');
    const disabled = createApp(fx.store, { token: null, clientDir: null });
    const res2 = await disabled.request('/api/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(res2.status, 401);
  });

  it('reads a batch of posted articles together, and one that fails costs only itself', async () => {
    // A stand-in reader with no batch method, failing on one article: the others are stored.
    const failing = {
      extract: (a: { id: string; text: string; published: string | null }) => {
        if (a.text.includes('BOOM')) throw new Error('cannot read this');
        return fx.reader.extract(a);
      },
    };
    const api = createApp(fx.store, { token: 't', reader: failing, clientDir: null });
    const articles = [
      { id: 'batch-1', text: 'Egypt hosted talks with Qatar in Cairo on Tuesday.', published: '2026-10-21' },
      { id: 'batch-2', text: 'BOOM', published: '2026-10-21' },
      { id: 'batch-3', text: 'Jordan condemned the raid on Tuesday.', published: '2026-10-21' },
    ];
    const res = await api.request('/api/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ articles }),
    });
    assert.equal(res.status, 201);
    const { outcomes } = (await res.json()) as { outcomes: Array<{ result: string; status: string | null }> };
    assert.deepEqual(
      outcomes.map((o) => `${o.result} ${o.status}`),
      ['stored ok', 'stored extraction-error', 'stored ok'],
    );
  });

  it('reads posted articles as one batch when the reader can', async () => {
    const batches: number[] = [];
    const batching = {
      extract: (a: { id: string; text: string; published: string | null }) => fx.reader.extract(a),
      extractMany: (list: readonly { id: string; text: string; published: string | null }[]) => {
        batches.push(list.length);
        return fx.reader.extractMany(list);
      },
    };
    const api = createApp(fx.store, { token: 't', reader: batching, clientDir: null });
    const articles = ['Oman', 'Kuwait'].map((state) => ({
      id: `many-${state}`,
      text: `${state} hosted talks with Qatar on Tuesday.`,
      published: '2026-10-21',
    }));
    const res = await api.request('/api/articles', {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ articles }),
    });
    assert.equal(res.status, 201);
    assert.deepEqual(batches, [2]);
  });

  it('has no write route besides POST /api/articles', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH'])
      assert.equal((await app.request('/api/events/1', { method })).status, 404);
    assert.equal((await app.request('/api/events', { method: 'POST' })).status, 404);
  });

  it('says the dashboard is not built when there is no client', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 503);
  });
});
