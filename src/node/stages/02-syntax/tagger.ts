/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over the joint tag
 * "UPOS XPOS" (about 100 classes), so both tag sets come out consistent with each other.
 * Features are the classic ones (word, affixes, shape, a window of words, the two previous
 * predicted tags) plus the most frequent tag of the next words in training, which stands in for
 * the right-hand tags a greedy tagger cannot see yet.
 */
import { h1, h2, hashString } from './hash.js';
import { plainQuotes } from './lemmatizer.js';
import type { SparseWeights } from './perceptron.js';
import type { WordClasses } from './wordclasses.js';

const DIGIT = /[0-9]/;

/** Lower-cases, straightens quotes and maps digits to 0: the identity used for word features. */
export function normalizeForm(form: string): string {
  const plain = plainQuotes(form.toLowerCase());
  return DIGIT.test(plain) ? plain.replace(/[0-9]/g, '0') : plain;
}

const PAD = 2;
// Seeds of string-valued features, so a suffix and a word that spell alike hash apart.
const SEED_WORD = 11;
const SEED_FORM = 12;
const SEED_SUF = 20;
const SEED_PRE = 30;
const SEED_SHAPE = 40;
// Values standing for positions outside the sentence.
const BEFORE = 0x51a7;
const AFTER = 0x3e9d;
const UNKNOWN = 0x7a11;

