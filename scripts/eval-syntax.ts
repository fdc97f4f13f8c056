/**
 * Scores syntax predictions CoNLL 2018-style (gold tokens, punctuation included):
 *   node --import tsx scripts/eval-syntax.ts GOLD.conllu [PRED.conllu]
 * Without PRED the committed model parses GOLD's words itself.
 */
import { readFileSync } from 'node:fs';
import { annotateConllu } from '../src/node/stages/02-syntax/annotate.js';
import { readConllu } from '../src/node/stages/02-syntax/conllu.js';
import { scoreSyntax } from '../src/node/stages/02-syntax/evaluate.js';
import { loadSyntaxModel } from '../src/node/stages/02-syntax/index.js';

const [goldFile, predFile] = process.argv.slice(2);
if (!goldFile) {
  console.error('usage: eval-syntax GOLD.conllu [PRED.conllu]');
  process.exit(2);
}
const gold = readConllu(readFileSync(goldFile, 'utf8'));
const pred = predFile ? readConllu(readFileSync(predFile, 'utf8')) : annotateConllu(loadSyntaxModel(), gold);
const s = scoreSyntax(gold, pred);
console.log(
  `${s.words} words  UPOS ${s.upos}  XPOS ${s.xpos}  lemma ${s.lemma}  UAS ${s.uas}  LAS ${s.las}  (LAS with subtypes ${s.lasFull})`,
);
