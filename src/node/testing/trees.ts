/**
 * Shared by the syntax tests of both parsers: what every parse must be (a tree), and input no
 * parser may fail on.
 */
import assert from 'node:assert/strict';
import type { ParsedWord } from '../stages/02-syntax/index.js';

/** Every token has a head inside the sentence, exactly one is the root, and there is no cycle. */
export function assertTree(parsed: readonly ParsedWord[], n: number): void {
  assert.equal(parsed.length, n);
  let roots = 0;
  for (const w of parsed) {
    assert.ok(w.head >= -1 && w.head < n && Number.isInteger(w.head), `head ${w.head} out of range`);
    assert.ok(w.deprel.length > 0 && w.upos.length > 0 && w.lemma.length > 0);
    if (w.head === -1) {
      roots++;
      assert.equal(w.deprel, 'root');
    } else assert.notEqual(w.deprel, 'root');
  }
  assert.equal(roots, n === 0 ? 0 : 1, 'exactly one root');
  for (let i = 0; i < n; i++) {
    let x = i;
    for (let steps = 0; x !== -1; steps++) {
      assert.ok(steps <= n, `cycle through token ${i}`);
      x = parsed[x].head;
    }
  }
}

export const words = (s: string): string[] => s.split(' ');

const long = Array.from({ length: 500 }, (_, i) =>
  i % 12 === 11 ? ',' : ['Troops', 'fired', 'on', 'the', 'crowd'][i % 5],
);

/** Input no parser may fail on: each must still come back as a tree. */
export const BAD_INPUTS: Array<[string, string[]]> = [
  ['no words', []],
  ['one word', ['Hello']],
  ['one punctuation mark', ['.']],
  ['500 words', long],
  ['unknown words', words('Zorblax glimfed the quandrix of Vexmoor .')],
  ['Arabic script', words('قال وزير الخارجية إن المحادثات مستمرة .')],
  ['Chinese script', ['外交部', '发言人', '表示', '，', '会谈', '将', '继续', '。']],
  ['all caps headline', words("TURKEY HOSTS IRAN'S FOREIGN MINISTER IN ANKARA")],
  ['empty and blank strings', ['', ' ', 'war', '\t']],
  ['emoji and symbols', ['🙂', '$', '%', '@user', '#tag', 'https://example.org']],
  ['a very long token', ['x'.repeat(5000), 'said']],
  ['numbers only', words('1 2 3 4 5 6 7')],
];
