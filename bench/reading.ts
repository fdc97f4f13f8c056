/**
 * Benchmark of the reading layer (actors, quotes, sources, dates): accuracy on the seed and dev
 * gold sets and on PolNeAR test (quotes and speakers), and throughput on the dev articles.
 * Needs ../shared (or SITREP_SHARED); skips cleanly without it.
 * Run alone: node --import tsx bench/reading.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleLine } from '../src/node/io/article.js';
import { Reader } from '../src/node/reader.js';
import { tuneV8 } from '../src/node/runtime/tune-v8.js';
import { median, repoRoot, sharedDir, skip } from './shared.js';

type Figures = Record<string, number | string>;

function readArticles(file: string) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = parseArticleLine(l, i + 1);
      if (!parsed.ok) throw new Error(parsed.failure.error);
      return parsed.article;
    });
}

function score(shared: string, gold: string, system: string): Record<string, Record<string, number>> {
  const out = execFileSync('node', [join(shared, 'bench/score.mjs'), gold, system, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, Record<string, number>>;
}

export async function runReadingBench(): Promise<Figures> {
  const shared = sharedDir();
  if (!shared) return skip('reading', 'no shared folder (../shared or SITREP_SHARED)');
  const outDir = join(repoRoot, 'bench/out');
  mkdirSync(outDir, { recursive: true });
  const loadStart = performance.now();
  const reader = new Reader();
  const loadMs = performance.now() - loadStart;
  const figures: Figures = { load_ms: round(loadMs) };

  for (const set of ['seed', 'dev']) {
    const articles = readArticles(join(shared, `bench/${set}/articles.jsonl`));
    const system = join(outDir, `${set}.jsonl`);
    writeFileSync(system, `${articles.map((a) => JSON.stringify(reader.extract(a))).join('\n')}\n`);
    const s = score(shared, join(shared, `bench/${set}/gold.jsonl`), system);
    for (const [section, values] of Object.entries(s)) {
      if (typeof values === 'number') figures[`${set}.${section}`] = round(values);
      if (typeof values !== 'object' || values === null) continue;
      for (const [k, v] of Object.entries(values))
        if (typeof v === 'number') figures[`${set}.${section}.${k}`] = round(v);
    }
  }

  // External event gold (coded by other teams to their own rules): PETR-2 GSR and PLOVER GSR.
  for (const set of ['petr2-gsr', 'plover-gsr']) {
    try {
      const dir = join(outDir, set);
      execFileSync('node', [join(shared, 'bench/event-gold.mjs'), set, dir], { encoding: 'utf8' });
      const system = join(dir, 'system.jsonl');
      const articles = readArticles(join(dir, 'articles.jsonl'));
      writeFileSync(system, `${articles.map((a) => JSON.stringify(reader.extract(a))).join('\n')}\n`);
      const s = score(shared, join(dir, 'gold.jsonl'), system);
      for (const key of ['events_lenient', 'events_strict']) {
        const v = s[key] as Record<string, number> | undefined;
        if (v) figures[`${set}.${key}.f1`] = round(v.f1);
      }
    } catch (error) {
      figures[`${set}.error`] = (error as Error).message.split('\n')[0];
    }
  }

  // PolNeAR test: direct quotes and named speakers on real political news.
  try {
    const articlesFile = join(outDir, 'polnear-test-articles.jsonl');
    writeFileSync(
      articlesFile,
      execFileSync('node', [join(shared, 'bench/polnear.mjs'), 'articles', 'test'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    );
    const system = join(outDir, 'polnear-test.jsonl');
    writeFileSync(
      system,
      `${readArticles(articlesFile)
        .map((a) => JSON.stringify(reader.extract(a)))
        .join('\n')}\n`,
    );
    const out = execFileSync('node', [join(shared, 'bench/polnear.mjs'), 'score', system, 'test', '--json'], {
      encoding: 'utf8',
    });
    for (const [k, v] of Object.entries(JSON.parse(out) as Record<string, unknown>)) {
      if (typeof v === 'number') figures[`polnear.test.${k}`] = round(v);
    }
  } catch (error) {
    figures['polnear.error'] = (error as Error).message.split('\n')[0];
  }

  Object.assign(figures, measureThroughput(reader, shared));
  figures.rss_mb = round(process.memoryUsage().rss / 2 ** 20);
  return figures;
}

/**
 * Throughput on the dev articles (batched and one at a time, wall clock and per CPU-second), with
 * whatever V8 settings this process has: `bench/run.ts` runs it tuned as the CLI is (`tuneV8`)
 * and once more untuned, as a program embedding the library without `tuneV8()` gets it.
 */
export function measureThroughput(reader: Reader, shared: string): Figures {
  // Throughput: the dev articles, 7 timed runs of a second after a warm-up, on this one thread. The headline
  // figure is the batch path `sitrep extract` takes for JSON Lines (Reader.extractMany, stage by
  // stage over the 30 articles); one article at a time (Reader.extract) is reported beside it.
  const dev = readArticles(join(shared, 'bench/dev/articles.jsonl'));
  const figures: Figures = {};
  const oneByOne = () => {
    for (const a of dev) JSON.stringify(reader.extract(a));
  };
  const batched = () => {
    for (const record of reader.extractMany(dev)) JSON.stringify(record);
  };
  // Warm-up until the JIT has settled (a single pass leaves the first timed run ~30% slow).
  articlesPerSecond(batched, dev.length);
  articlesPerSecond(oneByOne, dev.length);
  const rates = { batched: [] as Rate[], oneByOne: [] as Rate[] };
  for (let run = 0; run < 7; run++) {
    // Alternated, so both see the same machine load.
    rates.batched.push(articlesPerSecond(batched, dev.length));
    rates.oneByOne.push(articlesPerSecond(oneByOne, dev.length));
  }
  figures.articles_per_s_median = round(median(rates.batched.map((r) => r.wall)));
  figures.articles_per_s_one_by_one_median = round(median(rates.oneByOne.map((r) => r.wall)));
  // Per second of this process's CPU time: less sensitive to other jobs taking the core away
  // on a shared machine, and conservative (it also counts the garbage collector's helper threads).
  figures.articles_per_cpu_s_median = round(median(rates.batched.map((r) => r.cpu)));
  return figures;
}

/** Throughput only, for the untuned run. */
export async function runThroughputBench(): Promise<Figures> {
  const shared = sharedDir();
  if (!shared) return skip('reading-untuned', 'no shared folder (../shared or SITREP_SHARED)');
  const figures = measureThroughput(new Reader(), shared);
  figures.rss_mb = round(process.memoryUsage().rss / 2 ** 20);
  return figures;
}

interface Rate {
  /** Articles per second of wall-clock time. */
  wall: number;
  /** Articles per second of the process's CPU time (user + system, all threads). */
  cpu: number;
}

/** Runs `pass` (which reads `perPass` articles) for about a second; returns articles per second. */
function articlesPerSecond(pass: () => void, perPass: number): Rate {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  while (performance.now() - t0 < 1000) {
    pass();
    n += perPass;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  tuneV8();
  runReadingBench().then((f) => console.log(JSON.stringify(f, null, 2)));
}
