// usage (from this folder): node --import tsx eval.mts MODEL_DIR [BATCH] — the raw model's UAS/LAS on
// EWT dev, test and PUD (out/{dev,test,pud}.tsv from dump.mts: words with sitrep's tags, gold
// heads and labels) and its words/s, through sitrep's own runtime (NeuralParser). MODEL_DIR holds
// parser.onnx, labels.onnx and vocab.json, as data/models/syntax/neural/ does. No tag fixes, retries
// or tree edits: SyntaxModel's figures are bench/syntax.ts's.

import { readFileSync } from 'node:fs';
import { NeuralParser } from '../../src/node/stages/02-syntax/neural.ts';

const [dir, batchArg = '16'] = process.argv.slice(2);
const parser = new NeuralParser(dir);

type Sentence = { forms: string[]; tags: string[]; heads: number[]; labels: string[] };

function read(file: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { forms: [], tags: [], heads: [], labels: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) {
      if (cur.forms.length) out.push(cur);
      cur = { forms: [], tags: [], heads: [], labels: [] };
      continue;
    }
    const c = line.split('\t');
    cur.forms.push(c[0]);
    cur.tags.push(c[1]);
    cur.heads.push(+c[2]);
    cur.labels.push(c[3]);
  }
  if (cur.forms.length) out.push(cur);
  return out;
}

const B = +batchArg;
for (const name of ['dev', 'test', 'pud']) {
  const sentences = read(`out/${name}.tsv`);
  const order = sentences.map((_, i) => i).sort((a, b) => sentences[a].forms.length - sentences[b].forms.length);
  let unlabelled = 0;
  let labelled = 0;
  let total = 0;
  const rates: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const start = performance.now();
    unlabelled = labelled = total = 0;
    for (let i = 0; i < order.length; i += B) {
      const batch = order.slice(i, i + B).map((k) => sentences[k]);
      parser.parseMany(batch).forEach((r, b) => {
        const s = batch[b];
        for (let j = 0; j < s.forms.length; j++) {
          total++;
          // Gold heads are 1-based with 0 the root; the parser's are 0-based with -1 the root.
          if (r.heads[j] + 1 !== s.heads[j]) continue;
          unlabelled++;
          if (r.labels[j] === s.labels[j]) labelled++;
        }
      });
    }
    rates.push((total / (performance.now() - start)) * 1000);
  }
  rates.sort((a, b) => a - b);
  const pct = (x: number) => ((100 * x) / total).toFixed(2);
  console.log(name, 'uas', pct(unlabelled), 'las', pct(labelled), 'words/s', rates.map((x) => x.toFixed(0)).join(' '));
}
