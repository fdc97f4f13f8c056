/**
 * One V8 setting that makes sitrep about a fifth cheaper in CPU time, for the CLI, the server, the
 * benchmarks and any program that embeds the library and calls `tuneV8()` at start-up.
 *
 * Why: when TurboFan inlines `Array.prototype.map` into an optimised function, the arrays it
 * returns are HOLEY; the same call run by the builtin (before optimisation, or after a
 * deoptimisation) returns PACKED ones. The two have different hidden classes, so every function
 * optimised on one kind is deoptimised ("wrong map") when it meets the other, and every such
 * deoptimisation changes which kind its own `.map` calls return. In the pipeline, which passes
 * arrays made by `.map` and `.filter` from stage to stage, this never settled: about 190
 * deoptimisations and 3.1–3.9 s of compiler time per 40 passes over the 30 dev articles, a fifth of
 * all CPU time (the largest functions, 100+ ms to compile, were recompiled every few passes).
 * Without inlined array builtins: no deoptimisation after warm-up, 0.45 s of compiler time, and
 * the main thread no slower (measured: 102–114 against 79–91 articles per CPU-second).
 *
 * The flag is process-wide (worker threads included) and changes only how code is optimised,
 * never what it computes. Node warns that flags set after start-up may not take effect; this
 * one is read each time a function is optimised, so setting it early is enough.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--no-turbo-inline-array-builtins'] as const;

let tuned = false;

/** Applies `V8_FLAGS` once per process; later calls do nothing. */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
