/**
 * Syntax benchmark: EWT test UPOS/UAS/LAS and PUD UAS/LAS on gold tokens, speed of tagging +
 * parsing on one core (median of 5 runs after a warm-up), model load time and RSS.
 * Needs the shared treebanks (../shared/data relative to the repo root, or $SITREP_SHARED/data);
 * without them it skips with a message. Run alone: node --import tsx bench/syntax.ts [MODEL_DIR]
 * (MODEL_DIR defaults to data/models/syntax; pass another to compare a freshly trained model).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { annotateConllu } from '../src/node/stages/02-syntax/annotate.js';
import { type ConlluSentence, readConllu } from '../src/node/stages/02-syntax/conllu.js';
import { scoreSyntax } from '../src/node/stages/02-syntax/evaluate.js';
import { loadSyntaxModel, type SyntaxModel } from '../src/node/stages/02-syntax/index.js';
import { median, sharedDir } from './shared.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function timeParse(model: SyntaxModel, sentences: readonly ConlluSentence[]): number {
  const words = sentences.map((s) => s.words.map((w) => w.form));
  const start = process.hrtime.bigint();
  let count = 0;
  for (const sentence of words) count += model.parse(sentence).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

export async function runSyntaxBench(modelDir?: string): Promise<Record<string, number | string>> {
  const shared = join(sharedDir() ?? join(ROOT, '..', 'shared'), 'data');
  const ewtTest = join(shared, 'ud-ewt', 'en_ewt-ud-test.conllu');
  const pudTest = join(shared, 'ud-pud', 'en_pud-ud-test.conllu');
  if (!existsSync(ewtTest)) {
    const message = `syntax bench skipped: ${ewtTest} not found (set SITREP_SHARED to the shared folder)`;
    console.log(message);
    return { skipped: message };
  }
  const loadStart = process.hrtime.bigint();
  const model = loadSyntaxModel(modelDir);
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

  const ewt = readConllu(readFileSync(ewtTest, 'utf8'));
  const ewtScores = scoreSyntax(ewt, annotateConllu(model, ewt));
  const result: Record<string, number | string> = {
    'syntax.ewt_test.words': ewtScores.words,
    'syntax.ewt_test.upos': ewtScores.upos,
    'syntax.ewt_test.xpos': ewtScores.xpos,
    'syntax.ewt_test.lemma': ewtScores.lemma,
    'syntax.ewt_test.uas': ewtScores.uas,
    'syntax.ewt_test.las': ewtScores.las,
    'syntax.ewt_test.las_subtypes': ewtScores.lasFull,
  };
  if (existsSync(pudTest)) {
    const pud = readConllu(readFileSync(pudTest, 'utf8'));
    const pudScores = scoreSyntax(pud, annotateConllu(model, pud));
    result['syntax.pud.upos'] = pudScores.upos;
    result['syntax.pud.uas'] = pudScores.uas;
    result['syntax.pud.las'] = pudScores.las;
  }
  timeParse(model, ewt);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(timeParse(model, ewt));
  result['syntax.tokens_per_s'] = Math.round(median(runs));
  result['syntax.load_ms'] = Math.round(loadMs);
  result['syntax.rss_mb'] = Math.round(process.memoryUsage().rss / 1e6);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runSyntaxBench(process.argv[2]).then(
    (result) => {
      for (const [key, value] of Object.entries(result)) console.log(`${key}\t${value}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
