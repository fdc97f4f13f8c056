/**
 * Trains the syntax model from UD English EWT: tagger first, then the parser on tags predicted
 * by jackknifing (each tenth of train tagged by a tagger trained on the rest), so the parser
 * learns from the kind of tags it will see at run time. Deterministic for a given seed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateConllu } from './annotate.js';
import { type ConlluSentence, readConllu } from './conllu.js';
import { type SyntaxScores, scoreSyntax } from './evaluate.js';
import { Lemmatizer, plainQuotes } from './lemmatizer.js';
import {
  encodeModel,
  type HeaderFields,
  LEMMA_EXCEPTIONS_FILE,
  LEMMA_LEXICON_FILE,
  MODEL_FILE,
  type ModelWeights,
  newHeader,
  SyntaxModel,
  WORD_CLASSES_FILE,
} from './model.js';
import {
  actionCosts,
  bestLabel,
  bestMove,
  coarseTags,
  forcedMove,
  LEFT,
  N_MOVES,
  PARSER_MAX_FEATS,
  ParserState,
  SHIFT,
  WORD_UNK,
} from './parser.js';
import { AveragedPerceptron, MoveWeights, mixedArrays, SparseWeights } from './perceptron.js';
import { Lex, normalizeForm, TAGGER_MAX_FEATS, Tagger, taggerFeatures } from './tagger.js';
import { WordClasses } from './wordclasses.js';

/** The shipped dictionary of word classes, which a model directory carries a copy of. */
const DEFAULT_WORD_CLASSES = new URL('../../../../data/models/syntax/word-classes.tsv', import.meta.url);

export interface TrainOptions {
  /** Directory holding en_ewt-ud-{train,dev}.conllu. */
  dataDir: string;
  outDir: string;
  seed?: number;
  taggerEpochs?: number;
  /** Parsers trained on different shuffles and averaged into the saved one (default 3). */
  parserRuns?: number;
  /** 2 (default) adds a second tagger pass that sees the first pass's tags to the right. */
  taggerPasses?: number;
  parserEpochs?: number;
  folds?: number;
  /** Tagger rows updated fewer times than this are pruned from the saved weights. */
  minHits?: number;
  /** The same for the parser: pruning at 3 rather than 2 loses nothing on dev and drops 40% of rows. */
  parserMinHits?: number;
  /** The same for the label classifier. */
  labelMinHits?: number;
  /** Dictionary word classes for the tagger (default: the shipped `word-classes.tsv`). */
  wordClassesFile?: string;
  /** File caching the jackknifed tags between runs (see cachedTags). */
  tagsCache?: string;
  /** Evaluate on dev after these parser epochs (1-based), for tuning. */
  devEvery?: number;
  log?: (line: string) => void;
}

/** Small fast PRNG (mulberry32) so shuffles are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface TrainSentence {
  forms: string[];
  tags: Int32Array;
  /** Gold heads, 0-based, n for the root, projectivised. */
  heads: Int32Array;
  labels: Int32Array;
}

export function countBy<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

