// dumps EWT train (jackknifed tags), dev, test, PUD (predicted tags) as TSV: form, predtag, head, deprel
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { annotateConllu } from '../../src/node/stages/02-syntax/annotate.ts';
import { readConllu } from '../../src/node/stages/02-syntax/conllu.ts';
import { loadSyntaxModel } from '../../src/node/stages/02-syntax/index.ts';
import { byFrequency, countBy } from '../../src/node/stages/02-syntax/train.ts';

const SHARED = process.env.SITREP_SHARED ?? '../shared';
const OUT = process.env.OUT ?? 'out';
mkdirSync(OUT, { recursive: true });
const D = `${SHARED}/data/ud-ewt/`;
const train = readConllu(readFileSync(D + 'en_ewt-ud-train.conllu', 'utf8'));
const tags = byFrequency(countBy(train.flatMap((s) => s.words.map((w) => `${w.upos} ${w.xpos}`))));
const jk = JSON.parse(readFileSync(process.env.TAGS ?? `${OUT}/jk-tags.json`, 'utf8')) as number[][];
function out(name: string, sents: any[], pred: (i: number, j: number) => string) {
  const lines: string[] = [];
  sents.forEach((s, i) => {
    s.words.forEach((w: any, j: number) =>
      lines.push(`${w.form}\t${pred(i, j).replace(' ', '|')}\t${w.head}\t${w.deprel}\t${w.upos}`),
    );
    lines.push('');
  });
  writeFileSync(`${OUT}/${name}.tsv`, lines.join('\n'));
}
out('train', train, (i, j) => tags[jk[i][j]]);
const model = loadSyntaxModel({ parser: 'linear' });
for (const [name, f] of [
  ['dev', D + 'en_ewt-ud-dev.conllu'],
  ['test', D + 'en_ewt-ud-test.conllu'],
  ['pud', `${SHARED}/data/ud-pud/en_pud-ud-test.conllu`],
]) {
  const gold = readConllu(readFileSync(f, 'utf8'));
  const pred = annotateConllu(model, gold);
  out(name, gold, (i, j) => `${pred[i].words[j].upos} ${pred[i].words[j].xpos}`);
  // also our parser's heads for comparison
  writeFileSync(
    `${OUT}/${name}.ours`,
    pred.map((p: any) => p.words.map((w: any) => `${w.head}:${w.deprel}`).join(' ')).join('\n'),
  );
}
