/**
 * `npm run bench`: every benchmark of the project, one after the other (each in its own
 * process), figures printed and written to bench/out/figures.json. Benchmarks that need ../shared skip cleanly without it.
 * Run one alone with `node --import tsx bench/<name>.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tuneV8 } from '../src/node/runtime/tune-v8.js';
import { repoRoot } from './shared.js';

type Figures = Record<string, unknown>;

const BENCHES: [string, () => Promise<Figures>][] = [
  ['reading', async () => (await import('./reading.js')).runReadingBench()],
  ['reading-untuned', async () => (await import('./reading.js')).runThroughputBench()],
  ['time', async () => (await import('./time.js')).runTimeBench()],
  ['syntax', async () => (await import('./syntax.js')).runSyntaxBench()],
  ['syntax-neural', async () => (await import('./syntax.js')).runSyntaxBench(undefined, 'neural')],
  ['validation', async () => (await import('./validation.js')).runValidationBench()],
  ['store', async () => (await import('./store.js')).runStoreBench()],
  ['server', async () => (await import('./server.js')).runServerBench()],
];

/** Runs one benchmark in this process and prints its figures as one JSON line. */
async function child(name: string): Promise<void> {
  const run = BENCHES.find(([n]) => n === name)?.[1];
  if (!run) throw new Error(`no benchmark "${name}"`);
  // As the CLI does, except for the run that shows what an embedder gets without it.
  if (name !== 'reading-untuned') tuneV8();
  let figures: Figures;
  try {
    figures = await run();
  } catch (error) {
    figures = { error: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(`${CHILD_MARK}${JSON.stringify(figures)}\n`);
}

const CHILD_MARK = '@@figures ';

/**
 * Each benchmark runs in a process of its own, so that memory figures (RSS with the model
 * loaded) count that benchmark only, and no benchmark's heap slows the next one.
 */
function inChild(name: string): Figures {
  const out = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', name],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = out.stdout.split('\n').find((l) => l.startsWith(CHILD_MARK));
  if (!line) return { error: `benchmark process exited with ${out.status} and no figures` };
  return JSON.parse(line.slice(CHILD_MARK.length)) as Figures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]);
  const all: Record<string, Figures> = {};
  for (const [name] of BENCHES) {
    if (args.length > 0 && !args.includes(name)) continue;
    const started = performance.now();
    all[name] = inChild(name);
    console.log(`\n== ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(JSON.stringify(all[name], null, 2));
  }
  const out = join(repoRoot, 'bench/out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'figures.json'), `${JSON.stringify(all, null, 2)}\n`);
}

main();