/**
 * Lifts non-projective arcs (Nivre & Nilsson 2005, without label encoding): while some arc
 * spans a token its head does not dominate, reattach the dependent of the shortest such arc to
 * its grandparent. The arc-hybrid oracle is exact only for projective trees.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const n = heads.length;
  const h = Int32Array.from(heads);
  const dominates = (a: number, x: number): boolean => {
    let y = x;
    for (let steps = 0; steps <= n && y >= 0 && y < n; steps++) {
      if (y === a) return true;
      y = h[y];
    }
    return false;
  };
  for (let round = 0; round < n * n; round++) {
    let worst = -1;
    let worstLen = Number.POSITIVE_INFINITY;
    for (let d = 0; d < n; d++) {
      const head = h[d];
      if (head < 0 || head >= n) continue;
      const lo = Math.min(head, d);
      const hi = Math.max(head, d);
      if (hi - lo >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(head, k)) {
          worst = d;
          worstLen = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst]];
  }
  return h;
}

export function toTrainSentences(
  sentences: readonly ConlluSentence[],
  tagIndex: Map<string, number>,
  labelIndex: Map<string, number>,
): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const s of sentences) {
    const n = s.words.length;
    if (n === 0) continue;
    const heads = new Int32Array(n);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const head = s.words[i].head;
      if (Number.isNaN(head) || head > n) ok = false;
      heads[i] = head === 0 ? -1 : head - 1;
    }
    if (!ok) continue;
    const lifted = projectivize(heads);
    for (let i = 0; i < n; i++) if (lifted[i] < 0) lifted[i] = n;
    out.push({
      forms: s.words.map((w) => w.form),
      tags: Int32Array.from(s.words.map((w) => tagIndex.get(`${w.upos} ${w.xpos}`) ?? 0)),
      heads: lifted,
      labels: Int32Array.from(s.words.map((w) => labelIndex.get(w.deprel) ?? 0)),
    });
  }
  return out;
}

interface TaggerLexicon {
  ambiguity: Map<string, number>;
  dictionary: Map<string, number>;
}

export function buildTaggerLexicon(sentences: readonly TrainSentence[], nTags: number): TaggerLexicon {
  const counts = new Map<string, Int32Array>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const norm = normalizeForm(form);
      let c = counts.get(norm);
      if (!c) {
        c = new Int32Array(nTags);
        counts.set(norm, c);
      }
      c[s.tags[i]]++;
    });
  }
  const ambiguity = new Map<string, number>();
  const dictionary = new Map<string, number>();
  for (const [word, c] of counts) {
    let total = 0;
    let best = 0;
    for (let t = 0; t < nTags; t++) {
      total += c[t];
      if (c[t] > c[best]) best = t;
    }
    if (total >= 2) ambiguity.set(word, best + 1);
    // Frequent words that (nearly) never change tag skip the classifier: faster, and as accurate.
    if (total >= 20 && c[best] / total >= 0.995) dictionary.set(word, best);
  }
  return { ambiguity, dictionary };
}

/**
 * Trains a tagger pass. For the second pass, `first` holds each sentence's first-pass tags,
 * which must come from a tagger that did not see the sentence (jackknifing), or the second pass
 * learns to trust them more than it should.
 */
export function trainTagger(
  sentences: readonly TrainSentence[],
  lexes: readonly Lex[],
  nTags: number,
  dictionary: Map<string, number>,
  epochs: number,
  random: () => number,
  first?: readonly Int32Array[],
): AveragedPerceptron {
  const model = new AveragedPerceptron(nTags);
  const feats = new Int32Array(TAGGER_MAX_FEATS);
  const scores = new Float64Array(nTags);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const si of shuffled(sentences.length, random)) {
      const s = sentences[si];
      const lex = lexes[si];
      const pred = new Int32Array(s.forms.length);
      for (let i = 0; i < s.forms.length; i++) {
        const known = dictionary.get(lex.norm[i]);
        if (known !== undefined) {
          pred[i] = known;
          continue;
        }
        const t1 = i > 0 ? pred[i - 1] : -1;
        const nf = taggerFeatures(lex, i, t1, i > 1 ? pred[i - 2] : -1, feats, first?.[si]);
        scores.fill(0);
        model.score(feats, nf, scores);
        let best = 0;
        for (let c = 1; c < nTags; c++) if (scores[c] > scores[best]) best = c;
        model.update(feats, nf, s.tags[i], best);
        model.tick();
        pred[i] = best;
      }
    }
  }
  return model;
}

export interface ParseExample {
  words: Int32Array;
  tags: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
  kids: Int32Array[];
}

/** The parser's two classifiers under training. */
export interface ParserModels {
  moves: AveragedPerceptron;
  labels: AveragedPerceptron;
}

/**
 * One epoch of the parser with the dynamic oracle. The move classifier learns from every state
 * with a choice: when its move loses a gold arc it is updated towards the best-scoring move that
 * loses none. The label classifier learns from every gold arc the parser makes. With `explore`,
 * a wrong move or label is followed 90% of the time so the models learn to recover from their
 * own mistakes.
 */
