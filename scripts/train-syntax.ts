/**
 * `npm run train:syntax`: retrains the tagger and parser from UD English EWT and writes
 * data/models/syntax/. The treebank is looked up in ../shared/data/ud-ewt relative to the repo
 * root, or in $SITREP_SHARED/ud-ewt. Options: --epochs N (parser), --tagger-epochs N,
 * --tagger-passes 1|2, --parser-runs N, --folds N, --seed N, --dev-every N, --out DIR, --tags-cache FILE (reuse jackknifed tags across
 * parser experiments; leave it out for a release model).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainSyntax } from '../src/node/stages/02-syntax/train.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SITREP_SHARED ?? join(root, '..', 'shared', 'data');
const dataDir = join(shared, 'ud-ewt');

function option(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}
function path(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? resolve(process.argv[i + 1]) : undefined;
}
const outDir = path('--out') ?? join(root, 'data', 'models', 'syntax');

if (!existsSync(join(dataDir, 'en_ewt-ud-train.conllu'))) {
  console.error(
    `UD English EWT not found in ${dataDir}; set SITREP_SHARED to the directory holding ud-ewt/.`,
  );
  process.exit(1);
}
trainSyntax({
  dataDir,
  outDir,
  seed: option('--seed'),
  parserEpochs: option('--epochs'),
  taggerEpochs: option('--tagger-epochs'),
  taggerPasses: option('--tagger-passes'),
  parserRuns: option('--parser-runs'),
  folds: option('--folds'),
  devEvery: option('--dev-every'),
  tagsCache: path('--tags-cache'),
});
