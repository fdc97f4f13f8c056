/**
 * fetchFeed and fetchArticle against a server on 127.0.0.1 started here. Every request the tests
 * make is to that server, each test makes a fixed small number of them, and the server and any
 * response it is holding open are closed at the end.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type FeedState, type FetchOptions, fetchArticle, fetchFeed } from './index.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback Wire</title>
<item><guid>lw-1</guid><title>Envoys meet</title><link>https://example.org/lw-1</link>
<pubDate>Mon, 14 Sep 2026 08:00:00 +0000</pubDate><description>Envoys met on Sunday.</description></item>
<item><guid>lw-2</guid><title>Talks planned</title><pubDate>Tue, 15 Sep 2026 08:00:00 +0000</pubDate>
<description>Talks are planned for later this week.</description></item>
</channel></rss>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base = '';
const hits = new Map<string, number>();
const held = new Set<ServerResponse>();

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
) {
  res.writeHead(status, headers);
  res.end(body);
}

const redirect =
  (to: () => string, status = 302): Handler =>
  (_req, res) =>
    send(res, status, { location: to() });

const routes: Record<string, Handler> = {
  '/feed': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return send(res, 304, { etag: '"v1"' });
    send(
      res,
      200,
      {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Mon, 14 Sep 2026 08:00:00 GMT',
      },
      RSS,
    );
  },
  '/since': (req, res) => {
    if (req.headers['if-modified-since'] === 'Mon, 14 Sep 2026 08:00:00 GMT') return send(res, 304, {});
    send(res, 200, { 'last-modified': 'Mon, 14 Sep 2026 08:00:00 GMT' }, RSS);
  },
  '/fail': (_req, res) => send(res, 500, { 'content-type': 'text/plain' }, 'boom'),
  '/gone': (_req, res) => send(res, 404, {}, 'not here'),
  '/broken': (_req, res) => send(res, 200, { 'content-type': 'application/rss+xml' }, '<rss><channel><item>'),
  '/html': (_req, res) =>
    send(res, 200, { 'content-type': 'text/html' }, '<html><body><p>hi</p></body></html>'),
  '/slow': (_req, res) => {
    // Headers and a first byte, then nothing: only the client's deadline ends this.
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss>');
    held.add(res);
  },
  '/silent': (_req, res) => {
    held.add(res); // not even a status line
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      // Bounded: at most 2 MB, and it stops as soon as the client hangs up.
      while (sent < 128 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      sent = 128;
    });
    pump();
  },
  '/big-declared': (_req, res) =>
    send(res, 200, { 'content-length': String(1024 * 1024) }, Buffer.alloc(1024 * 1024)),
  '/gzip': (_req, res) =>
    send(res, 200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, gzipSync(RSS)),
  '/cp1252': (_req, res) =>
    send(
      res,
      200,
      { 'content-type': 'application/rss+xml; charset=windows-1252' },
      Buffer.concat([
        Buffer.from('<rss version="2.0"><channel><title>Courrier</title><item><guid>c</guid><title>'),
        Buffer.from([0x93, 0x44, 0xe9, 0x6a, 0xe0, 0x94, 0x20, 0x80]), // “Déjà” €
        Buffer.from('</title></item></channel></rss>'),
      ]),
    ),
  '/article': (_req, res) =>
    send(
      res,
      200,
      { 'content-type': 'text/html' },
      Buffer.concat([
        Buffer.from('<html><head><meta charset="koi8-r"><title>t</title></head><body><p>'),
        Buffer.from([0xd2, 0xcf, 0xd3, 0xd3, 0xc9, 0xd1]), // "россия"
        Buffer.from('</p></body></html>'),
      ]),
    ),
  '/r1': redirect(() => '/r2', 301),
  '/r2': redirect(() => `${base}/r3`, 302),
  '/r3': redirect(() => '/feed', 307),
  '/loop': redirect(() => '/loop'),
  '/nowhere': (_req, res) => send(res, 302, {}),
  '/cross': redirect(() => `${base.replace('127.0.0.1', 'localhost')}/feed`),
  '/to-article': redirect(() => '/article', 308),
};

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes[path];
    if (handler) handler(req, res);
    else send(res, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const NOW = new Date('2026-09-20T12:00:00Z');
const local: FetchOptions = { allowPrivate: true, timeoutMs: 2000, now: () => NOW };

describe('fetchFeed over HTTP', () => {
  test('200 with ETag, then 304 on If-None-Match', async () => {
    const first = await fetchFeed(`${base}/feed`, null, local);
    assert.equal(first.status, 'ok', first.error);
    assert.deepEqual(
      first.items.map((item) => [item.id, item.published, item.outlet]),
      [
        ['lw-1', '2026-09-14', 'Loopback Wire'],
        ['lw-2', '2026-09-15', 'Loopback Wire'],
      ],
    );
    assert.equal(first.state.etag, '"v1"');
    assert.equal(first.state.lastModified, 'Mon, 14 Sep 2026 08:00:00 GMT');
    assert.equal(first.state.failures, 0);

    const second = await fetchFeed(`${base}/feed`, first.state, local);
    assert.equal(second.status, 'not-modified');
    assert.deepEqual(second.items, []);
    assert.equal(second.state.etag, '"v1"');
    assert.equal(second.state.lastStatus, '304 not modified');
  });

  test('If-Modified-Since from state', async () => {
    const first = await fetchFeed(`${base}/since`, null, local);
    assert.equal(first.status, 'ok');
    const second = await fetchFeed(`${base}/since`, first.state, local);
    assert.equal(second.status, 'not-modified');
  });

  test('500 backs off exponentially with jitter; a success resets', async () => {
    const url = `${base}/fail`;
    const one = await fetchFeed(url, null, local);
    assert.equal(one.status, 'error');
    assert.match(one.error ?? '', /E078: HTTP 500 from .*\/fail\. The server failed; sitrep backs off/);
    assert.equal(one.state.failures, 1);
    const wait1 = Date.parse(one.state.nextPollAt ?? '') - NOW.getTime();
    assert.ok(wait1 >= 0.8 * 120_000 && wait1 <= 120_000, `first wait ${wait1}`);

    const two = await fetchFeed(url, one.state, local);
    assert.equal(two.state.failures, 2);
    const wait2 = Date.parse(two.state.nextPollAt ?? '') - NOW.getTime();
    assert.ok(wait2 >= 0.8 * 240_000 && wait2 <= 240_000, `second wait ${wait2}`);

    const capped: FeedState = { ...two.state, failures: 20 };
    const three = await fetchFeed(url, capped, local);
    const wait3 = Date.parse(three.state.nextPollAt ?? '') - NOW.getTime();
    assert.ok(wait3 <= 3_600_000 && wait3 >= 0.8 * 3_600_000, `capped wait ${wait3}`);

    const recovered = await fetchFeed(`${base}/feed`, { ...two.state, url: `${base}/feed` }, local);
    assert.equal(recovered.status, 'ok');
    assert.equal(recovered.state.failures, 0);
    assert.equal(recovered.state.nextPollAt, null);
  });

  const errors: Array<{ name: string; path: string; options?: Partial<FetchOptions>; says: RegExp }> = [
    { name: '404', path: '/gone', says: /E078: HTTP 404 .*The address is gone/ },
    { name: 'malformed XML', path: '/broken', says: /E070: Feed .*\/broken is not well-formed XML/ },
    { name: 'an HTML page, not a feed', path: '/html', says: /E071: .*root element <html>/ },
    {
      name: 'slow body → timeout',
      path: '/slow',
      options: { timeoutMs: 300 },
      says: /E075: .*timed out after 300 ms/,
    },
    { name: 'no headers → timeout', path: '/silent', options: { timeoutMs: 300 }, says: /E075/ },
    {
      name: 'streamed body over the cap',
      path: '/big',
      options: { maxBytes: 64 * 1024 },
      says: /E076: .*65536-byte cap/,
    },
    {
      name: 'declared length over the cap',
      path: '/big-declared',
      options: { maxBytes: 1000 },
      says: /E076/,
    },
    { name: 'redirect loop', path: '/loop', says: /E077: .*more than 5 redirects/ },
    {
      name: 'chain longer than maxRedirects',
      path: '/r1',
      options: { maxRedirects: 2 },
      says: /E077: .*more than 2/,
    },
    { name: 'redirect without Location', path: '/nowhere', says: /E079: .*without a Location header/ },
  ];
  for (const c of errors) {
    test(`error: ${c.name}`, async () => {
      const started = Date.now();
      const result = await fetchFeed(`${base}${c.path}`, null, { ...local, ...c.options });
      assert.equal(result.status, 'error');
      assert.match(result.error ?? '', c.says);
      assert.equal(result.state.failures, 1);
      assert.equal(result.state.lastStatus, result.error);
      assert.ok(Date.now() - started < 1500, 'took too long');
    });
  }

  test('redirect chain is followed to the feed', async () => {
    const result = await fetchFeed(`${base}/r1`, null, local);
    assert.equal(result.status, 'ok', result.error);
    assert.equal(result.finalUrl, `${base}/feed`);
    assert.equal(result.state.url, `${base}/r1`);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.items.length, 2);
  });

  test('redirect to another host is allowed and reported', async () => {
    const result = await fetchFeed(`${base}/cross`, null, local);
    assert.equal(result.status, 'ok', result.error);
    assert.match(result.finalUrl ?? '', /^http:\/\/localhost:\d+\/feed$/);
    assert.match(result.warnings?.[0] ?? '', /redirected to another host \(127\.0\.0\.1 -> localhost\)/);
  });

  test('gzip body', async () => {
    const result = await fetchFeed(`${base}/gzip`, null, local);
    assert.equal(result.status, 'ok', result.error);
    assert.equal(result.items.length, 2);
  });

  test('windows-1252 by Content-Type', async () => {
    const result = await fetchFeed(`${base}/cp1252`, null, local);
    assert.equal(result.items[0]?.title, '\u201cDéjà\u201d \u20ac');
  });

  test('SSRF guard refuses loopback without allowPrivate, before any request', async () => {
    const before = hits.get('/feed') ?? 0;
    for (const url of [`${base}/feed`, `${base.replace('127.0.0.1', 'localhost')}/feed`]) {
      const result = await fetchFeed(url, null, { allowPrivate: false, now: () => NOW });
      assert.equal(result.status, 'error');
      assert.match(result.error ?? '', /E073: Refused .*a loopback address \(SSRF guard\).*--allow-private/);
      assert.equal(result.state.failures, 1);
    }
    assert.equal(hits.get('/feed') ?? 0, before);
  });

  test('non-http scheme is an error result, not a throw', async () => {
    const result = await fetchFeed('file:///etc/hostname', null, { allowPrivate: true });
    assert.equal(result.status, 'error');
    assert.match(result.error ?? '', /E074/);
  });
});

describe('fetchArticle over HTTP', () => {
  test('HTML decoded by meta charset, final URL after a redirect', async () => {
    const result = await fetchArticle(`${base}/to-article`, local);
    assert.ok(result.ok);
    assert.equal(result.finalUrl, `${base}/article`);
    assert.match(result.html, /<p>россия<\/p>/);
  });

  const cases: Array<{ name: string; path: string; options: FetchOptions; says: RegExp }> = [
    { name: '404', path: '/gone', options: local, says: /E078: HTTP 404/ },
    { name: 'timeout', path: '/silent', options: { ...local, timeoutMs: 200 }, says: /E075/ },
    {
      name: 'refused without allowPrivate',
      path: '/article',
      options: { allowPrivate: false },
      says: /E073/,
    },
  ];
  for (const c of cases) {
    test(`error: ${c.name}`, async () => {
      const result = await fetchArticle(`${base}${c.path}`, c.options);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, c.says);
    });
  }
});