export function trainParserEpoch(
  models: ParserModels,
  examples: readonly ParseExample[],
  rootLabel: number,
  explore: boolean,
  random: () => number,
  coarseOf: Int32Array,
): void {
  const { moves, labels } = models;
  const state = new ParserState(coarseOf);
  const feats = new Int32Array(PARSER_MAX_FEATS);
  const scores = new Float64Array(N_MOVES);
  const labelScores = new Float64Array(labels.nClasses);
  const costs = new Int32Array(N_MOVES);
  for (const ei of shuffled(examples.length, random)) {
    const ex = examples[ei];
    const n = ex.words.length;
    const inStack = new Uint8Array(n + 1);
    state.reset(ex.words, ex.tags, n);
    while (!state.terminal()) {
      const s0 = state.sp > 0 ? state.stack[state.sp - 1] : -1;
      const s1 = state.sp > 1 ? state.stack[state.sp - 2] : -1;
      let next = forcedMove(state);
      if (next < 0) {
        const nf = state.features(feats);
        scores.fill(0);
        moves.score(feats, nf, scores);
        actionCosts(state, ex.heads, ex.kids, inStack, costs);
        const pred = bestMove(state, scores);
        let minCost = Number.POSITIVE_INFINITY;
        for (const c of costs) if (c >= 0 && c < minCost) minCost = c;
        let gold = -1;
        for (let m = 0; m < N_MOVES; m++) {
          if (costs[m] === minCost && (gold < 0 || scores[m] > scores[gold])) gold = m;
        }
        next = pred;
        if (costs[pred] > minCost) {
          moves.update(feats, nf, gold, pred);
          if (!explore || random() >= 0.9) next = gold;
        }
        moves.tick();
      }
      let label = 0;
      if (next === LEFT && state.b === n) label = rootLabel;
      else if (next !== SHIFT) {
        const nf = state.labelFeatures(next, feats);
        labelScores.fill(0);
        labels.score(feats, nf, labelScores);
        label = bestLabel(labelScores, rootLabel);
        const head = next === LEFT ? state.b : s1;
        const goldLabel = ex.labels[s0];
        if (ex.heads[s0] === head && label !== goldLabel) {
          labels.update(feats, nf, goldLabel, label);
          if (!explore || random() >= 0.9) label = goldLabel;
        }
        if (ex.heads[s0] === head) labels.tick();
      }
      if (next === SHIFT) inStack[state.b] = 1;
      else inStack[s0] = 0;
      state.apply(next, label);
    }
  }
}

/** Tags each tenth of train with a tagger trained on the other nine tenths. */
function jackknifeTags(
  train: readonly TrainSentence[],
  tags: readonly string[],
  folds: number,
  taggerEpochs: number,
  minHits: number,
  random: () => number,
  wordClasses: WordClasses,
): Int32Array[] {
  const predicted: Int32Array[] = new Array(train.length);
  const foldOf = shuffled(train.length, random).map((_, i) => i % folds);
  for (let f = 0; f < folds; f++) {
    const inFold = train.map((_, i) => foldOf[i] === f);
    const rest = train.filter((_, i) => !inFold[i]);
    const foldLexicon = buildTaggerLexicon(rest, tags.length);
    const foldModel = new SparseWeights(
      trainTagger(
        rest,
        rest.map((s) => new Lex(s.forms, foldLexicon.ambiguity, wordClasses)),
        tags.length,
        foldLexicon.dictionary,
        taggerEpochs,
        random,
      ).toArrays(minHits),
    );
    const foldTagger = new Tagger(
      tags,
      foldModel,
      foldLexicon.ambiguity,
      foldLexicon.dictionary,
      undefined,
      wordClasses,
    );
    train.forEach((s, i) => {
      if (inFold[i]) predicted[i] = foldTagger.tag(foldTagger.lex(s.forms));
    });
  }
  return predicted;
}

/**
 * Jackknifing is half the training time and does not depend on the parser, so parser
 * experiments can reuse its output: with a cache file, read the tags from it if it exists and
 * write them to it otherwise. The parser draws from its own random stream, so a cached run
 * trains exactly the same parser as an uncached one.
 */
function cachedTags(file: string | undefined, count: number, compute: () => Int32Array[]): Int32Array[] {
  if (file && existsSync(file)) {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as number[][];
    if (rows.length === count) return rows.map((r) => Int32Array.from(r));
  }
  const tags = compute();
  if (file) writeFileSync(file, JSON.stringify(tags.map((t) => [...t])));
  return tags;
}

