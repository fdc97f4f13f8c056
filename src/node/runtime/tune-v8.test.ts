import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const tuneModule = fileURLToPath(new URL('./tune-v8.ts', import.meta.url));

/** In a fresh process: does an optimised function's `.map` return a HOLEY array? */
function optimisedMapIsHoley(tune: boolean): boolean {
  const script = `
    ${tune ? `const { tuneV8 } = await import(${JSON.stringify(tuneModule)}); tuneV8(); tuneV8();` : ''}
    const f = (xs) => xs.map((x) => ({ x }));
    new Function('f', '%PrepareFunctionForOptimization(f)')(f);
    f([1, 2]); f([3, 4]);
    new Function('f', '%OptimizeFunctionOnNextCall(f)')(f);
    const out = f([5, 6]);
    console.log(new Function('a', 'return %HasHoleyElements(a)')(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--allow-natives-syntax', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim() === 'true';
}

describe('tuneV8', () => {
  // The deoptimisation loop it stops starts here: inlined `.map` returns HOLEY arrays, the
  // builtin PACKED ones.
  it('without it, an optimised .map returns a HOLEY array', () =>
    assert.equal(optimisedMapIsHoley(false), true));
  it('with it, an optimised .map returns a PACKED array, as the builtin does', () =>
    assert.equal(optimisedMapIsHoley(true), false));
});
