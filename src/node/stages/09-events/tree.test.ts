import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { loadAbbreviations } from '../01-text/abbreviations.js';
import { textStage } from '../01-text/index.js';
import { loadSyntaxModel, syntaxStage } from '../02-syntax/index.js';
import { SentenceTree } from './tree.js';

describe('sentence tree', () => {
  const pipeline = createPipeline([textStage(loadAbbreviations()), syntaxStage(loadSyntaxModel())]);
  const doc = pipeline.run(new Doc('Chile recalled its ambassador on Monday.', { published: '2026-02-02' }));
  const tree = new SentenceTree(doc, doc.sentences[0]);

  // A rule that walks past the root asks about token -1: it must get "nothing", not a crash that
  // costs the whole article.
  const cases: Array<[string, () => unknown, unknown]> = [
    ['relation', () => tree.rel(-1), ''],
    ['full relation', () => tree.deprel(-1), ''],
    ['head', () => tree.head(-1), -1],
    ['lemma', () => tree.lemma(-1), ''],
    ['verb', () => tree.isVerb(-1), false],
    ['nominal', () => tree.isNominal(-1), false],
    ['children', () => tree.kids(-1), []],
  ];
  for (const [what, ask, want] of cases) {
    it(`the ${what} of no token is empty`, () => assert.deepEqual(ask(), want));
  }

  it('still reads the real tokens', () => {
    assert.equal(tree.lemma(1), 'recall');
    assert.equal(tree.rel(0), 'nsubj');
    assert.equal(tree.head(0), 1);
  });
});
