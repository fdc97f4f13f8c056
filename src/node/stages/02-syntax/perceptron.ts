/**
 * Linear multi-class models over hashed features.
 *
 * Training uses `AveragedPerceptron`: dense rows of class weights, allocated only for features
 * that take part in an update, averaged with the "w - u/c" trick (Daumé 2006) so an update
 * touches two numbers per feature instead of the whole history.
 *
 * Inference uses `SparseWeights`: the averaged weights quantised to int16 and stored per feature
 * as (class, weight) pairs, which is both what gets written to disk and the fastest layout to
 * score, since most features carry weight for only a few classes.
 */

/** Open-addressing map from a non-zero int32 key to a row number. */
export class KeyTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Returns the existing row of `key`, or stores `row` for it and returns -1. */
  putIfAbsent(key: number, row: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) {
        keys[slot] = key;
        this.rows[slot] = row;
        this.size++;
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.putIfAbsent(oldKeys[i], oldRows[i]);
  }

  /** Every (key, row) pair, in slot order. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out.push([this.keys[i], this.rows[i]]);
    return out;
  }
}

const CHUNK_ROWS = 1 << 13;

export class AveragedPerceptron {
  readonly nClasses: number;
  readonly table = new KeyTable(1 << 16);
  private w: Float32Array[] = [];
  private u: Float64Array[] = [];
  /** Number of updates each row took part in; rare rows are pruned at export. */
  private hits: Int32Array = new Int32Array(CHUNK_ROWS);
  rows = 0;
  /** Update clock: one tick per training example. */
  clock = 1;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
  }

  /** Adds the raw (not averaged) weights of the features to `scores`, which the caller zeroes. */
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    const C = this.nClasses;
    for (let i = 0; i < n; i++) {
      const row = this.table.get(feats[i]);
      if (row < 0) continue;
      const chunk = this.w[row >>> 13];
      const base = (row & (CHUNK_ROWS - 1)) * C;
      for (let c = 0; c < C; c++) scores[c] += chunk[base + c];
    }
  }

  private rowOf(key: number): number {
    const found = this.table.putIfAbsent(key, this.rows);
    if (found >= 0) return found;
    const row = this.rows++;
    if ((row & (CHUNK_ROWS - 1)) === 0) {
      this.w.push(new Float32Array(CHUNK_ROWS * this.nClasses));
      this.u.push(new Float64Array(CHUNK_ROWS * this.nClasses));
    }
    if (row >= this.hits.length) {
      const bigger = new Int32Array(this.hits.length * 2);
      bigger.set(this.hits);
      this.hits = bigger;
    }
    return row;
  }

  /** Moves weight from the predicted class to the gold one for every feature. */
  update(feats: Int32Array, n: number, gold: number, pred: number): void {
    if (gold === pred) return;
    const C = this.nClasses;
    const t = this.clock;
    for (let i = 0; i < n; i++) {
      const row = this.rowOf(feats[i]);
      this.hits[row]++;
      const w = this.w[row >>> 13];
      const u = this.u[row >>> 13];
      const base = (row & (CHUNK_ROWS - 1)) * C;
      w[base + gold] += 1;
      u[base + gold] += t;
      w[base + pred] -= 1;
      u[base + pred] -= t;
    }
  }

  tick(): void {
    this.clock++;
  }

  /** Adds this model's averaged weights of `key` to `out`; returns false if the key has no row. */
  addAveraged(key: number, out: Float32Array): boolean {
    const row = this.table.get(key);
    if (row < 0) return false;
    const C = this.nClasses;
    const w = this.w[row >>> 13];
    const u = this.u[row >>> 13];
    const base = (row & (CHUNK_ROWS - 1)) * C;
    for (let c = 0; c < C; c++) out[c] += w[base + c] - u[base + c] / this.clock;
    return true;
  }

  /** Number of updates the row of `key` took part in (0 when it has none). */
  hitsOf(key: number): number {
    const row = this.table.get(key);
    return row < 0 ? 0 : this.hits[row];
  }

  /** The keys of every row. */
  keys(): number[] {
    return this.table.entries().map(([key]) => key);
  }

  /** Averages, prunes and quantises this model alone (see mixedArrays). */
  toArrays(minHits: number): WeightArrays {
    return mixedArrays([this], minHits);
  }
}

/**
 * Averages, prunes and quantises one or more models of the same classes, trained apart (on
 * different shuffles): the mean of their averaged weights, a cheap ensemble that costs nothing
 * at run time beyond the extra keys. Keys updated fewer than `minHits` times in all models
 * together are dropped (they are mostly one-off word pairs); weights are scaled so the largest
 * magnitude maps to the int16 range and anything rounding to zero is left out.
 */
