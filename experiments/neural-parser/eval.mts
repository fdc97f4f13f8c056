// TS runtime prototype: sync ONNX Runtime binding, Eisner decoding with one root, labels; scores EWT dev/test/PUD

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { binding, initOrt } = require('onnxruntime-node/dist/binding');
const { Tensor } = require('onnxruntime-common');
const [base, batchArg = '64'] = process.argv.slice(2);
initOrt();
const session = new binding.InferenceSession();
session.loadModel(`${base}.onnx`, {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
});
const labelSession = new binding.InferenceSession();
labelSession.loadModel(`${base}.labels.onnx`, {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
});
const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
const index = (list: string[], offset: number) => new Map(list.map((w, i) => [w, i + offset]));
const words = index(meta.words, 2),
  glove = index(meta.glove, 2),
  tags = index(meta.tags, 1);
const labels: string[] = meta.labels;
const L = meta.labelWeights;
const K = L['Ld.weight'][0].length;
const NL = labels.length;
const flat = (m: number[][]) => Float32Array.from(m.flat());
const Ldiag = flat(L['Ldiag.weight']),
  Ld = flat(L['Ld.weight']),
  Lh = flat(L['Lh.weight']),
  Lb = Float32Array.from(L['Ld.bias']);
function norm(w: string): string {
  const l = w.toLowerCase();
  const digits = (l.match(/\d/g) ?? []).length;
  return digits > 0 && digits * 2 >= l.length ? '0' : l;
}
/** Eisner's algorithm with a single root: scores[h * m + d] for m = n + 1 positions (0 = root). */
function eisner(score: Float32Array, n: number, m: number): Int32Array {
  const N = n + 1; // positions 0..n, but spans are built over 1..n
  const C0 = new Float64Array(N * N).fill(-Infinity),
    C1 = new Float64Array(N * N).fill(-Infinity);
  const I0 = new Float64Array(N * N).fill(-Infinity),
    I1 = new Float64Array(N * N).fill(-Infinity);
  const bC0 = new Int32Array(N * N),
    bC1 = new Int32Array(N * N),
    bI = new Int32Array(N * N);
  for (let i = 1; i <= n; i++) {
    C0[i * N + i] = 0;
    C1[i * N + i] = 0;
  }
  for (let k = 1; k < n; k++) {
    for (let s = 1; s + k <= n; s++) {
      const t = s + k;
      let best = -Infinity,
        arg = s;
      for (let r = s; r < t; r++) {
        const v = C1[s * N + r] + C0[(r + 1) * N + t];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      I0[s * N + t] = best + score[t * m + s];
      I1[s * N + t] = best + score[s * m + t];
      bI[s * N + t] = arg;
      best = -Infinity;
      arg = s;
      for (let r = s; r < t; r++) {
        const v = C0[s * N + r] + I0[r * N + t];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      C0[s * N + t] = best;
      bC0[s * N + t] = arg;
      best = -Infinity;
      arg = s + 1;
      for (let r = s + 1; r <= t; r++) {
        const v = I1[s * N + r] + C1[r * N + t];
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      C1[s * N + t] = best;
      bC1[s * N + t] = arg;
    }
  }
  let best = -Infinity,
    root = 1;
  for (let r = 1; r <= n; r++) {
    const v = score[0 * m + r] + C0[1 * N + r] + C1[r * N + n];
    if (v > best) {
      best = v;
      root = r;
    }
  }
  const heads = new Int32Array(n + 1);
  heads[root] = 0;
  const stack: [number, number, number][] = [
    [1, root, 0],
    [root, n, 1],
  ]; // [s, t, kind] kind 0=C0 1=C1 2=I0 3=I1
  while (stack.length) {
    const [s, t, kind] = stack.pop()!;
    if (s === t) continue;
    if (kind === 0) {
      const r = bC0[s * N + t];
      stack.push([s, r, 0], [r, t, 2]);
    } else if (kind === 1) {
      const r = bC1[s * N + t];
      stack.push([s, r, 3], [r, t, 1]);
    } else {
      const r = bI[s * N + t];
      if (kind === 2) heads[s] = t;
      else heads[t] = s;
      stack.push([s, r, 1], [r + 1, t, 0]);
    }
  }
  return heads;
}
type Sent = { forms: string[]; tags: string[]; heads: number[]; labels: string[] };
function read(file: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { forms: [], tags: [], heads: [], labels: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) {
      if (cur.forms.length) out.push(cur);
      cur = { forms: [], tags: [], heads: [], labels: [] };
      continue;
    }
    const c = line.split('\t');
    cur.forms.push(c[0]);
    cur.tags.push(c[1]);
    cur.heads.push(+c[2]);
    cur.labels.push(c[3]);
  }
  if (cur.forms.length) out.push(cur);
  return out;
}
function parseBatch(batch: Sent[]): { heads: Int32Array; labels: string[] }[] {
  const B = batch.length,
    n = Math.max(...batch.map((s) => s.forms.length));
  const w = new BigInt64Array(B * n),
    g = new BigInt64Array(B * n),
    t = new BigInt64Array(B * n),
    lens = new Int32Array(B);
  batch.forEach((s, b) => {
    lens[b] = s.forms.length;
    s.forms.forEach((f, j) => {
      const k = norm(f);
      w[b * n + j] = BigInt(words.get(k) ?? 1);
      g[b * n + j] = BigInt(glove.get(k) ?? 1);
      t[b * n + j] = BigInt(tags.get(s.tags[j]) ?? 0);
    });
  });
  const out = session.run(
    {
      w: new Tensor('int64', w, [B, n]),
      g: new Tensor('int64', g, [B, n]),
      t: new Tensor('int64', t, [B, n]),
      lens: new Tensor('int32', lens, [B]),
    },
    { arc: null, ld: null, lh: null },
    {},
  );
  const arc = out.arc.data as Float32Array,
    ld = out.ld.data as Float32Array,
    lh = out.lh.data as Float32Array;
  const m = n + 1;
  const allHeads = batch.map((s, b) => {
    const len = s.forms.length,
      mm = len + 1;
    const sc = new Float32Array(mm * mm); // sc[h * mm + d]
    for (let d = 1; d <= len; d++) for (let h = 0; h <= len; h++) sc[h * mm + d] = arc[b * m * m + d * m + h];
    return eisner(sc, len, mm);
  });
  const hd = new BigInt64Array(B * m);
  allHeads.forEach((h, b) =>
    h.forEach((x, d) => {
      hd[b * m + d] = BigInt(x);
    }),
  );
  const lo = labelSession.run(
    { ld: out.ld, lh: out.lh, heads: new Tensor('int64', hd, [B, m]) },
    { scores: null },
    {},
  );
  const sc = lo.scores.data as Float32Array;
  return batch.map((s, b) => {
    const labs: string[] = [];
    for (let d = 1; d <= s.forms.length; d++) {
      const o = (b * m + d) * NL;
      let best = -Infinity,
        arg = 0;
      for (let l = 0; l < NL; l++)
        if (sc[o + l] > best) {
          best = sc[o + l];
          arg = l;
        }
      labs.push(labels[arg]);
    }
    return { heads: allHeads[b], labels: labs };
  });
}
const B = +batchArg;
for (const name of ['dev', 'test', 'pud']) {
  const sents = read(`out/${name}.tsv`);
  const order = sents.map((_, i) => i).sort((a, b) => sents[a].forms.length - sents[b].forms.length);
  let ua = 0,
    la = 0,
    tot = 0;
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    ua = la = tot = 0;
    for (let i = 0; i < order.length; i += B) {
      const batch = order.slice(i, i + B).map((k) => sents[k]);
      const res = parseBatch(batch);
      res.forEach((r, bi) => {
        const s = batch[bi];
        for (let j = 0; j < s.forms.length; j++) {
          tot++;
          if (r.heads[j + 1] === s.heads[j]) {
            ua++;
            if (r.labels[j] === s.labels[j]) la++;
          }
        }
      });
    }
    times.push((tot / (performance.now() - t0)) * 1000);
  }
  times.sort((a, b) => a - b);
  console.log(
    name,
    'uas',
    ((100 * ua) / tot).toFixed(2),
    'las',
    ((100 * la) / tot).toFixed(2),
    'tok/s',
    times.map((x) => x.toFixed(0)).join(' '),
  );
}