function shapeHash(form: string): number {
  // Character classes with runs capped at two ("Ankara" → "Xxx", "U.S." → "X.X.", "2026" → "dd").
  let h = SEED_SHAPE | 0;
  let prev = -1;
  let run = 0;
  const n = Math.min(form.length, 40);
  for (let i = 0; i < n; i++) {
    const code = form.charCodeAt(i);
    let cls: number;
    if (code >= 65 && code <= 90) cls = 88;
    else if (code >= 97 && code <= 122) cls = 120;
    else if (code >= 48 && code <= 57) cls = 100;
    else if (code < 128) cls = code;
    else {
      const ch = form[i];
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      cls = lo === up ? 111 : ch === up ? 88 : 120;
    }
    if (cls === prev) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
      prev = cls;
    }
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Per-token string features of one sentence, hashed once and padded by two positions each side. */
export class Lex {
  readonly n: number;
  readonly norm: string[];
  readonly word: Int32Array;
  readonly form: Int32Array;
  readonly suf1: Int32Array;
  readonly suf2: Int32Array;
  readonly suf3: Int32Array;
  readonly suf4: Int32Array;
  readonly pre1: Int32Array;
  readonly pre2: Int32Array;
  readonly pre3: Int32Array;
  readonly shape: Int32Array;
  /** Most frequent training tag + 1, 0 when the word is rare or unseen. */
  readonly amb: Int32Array;
  /** The word's classes in the dictionary (wordclasses.ts), 0 when it has none. */
  readonly wc: Int32Array;

  constructor(words: readonly string[], ambiguity: ReadonlyMap<string, number>, classes?: WordClasses) {
    const n = words.length;
    this.n = n;
    const size = n + 2 * PAD;
    this.norm = new Array<string>(n);
    this.word = new Int32Array(size);
    this.form = new Int32Array(size);
    this.suf1 = new Int32Array(size);
    this.suf2 = new Int32Array(size);
    this.suf3 = new Int32Array(size);
    this.suf4 = new Int32Array(size);
    this.pre1 = new Int32Array(size);
    this.pre2 = new Int32Array(size);
    this.pre3 = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.amb = new Int32Array(size);
    this.wc = new Int32Array(size);
    for (const arr of [this.word, this.form, this.suf3, this.shape, this.amb, this.wc]) {
      arr[0] = BEFORE;
      arr[1] = BEFORE + 1;
      arr[size - 2] = AFTER;
      arr[size - 1] = AFTER + 1;
    }
    for (let i = 0; i < n; i++) {
      const raw = words[i];
      const norm = normalizeForm(raw);
      this.norm[i] = norm;
      const p = i + PAD;
      const len = norm.length;
      const amb = ambiguity.get(norm) ?? 0;
      // Words seen once in training look unknown, as unseen words do at run time: the model
      // then learns to tag unknown words from affixes and shape instead of word identity.
      this.word[p] = amb === 0 ? UNKNOWN : hashString(norm, 0, len, SEED_WORD);
      this.form[p] = amb === 0 ? UNKNOWN : hashString(raw, 0, Math.min(raw.length, 60), SEED_FORM);
      this.suf1[p] = hashString(norm, Math.max(0, len - 1), len, SEED_SUF + 1);
      this.suf2[p] = hashString(norm, Math.max(0, len - 2), len, SEED_SUF + 2);
      this.suf3[p] = hashString(norm, Math.max(0, len - 3), len, SEED_SUF + 3);
      this.suf4[p] = hashString(norm, Math.max(0, len - 4), len, SEED_SUF + 4);
      this.pre1[p] = hashString(norm, 0, Math.min(1, len), SEED_PRE + 1);
      this.pre2[p] = hashString(norm, 0, Math.min(2, len), SEED_PRE + 2);
      this.pre3[p] = hashString(norm, 0, Math.min(3, len), SEED_PRE + 3);
      this.shape[p] = shapeHash(raw);
      this.amb[p] = amb;
      this.wc[p] = classes?.get(norm) ?? 0;
    }
  }
}

export const TAGGER_MAX_FEATS = 48;
/** Counts of the keys written by wordFeatures() and firstPassFeatures(). */
const WORD_FEATS = 33;
const SECOND_FEATS = 7;

/** First-pass tag at i for second-pass features, with stand-ins past the end of the sentence. */
function firstAt(first: Int32Array, i: number): number {
  return i < first.length ? first[i] : AFTER + i - first.length;
}

/**
 * Fills `out` with the feature keys of token i given the two previous tags; returns the count.
 * With `first`, the tags of a first pass over the whole sentence, it adds the second pass's
 * features: the predicted tags to the right, which a left-to-right tagger cannot otherwise see.
 * The keys are those of the three groups the run-time tagger computes apart (below), so
 * training and tagging cannot disagree on them.
 */
export function taggerFeatures(
  lex: Lex,
  i: number,
  t1: number,
  t2: number,
  out: Int32Array,
  first?: Int32Array,
): number {
  let k = wordFeatures(lex, i, out, 0);
  if (first) k += firstPassFeatures(lex, i, first, out, k);
  return k + contextFeatures(lex, i, t1, t2, out, k, first);
}

/**
 * The run-time tagger computes the keys in three groups, because most of them depend on the
 * words only: those it hashes and prefetches for the whole sentence before tagging it, so that
 * the table lookups of all words are in flight together instead of one word's at a time. The
 * order of the keys within a word does not matter: the scores are sums of integers, exact in
 * any order.
 */

/** Keys of token i that depend on the words only, written at out[at...]; returns the count. */
export function wordFeatures(lex: Lex, i: number, out: Int32Array, at: number): number {
  const p = i + PAD;
  const { word, suf3, shape, amb } = lex;
  let k = at;
  out[k++] = h1(0, 0);
  out[k++] = h1(1, word[p]);
  out[k++] = h1(2, lex.form[p]);
  out[k++] = h1(3, lex.suf1[p]);
  out[k++] = h1(4, lex.suf2[p]);
  out[k++] = h1(5, suf3[p]);
  out[k++] = h1(6, lex.suf4[p]);
  out[k++] = h1(7, lex.pre1[p]);
  out[k++] = h1(8, lex.pre2[p]);
  out[k++] = h1(9, lex.pre3[p]);
  out[k++] = h1(10, shape[p]);
  out[k++] = h1(11, word[p - 1]);
  out[k++] = h1(12, word[p - 2]);
  out[k++] = h1(13, word[p + 1]);
  out[k++] = h1(14, word[p + 2]);
  out[k++] = h1(18, suf3[p - 1]);
  out[k++] = h1(19, suf3[p + 1]);
  out[k++] = h1(20, shape[p + 1]);
  out[k++] = h1(21, shape[p - 1]);
  out[k++] = h1(22, amb[p + 1]);
  out[k++] = h1(23, amb[p + 2]);
  out[k++] = h2(24, amb[p + 1], amb[p + 2]);
  out[k++] = h2(26, word[p], word[p + 1]);
  out[k++] = h2(27, word[p - 1], word[p]);
  out[k++] = h2(28, i === 0 ? 1 : 0, shape[p]);
  out[k++] = h2(30, word[p], amb[p + 1]);
  out[k++] = h1(31, amb[p]);
  out[k++] = h2(32, amb[p - 1], amb[p]);
  out[k++] = h2(34, amb[p], amb[p + 1]);
  out[k++] = h1(50, lex.wc[p]);
  out[k++] = h2(51, lex.wc[p], lex.suf2[p]);
  out[k++] = h1(52, lex.wc[p + 1]);
  out[k++] = h1(53, lex.wc[p - 1]);
  return k - at;
}

/** Second-pass keys of token i that depend on the words and the first pass's tags only. */
export function firstPassFeatures(
  lex: Lex,
  i: number,
  first: Int32Array,
  out: Int32Array,
  at: number,
): number {
  const p = i + PAD;
  const f0 = first[i];
  const f1 = firstAt(first, i + 1);
  const f2 = firstAt(first, i + 2);
  let k = at;
  out[k++] = h1(40, f0);
  out[k++] = h1(41, f1);
  out[k++] = h2(42, f1, f2);
  out[k++] = h2(44, lex.word[p], f1);
  out[k++] = h2(45, lex.suf3[p], f1);
  out[k++] = h2(46, f0, f1);
  out[k++] = h2(47, lex.shape[p], f1);
  return k - at;
}

/** Keys of token i that depend on the two previous tags of the current pass. */
export function contextFeatures(
  lex: Lex,
  i: number,
  t1: number,
  t2: number,
  out: Int32Array,
  at: number,
  first?: Int32Array,
): number {
  const p = i + PAD;
  let k = at;
  out[k++] = h1(15, t1);
  out[k++] = h2(16, t1, t2);
  out[k++] = h2(17, t1, lex.word[p]);
  out[k++] = h2(25, t1, lex.amb[p + 1]);
  out[k++] = h2(29, t1, lex.suf3[p]);
  out[k++] = h2(33, t1, lex.shape[p]);
  out[k++] = h2(54, t1, lex.wc[p]);
  if (first) out[k++] = h2(43, t1, firstAt(first, i + 1));
  return k - at;
}

/** Words of the per-sentence key buffer given to each token (TAGGER_MAX_FEATS rounded up). */
const ROW = 48;

/**
 * Runtime tagger: quantised weights plus the tag dictionary of unambiguous frequent words. With
 * second-pass weights it tags each sentence twice, the second time seeing the first pass's tags
 * to the right of each word.
 */
export class Tagger {
  readonly tags: readonly string[];
  private readonly weights: SparseWeights;
  private readonly second: SparseWeights | undefined;
  private readonly ambiguity: ReadonlyMap<string, number>;
  private readonly dictionary: ReadonlyMap<string, number>;
  private readonly scores: Int32Array;
  // Scratch for the words of one tagMany() call, grown to the most seen and reused.
  private margins = new Float64Array(64);
  /** Dictionary tag of each word, -1 for words the model tags. */
  private known = new Int32Array(64);
  /** ROW feature keys per word. */
  private keys = new Int32Array(64 * ROW);

  constructor(
    tags: readonly string[],
    weights: SparseWeights,
    ambiguity: ReadonlyMap<string, number>,
    dictionary: ReadonlyMap<string, number>,
    second?: SparseWeights,
    private readonly classes?: WordClasses,
  ) {
    this.tags = tags;
    this.weights = weights;
    this.second = second;
    this.ambiguity = ambiguity;
    this.dictionary = dictionary;
    this.scores = new Int32Array(weights.nClasses);
  }

  lex(words: readonly string[]): Lex {
    return new Lex(words, this.ambiguity, this.classes);
  }

  /**
   * First-pass score margin (best minus runner-up) above which the second pass keeps the first
   * pass's tag without scoring the word again: confident first-pass tags are almost never
   * changed. Weights are quantised so the largest maps to 32767, so the unit is stable across
   * retraining. On EWT dev 12000 skips most words (tagging 40% faster) for the same scores as
   * rescoring all (95.11/85.13/81.75 UPOS/UAS/LAS against 95.08/85.12/81.73); 3000 loses 0.1 UAS.
   */
  sureMargin = 12000;

  /** Returns tag ids (indexes into `tags`). */
  tag(lex: Lex): Int32Array {
    return this.tagMany([lex])[0];
  }

  /**
   * Tags several sentences, each exactly as `tag` would: the first pass over all of them, then
   * the second. Running one weight table over many sentences before the other keeps it in the
   * processor's cache; the two tables (8 MB each) do not fit there together.
   */
  tagMany(lexes: readonly Lex[]): Int32Array[] {
    const starts = new Int32Array(lexes.length + 1);
    for (let s = 0; s < lexes.length; s++) starts[s + 1] = starts[s] + lexes[s].n;
    this.reserve(starts[lexes.length]);
    const { margins, known, keys } = this;
    const weights = this.weights;
    const first = lexes.map((lex, s) => {
      // Each row holds the word's keys, then the keys of the pass being run.
      const base = starts[s];
      for (let i = 0; i < lex.n; i++) {
        const tag = this.dictionary.get(lex.norm[i]);
        known[base + i] = tag ?? -1;
        if (tag !== undefined) continue;
        const at = (base + i) * ROW;
        weights.prefetch(keys, at, at + wordFeatures(lex, i, keys, at));
      }
      return this.pass(lex, base, weights);
    });
    const second = this.second;
    if (!second) return first;
    return lexes.map((lex, s) => {
      const base = starts[s];
      for (let i = 0; i < lex.n; i++) {
        if (margins[base + i] >= this.sureMargin) continue;
        const at = (base + i) * ROW;
        const end = at + WORD_FEATS + firstPassFeatures(lex, i, first[s], keys, at + WORD_FEATS);
        second.prefetch(keys, at, end);
      }
      return this.pass(lex, base, second, first[s]);
    });
  }

  /** Grows the scratch buffers to hold `words` words. */
  private reserve(words: number): void {
    if (this.margins.length >= words) return;
    const cap = Math.max(words, this.margins.length * 2);
    this.margins = new Float64Array(cap);
    this.known = new Int32Array(cap);
    this.keys = new Int32Array(cap * ROW);
  }

  /**
   * One left-to-right pass over the sentence whose words start at `base` in the scratch
   * buffers. The first pass records each word's margin in `margins` (infinite for dictionary
   * words); the second, given the first's tags, rescores only the unsure words. The rows of
   * `keys` already hold each scored word's keys but those of the previous tags.
   */
  private pass(lex: Lex, base: number, weights: SparseWeights, first?: Int32Array): Int32Array {
    const n = lex.n;
    const out = new Int32Array(n);
    const scores = this.scores;
    const C = scores.length;
    const { keys, known, margins } = this;
    // Where the previous-tag keys go in a row: after the word keys and, in the second pass,
    // the first-pass keys.
    const fixed = first ? WORD_FEATS + SECOND_FEATS : WORD_FEATS;
    for (let i = 0; i < n; i++) {
      const w = base + i;
      if (first) {
        if (margins[w] >= this.sureMargin) {
          out[i] = first[i];
          continue;
        }
      } else if (known[w] >= 0) {
        out[i] = known[w];
        margins[w] = Number.POSITIVE_INFINITY;
        continue;
      }
      const t1 = i > 0 ? out[i - 1] : -1;
      const t2 = i > 1 ? out[i - 2] : -1;
      const at = w * ROW;
      const nf = fixed + contextFeatures(lex, i, t1, t2, keys, at + fixed, first);
      scores.fill(0);
      weights.score(keys, nf, scores, at);
      let best = 0;
      let runnerUp = Number.NEGATIVE_INFINITY;
      for (let c = 1; c < C; c++) {
        if (scores[c] > scores[best]) {
          runnerUp = scores[best];
          best = c;
        } else if (scores[c] > runnerUp) runnerUp = scores[c];
      }
      out[i] = best;
      if (!first) margins[w] = scores[best] - runnerUp;
    }
    return out;
  }
}