export function mixedArrays(models: readonly AveragedPerceptron[], minHits: number): WeightArrays {
  const C = models[0].nClasses;
  const all = new Set<number>();
  for (const m of models) for (const key of m.keys()) all.add(key);
  const keys0 = [...all]
    .filter((key) => models.reduce((sum, m) => sum + m.hitsOf(key), 0) >= minHits)
    .sort((a, b) => a - b);
  const avg = new Float32Array(C);
  const mean = (key: number): Float32Array => {
    avg.fill(0);
    for (const m of models) m.addAveraged(key, avg);
    for (let c = 0; c < C; c++) avg[c] /= models.length;
    return avg;
  };
  // Scale so the largest magnitude fills the int16 range: clipping the few big weights (bias,
  // frequent words) costs more accuracy than rounding the many tiny ones to zero.
  let top = 0;
  for (const key of keys0) {
    const a = mean(key);
    for (let c = 0; c < C; c++) top = Math.max(top, Math.abs(a[c]));
  }
  const scale = 32767 / (top || 1);
  const keys: number[] = [];
  const lens: number[] = [];
  const cls: number[] = [];
  const ws: number[] = [];
  for (const key of keys0) {
    const a = mean(key);
    let len = 0;
    for (let c = 0; c < C; c++) {
      const q = Math.max(-32767, Math.min(32767, Math.round(a[c] * scale)));
      if (q === 0) continue;
      cls.push(c);
      ws.push(q);
      len++;
    }
    if (len === 0) continue;
    keys.push(key);
    lens.push(len);
  }
  return inSlotOrder({
    nClasses: C,
    keys: Int32Array.from(keys),
    lens: Uint8Array.from(lens),
    cls: Uint8Array.from(cls),
    w: Int16Array.from(ws),
  });
}

/**
 * Quantised weights as stored on disk: sorted feature keys, the number of (class, weight) pairs
 * of each key, and the pairs' classes and int16 weights, concatenated.
 */
export interface WeightArrays {
  readonly nClasses: number;
  readonly keys: Int32Array;
  readonly lens: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Int16Array;
}

function checkArrays(a: WeightArrays): void {
  if (a.keys.length !== a.lens.length) throw new Error('key and length arrays disagree');
  if (a.cls.length !== a.w.length) throw new Error('class and weight arrays disagree');
  let total = 0;
  for (let i = 0; i < a.lens.length; i++) total += a.lens[i];
  if (total !== a.cls.length) throw new Error('weight arrays do not match the run lengths');
  for (let i = 0; i < a.cls.length; i++) if (a.cls[i] >= a.nClasses) throw new Error('class id out of range');
  for (let i = 0; i < a.keys.length; i++) if (a.keys[i] === 0) throw new Error('zero feature key');
}

function tableCapacity(nKeys: number): number {
  let cap = 1024;
  while (cap < nKeys * 2) cap *= 2;
  return cap;
}

/**
 * The same weights with keys ordered by their home slot in the lookup table, so that building
 * the table at load time writes it front to back instead of jumping around 16 MB of memory:
 * this is most of what keeps model loading well under half a second.
 */
export function inSlotOrder(weights: WeightArrays): WeightArrays {
  const { keys, lens, cls, w } = weights;
  const mask = tableCapacity(keys.length) - 1;
  const starts = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) starts[i + 1] = starts[i] + lens[i];
  const order = Array.from(keys.keys()).sort(
    (a, b) => (keys[a] & mask) - (keys[b] & mask) || keys[a] - keys[b],
  );
  const k2 = new Int32Array(keys.length);
  const l2 = new Uint8Array(keys.length);
  const c2 = new Uint8Array(cls.length);
  const w2 = new Int16Array(w.length);
  let at = 0;
  order.forEach((src, i) => {
    k2[i] = keys[src];
    l2[i] = lens[src];
    c2.set(cls.subarray(starts[src], starts[src + 1]), at);
    w2.set(w.subarray(starts[src], starts[src + 1]), at);
    at += lens[src];
  });
  return { nClasses: weights.nClasses, keys: k2, lens: l2, cls: c2, w: w2 };
}

/**
 * What both run-time layouts share: the serialised arrays (kept to write the model back out)
 * and an open-addressing table of fixed-size records, sized for the keys.
 */
abstract class StoredWeights implements WeightArrays {
  readonly nClasses: number;
  readonly keys: Int32Array;
  readonly lens: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Int16Array;
  protected readonly mask: number;

