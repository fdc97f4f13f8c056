import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConllu, writeConllu } from './conllu.js';

// Invented sentences exercising comments, a multiword token range and an empty node.
const FIXTURE = [
  '# newdoc id = fixture',
  '# sent_id = 1',
  "# text = Officials don't agree.",
  '1\tOfficials\tofficial\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t4:nsubj\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tagree\tagree\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = 2',
  '1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t2:nsubj\t_',
  '2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t0:root\t_',
  '2.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t0:root\tCopyOf=2',
  '',
  '',
].join('\n');

describe('conllu', () => {
  it('round-trips comments, ranges and empty nodes byte for byte', () => {
    assert.equal(writeConllu(readConllu(FIXTURE)), FIXTURE);
  });

  it('exposes only basic words, with numeric heads', () => {
    const [first, second] = readConllu(FIXTURE);
    assert.deepEqual(
      first.words.map((w) => [w.id, w.form, w.head, w.deprel]),
      [
        [1, 'Officials', 4, 'nsubj'],
        [2, 'do', 4, 'aux'],
        [3, "n't", 4, 'advmod'],
        [4, 'agree', 0, 'root'],
        [5, '.', 4, 'punct'],
      ],
    );
    assert.equal(second.words.length, 2);
  });

  it('writes changed fields in place and keeps the other lines', () => {
    const sentences = readConllu(FIXTURE);
    sentences[0].words[0].upos = 'PROPN';
    sentences[0].words[0].head = 2;
    const out = writeConllu(sentences).split('\n');
    assert.equal(out[3], '1\tOfficials\tofficial\tPROPN\tNNS\tNumber=Plur\t2\tnsubj\t4:nsubj\t_');
    assert.equal(out[4], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  });

  const malformed: Array<[string, string, number]> = [
    ['empty input', '', 0],
    ['windows line ends', '1\ta\ta\tX\tX\t_\t0\troot\t_\t_\r\n\r\n', 1],
    ['no final blank line', '1\ta\ta\tX\tX\t_\t0\troot\t_\t_', 1],
    ['comment-only block', '# just a comment\n\n', 1],
  ];
  for (const [name, text, count] of malformed) {
    it(`reads ${name}`, () => {
      assert.equal(readConllu(text).length, count);
    });
  }
});
