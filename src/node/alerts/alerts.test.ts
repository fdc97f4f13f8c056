import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { Queries } from '../server/queries.js';
import { actor, type EventSpec, makeRecord, tempStore } from '../store/test-support.js';
import { AlertEngine } from './engine.js';
import { parseAlertConfig } from './rules.js';
import { postWebhook } from './webhook.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A webhook receiver on 127.0.0.1 that answers with `handler` and records the bodies. */
async function receiver(handler: Handler): Promise<{ url: string; bodies: string[]; server: Server }> {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      bodies.push(body);
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, bodies, server };
}

const servers: Server[] = [];
after(() => {
  for (const s of servers) s.closeAllConnections();
  for (const s of servers) s.close();
});
const noSleep = async () => {};

describe('alert rules file', () => {
  it('accepts the example file and rejects bad rules with their path', async () => {
    const { readFileSync } = await import('node:fs');
    const example = JSON.parse(
      readFileSync(new URL('../../../sitrep.alerts.example.json', import.meta.url), 'utf8'),
    );
    assert.ok(parseAlertConfig(example).rules.length > 0);
    assert.throws(
      () => parseAlertConfig({ rules: [{ id: 'x', type: 'index', source: 'USA', target: 'IRN' }] }),
      /below/,
    );
    assert.throws(() => parseAlertConfig({ rules: [{ id: 'x', type: 'event', quad: 9 }] }), /rules\.0/);
    assert.throws(
      () =>
        parseAlertConfig({
          rules: [
            { id: 'a', type: 'quote', speaker: 'x' },
            { id: 'a', type: 'quote', speaker: 'y' },
          ],
        }),
      /twice/,
    );
    assert.throws(() => parseAlertConfig({ webhook: { url: 'ftp://x' } }), /webhook/);
  });
});

describe('webhook delivery', () => {
  it('retries 5xx with backoff until it succeeds', async () => {
    let calls = 0;
    const r = await receiver((_q, res) => {
      calls++;
      res.writeHead(calls < 3 ? 503 : 200).end('ok');
    });
    servers.push(r.server);
    const waits: number[] = [];
    const result = await postWebhook(
      { url: r.url, timeoutMs: 2000, retries: 4, backoffMs: 100 },
      { hello: 1 },
      async (ms) => {
        waits.push(ms);
      },
    );
    assert.deepEqual(result, { ok: true, attempts: 3, status: 200, error: null });
    assert.deepEqual(waits, [100, 200]);
    assert.deepEqual(JSON.parse(r.bodies[0]), { hello: 1 });
  });

  it('gives up after the retries when the receiver hangs (timeout), and does not retry a 4xx', async () => {
    const hang = await receiver(() => {});
    servers.push(hang.server);
    const t0 = performance.now();
    const result = await postWebhook(
      { url: hang.url, timeoutMs: 150, retries: 1, backoffMs: 0 },
      {},
      noSleep,
    );
    assert.equal(result.ok, false);
    assert.equal(result.attempts, 2);
    assert.ok(performance.now() - t0 < 2000);
    const refuse = await receiver((_q, res) => res.writeHead(400).end());
    servers.push(refuse.server);
    const r2 = await postWebhook({ url: refuse.url, timeoutMs: 1000, retries: 3, backoffMs: 0 }, {}, noSleep);
    assert.equal(r2.attempts, 1);
    assert.equal(r2.status, 400);
  });
});

describe('alert engine', () => {
  it('fires each rule once per new event or quote, stores it, and posts it to the webhook', async () => {
    const hook = await receiver((_q, res) => res.writeHead(204).end());
    servers.push(hook.server);
    const { store, done: cleanup } = tempStore();
    try {
      const config = parseAlertConfig({
        webhook: { url: hook.url, timeoutMs: 1000, retries: 0 },
        rules: [
          { id: 'isr-irn', type: 'event', between: ['ISR', 'IRN'], quad: 4 },
          { id: 'usa-irn-index', type: 'index', source: 'USA', target: 'IRN', below: -1 },
        ],
      });
      const fired: string[] = [];
      const engine = new AlertEngine(store, new Queries(store.database), store.database, config, {
        onFire: (f) => fired.push(f.ruleId),
      });
      const batch = (id: string, events: EventSpec[], published: string) => {
        const record = makeRecord({ id, events, published });
        store.ingestBatch([
          {
            article: {
              externalId: id,
              text: `article ${id} ${Math.random()}`,
              title: id,
              published,
              outlet: 'O',
              url: null,
              origin: 't',
              warnings: [],
            },
            record,
          },
        ]);
      };
      // A calm month of USA→IRN cooperation, then strikes: the index falls below -1.
      for (let d = 1; d <= 20; d++)
        batch(
          `calm${d}`,
          [
            {
              source: actor('USA'),
              target: actor('IRN'),
              cameo: '036',
              goldstein: 4,
              quad: 1,
              date: `2026-01-${String(d).padStart(2, '0')}`,
            },
          ],
          `2026-01-${String(d).padStart(2, '0')}`,
        );
      assert.deepEqual(engine.evaluate(), []);
      batch(
        'strike',
        [
          {
            source: actor('ISR'),
            target: actor('IRN'),
            cameo: '190',
            goldstein: -10,
            quad: 4,
            date: '2026-02-10',
          },
          {
            source: actor('USA'),
            target: actor('IRN'),
            cameo: '190',
            goldstein: -10,
            quad: 4,
            date: '2026-02-10',
          },
          {
            source: actor('IRN'),
            target: actor('ISR'),
            cameo: '036',
            goldstein: 4,
            quad: 1,
            date: '2026-02-10',
          },
        ],
        '2026-02-10',
      );
      const firings = engine.evaluate();
      assert.deepEqual(firings.map((f) => f.ruleId).sort(), ['isr-irn', 'usa-irn-index']);
      assert.deepEqual(engine.evaluate(), [], 'nothing new: nothing fires again');
      await engine.idle();
      assert.equal(hook.bodies.length, 2);
      const stored = engine.log.list(10);
      assert.equal(stored.length, 2);
      assert.ok(stored.every((f) => f.delivery === 'delivered' && f.attempts === 1));
      assert.deepEqual(fired.sort(), ['isr-irn', 'usa-irn-index']);
    } finally {
      cleanup();
    }
  });
});
