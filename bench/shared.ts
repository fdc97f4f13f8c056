/**
 * Where the benchmark data lives. Benchmarks read the project's shared folder (gold sets,
 * treebanks) which users who clone the repository do not have: every benchmark asks here first
 * and skips with a message when it is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ?? join(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function skip(name: string, why: string): Record<string, string> {
  console.log(`[${name}] skipped: ${why}`);
  return { skipped: why };
}
