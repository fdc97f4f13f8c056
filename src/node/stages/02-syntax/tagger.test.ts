import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lex, TAGGER_MAX_FEATS, taggerFeatures } from './tagger.js';

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
});
