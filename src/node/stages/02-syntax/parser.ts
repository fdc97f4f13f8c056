/**
 * Labelled arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root token placed at
 * the end of the buffer (Ballesteros & Nivre 2013). Transitions:
 *   SHIFT        push the buffer front b0 onto the stack;
 *   LEFT(l)      attach stack top s0 to b0 with label l and pop it;
 *   RIGHT(l)     attach s0 to the item below it, s1, and pop it.
 * LEFT onto the root is allowed only when s0 is the last item on the stack, so every run ends
 * in a single-rooted tree after exactly 2n transitions, whatever the scores say: the parser
 * cannot fail to return a tree.
 *
 * Features follow Zhang & Nivre (2011), adapted to arc-hybrid (s1 is the candidate head of s0),
 * plus the main contexts again over coarse UPOS tags.
 */
import { h1, h2, h3, h4 } from './hash.js';

/** Moves; the label of an arc is chosen afterwards by a separate classifier. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_MOVES = 3;

/** Word ids: 0 no item, 1 unknown word, 2 the root token, then the vocabulary. */
export const WORD_NONE = 0;
export const WORD_UNK = 1;
export const WORD_ROOT = 2;
/** Tag ids: 0 no item, 1 the root token, then tagger tag id + 2. */
export const TAG_ROOT = 1;

/**
 * Maps parser tag ids (joint "UPOS XPOS" tags + 2) to coarse ids: 0 no item, 1 the root token,
 * then one id per distinct UPOS.
 */
export function coarseTags(tags: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(tags.length + 2);
  out[1] = 1;
  tags.forEach((t, i) => {
    const upos = t.split(' ')[0];
    let id = ids.get(upos);
    if (id === undefined) {
      id = ids.size + 2;
      ids.set(upos, id);
    }
    out[i + 2] = id;
  });
  return out;
}

export const PARSER_MAX_FEATS = 160;

