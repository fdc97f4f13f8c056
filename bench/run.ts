/**
 * `npm run bench`: every benchmark of the project, one after the other, figures printed and
 * written to bench/out/figures.json. Benchmarks that need ../shared skip cleanly without it.
 * Run one alone with `node --import tsx bench/<name>.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './shared.js';

type Figures = Record<string, unknown>;

const BENCHES: [string, () => Promise<Figures>][] = [
  ['reading', async () => (await import('./reading.js')).runReadingBench()],
  ['time', async () => (await import('./time.js')).runTimeBench()],
  ['syntax', async () => (await import('./syntax.js')).runSyntaxBench()],
  ['validation', async () => (await import('./validation.js')).runValidationBench()],
  ['store', async () => (await import('./store.js')).runStoreBench()],
  ['server', async () => (await import('./server.js')).runServerBench()],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const all: Record<string, Figures> = {};
  for (const [name, run] of BENCHES) {
    if (only.length > 0 && !only.includes(name)) continue;
    const started = performance.now();
    try {
      all[name] = await run();
    } catch (error) {
      all[name] = { error: error instanceof Error ? error.message : String(error) };
    }
    console.log(`\n== ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(JSON.stringify(all[name], null, 2));
  }
  const out = join(repoRoot, 'bench/out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'figures.json'), `${JSON.stringify(all, null, 2)}\n`);
}

main();
