import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachPunctuation } from './punctuation.js';

const MARKS = new Set(['"', '“', '”', '(', ')', ',', '.', '!', '?', '-']);

describe('attachPunctuation', () => {
  // [what, words, heads before (0-based, -1 root), heads after]
  const cases: Array<[string, string[], number[], number[]]> = [
    [
      'quotation marks go to the word heading what they enclose',
      ['He', 'said', '"', 'we', 'left', '"', '.'],
      [1, -1, 0, 4, 1, 6, 1],
      [1, -1, 4, 4, 1, 4, 1],
    ],
    [
      'curly quotes pair the same way',
      ['He', 'said', '“', 'we', 'left', '”', '.'],
      [1, -1, 1, 4, 1, 1, 1],
      [1, -1, 4, 4, 1, 4, 1],
    ],
    [
      'brackets holding two phrases are left to the parser',
      ['the', 'talks', '(', 'Doha', ',', 'Cairo', ')'],
      [1, -1, 3, 1, 5, 1, 5],
      [1, -1, 3, 1, 5, 1, 5],
    ],
    [
      'a comma hung across a phrase it is not part of moves next to it',
      ['Troops', 'fired', ',', 'police', 'said', '.'],
      [1, 4, 0, 4, -1, 4],
      [1, 4, 1, 4, -1, 4],
    ],
    [
      'a comma hung projectively keeps the head the parser chose',
      ['Troops', 'fired', ',', 'police', 'said', '.'],
      [1, 4, 4, 4, -1, 4],
      [1, 4, 4, 4, -1, 4],
    ],
    ['a word hung on a mark goes to the mark’s head', ['Peace', ',', 'now'], [-1, 0, 1], [-1, 0, 0]],
    ['a sentence headed by a mark is left alone', ['!', '?'], [-1, 0], [-1, 0]],
  ];
  for (const [what, words, before, after] of cases) {
    it(what, () => {
      const heads = Int32Array.from(before);
      attachPunctuation(
        words,
        words.map((w) => MARKS.has(w)),
        heads,
      );
      assert.deepEqual(Array.from(heads), after);
    });
  }

  it('keeps one root and every word attached in a long sentence of marks and words', () => {
    const words = Array.from({ length: 300 }, (_, i) => (i % 3 === 2 ? ',' : `w${i}`));
    // A chain with every mark hung far to the left, crossing many arcs.
    const heads = Int32Array.from(words, (w, i) => (i === 0 ? -1 : w === ',' ? 0 : i - 1));
    attachPunctuation(
      words,
      words.map((w) => w === ','),
      heads,
    );
    assert.equal(Array.from(heads).filter((h) => h === -1).length, 1);
    for (let i = 0; i < heads.length; i++) {
      let x = i;
      for (let steps = 0; steps <= heads.length && x !== -1; steps++) x = heads[x];
      assert.equal(x, -1, `word ${i} reaches the root`);
    }
  });
});
