/**
 * The neural parser: a two-layer BiLSTM with a biaffine arc scorer (in the manner of Dozat &
 * Manning), trained by `experiments/neural-parser/train.py` and shipped as int8 ONNX graphs in
 * `data/models/syntax/neural/`. ONNX Runtime runs the encoder and the label scorer; Eisner's
 * algorithm, here, picks the best projective tree with one root. It reads the words and the
 * tagger's tags, so it replaces only the linear parser's moves: tag fixes, retries and tree
 * edits in `SyntaxModel` still apply.
 *
 * The runtime's native binding is called directly because its `run` is synchronous, and the
 * pipeline is synchronous; the package's public API only wraps the same call in a promise.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../errors.js';

/** The directory of the shipped neural model. */
export const NEURAL_DIR = new URL('../../../../data/models/syntax/neural/', import.meta.url);
const ENCODER_FILE = 'parser.onnx';
const LABELLER_FILE = 'labels.onnx';
const VOCAB_FILE = 'vocab.json';

type Session = {
  loadModel(path: string, options: object): void;
  run(feeds: object, fetches: object, options: object): Record<string, { data: Float32Array }>;
};
type Binding = { InferenceSession: new () => Session };
type TensorClass = new (type: string, data: unknown, dims: number[]) => unknown;

/**
 * One thread, in order: the pipeline runs one article batch per core. Without the memory arena
 * and patterns, memory stays about 10 MB lower at no cost in speed.
 */
const SESSION_OPTIONS = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  enableCpuMemArena: false,
  enableMemPattern: false,
};

/** The word as the trainer saw it: lower case, and "0" for a token mostly of digits. */
export function normalizeWord(w: string): string {
  const l = w.toLowerCase();
  const digits = (l.match(/\d/g) ?? []).length;
  return digits > 0 && digits * 2 >= l.length ? '0' : l;
}

let runtime: { binding: Binding; Tensor: TensorClass } | null = null;

/** ONNX Runtime's native binding, loaded once; E041 when the package is not installed. */
function onnxRuntime(): { binding: Binding; Tensor: TensorClass } {
  if (runtime) return runtime;
  const require = createRequire(import.meta.url);
  try {
    const { binding, initOrt } = require('onnxruntime-node/dist/binding');
    initOrt();
    runtime = { binding, Tensor: require('onnxruntime-common').Tensor };
    return runtime;
  } catch (err) {
    throw new SitrepError('E041', { reason: (err as Error).message.split('\n')[0] });
  }
}

interface Vocabulary {
  words: string[];
  glove: string[];
  tags: string[];
  labels: string[];
}

export class NeuralParser {
  private readonly encoder: Session;
  private readonly labeller: Session;
  private readonly words: Map<string, number>;
  private readonly glove: Map<string, number>;
  private readonly tags: Map<string, number>;
  readonly labels: string[];
  private readonly Tensor: TensorClass;

  /** Loads the model from `dir`; a missing or corrupt file is E043 naming it and how to rebuild it. */
  constructor(dir: string | URL = NEURAL_DIR) {
    const base = dir instanceof URL ? fileURLToPath(dir) : dir;
    const { binding, Tensor } = onnxRuntime();
    this.Tensor = Tensor;
    const session = (name: string): Session => {
      const s = new binding.InferenceSession();
      try {
        s.loadModel(join(base, name), SESSION_OPTIONS);
      } catch (err) {
        throw new SitrepError('E043', { file: join(base, name), reason: (err as Error).message });
      }
      return s;
    };
    this.encoder = session(ENCODER_FILE);
    this.labeller = session(LABELLER_FILE);
    const vocab = readVocabulary(join(base, VOCAB_FILE));
    // Ids 0 and 1 are padding and unknown words; tag id 0 is an unknown tag.
    const index = (list: string[], offset: number) => new Map(list.map((w, i) => [w, i + offset]));
    this.words = index(vocab.words, 2);
    this.glove = index(vocab.glove, 2);
    this.tags = index(vocab.tags, 1);
    this.labels = vocab.labels;
  }

