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

  /**
   * Averages, prunes and quantises. Rows updated fewer than `minHits` times are dropped (they
   * are mostly one-off word pairs); weights are scaled so the 99.99th percentile magnitude maps
   * to int16 range and anything rounding to zero is left out.
   */
  toSparse(minHits: number): SparseWeights {
    const C = this.nClasses;
    const entries = this.table.entries().filter(([, row]) => this.hits[row] >= minHits);
    entries.sort((a, b) => a[0] - b[0]);
    const avg = new Float32Array(C);
    const averagedRow = (row: number): Float32Array => {
      const w = this.w[row >>> 13];
      const u = this.u[row >>> 13];
      const base = (row & (CHUNK_ROWS - 1)) * C;
      for (let c = 0; c < C; c++) avg[c] = w[base + c] - u[base + c] / this.clock;
      return avg;
    };
    // Scale so the largest magnitude fills the int16 range: clipping the few big weights (bias,
    // frequent words) costs more accuracy than rounding the many tiny ones to zero.
    let top = 0;
    for (const [, row] of entries) {
      const a = averagedRow(row);
      for (let c = 0; c < C; c++) top = Math.max(top, Math.abs(a[c]));
    }
    const scale = 32767 / (top || 1);
    const keys: number[] = [];
    const lens: number[] = [];
    const cls: number[] = [];
    const ws: number[] = [];
    for (const [key, row] of entries) {
      const a = averagedRow(row);
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
    return inSlotOrder(
      SparseWeights.fromArrays(
        C,
        Int32Array.from(keys),
        Uint8Array.from(lens),
        Uint8Array.from(cls),
        Int16Array.from(ws),
      ),
    );
  }
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
export function inSlotOrder(weights: SparseWeights): SparseWeights {
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
  return SparseWeights.fromArrays(weights.nClasses, k2, l2, c2, w2);
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
export class SparseWeights {
  readonly nClasses: number;
  /** Sorted feature keys (the serialised form). */
  readonly keys: Int32Array;
  /** Number of (class, weight) pairs of each key. */
  readonly lens: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Int16Array;
  private readonly table: Int32Array;
  private readonly overflow: Int32Array;
  private readonly mask: number;
  /** Scratch for score(): the record offset of each feature, -1 when absent. */
  private found = new Int32Array(256);

  private constructor(nClasses: number, keys: Int32Array, lens: Uint8Array, cls: Uint8Array, w: Int16Array) {
    if (keys.length !== lens.length) throw new Error('key and length arrays disagree');
    if (cls.length !== w.length) throw new Error('class and weight arrays disagree');
    this.nClasses = nClasses;
    this.keys = keys;
    this.lens = lens;
    this.cls = cls;
    this.w = w;
    const cap = tableCapacity(keys.length);
    this.mask = cap - 1;
    this.table = new Int32Array(cap * REC);
    let overflowSize = 0;
    for (let i = 0; i < keys.length; i++) if (lens[i] > INLINE) overflowSize += lens[i] + 1;
    this.overflow = new Int32Array(overflowSize);
    const table = this.table;
    let src = 0;
    let dst = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 0) throw new Error('zero feature key');
      let slot = key & this.mask;
      while (table[slot * REC] !== 0) slot = (slot + 1) & this.mask;
      const rec = slot * REC;
      table[rec] = key;
      const len = lens[i];
      if (src + len > cls.length) throw new Error('weight arrays are too short');
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
      for (let j = 0; j < len; j++, src++) {
        const c = cls[src];
        if (c >= nClasses) throw new Error('class id out of range');
        arr[out + j] = (w[src] << 8) | c;
      }
    }
    if (src !== cls.length) throw new Error('weight arrays are too long');
  }

  static fromArrays(
    nClasses: number,
    keys: Int32Array,
    lens: Uint8Array,
    cls: Uint8Array,
    w: Int16Array,
  ): SparseWeights {
    return new SparseWeights(nClasses, keys, lens, cls, w);
  }

  /**
   * Adds the weights of the features to `scores`, which the caller zeroes. Two passes: first
   * find every feature's run, then add the runs. The table is far larger than the CPU cache, so
   * each lookup is a memory access; keeping the first loop free of the variable-length inner
   * loop lets the CPU overlap those accesses instead of waiting for each in turn.
   */
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    const table = this.table;
    const mask = this.mask;
    if (this.found.length < n) this.found = new Int32Array(n * 2);
    const found = this.found;
    for (let i = 0; i < n; i++) {
      const key = feats[i];
      let slot = key & mask;
      let k = table[slot * REC];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[slot * REC];
      }
      found[i] = k === key ? slot * REC : -1;
    }
    const overflow = this.overflow;
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
