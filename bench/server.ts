/**
 * Server load test on loopback: 1M synthetic merged events (plus the demo corpus, when there)
 * in a fresh database, the server in a child process (one core), autocannon in this one (the
 * other core). Bounded: a fixed duration per route set. Targets: /api/events and
 * /api/dyads/…/series each sustain >= 1,000 requests/s with p99 < 50 ms.
 * Run alone: node --import tsx bench/server.ts   (SITREP_BENCH_SERVER_N=200000 for a quicker run)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Reader } from '../src/node/reader.js';
import { ingestDemo } from '../src/node/server/test-fixture.js';
import { dayNumber } from '../src/node/store/merge.js';
import { SqliteStore } from '../src/node/store/sqlite.js';
import { repoRoot } from './shared.js';
import { fillSyntheticEvents, KEYS } from './synthetic.js';

type Figures = Record<string, number | string>;

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: {
  url: string;
  connections: number;
  pipelining: number;
  duration: number;
  requests: Array<{ method: 'GET'; path: string }>;
}) => Promise<CannonResult>;

function startChild(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', db], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function serveChild(db: string) {
  const { serve } = await import('@hono/node-server');
  const { createApp } = await import('../src/node/server/app.js');
  const store = new SqliteStore(db);
  const app = createApp(store, { token: null, clientDir: null });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`PORT ${info.port}\n`);
  });
  process.on('SIGTERM', () => {
    server.close();
    store.close();
    process.exit(0);
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function runServerBench(): Promise<Figures> {
  const total = Number(process.env.SITREP_BENCH_SERVER_N ?? 1_000_000);
  const seconds = Number(process.env.SITREP_BENCH_SERVER_SECONDS ?? 8);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-server-'));
  const dbPath = join(dir, 'server.db');
  let child: ChildProcess | null = null;
  try {
    const store = new SqliteStore(dbPath);
    const demo = join(repoRoot, 'data/demo/articles.jsonl');
    if (existsSync(demo)) await ingestDemo(store, new Reader(), demo);
    const t0 = performance.now();
    fillSyntheticEvents(store, total);
    const loadS = (performance.now() - t0) / 1000;
    const stored = store.counts().mergedEvents;
    store.close();
    const started = await startChild(dbPath);
    child = started.child;
    const { default: autocannon } = (await import('autocannon')) as unknown as { default: Cannon };
    // Cold timings: the first request for a series computes it; later ones hit the response cache.
    const cold = async (path: string) => {
      const t = performance.now();
      const res = await fetch(`${started.base}${path}`);
      await res.arrayBuffer();
      return performance.now() - t;
    };
    const coldSeries = await cold('/api/dyads/USA/IRN/series');
    const coldSeriesYear = await cold('/api/dyads/USA/IRN/series?from=2025-01-01&to=2025-12-31');
    const coldEvents = await cold('/api/events?dyad=USA:IRN&factuality=asserted&limit=50');

    const eventPaths = [
      '/api/events?limit=50',
      '/api/events?limit=50&factuality=asserted',
      '/api/events?dyad=USA:IRN&factuality=asserted&limit=50',
      '/api/events?dyad=RUS:UKR&limit=50',
      '/api/events?actor=ISR&limit=50',
      '/api/events?code=19&limit=50',
      '/api/events?from=2024-03-01&to=2024-03-31&limit=50',
      '/api/events?plover=ASSAULT&limit=50',
    ];
    const dyads = KEYS.slice(0, 8).flatMap((a) => KEYS.slice(8).map((b) => [a, b]));
    const seriesPaths = dyads.flatMap(([a, b]) => [
      `/api/dyads/${a}/${b}/series`,
      `/api/dyads/${a}/${b}/series?from=2025-01-01&to=2025-12-31`,
    ]);
    seriesPaths.push('/api/dyads/USA/IRN/series', '/api/dyads/USA/IRN/series?factuality=hypothetical');
    const run = (paths: string[]) =>
      autocannon({
        url: started.base,
        connections: 10,
        pipelining: 1,
        duration: seconds,
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
    const events = await run(eventPaths);
    const series = await run(seriesPaths);
    // Informational: distinct queries (one-day windows over three years, every cursor page
    // cold), so nearly every request misses the response cache and runs its SQL.
    const startDay = dayNumber('2023-01-01') ?? 0;
    const uncachedPaths = Array.from({ length: 1095 }, (_, i) => {
      const d = new Date((startDay + i) * 86_400_000).toISOString().slice(0, 10);
      return `/api/events?from=${d}&to=${d}&limit=50&factuality=${i % 2 ? 'asserted' : 'any'}`;
    });
    const uncached = await run(uncachedPaths);
    const ok = (r: CannonResult) =>
      r.requests.average >= 1000 && r.latency.p99 < 50 && r.non2xx === 0 && r.errors === 0;
    const figures: Figures = {
      merged_events: stored,
      load_s: round(loadS),
      cold_series_all_time_ms: round(coldSeries),
      cold_series_one_year_ms: round(coldSeriesYear),
      cold_events_dyad_ms: round(coldEvents),
      events_rps: Math.round(events.requests.average),
      events_p50_ms: events.latency.p50,
      events_p99_ms: events.latency.p99,
      events_non2xx: events.non2xx + events.errors,
      series_rps: Math.round(series.requests.average),
      series_p50_ms: series.latency.p50,
      series_p99_ms: series.latency.p99,
      series_non2xx: series.non2xx + series.errors,
      events_uncached_rps: Math.round(uncached.requests.average),
      events_uncached_p99_ms: uncached.latency.p99,
      target: '>= 1000 req/s and p99 < 50 ms on each route',
      events_meets_target: ok(events) ? 'yes' : 'no',
      series_meets_target: ok(series) ? 'yes' : 'no',
    };
    return figures;
  } finally {
    child?.kill('SIGTERM');
    if (!process.env.SITREP_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(dbPath);
  }
}

if (process.argv[2] === '--serve') {
  void serveChild(process.argv[3]);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runServerBench().then(
    (f) => console.log(JSON.stringify(f, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