/** Builds the lemma tables: a lexicon of known lemmas and the forms the rules get wrong. */
function lemmaTables(sentences: readonly ConlluSentence[]): { exceptionsTsv: string; lexiconTxt: string } {
  const lexicon = new Set<string>();
  const seen = new Map<string, Map<string, number>>();
  const uposOf = new Map<string, string>();
  for (const s of sentences) {
    for (const w of s.words) {
      if (['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV'].includes(w.upos) && /^[a-z][a-z-]*$/.test(w.lemma)) {
        lexicon.add(w.lemma);
      }
      const key = `${plainQuotes(w.form).toLowerCase()}\t${w.xpos}`;
      let lemmas = seen.get(key);
      if (!lemmas) {
        lemmas = new Map();
        seen.set(key, lemmas);
      }
      const lemma = plainQuotes(w.lemma);
      lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + 1);
      if (!uposOf.has(key)) uposOf.set(key, w.upos);
    }
  }
  const rules = new Lemmatizer(new Map(), lexicon);
  const rows: string[] = [];
  for (const [key, lemmas] of [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lower, xpos] = key.split('\t');
    const best = byFrequency(lemmas)[0];
    const upos = uposOf.get(key) ?? 'X';
    // Proper nouns keep their case, so their lemma is decided per form, not per lower-cased key.
    if (upos === 'PROPN' || upos === 'PUNCT' || upos === 'SYM' || upos === 'NUM' || upos === 'X') continue;
    if (rules.rules(lower, lower, upos, xpos) !== best) rows.push(`${lower}\t${xpos}\t${best}`);
  }
  const exceptionsTsv = `# form (lower case)\txpos\tlemma — derived from UD English EWT train (CC BY-SA 4.0)\n${rows.join('\n')}\n`;
  const lexiconTxt = `# lemmas of open-class words in UD English EWT train (CC BY-SA 4.0)\n${[...lexicon].sort().join('\n')}\n`;
  return { exceptionsTsv, lexiconTxt };
}

export interface TrainResult {
  dev: SyntaxScores;
  seconds: number;
  modelBytes: number;
}

