/**
 * Store benchmark: ingest throughput against bare extraction on 10,000 articles (recombined
 * from the demo corpus, or else the shared seed/dev articles), database size, idempotence
 * (re-ingest adds no rows; whitespace variants add no events), and the dyad series query over
 * 1M synthetic merged events. Skips cleanly when there is no corpus.
 * Run alone: node --import tsx bench/store.ts   (SITREP_BENCH_STORE_N=2000 for a quicker run)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { type Extractor, ingestCommand } from '../src/node/commands/ingest.js';
import { type ArticleInput, parseArticleLine } from '../src/node/io/article.js';
import { Reader } from '../src/node/reader.js';
import { ExtractPool } from '../src/node/store/extract-pool.js';
import { SqliteStore } from '../src/node/store/sqlite.js';
import { median, repoRoot, sharedDir, skip } from './shared.js';
import { fillSyntheticEvents } from './synthetic.js';

type Figures = Record<string, number | string>;

const OUTLETS = [
  'AP',
  'Reuters',
  'AFP',
  'BBC',
  'Al Jazeera',
  'Haaretz',
  'Tehran Times',
  'The Guardian',
  'DW',
  'NHK',
];

function baseArticles(): { from: string; articles: ArticleInput[] } | null {
  const demo = join(repoRoot, 'data/demo/articles.jsonl');
  const shared = sharedDir();
  const files = existsSync(demo)
    ? [demo]
    : shared
      ? [join(shared, 'bench/seed/articles.jsonl'), join(shared, 'bench/dev/articles.jsonl')].filter(
          existsSync,
        )
      : [];
  const articles = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((l, i) => (l.trim() ? parseArticleLine(l, i + 1) : null))
      .flatMap((p) => (p?.ok ? [p.article] : [])),
  );
  return articles.length > 0 ? { from: files.join(', '), articles } : null;
}

/** Article n: paragraphs of two base articles, another outlet and date, and a small edit. */
function recombine(bases: ArticleInput[], n: number) {
  const a = bases[n % bases.length].text.split('\n');
  const b = bases[(n * 7 + 3) % bases.length].text.split('\n');
  const cut = Math.max(1, Math.floor(a.length / 2));
  const paragraphs = [...a.slice(0, cut), ...b.slice(Math.floor(b.length / 2))];
  paragraphs.push(`(Reporting by desk ${n % 97}; editing by staff ${n}.)`);
  const day = new Date(Date.UTC(2026, 0, 1) + (n % 90) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `bench-${n}`,
    title: bases[n % bases.length].title,
    text: paragraphs.join('\n'),
    outlet: OUTLETS[n % OUTLETS.length],
    published: day,
    url: `https://news${n % OUTLETS.length}.example/${n}`,
  };
}