  constructor(arrays: WeightArrays) {
    checkArrays(arrays);
    this.nClasses = arrays.nClasses;
    this.keys = arrays.keys;
    this.lens = arrays.lens;
    this.cls = arrays.cls;
    this.w = arrays.w;
    this.mask = tableCapacity(arrays.keys.length) - 1;
  }

  /** The first free record for `key` in a table of `size`-word records (linear probing). */
  protected freeRecord(table: Int32Array, size: number, key: number): number {
    let slot = key & this.mask;
    while (table[slot * size] !== 0) slot = (slot + 1) & this.mask;
    return slot * size;
  }
}

/**
 * Reads the home slot of every feature once, with no branch on what it finds. The tables are
 * far larger than the CPU cache, and the probing loops branch on each loaded key (hit, empty or
 * collision), so a mispredicted branch there stalls on one cache miss at a time; this loop lets
 * the CPU have all the misses in flight together, and the probing that follows hits the cache.
 * Returns a value derived from the loads only so that they cannot be dropped as dead code.
 */
function touchHomes(
  table: Int32Array,
  mask: number,
  size: number,
  feats: Int32Array,
  from: number,
  end: number,
): number {
  let sink = 0;
  for (let i = from; i < end; i++) sink ^= table[(feats[i] & mask) * size];
  return sink;
}

/** Int32 words per lookup record: key, run info, then up to INLINE packed (class, weight) pairs. */
const REC = 8;
const INLINE = REC - 2;

/**
 * Read-only quantised weights: per feature key, a run of (class, int16 weight) pairs.
 * At load the runs are packed as `weight << 8 | class` words into the open-addressing table
 * itself: each slot is a 32-byte record holding the key, the run length and up to six pairs,
 * so scoring a feature (almost always) costs a single cache miss. The few longer runs live in
 * an overflow array; their record holds -(offset + 1) instead of the length.
 */
export class SparseWeights extends StoredWeights {
  private readonly table: Int32Array;
  private readonly overflow: Int32Array;
  /** Scratch for score(): the record offset of each feature, -1 when absent. */
  private found = new Int32Array(256);
  /** Keeps the result of touchHomes() observable so the loads are not optimised away. */
  sink = 0;

  constructor(arrays: WeightArrays) {
    super(arrays);
    const { keys, lens, cls, w } = arrays;
    this.table = new Int32Array((this.mask + 1) * REC);
    let overflowSize = 0;
    for (let i = 0; i < keys.length; i++) if (lens[i] > INLINE) overflowSize += lens[i] + 1;
    this.overflow = new Int32Array(overflowSize);
    const table = this.table;
    let src = 0;
    let dst = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const rec = this.freeRecord(table, REC, key);
      table[rec] = key;
      const len = lens[i];
      let out = rec + 2;
      let arr = table;
      if (len <= INLINE) table[rec + 1] = len;
      else {
        table[rec + 1] = -(dst + 1);
        this.overflow[dst] = len;
        out = dst + 1;
        arr = this.overflow;
        dst += len + 1;
      }
      for (let j = 0; j < len; j++, src++) arr[out + j] = (w[src] << 8) | cls[src];
    }
  }

  /**
   * Starts loading the records of feats[from, end) into the cache without using them, for a
   * caller that knows the keys of several lookups before it needs their results.
   */
  prefetch(feats: Int32Array, from: number, end: number): void {
    this.sink = touchHomes(this.table, this.mask, REC, feats, from, end);
  }

  /**
   * Adds the weights of the features to `scores`, which the caller zeroes. Two passes: first
   * find every feature's run, then add the runs. The table is far larger than the CPU cache, so
   * each lookup is a memory access; keeping the first loop free of the variable-length inner
   * loop lets the CPU overlap those accesses instead of waiting for each in turn. The features
   * are feats[from, from + n), so a caller can keep several words' features in one buffer.
   */
  score(feats: Int32Array, n: number, scores: Int32Array, from = 0): void {
    const table = this.table;
    const mask = this.mask;
    if (this.found.length < n) this.found = new Int32Array(n * 2);
    const found = this.found;
    this.sink = touchHomes(table, mask, REC, feats, from, from + n);
    for (let i = 0; i < n; i++) {
      const key = feats[from + i];
      let slot = key & mask;
      let k = table[slot * REC];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[slot * REC];
      }
      found[i] = k === key ? slot * REC : -1;
    }
    const overflow = this.overflow;
    // Long runs (a third of the label classifier's keys) are a second miss, in the overflow
    // array, that only the record points to: start those loads together too.
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const rec = found[i];
      if (rec >= 0 && table[rec + 1] < 0) sink ^= overflow[-table[rec + 1] - 1];
    }
    this.sink ^= sink;
    for (let i = 0; i < n; i++) {
      const rec = found[i];
      if (rec < 0) continue;
      const info = table[rec + 1];
      if (info >= 0) {
        const end = rec + 2 + info;
        for (let at = rec + 2; at < end; at++) {
          const v = table[at];
          scores[v & 255] += v >> 8;
        }
      } else {
        let at = -info - 1;
        const end = at + 1 + overflow[at];
        for (at++; at < end; at++) {
          const v = overflow[at];
          scores[v & 255] += v >> 8;
        }
      }
    }
  }
}

