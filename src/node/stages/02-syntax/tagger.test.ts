import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  contextFeatures,
  firstPassFeatures,
  Lex,
  TAGGER_MAX_FEATS,
  taggerFeatures,
  wordFeatures,
} from './tagger.js';

describe('tagger features', () => {
  const lex = new Lex(['Troops', 'fired', 'shots', '.'], new Map([['troops', 1]]));
  const first = Int32Array.from([5, 7, 5, 9]);

  // [position, first-pass tags changed at, whether the second-pass features should change]
  const cases: Array<[string, number, number, boolean]> = [
    ['sees the first-pass tag of the next word', 0, 1, true],
    ['sees the first-pass tag two words on', 0, 2, true],
    ['ignores first-pass tags three words on', 0, 3, false],
    ['ignores first-pass tags to the left', 2, 1, false],
  ];
  for (const [name, i, changed, differs] of cases) {
    it(name, () => {
      const a = new Int32Array(TAGGER_MAX_FEATS);
      const b = new Int32Array(TAGGER_MAX_FEATS);
      const other = Int32Array.from(first);
      other[changed] = 42;
      const na = taggerFeatures(lex, i, 1, 2, a, first);
      const nb = taggerFeatures(lex, i, 1, 2, b, other);
      assert.equal(na, nb);
      assert.equal(a.join() !== b.join(), differs);
    });
  }

  it('adds second-pass features only when given first-pass tags, within the buffer', () => {
    const out = new Int32Array(TAGGER_MAX_FEATS);
    const one = taggerFeatures(lex, 3, 1, 2, out);
    const two = taggerFeatures(lex, 3, 1, 2, out, first);
    assert.ok(two > one && two <= TAGGER_MAX_FEATS);
  });

  // The run-time tagger splits the keys into groups to hash most of them once per sentence; the
  // groups must add up to exactly the keys the weights were trained on, or the tags change.
  it('splits into word, first-pass and previous-tag keys that are the training keys', () => {
    const sorted = (a: Int32Array, n: number): string => Array.from(a.subarray(0, n)).sort().join();
    for (let i = 0; i < lex.n; i++) {
      for (const pass of [undefined, first]) {
        const whole = new Int32Array(TAGGER_MAX_FEATS);
        const nWhole = taggerFeatures(lex, i, 3, 4, whole, pass);
        const parts = new Int32Array(TAGGER_MAX_FEATS);
        let k = wordFeatures(lex, i, parts, 0);
        assert.equal(k, 33);
        if (pass) {
          const nFirst = firstPassFeatures(lex, i, pass, parts, k);
          assert.equal(nFirst, 7);
          k += nFirst;
        }
        k += contextFeatures(lex, i, 3, 4, parts, k, pass);
        assert.equal(k, nWhole);
        assert.equal(sorted(parts, k), sorted(whole, nWhole));
      }
    }
  });
});