function bin(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

// Plain functions rather than closures in features(), which runs twice per word.
function wordAt(words: Int32Array, n: number, x: number): number {
  return x < 0 ? WORD_NONE : x === n ? WORD_ROOT : words[x];
}

function tagAt(tags: Int32Array, n: number, x: number): number {
  return x < 0 ? 0 : x === n ? TAG_ROOT : tags[x];
}

function labelAt(label: Int32Array, x: number): number {
  return x < 0 ? 0 : label[x];
}

/** Mutable configuration, sized for the longest sentence seen so far and reused. */
export class ParserState {
  n = 0;
  sp = 0;
  /** Buffer front; equal to n when only the root token is left. */
  b = 0;
  stack = new Int32Array(0);
  head = new Int32Array(0);
  /** Label index + 1 of each attached token (0 while unattached). */
  label = new Int32Array(0);
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  // Sets of child labels as two 31-bit masks each (EWT has about 50 labels).
  lsetA = new Int32Array(0);
  lsetB = new Int32Array(0);
  rsetA = new Int32Array(0);
  rsetB = new Int32Array(0);
  words: Int32Array = new Int32Array(0);
  tags: Int32Array = new Int32Array(0);
  /** Coarse (UPOS) id of every parser tag id, 0 for no item and 1 for the root. */
  readonly coarseOf: Int32Array;
  /** After features(): how many of the keys belong to the leading, most decisive templates. */
  headEnd = 0;
  /** The same after labelFeatures(). */
  labelHeadEnd = 0;

  constructor(coarseOf: Int32Array) {
    this.coarseOf = coarseOf;
  }

  reset(words: Int32Array, tags: Int32Array, n: number): void {
    const size = n + 1;
    if (this.stack.length < size) {
      const cap = Math.max(size, this.stack.length * 2, 64);
      this.stack = new Int32Array(cap);
      this.head = new Int32Array(cap);
      this.label = new Int32Array(cap);
      this.lc1 = new Int32Array(cap);
      this.lc2 = new Int32Array(cap);
      this.rc1 = new Int32Array(cap);
      this.rc2 = new Int32Array(cap);
      this.nl = new Int32Array(cap);
      this.nr = new Int32Array(cap);
      this.lsetA = new Int32Array(cap);
      this.lsetB = new Int32Array(cap);
      this.rsetA = new Int32Array(cap);
      this.rsetB = new Int32Array(cap);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.words = words;
    this.tags = tags;
    this.head.fill(-1, 0, size);
    this.label.fill(0, 0, size);
    this.lc1.fill(-1, 0, size);
    this.lc2.fill(-1, 0, size);
    this.rc1.fill(-1, 0, size);
    this.rc2.fill(-1, 0, size);
    this.nl.fill(0, 0, size);
    this.nr.fill(0, 0, size);
    this.lsetA.fill(0, 0, size);
    this.lsetB.fill(0, 0, size);
    this.rsetA.fill(0, 0, size);
    this.rsetB.fill(0, 0, size);
  }

  terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  canLeft(): boolean {
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp >= 2;
  }

  private attach(h: number, d: number, lab: number): void {
    this.head[d] = h;
    this.label[d] = lab + 1;
    if (d < h) {
      this.nl[h]++;
      if (this.lc1[h] < 0 || d < this.lc1[h]) {
        this.lc2[h] = this.lc1[h];
        this.lc1[h] = d;
      } else if (this.lc2[h] < 0 || d < this.lc2[h]) this.lc2[h] = d;
      if (lab < 31) this.lsetA[h] |= 1 << lab;
      else this.lsetB[h] |= 1 << (lab - 31);
    } else {
      this.nr[h]++;
      if (d > this.rc1[h]) {
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = d;
      } else if (d > this.rc2[h]) this.rc2[h] = d;
      if (lab < 31) this.rsetA[h] |= 1 << lab;
      else this.rsetB[h] |= 1 << (lab - 31);
    }
  }

  /** Applies a move (SHIFT, LEFT or RIGHT); `lab` is the arc's label index, ignored for SHIFT. */
  apply(move: number, lab: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const s0 = this.stack[--this.sp];
    if (move === LEFT) this.attach(this.b, s0, lab);
    else this.attach(this.stack[this.sp - 1], s0, lab);
  }

  /**
   * Writes the feature keys of the current configuration into `out`; returns the count. Each
   * key's first argument is its template id, by group: 1–16 single items; 20–39 pairs (s0 with
   * the buffer front, s0 with s1, its other candidate head); 40–51 triples of tags; 60–69
   * distances; 70–78 valency; 80–94 children of s0, s1 and n0; 100–107 second children; 120–126
   * label sets; 140–152 the main contexts over coarse (UPOS) tags, fewer and better-trained
   * values; 160–173 further context: a third buffer word, s0 and s1 against the second buffer
   * word, and the first children's words against the competing head (PP attachment hinges on the
   * preposition, the first left child of the PP's noun). The order of keys does not change a
   * score, so templates are written most decisive first (see `headEnd`).
   *
   * `part` lets a caller that can often decide on the leading keys alone skip hashing the rest:
   * 'lead' writes only out[0, headEnd), 'rest' only out[headEnd, end) of the same configuration.
   */
  features(out: Int32Array, part: 'all' | 'lead' | 'rest' = 'all'): number {
    const { stack, sp, b, n, words, tags, label, lc1, lc2, rc1, rc2 } = this;
    const s0 = sp > 0 ? stack[sp - 1] : -1;
    const s1 = sp > 1 ? stack[sp - 2] : -1;
    const s2 = sp > 2 ? stack[sp - 3] : -1;
    const n0 = b;
    const n1 = b + 1 <= n ? b + 1 : -1;
    const n2 = b + 2 <= n ? b + 2 : -1;
    const s0w = wordAt(words, n, s0);
    const s0p = tagAt(tags, n, s0);
    const s1w = wordAt(words, n, s1);
    const s1p = tagAt(tags, n, s1);
    const s2p = tagAt(tags, n, s2);
    const n0w = wordAt(words, n, n0);
    const n0p = tagAt(tags, n, n0);
    const n1w = wordAt(words, n, n1);
    const n1p = tagAt(tags, n, n1);
    const n2w = wordAt(words, n, n2);
    const n2p = tagAt(tags, n, n2);
    const s0L = s0 >= 0 ? lc1[s0] : -1;
    const s0L2 = s0 >= 0 ? lc2[s0] : -1;
    const s0R = s0 >= 0 ? rc1[s0] : -1;
    const s0R2 = s0 >= 0 ? rc2[s0] : -1;
    const s1L = s1 >= 0 ? lc1[s1] : -1;
    const s1R = s1 >= 0 ? rc1[s1] : -1;
    const s1R2 = s1 >= 0 ? rc2[s1] : -1;
    const n0L = lc1[n0];
    const n0L2 = lc2[n0];
    const s0Lp = tagAt(tags, n, s0L);
    const s0Rp = tagAt(tags, n, s0R);
    const n0Lp = tagAt(tags, n, n0L);
    const s1Rp = tagAt(tags, n, s1R);
    const s1Lp = tagAt(tags, n, s1L);
    const d = s0 >= 0 ? bin(n0 - s0) : 0;
    const d1 = s1 >= 0 ? bin(s0 - s1) : 0;
    const s0vl = s0 >= 0 ? this.nl[s0] : -1;
    const s0vr = s0 >= 0 ? this.nr[s0] : -1;
    const s1vl = s1 >= 0 ? this.nl[s1] : -1;
    const s1vr = s1 >= 0 ? this.nr[s1] : -1;
    const n0vl = this.nl[n0];
    const co = this.coarseOf;
    const s0c = co[s0p];
    const s1c = co[s1p];
    const s2c = co[s2p];
    const n0c = co[n0p];
    const n1c = co[n1p];
    const n2c = co[n2p];
    const s0Lc = co[s0Lp];
    const s0Rc = co[s0Rp];
    const n0Lc = co[n0Lp];
    const s1Rc = co[s1Rp];
    let k = part === 'rest' ? this.headEnd : 0;
    const n3p = tagAt(tags, n, b + 3 <= n ? b + 3 : -1);
    const s0Lw = wordAt(words, n, s0L);
    const n0Lw = wordAt(words, n, n0L);
    // The templates that decide most moves come first (ranked by how many EWT dev decisions
    // removing each one would change); `headEnd` marks where the rest begins, so a clear
    // decision can be taken on these alone (see SyntaxModel.parseIds).
    if (part !== 'rest') {
      out[k++] = h2(1, s0w, s0p);
      out[k++] = h1(3, s0p);
      out[k++] = h2(4, n0w, n0p);
      out[k++] = h1(5, n0w);
      out[k++] = h1(6, n0p);
      out[k++] = h2(7, n1w, n1p);
      out[k++] = h1(8, n1w);
      out[k++] = h1(9, n1p);
      out[k++] = h2(10, n2w, n2p);
      out[k++] = h1(11, n2p);
      out[k++] = h1(14, s1p);
      out[k++] = h1(15, s2p);
      out[k++] = h2(16, wordAt(words, n, s2), s2p);
      out[k++] = h2(27, n0p, n1p);
      out[k++] = h3(36, n0w, n0p, n1p);
      out[k++] = h3(41, s0p, n0p, n1p);
      out[k++] = h3(43, s0p, s0Lp, n0p);
      out[k++] = h3(44, s0p, s0Rp, n0p);
      out[k++] = h3(45, s0p, n0p, n0Lp);
      out[k++] = h3(48, s1p, s0p, s0Lp);
      out[k++] = h3(49, s1p, s0p, s0Rp);
      out[k++] = h3(50, s1p, s1Lp, s0p);
      out[k++] = h2(60, s0w, d);
      out[k++] = h2(61, s0p, d);
      out[k++] = h2(63, n0p, d);
      out[k++] = h3(65, s0p, n0p, d);
      out[k++] = h2(73, s0p, s0vl);
      out[k++] = h2(75, n0p, n0vl);
      out[k++] = h2(78, s1p, s1vl);
      out[k++] = h1(80, wordAt(words, n, s0L));
      out[k++] = h1(81, s0Lp);
      out[k++] = h1(82, labelAt(label, s0L));
      out[k++] = h1(84, s0Rp);
      out[k++] = h1(85, labelAt(label, s0R));
      out[k++] = h1(86, wordAt(words, n, n0L));
      out[k++] = h1(87, n0Lp);
      out[k++] = h1(88, labelAt(label, n0L));
      out[k++] = h2(92, s1Lp, labelAt(label, s1L));
      out[k++] = h3(93, s0p, labelAt(label, s0L), labelAt(label, s0R));
      out[k++] = h3(94, s1p, labelAt(label, s1L), labelAt(label, s1R));
      out[k++] = h2(100, tagAt(tags, n, s0L2), labelAt(label, s0L2));
      out[k++] = h2(101, tagAt(tags, n, s0R2), labelAt(label, s0R2));
      out[k++] = h2(102, tagAt(tags, n, n0L2), labelAt(label, n0L2));
      out[k++] = h2(103, tagAt(tags, n, s1R2), labelAt(label, s1R2));
      out[k++] = h3(104, s0p, s0Lp, tagAt(tags, n, s0L2));
      out[k++] = h3(106, n0p, n0Lp, tagAt(tags, n, n0L2));
      if (s0 >= 0) out[k++] = h3(123, s0p, this.lsetA[s0], this.lsetB[s0]);
      out[k++] = h3(125, n0p, this.lsetA[n0], this.lsetB[n0]);
      out[k++] = h3(140, s0c, n0c, n1c);
      out[k++] = h3(141, s1c, s0c, n0c);
      out[k++] = h4(142, s1c, s0c, n0c, n1c);
      out[k++] = h3(143, s2c, s1c, s0c);
      out[k++] = h3(144, n0c, n1c, n2c);
      out[k++] = h4(149, s0c, s0Lc, s0Rc, n0c);
      out[k++] = h4(150, s1c, s1Rc, s0c, n0Lc);
      out[k++] = h3(151, s0c, n0c, d);
      out[k++] = h3(152, s1c, s0c, d1);
      out[k++] = h3(162, s0p, n1w, n1p);
      out[k++] = h3(164, s1p, n0p, n1p);
      out[k++] = h3(173, s0c, n0c, n0Lw);
      this.headEnd = k;
      if (part === 'lead') return k;
    }
    out[k++] = h1(2, s0w);
    out[k++] = h2(12, s1w, s1p);
    out[k++] = h1(13, s1w);
    out[k++] = h4(20, s0w, s0p, n0w, n0p);
    out[k++] = h3(21, s0w, s0p, n0w);
    out[k++] = h3(22, s0w, n0w, n0p);
    out[k++] = h3(23, s0w, s0p, n0p);
    out[k++] = h3(24, s0p, n0w, n0p);
    out[k++] = h2(25, s0w, n0w);
    out[k++] = h2(26, s0p, n0p);
    out[k++] = h4(28, s1w, s1p, s0w, s0p);
    out[k++] = h2(29, s1w, s0w);
    out[k++] = h2(30, s1p, s0p);
    out[k++] = h3(31, s1w, s1p, s0p);
    out[k++] = h3(32, s1p, s0w, s0p);
    out[k++] = h3(33, s1w, s0w, s0p);
    out[k++] = h3(34, s1w, s1p, s0w);
    out[k++] = h2(35, n0w, n1w);
    out[k++] = h3(37, s1w, s0p, n0p);
    out[k++] = h3(38, s1p, s0w, n0p);
    out[k++] = h3(39, s1p, s0p, n0w);
    out[k++] = h3(40, n0p, n1p, n2p);
    out[k++] = h3(42, s1p, s0p, n0p);
    out[k++] = h3(46, s2p, s1p, s0p);
    out[k++] = h3(47, s1p, s1Rp, s0p);
    out[k++] = h4(51, s1p, s0p, n0p, n1p);
    out[k++] = h2(62, n0w, d);
    out[k++] = h3(64, s0w, n0w, d);
    out[k++] = h3(66, s1p, s0p, d1);
    out[k++] = h3(67, s1w, s0w, d1);
    out[k++] = h2(68, s1w, d1);
    out[k++] = h2(69, s0w, d1);
    out[k++] = h2(70, s0w, s0vr);
    out[k++] = h2(71, s0p, s0vr);
    out[k++] = h2(72, s0w, s0vl);
    out[k++] = h2(74, n0w, n0vl);
    out[k++] = h2(76, s1w, s1vr);
    out[k++] = h2(77, s1p, s1vr);
    out[k++] = h1(83, wordAt(words, n, s0R));
    out[k++] = h1(89, wordAt(words, n, s1R));
    out[k++] = h1(90, s1Rp);
    out[k++] = h1(91, labelAt(label, s1R));
    out[k++] = h3(105, s0p, s0Rp, tagAt(tags, n, s0R2));
    out[k++] = h3(107, s1p, s1Rp, tagAt(tags, n, s1R2));
    if (s0 >= 0) out[k++] = h3(120, s0w, this.rsetA[s0], this.rsetB[s0]);
    if (s0 >= 0) out[k++] = h3(121, s0p, this.rsetA[s0], this.rsetB[s0]);
    if (s0 >= 0) out[k++] = h3(122, s0w, this.lsetA[s0], this.lsetB[s0]);
    out[k++] = h3(124, n0w, this.lsetA[n0], this.lsetB[n0]);
    if (s1 >= 0) out[k++] = h3(126, s1p, this.rsetA[s1], this.rsetB[s1]);
    out[k++] = h2(145, s0w, n0c);
    out[k++] = h2(146, s0c, n0w);
    out[k++] = h2(147, s1w, s0c);
    out[k++] = h2(148, s1c, s0w);
    out[k++] = h4(160, n0p, n1p, n2p, n3p);
    out[k++] = h3(161, s0w, s0p, n1p);
    out[k++] = h2(163, s1w, n0w);
    out[k++] = h3(165, s0Lw, s0p, n0p);
    out[k++] = h3(166, s0Lw, s0w, n0w);
    out[k++] = h3(167, n0Lw, n0p, s0p);
    out[k++] = h3(168, n0Lw, n0w, s0w);
    out[k++] = h4(169, s1p, s0Lw, s0p, d1);
    out[k++] = h3(170, s1w, s0Lw, s0p);
    out[k++] = h3(171, s0w, n0w, n1w);
    out[k++] = h4(172, s2p, s1p, s0p, n0p);
    return k;
  }
  /**
   * Feature keys for labelling the arc the move `move` (LEFT or RIGHT) would make from s0 to its
   * head. Fewer templates than for the move, centred on the two words of the arc: s0 is complete
   * when it is attached, so its own children (a "case" child makes obl or nmod, a subject makes
   * a clause) are known, and the head's children so far rule out a second subject or object.
   * Every template is conjoined with the direction. `part` works as in features(), with
   * `labelHeadEnd` as the boundary.
   */
  labelFeatures(move: number, out: Int32Array, part: 'all' | 'lead' | 'rest' = 'all'): number {
    const { stack, sp, n, words, tags, label, lc1, rc1 } = this;
    const d = stack[sp - 1];
    const h = move === LEFT ? this.b : stack[sp - 2];
    const co = this.coarseOf;
    const dw = wordAt(words, n, d);
    const dp = tagAt(tags, n, d);
    const hw = wordAt(words, n, h);
    const hp = tagAt(tags, n, h);
    const dc = co[dp];
    const hc = co[hp];
    const dist = bin(h > d ? h - d : d - h);
    const dL = lc1[d];
    const dR = rc1[d];
    const dLw = wordAt(words, n, dL);
    const dLl = labelAt(label, dL);
    const dRl = labelAt(label, dR);
    const dLa = this.lsetA[d];
    const dLb = this.lsetB[d];
    const dRa = this.rsetA[d];
    const dRb = this.rsetB[d];
    // Children the head already has, on the arc's side: those between the head and s0.
    const hSa = move === LEFT ? this.lsetA[h] : this.rsetA[h];
    const hSb = move === LEFT ? this.lsetB[h] : this.rsetB[h];
    const t = move === LEFT ? 0 : 1000;
    let k = part === 'rest' ? this.labelHeadEnd : 0;
    // The word on the other side of the arc (s1 below a LEFT arc, the buffer front after a
    // RIGHT one), the dependent's other children and its right neighbour ("of" in "States of").
    const other = move === LEFT ? (sp > 1 ? stack[sp - 2] : -1) : this.b;
    // The most decisive templates first (as in features()); `labelHeadEnd` marks the rest.
    if (part !== 'rest') {
      out[k++] = h1(t + 1, 0);
      out[k++] = h1(t + 2, dw);
      out[k++] = h1(t + 3, dp);
      out[k++] = h2(t + 4, dw, dp);
      out[k++] = h1(t + 5, hw);
      out[k++] = h1(t + 6, hp);
      out[k++] = h2(t + 7, hw, hp);
      out[k++] = h3(t + 14, dp, dLa, dLb);
      out[k++] = h3(t + 18, hp, dLw, dp);
      out[k++] = h3(t + 20, hp, hSa, hSb);
      out[k++] = h3(t + 22, hc, dc, dist);
      out[k++] = h3(t + 23, dp, tagAt(tags, n, d - 1), tagAt(tags, n, d + 1));
      out[k++] = h3(t + 24, hp, tagAt(tags, n, h - 1), tagAt(tags, n, h + 1));
      out[k++] = h4(t + 27, hc, dc, co[tagAt(tags, n, dL)], dLl);
      out[k++] = h1(t + 28, dist);
      out[k++] = h4(t + 30, hc, dc, dLa, dLb);
      out[k++] = h3(t + 34, dp, dLl, dRl);
      out[k++] = h3(t + 35, dp, dLl, labelAt(label, this.lc2[d]));
      out[k++] = h3(t + 36, dp, this.nl[d], this.nr[d]);
      out[k++] = h2(t + 38, dp, wordAt(words, n, d + 1));
      this.labelHeadEnd = k;
      if (part === 'lead') return k;
    }
    out[k++] = h2(t + 8, hw, dw);
    out[k++] = h2(t + 9, hp, dp);
    out[k++] = h2(t + 10, hw, dp);
    out[k++] = h2(t + 11, hp, dw);
    out[k++] = h3(t + 12, hp, dp, dist);
    out[k++] = h4(t + 13, hw, hp, dw, dp);
    out[k++] = h3(t + 15, dp, dRa, dRb);
    out[k++] = h3(t + 16, dw, dLa, dLb);
    out[k++] = h3(t + 17, hp, dp, dLl);
    out[k++] = h2(t + 19, hw, dLw);
    out[k++] = h4(t + 21, hp, dp, hSa, hSb);
    out[k++] = h3(t + 25, hp, dp, dRl);
    out[k++] = h3(t + 26, dp, tagAt(tags, n, dR), dRl);
    out[k++] = h3(t + 29, hw, dp, dLl);
    out[k++] = h3(t + 31, dp, tagAt(tags, n, other), hp);
    out[k++] = h2(t + 32, dp, wordAt(words, n, dR));
    out[k++] = h3(t + 33, dw, hp, dist);
    out[k++] = h3(t + 37, hw, dLa, dLb);
    out[k++] = h4(t + 39, hp, this.lsetA[h], this.rsetA[h], dp);
    return k;
  }
}

/** Picks the best valid move from the three move scores. */
export function bestMove(state: ParserState, scores: Float64Array | Int32Array): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  if (state.canShift()) {
    best = SHIFT;
    bestScore = scores[SHIFT];
  }
  if (state.canLeft() && scores[LEFT] > bestScore) {
    best = LEFT;
    bestScore = scores[LEFT];
  }
  if (state.canRight() && scores[RIGHT] > bestScore) best = RIGHT;
  return best;
}

/**
 * The move when only one is valid (SHIFT on an empty stack, RIGHT once the buffer holds only
 * the root, LEFT for the final root arc), else -1: such states need no scoring.
 */
export function forcedMove(state: ParserState): number {
  const shift = state.canShift();
  const left = state.canLeft();
  const right = state.canRight();
  if (shift && !left && !right) return SHIFT;
  if (left && !shift && !right) return LEFT;
  if (right && !shift && !left) return RIGHT;
  return -1;
}

/**
 * The best label other than the root label: the root label belongs to the final LEFT onto the
 * root token alone, which is never scored.
 */
export function bestLabel(scores: Float64Array | Int32Array, rootLabel: number): number {
  let best = rootLabel === 0 ? 1 : 0;
  for (let lab = best + 1; lab < scores.length; lab++) {
    if (lab !== rootLabel && scores[lab] > scores[best]) best = lab;
  }
  return best;
}

/**
 * Dynamic-oracle costs for arc-hybrid (Goldberg & Nivre 2013): how many gold arcs each
 * action makes unreachable. `goldHead` uses n for the root; `goldKids` lists each token's gold
 * dependents; `inStack` marks tokens on the stack. Writes SHIFT, LEFT and RIGHT costs (-1 when
 * invalid) into `out`.
 */
export function actionCosts(
  state: ParserState,
  goldHead: Int32Array,
  goldKids: readonly Int32Array[],
  inStack: Uint8Array,
  out: Int32Array,
): void {
  const { sp, b, stack } = state;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  out[0] = -1;
  out[1] = -1;
  out[2] = -1;
  if (state.canShift()) {
    let c = 0;
    for (const d of goldKids[b]) if (inStack[d]) c++;
    const h = goldHead[b];
    if (h !== s0 && h < state.n && inStack[h]) c++;
    out[0] = c;
  }
  if (s0 >= 0) {
    let kidsInBuffer = 0;
    for (const d of goldKids[s0]) if (d >= b) kidsInBuffer++;
    const h = goldHead[s0];
    if (state.canLeft()) out[1] = kidsInBuffer + (h !== b && (h === s1 || h >= b) ? 1 : 0);
    if (state.canRight()) out[2] = kidsInBuffer + (h !== s1 && h >= b ? 1 : 0);
  }
}
