// usage (from the repository root): SITREP_PARSER=neural node --import tsx experiments/neural-parser/tools/syn-nn.mts OUT — UAS/LAS on EWT dev, test, PUD; writes heads per sentence to OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { annotateConllu } from '../../../src/node/stages/02-syntax/annotate.ts';
import { readConllu } from '../../../src/node/stages/02-syntax/conllu.ts';
import { scoreSyntax } from '../../../src/node/stages/02-syntax/evaluate.ts';
import { loadSyntaxModel } from '../../../src/node/stages/02-syntax/index.ts';

const model = loadSyntaxModel();
const lines: string[] = [];
for (const [name, f] of [
  ['dev', (process.env.SITREP_SHARED ?? '../shared') + '/data/ud-ewt/en_ewt-ud-dev.conllu'],
  ['test', (process.env.SITREP_SHARED ?? '../shared') + '/data/ud-ewt/en_ewt-ud-test.conllu'],
  ['pud', (process.env.SITREP_SHARED ?? '../shared') + '/data/ud-pud/en_pud-ud-test.conllu'],
]) {
  const gold = readConllu(readFileSync(f, 'utf8'));
  const pred = annotateConllu(model, gold);
  const s = scoreSyntax(gold, pred);
  console.log(name, 'upos', s.upos, 'uas', s.uas, 'las', s.las);
  pred.forEach((p: any, i: number) =>
    lines.push(`${name}\t${i}\t${p.words.map((w: any) => `${w.head}:${w.deprel}`).join(' ')}`),
  );
}
if (process.argv[2]) writeFileSync(process.argv[2], lines.join('\n'));
