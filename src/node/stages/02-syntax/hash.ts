/**
 * Integer hashing for feature keys. Features are tuples of small integers (a template id and
 * word/tag/label ids) mixed into one non-zero int32, so the hot path never builds a string.
 * The mixing steps are MurmurHash3's; 0 is reserved as the "empty slot" marker of the tables.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const SEED = 0x2f6b1a3d;

function step(h: number, k: number): number {
  let x = Math.imul(k, C1);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, C2);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x === 0 ? 1 : x;
}

/**
 * The state after mixing in the template id, which is a small constant at every call site:
 * computed once here, it saves one of the two to five mixing steps of each feature (the keys,
 * and so the trained model, are unchanged).
 */
const TEMPLATE_STATES = Int32Array.from({ length: 2048 }, (_, t) => step(SEED, t));

function start(t: number): number {
  return t >= 0 && t < 2048 ? TEMPLATE_STATES[t] : step(SEED, t);
}

export function h1(t: number, a: number): number {
  return finish(step(start(t), a));
}

export function h2(t: number, a: number, b: number): number {
  return finish(step(step(start(t), a), b));
}

export function h3(t: number, a: number, b: number, c: number): number {
  return finish(step(step(step(start(t), a), b), c));
}

export function h4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(step(step(step(step(start(t), a), b), c), d));
}

/** FNV-1a over the UTF-16 code units of s[start, end), seeded so equal strings in different roles differ. */
export function hashString(s: string, start: number, end: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
