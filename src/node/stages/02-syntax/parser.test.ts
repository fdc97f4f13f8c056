import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bestLabel,
  bestMove,
  coarseTags,
  forcedMove,
  LEFT,
  PARSER_MAX_FEATS,
  ParserState,
  RIGHT,
  SHIFT,
} from './parser.js';
import {
  AveragedPerceptron,
  MoveWeights,
  mixedArrays,
  SparseWeights,
  type WeightArrays,
} from './perceptron.js';

const coarse = coarseTags(['NOUN NN', 'VERB VBD', 'NOUN NNS', 'PUNCT .']);

/** A state over n words after the given moves (arcs labelled 0). */
function stateAfter(n: number, moves: number[]): ParserState {
  const state = new ParserState(coarse);
  state.reset(
    Int32Array.from({ length: n }, (_, i) => i + 3),
    new Int32Array(n).fill(2),
    n,
  );
  for (const m of moves) state.apply(m, 0);
  return state;
}

describe('parser moves', () => {
  // [description, words, moves so far, forced move or -1]
  const cases: Array<[string, number, number[], number]> = [
    ['empty stack: shift', 3, [], SHIFT],
    ['one on the stack, words left: a choice', 3, [SHIFT], -1],
    ['two on the stack, words left: a choice', 3, [SHIFT, SHIFT], -1],
    ['buffer holds only the root, two on the stack: right', 2, [SHIFT, SHIFT], RIGHT],
    ['buffer holds only the root, one on the stack: the root arc', 1, [SHIFT], LEFT],
  ];
  for (const [name, n, moves, forced] of cases) {
    it(name, () => assert.equal(forcedMove(stateAfter(n, moves)), forced));
  }

  it('picks the best valid move, never an invalid one', () => {
    const state = stateAfter(3, [SHIFT]);
    // RIGHT scores best but needs two items on the stack.
    assert.equal(bestMove(state, Float64Array.from([1, 2, 9])), LEFT);
    assert.equal(bestMove(state, Float64Array.from([3, 2, 9])), SHIFT);
  });

  it('never picks the root label for an ordinary arc', () => {
    const cases: Array<[number[], number, number]> = [
      [[5, 1, 2], 0, 2],
      [[1, 5, 2], 0, 1],
      [[1, 5, 9], 2, 1],
      [[7, 5, 9], 2, 0],
    ];
    for (const [scores, root, want] of cases) assert.equal(bestLabel(Float64Array.from(scores), root), want);
  });

  it('label features differ by direction and stay within the buffer', () => {
    const state = stateAfter(4, [SHIFT, SHIFT]);
    const left = new Int32Array(PARSER_MAX_FEATS);
    const right = new Int32Array(PARSER_MAX_FEATS);
    const nl = state.labelFeatures(LEFT, left);
    const nr = state.labelFeatures(RIGHT, right);
    assert.equal(nl, nr);
    assert.ok(nl <= PARSER_MAX_FEATS);
    for (let i = 0; i < nl; i++) assert.notEqual(left[i], right[i]);
    assert.ok(state.features(left) <= PARSER_MAX_FEATS);
  });
});

describe('move weights', () => {
  // Features: one with all three moves, one with a single move, one whose moves differ by more
  // than 16 bits can hold, and a few never trained.
  const arrays: WeightArrays = {
    nClasses: 3,
    keys: Int32Array.from([17, 42, 64]),
    lens: Uint8Array.from([3, 1, 2]),
    cls: Uint8Array.from([0, 1, 2, 2, 0, 1]),
    w: Int16Array.from([5, -3, 7, 100, -32000, 32000]),
  };
  const cases: Array<[string, number[], number[]]> = [
    ['no features', [], [0, 0, 0]],
    ['one full feature', [17], [5, -3, 7]],
    ['a sparse feature', [42], [0, 0, 100]],
    ['unknown features add nothing', [17, 99, 42, 12345], [5, -3, 107]],
    ['a feature with a wide spread', [64, 17], [-31995, 31997, 7]],
  ];
  // Move scores are only compared, so the dense layout may shift all three by one amount.
  const relative = (scores: ArrayLike<number>): number[] => [0, scores[1] - scores[0], scores[2] - scores[0]];
  for (const [name, feats, want] of cases) {
    it(`${name}: same score differences as the sparse layout`, () => {
      const dense = new Int32Array(3).fill(-1);
      new MoveWeights(arrays).score(Int32Array.from(feats), feats.length, dense);
      const sparse = new Int32Array(3);
      new SparseWeights(arrays).score(Int32Array.from(feats), feats.length, sparse);
      assert.deepEqual(relative(dense), relative(want));
      assert.deepEqual([...sparse], want);
    });
  }

  it('refuses classifiers with more than three classes', () => {
    assert.throws(() => new MoveWeights({ ...arrays, nClasses: 5 }));
  });
});

describe('weight export', () => {
  /** A model over 3 classes that moved weight from class 1 to class `gold` for `key`, `times` times. */
  function trained(updates: Array<[number, number, number]>): AveragedPerceptron {
    const model = new AveragedPerceptron(3);
    for (const [key, gold, times] of updates) {
      for (let i = 0; i < times; i++) {
        model.update(Int32Array.from([key]), 1, gold, 1);
        model.tick();
      }
    }
    return model;
  }
  const a = trained([
    [7, 0, 4],
    [8, 2, 1],
  ]);
  const b = trained([
    [7, 2, 4],
    [9, 0, 1],
  ]);
  // [name, models, min hits, keys kept]
  const cases: Array<[string, AveragedPerceptron[], number, number[]]> = [
    ['one model keeps its frequent key', [a], 2, [7]],
    ['one model with no pruning keeps every key', [a], 1, [7, 8]],
    ['mixing keeps keys frequent in either model', [a, b], 2, [7]],
    ['mixing sums the hits of both models', [a, b], 1, [7, 8, 9]],
  ];
  for (const [name, models, minHits, keys] of cases) {
    it(name, () => assert.deepEqual([...mixedArrays(models, minHits).keys].sort(), keys));
  }

  it('mixing averages the weights', () => {
    // Key 7 moved weight to class 0 in one model and to class 2 in the other: the mean takes
    // equal weight from class 1 for both.
    const scores = new Int32Array(3);
    new MoveWeights(mixedArrays([a, b], 2)).score(Int32Array.from([7]), 1, scores);
    assert.equal(scores[0], scores[2]);
    assert.ok(scores[1] < scores[0]);
  });
});