  /** Heads 0-based (-1 root) and label names for sentences of forms and "UPOS|XPOS" tags. */
  parseMany(
    batch: { forms: readonly string[]; tags: readonly string[] }[],
  ): { heads: Int32Array; labels: string[] }[] {
    const B = batch.length;
    const n = Math.max(1, ...batch.map((s) => s.forms.length));
    const w = new BigInt64Array(B * n);
    const g = new BigInt64Array(B * n);
    const t = new BigInt64Array(B * n);
    const lens = new Int32Array(B);
    batch.forEach((s, b) => {
      lens[b] = Math.max(1, s.forms.length);
      s.forms.forEach((f, j) => {
        const k = normalizeWord(f);
        w[b * n + j] = BigInt(this.words.get(k) ?? 1);
        g[b * n + j] = BigInt(this.glove.get(k) ?? 1);
        t[b * n + j] = BigInt(this.tags.get(s.tags[j]) ?? 0);
      });
    });
    const T = this.Tensor;
    const out = this.encoder.run(
      {
        w: new T('int64', w, [B, n]),
        g: new T('int64', g, [B, n]),
        t: new T('int64', t, [B, n]),
        lens: new T('int32', lens, [B]),
      },
      { arc: null, ld: null, lh: null },
      {},
    );
    const arc = out.arc.data;
    const m = n + 1;
    const allHeads = batch.map((s, b) => {
      const len = s.forms.length;
      const mm = len + 1;
      const sc = new Float32Array(mm * mm);
      for (let d = 1; d <= len; d++)
        for (let h = 0; h <= len; h++) sc[h * mm + d] = arc[b * m * m + d * m + h];
      return eisner(sc, len);
    });
    const hd = new BigInt64Array(B * m);
    allHeads.forEach((h, b) => {
      for (let d = 0; d < h.length; d++) hd[b * m + d] = BigInt(h[d]);
    });
    const lo = this.labeller.run(
      { ld: out.ld, lh: out.lh, heads: new T('int64', hd, [B, m]) },
      { scores: null },
      {},
    );
    const sc = lo.scores.data;
    const NL = this.labels.length;
    return batch.map((s, b) => {
      const len = s.forms.length;
      const heads = new Int32Array(len);
      const labels: string[] = [];
      for (let d = 1; d <= len; d++) {
        heads[d - 1] = allHeads[b][d] - 1;
        const o = (b * m + d) * NL;
        let best = -Infinity;
        let arg = 0;
        for (let l = 0; l < NL; l++)
          if (sc[o + l] > best) {
            best = sc[o + l];
            arg = l;
          }
        labels.push(allHeads[b][d] === 0 ? 'root' : this.labels[arg] === 'root' ? 'dep' : this.labels[arg]);
      }
      return { heads, labels };
    });
  }
}

/** The vocabularies the model was trained with; E043 when the file is missing or malformed. */
function readVocabulary(file: string): Vocabulary {
  let vocab: Partial<Vocabulary>;
  try {
    vocab = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SitrepError('E043', { file, reason: (err as Error).message });
  }
  for (const key of ['words', 'glove', 'tags', 'labels'] as const)
    if (!Array.isArray(vocab[key])) throw new SitrepError('E043', { file, reason: `no "${key}" list` });
  return vocab as Vocabulary;
}

/** Eisner's projective decoding with one root; score[h * (n + 1) + d], position 0 the root. */
export function eisner(score: Float32Array, n: number): Int32Array {
  const m = n + 1;
  const N = n + 1;
  const heads = new Int32Array(n + 1);
  if (n <= 1) return heads;
  const C0 = new Float64Array(N * N).fill(Number.NEGATIVE_INFINITY);
  const C1 = new Float64Array(N * N).fill(Number.NEGATIVE_INFINITY);
  const I0 = new Float64Array(N * N).fill(Number.NEGATIVE_INFINITY);
  const I1 = new Float64Array(N * N).fill(Number.NEGATIVE_INFINITY);
  const bC0 = new Int32Array(N * N);
  const bC1 = new Int32Array(N * N);
  const bI = new Int32Array(N * N);
  for (let i = 1; i <= n; i++) {
    C0[i * N + i] = 0;
    C1[i * N + i] = 0;
  }
  for (let k = 1; k < n; k++) {
    for (let s = 1; s + k <= n; s++) {
      const t = s + k;
      let best = Number.NEGATIVE_INFINITY;
      let arg = s;
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
      best = Number.NEGATIVE_INFINITY;
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
      best = Number.NEGATIVE_INFINITY;
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
  let best = Number.NEGATIVE_INFINITY;
  let root = 1;
  for (let r = 1; r <= n; r++) {
    const v = score[r] + C0[N + r] + C1[r * N + n];
    if (v > best) {
      best = v;
      root = r;
    }
  }
  heads[root] = 0;
  const stack: [number, number, number][] = [
    [1, root, 0],
    [root, n, 1],
  ];
  while (stack.length > 0) {
    const [s, t, kind] = stack.pop() as [number, number, number];
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