function rowCount(store: SqliteStore): number {
  const tables = [
    'articles',
    'simhash_bands',
    'extractions',
    'actors',
    'quotes',
    'sources',
    'events',
    'merged_events',
    'reports',
    'feeds',
    'item_log',
  ];
  return tables.reduce(
    (sum, t) => sum + (store.database.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    0,
  );
}

function fileSize(path: string): number {
  return [path, `${path}-wal`].reduce((s, p) => s + (existsSync(p) ? statSync(p).size : 0), 0);
}

async function ingestFile(store: SqliteStore, extractor: Extractor, file: string) {
  return ingestCommand(store, () => extractor, {
    inputs: [file],
    watch: false,
    intervalSeconds: 300,
    fetchArticles: false,
    allowPrivate: false,
    batchSize: 200,
    progress: 'none',
    log: new PassThrough(),
  });
}

/** 1M merged events straight into a fresh store (indexes in place), then the dyad series query. */
function dyadQueryBench(dir: string, total: number): Figures {
  const store = new SqliteStore(join(dir, 'million.db'));
  const db = store.database;
  const t0 = performance.now();
  fillSyntheticEvents(store, total);
  const loadMs = performance.now() - t0;
  const time = (fn: () => unknown) => {
    const runs: number[] = [];
    for (let r = 0; r < 15; r++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  const hot = time(() => store.dyadSeries({ level: 'country', source: 'USA', target: 'IRN' }));
  const hotYear = time(() =>
    store.dyadSeries({
      level: 'country',
      source: 'USA',
      target: 'IRN',
      from: '2025-01-01',
      to: '2025-12-31',
    }),
  );
  const actor = time(() => store.dyadSeries({ level: 'actor', source: 'RUSGOV', target: 'UKRGOV' }));
  const hotEvents = (
    db
      .prepare("SELECT count(*) AS n FROM merged_events WHERE source_key = 'USA' AND target_key = 'IRN'")
      .get() as { n: number }
  ).n;
  store.close();
  return {
    synthetic_events: total,
    synthetic_load_s: round(loadMs / 1000),
    dyad_query_events: hotEvents,
    dyad_series_ms_all_time: round(hot),
    dyad_series_ms_one_year: round(hotYear),
    dyad_series_ms_actor_level: round(actor),
  };
}

export async function runStoreBench(): Promise<Figures> {
  const corpus = baseArticles();
  if (!corpus)
    return skip(
      'store',
      'no data/demo/articles.jsonl and no shared seed/dev articles (../shared or SITREP_SHARED)',
    );
  const n = Number(process.env.SITREP_BENCH_STORE_N ?? 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-store-'));
  try {
    const articles = Array.from({ length: n }, (_, i) => recombine(corpus.articles, i));
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const reader = new Reader();
    // Warm-up so neither measurement pays for the JIT.
    for (const a of articles.slice(0, 50)) reader.extract({ ...a, warnings: [] });

    const t0 = performance.now();
    for (const a of articles) reader.extract({ ...a, warnings: [] });
    const bareRate = n / ((performance.now() - t0) / 1000);

    const dbPath = join(dir, 'bench.db');
    const store = new SqliteStore(dbPath);
    // As the CLI runs it: extraction on one worker per core, the main thread writing.
    const workers = availableParallelism();
    const pool = new ExtractPool(workers);
    await pool.extract({ ...articles[0], warnings: [] }); // the workers' Readers are loaded before timing
    const t1 = performance.now();
    const first = await ingestFile(store, pool, file);
    const ingestRate = n / ((performance.now() - t1) / 1000);
    await pool.close();
    // And in process, single-threaded, for the store's own overhead.
    const single = new SqliteStore(join(dir, 'single.db'));
    const t2 = performance.now();
    await ingestFile(single, reader, file);
    const singleRate = n / ((performance.now() - t2) / 1000);
    single.close();
    const rows = rowCount(store);
    const again = await ingestFile(store, reader, file);
    const rowsAfterReingest = rowCount(store);
    const eventsBefore = store.counts().events;
    const spaced = join(dir, 'spaced.jsonl');
    writeFileSync(
      spaced,
      `${articles.map((a) => JSON.stringify({ ...a, id: `${a.id}-ws`, url: null, text: a.text.replace(/ /g, '  ').replace(/\n/g, '\n\n') })).join('\n')}\n`,
    );
    await ingestFile(store, reader, spaced);
    const eventsAdded = store.counts().events - eventsBefore;
    const counts = store.counts();
    store.close();

    return {
      corpus: corpus.from,
      base_articles: corpus.articles.length,
      articles: n,
      bare_extraction_articles_per_s: round(bareRate),
      ingest_articles_per_s: round(ingestRate),
      ingest_vs_extraction: round(ingestRate / bareRate),
      ingest_workers: workers,
      ingest_single_thread_articles_per_s: round(singleRate),
      ingest_single_thread_vs_extraction: round(singleRate / bareRate),
      stored: first.stored,
      stories: counts.stories,
      near_duplicates: first.nearDuplicates,
      events: counts.events,
      merged_events: counts.mergedEvents,
      db_mb: round(fileSize(dbPath) / 1e6),
      db_rows: rows,
      reingest_stored: again.stored,
      reingest_rows_added: rowsAfterReingest - rows,
      whitespace_copies_events_added: eventsAdded,
      ...dyadQueryBench(dir, Number(process.env.SITREP_BENCH_STORE_EVENTS ?? 1_000_000)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void runStoreBench().then((result) => {
    for (const [k, v] of Object.entries(result)) console.log(`${k}\t${v}`);
  });
}