export function trainSyntax(options: TrainOptions): TrainResult {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 1;
  const taggerEpochs = options.taggerEpochs ?? 8;
  const parserEpochs = options.parserEpochs ?? 15;
  const folds = options.folds ?? 10;
  const minHits = options.minHits ?? 2;
  const parserMinHits = options.parserMinHits ?? 3;
  const taggerPasses = options.taggerPasses ?? 2;
  const parserRuns = options.parserRuns ?? 3;
  const labelMinHits = options.labelMinHits ?? 2;
  const random = rng(seed);
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)}s`;

  const trainConllu = readConllu(readFileSync(join(options.dataDir, 'en_ewt-ud-train.conllu'), 'utf8'));
  const devConllu = readConllu(readFileSync(join(options.dataDir, 'en_ewt-ud-dev.conllu'), 'utf8'));
  const tags = byFrequency(countBy(trainConllu.flatMap((s) => s.words.map((w) => `${w.upos} ${w.xpos}`))));
  const labels = byFrequency(countBy(trainConllu.flatMap((s) => s.words.map((w) => w.deprel))));
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelIndex.get('root') ?? -1;
  if (rootLabel < 0) throw new Error('training data has no root relation');
  const train = toTrainSentences(trainConllu, tagIndex, labelIndex);
  log(`train: ${train.length} sentences, ${tags.length} tags, ${labels.length} labels`);

  // Tagger on all of train.
  const lexicon = buildTaggerLexicon(train, tags.length);
  const classesTsv = readFileSync(options.wordClassesFile ?? fileURLToPath(DEFAULT_WORD_CLASSES), 'utf8');
  const wordClasses = WordClasses.fromTsv(classesTsv);
  const lexes = train.map((s) => new Lex(s.forms, lexicon.ambiguity, wordClasses));
  const tagger = new SparseWeights(
    trainTagger(train, lexes, tags.length, lexicon.dictionary, taggerEpochs, random).toArrays(minHits),
  );
  log(`tagger trained (${tagger.keys.length} features, ${tagger.w.length} weights) ${elapsed()}`);

  // Jackknifed tags for the parser's training data.
  const predicted = cachedTags(options.tagsCache, train.length, () =>
    jackknifeTags(train, tags, folds, taggerEpochs, minHits, random, wordClasses),
  );
  let agree = 0;
  let total = 0;
  train.forEach((s, i) => {
    for (let j = 0; j < s.tags.length; j++) {
      total++;
      if (s.tags[j] === predicted[i][j]) agree++;
    }
  });
  log(`jackknifed tags: ${((100 * agree) / total).toFixed(2)}% correct ${elapsed()}`);

  // The second tagger pass learns from the jackknifed first-pass tags, which are as wrong as the
  // first pass will be on new text. It draws from its own random stream, like the parser.
  const second = new SparseWeights(
    taggerPasses > 1
      ? trainTagger(
          train,
          lexes,
          tags.length,
          lexicon.dictionary,
          taggerEpochs,
          rng(seed + 2),
          predicted,
        ).toArrays(minHits)
      : new AveragedPerceptron(tags.length).toArrays(minHits),
  );
  log(`second tagger pass: ${second.keys.length} features ${elapsed()}`);

  // Parser vocabulary: words seen at least twice, so the model also learns what unknown words do.
  const wordCounts = countBy(train.flatMap((s) => s.forms.map(normalizeForm)));
  const vocab = [...wordCounts.entries()]
    .filter(([, c]) => c >= 2)
    .map(([w]) => w)
    .sort();
  const vocabIndex = new Map(vocab.map((w, i) => [w, i + 3]));
  const examples: ParseExample[] = train.map((s, i) => {
    const n = s.forms.length;
    const kids: Int32Array[] = [];
    const lists: number[][] = Array.from({ length: n + 1 }, () => []);
    for (let d = 0; d < n; d++) lists[s.heads[d]].push(d);
    for (const list of lists) kids.push(Int32Array.from(list));
    return {
      words: Int32Array.from(s.forms.map((f) => vocabIndex.get(normalizeForm(f)) ?? WORD_UNK)),
      tags: Int32Array.from(predicted[i], (t) => t + 2),
      heads: s.heads,
      labels: s.labels,
      kids,
    };
  });

  const { exceptionsTsv, lexiconTxt } = lemmaTables(trainConllu);
  const lemmatizer = Lemmatizer.fromTables(exceptionsTsv, lexiconTxt);
  const fields: HeaderFields = {
    tags,
    labels,
    vocab,
    ambiguityWords: [...lexicon.ambiguity.keys()],
    ambiguityTags: [...lexicon.ambiguity.values()],
    dictionaryWords: [...lexicon.dictionary.keys()],
    dictionaryTags: [...lexicon.dictionary.values()],
    info: {
      corpus: 'UD English EWT train (CC BY-SA 4.0)',
      seed,
      taggerEpochs,
      taggerPasses,
      parserEpochs,
      parserRuns,
      folds,
      minHits,
      parserMinHits,
      labelMinHits,
    },
  };
  // Several parsers trained on different shuffles, then averaged (see mixedArrays).
  const parsers: ParserModels[] = Array.from({ length: parserRuns }, () => ({
    moves: new AveragedPerceptron(N_MOVES),
    labels: new AveragedPerceptron(labels.length),
  }));
  const exportWeights = (): ModelWeights => ({
    tagger,
    second,
    moves: new MoveWeights(
      mixedArrays(
        parsers.map((p) => p.moves),
        parserMinHits * parserRuns,
      ),
    ),
    labels: new SparseWeights(
      mixedArrays(
        parsers.map((p) => p.labels),
        labelMinHits * parserRuns,
      ),
    ),
  });
  const assemble = (weights: ModelWeights): SyntaxModel =>
    new SyntaxModel({ header: newHeader(fields, weights), ...weights, lemmatizer, wordClasses });

  const coarseOf = coarseTags(tags);
  const parserRandoms = parsers.map((_, r) => rng(seed + 1 + 2 * r));
  for (let epoch = 1; epoch <= parserEpochs; epoch++) {
    parsers.forEach((parser, r) => {
      trainParserEpoch(parser, examples, rootLabel, epoch > 1, parserRandoms[r], coarseOf);
    });
    let line = `parser epoch ${epoch}: ${parsers[0].moves.rows} move rows, ${parsers[0].labels.rows} label rows ${elapsed()}`;
    if (options.devEvery && epoch % options.devEvery === 0 && epoch < parserEpochs) {
      const dev = scoreSyntax(devConllu, annotateConllu(assemble(exportWeights()), devConllu));
      line += ` dev UPOS ${dev.upos} UAS ${dev.uas} LAS ${dev.las}`;
    }
    log(line);
  }
  const weights = exportWeights();
  const model = assemble(weights);
  const dev = scoreSyntax(devConllu, annotateConllu(model, devConllu));
  log(
    `dev: UPOS ${dev.upos} XPOS ${dev.xpos} lemma ${dev.lemma} UAS ${dev.uas} LAS ${dev.las} (full labels ${dev.lasFull})`,
  );
  const header = newHeader(
    { ...fields, info: { ...fields.info, devUpos: dev.upos, devUas: dev.uas, devLas: dev.las } },
    weights,
  );
  const bytes = encodeModel(header, weights);
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, MODEL_FILE), bytes);
  writeFileSync(join(options.outDir, LEMMA_EXCEPTIONS_FILE), exceptionsTsv);
  writeFileSync(join(options.outDir, LEMMA_LEXICON_FILE), lexiconTxt);
  writeFileSync(join(options.outDir, WORD_CLASSES_FILE), classesTsv);
  const seconds = (Date.now() - started) / 1000;
  log(
    `wrote ${options.outDir}/${MODEL_FILE} (${(bytes.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(0)}s`,
  );
  return { dev, seconds, modelBytes: bytes.length };
}
