/**
 * `sitrep serve`: the API and the dashboard on one port. Optionally seeds an empty database
 * with a corpus first (what `npm start` does with the demo corpus), loads the alert rules,
 * and watches the database so batches written by a concurrent `sitrep ingest` reach the alerts
 * and the open dashboards within a second.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { AlertEngine } from '../alerts/engine.js';
import { type AlertConfig, loadAlertConfig } from '../alerts/rules.js';
import { Reader } from '../reader.js';
import { createApp } from '../server/app.js';
import { LiveHub } from '../server/live.js';
import { Queries } from '../server/queries.js';
import { SqliteStore } from '../store/sqlite.js';
import { ingestQuietly } from './ingest.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  /** Alert rules file; null: the default ./sitrep.alerts.json when it exists. */
  alerts: string | null;
  /** Ingest this corpus first when the database holds no article. */
  seed: string | null;
  out: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const WATCH_MS = 1000;

export async function serveCommand(options: ServeOptions): Promise<RunningServer> {
  const store = new SqliteStore(options.db);
  const say = (line: string) => options.out.write(`${line}\n`);
  // One Reader per process, loaded up front: for the seed and for POST /api/articles.
  const reader = new Reader();
  if (options.seed && store.counts().articles === 0) {
    say(`sitrep: ${options.db} is empty; ingesting ${options.seed} …`);
    const summary = await ingestQuietly(store, reader, [options.seed]);
    say(`sitrep: stored ${summary.stored} articles, ${summary.newMergedEvents} events.`);
  }
  const config = alertConfig(options.alerts);
  const queries = new Queries(store.database);
  const hub = new LiveHub();
  const alerts = new AlertEngine(store, queries, store.database, config, {
    onFire: (f) => {
      say(`alert [${f.ruleId}] ${f.message}`);
      hub.publish({ type: 'alert', data: f });
    },
  });
  alerts.evaluate();
  const app = createApp(store, { reader, alerts, hub, watch: config.watch });

  let version = queries.version();
  const watcher = setInterval(() => {
    const now = queries.version();
    if (now === version) return;
    version = now;
    alerts.evaluate();
    hub.publish({ type: 'change', data: { version: now } });
  }, WATCH_MS);
  watcher.unref();

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${address.port}/`;
  say(`sitrep: dashboard and API at ${url} (OpenAPI: ${url}openapi.json)`);

  const close = async () => {
    clearInterval(watcher);
    // SSE streams never end on their own; closeAllConnections lets close() finish.
    const http = server as unknown as { closeAllConnections?: () => void };
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      http.closeAllConnections?.();
    });
    await alerts.idle();
    store.close();
  };
  options.signal?.addEventListener('abort', () => void close(), { once: true });
  return { url, close };
}

function alertConfig(path: string | null): AlertConfig {
  const file = path ?? (existsSync('sitrep.alerts.json') ? 'sitrep.alerts.json' : null);
  if (!file) return { watch: [], rules: [] };
  return loadAlertConfig(file);
}