/** Int32 words per record of MoveWeights: the key, then two weights packed as int16s. */
const MOVE_REC = 2;

/** Packed weights of a record whose weights need more than 16 bits: look in `wide`. */
const WIDE = -0x7fff8000; // 0x80008000: both halves -32768, which no stored difference uses

/**
 * Read-only weights of a classifier with at most three classes (the parser's moves), stored
 * densely in 8-byte records: the key and the weights of classes 1 and 2 minus that of class 0.
 * A decision only compares scores, and taking the same feature's class-0 weight from all three
 * keeps every difference between them, so class 0 needs no storage; this halves the largest
 * table of the model (16 to 8 MB), so more of it stays in the CPU cache. The few features whose
 * differences do not fit 16 bits keep theirs, as full integers, in a small side table.
 */
export class MoveWeights extends StoredWeights {
  private readonly table: Int32Array;
  /** key → [0, w1 − w0, w2 − w0] for the records marked WIDE. */
  private readonly wide = new Map<number, Int32Array>();

  constructor(arrays: WeightArrays) {
    super(arrays);
    if (arrays.nClasses > 3) throw new Error(`${arrays.nClasses} classes do not fit a move record`);
    const { keys, lens, cls, w } = arrays;
    const table = new Int32Array((this.mask + 1) * MOVE_REC);
    const row = [0, 0, 0];
    let src = 0;
    for (let i = 0; i < keys.length; i++) {
      row.fill(0);
      for (let j = 0; j < lens[i]; j++, src++) row[cls[src]] = w[src];
      const d1 = row[1] - row[0];
      const d2 = row[2] - row[0];
      const rec = this.freeRecord(table, MOVE_REC, keys[i]);
      table[rec] = keys[i];
      if (fitsInt16(d1) && fitsInt16(d2) && !(d1 === -32768 && d2 === -32768)) {
        table[rec + 1] = (d1 << 16) | (d2 & 0xffff);
      } else {
        table[rec + 1] = WIDE;
        this.wide.set(keys[i], Int32Array.of(0, d1, d2));
      }
    }
    this.table = table;
  }

  /** Keeps the result of touchHomes() observable so the loads are not optimised away. */
  sink = 0;

  /**
   * Sets scores[0..2] to the summed weights of the features, less the same amount for every
   * class (no zeroing needed): compare them, never read them as absolute scores.
   */
  score(feats: Int32Array, n: number, scores: Int32Array): void {
    scores[0] = 0;
    scores[1] = 0;
    scores[2] = 0;
    this.add(feats, 0, n, scores);
  }

  /** Adds the weights of feats[from, end) to scores[0..2], on the scale score() set. */
  add(feats: Int32Array, from: number, end: number, scores: Int32Array): void {
    const table = this.table;
    const mask = this.mask;
    this.sink = touchHomes(table, mask, MOVE_REC, feats, from, end);
    // The table length is a power of two, so this wraps a record offset to the start.
    const wrap = table.length - 1;
    let b = scores[1];
    let c = scores[2];
    for (let i = from; i < end; i++) {
      const key = feats[i];
      let rec = (key & mask) * MOVE_REC;
      let k = table[rec];
      while (k !== key) {
        if (k === 0) break;
        rec = (rec + MOVE_REC) & wrap;
        k = table[rec];
      }
      if (k === 0) continue;
      const packed = table[rec + 1];
      if (packed === WIDE) {
        const row = this.wide.get(key) as Int32Array;
        b += row[1];
        c += row[2];
      } else {
        b += packed >> 16;
        c += (packed << 16) >> 16;
      }
    }
    scores[1] = b;
    scores[2] = c;
  }
}

function fitsInt16(x: number): boolean {
  return x >= -32768 && x <= 32767;
}
