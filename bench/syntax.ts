/**
 * Syntax benchmark: EWT test UPOS/UAS/LAS and PUD UAS/LAS on gold tokens, speed of tagging +
 * parsing on one core (median of 5 runs after a warm-up; sentences in batches of 256, as the
 * pipeline gives them), model load time and RSS. `npm run bench` runs it once per parser, each in
 * its own process: the linear parser's figures are `syntax.*`, the neural one's
 * `syntax.neural.*`.
 * Needs the shared treebanks (../shared/data relative to the repo root, or $SITREP_SHARED/data);
 * without them it skips with a message. Run alone: node --import tsx bench/syntax.ts [MODEL_DIR] [linear|neural]
 * (MODEL_DIR defaults to data/models/syntax; pass another to compare a freshly trained model).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { annotateConllu } from '../src/node/stages/02-syntax/annotate.js';
import { type ConlluSentence, readConllu } from '../src/node/stages/02-syntax/conllu.js';
import { scoreSyntax } from '../src/node/stages/02-syntax/evaluate.js';
import { loadSyntaxModel, type ParserChoice, type SyntaxModel } from '../src/node/stages/02-syntax/index.js';
import { median, sharedDir } from './shared.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function timeParse(model: SyntaxModel, sentences: readonly ConlluSentence[]): number {
  const inputs = sentences.map((s) => ({ words: s.words.map((w) => w.form), names: null }));
  const start = process.hrtime.bigint();
  let count = 0;
  for (let i = 0; i < inputs.length; i += 256)
    for (const parsed of model.parseMany(inputs.slice(i, i + 256))) count += parsed.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

export async function runSyntaxBench(
  modelDir?: string,
  parser: ParserChoice = 'linear',
): Promise<Record<string, number | string>> {
  const prefix = parser === 'linear' ? 'syntax' : `syntax.${parser}`;
  const shared = join(sharedDir() ?? join(ROOT, '..', 'shared'), 'data');
  const ewtTest = join(shared, 'ud-ewt', 'en_ewt-ud-test.conllu');
  const pudTest = join(shared, 'ud-pud', 'en_pud-ud-test.conllu');
  if (!existsSync(ewtTest)) {
    const message = `syntax bench skipped: ${ewtTest} not found (set SITREP_SHARED to the shared folder)`;
    console.log(message);
    return { skipped: message };
  }
  const loadStart = process.hrtime.bigint();
  const model = loadSyntaxModel({ dir: modelDir, parser });
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

  const ewt = readConllu(readFileSync(ewtTest, 'utf8'));
  const result: Record<string, number | string> = {};
  // Speed and memory first, while only the treebank's words are held beside the model.
  timeParse(model, ewt);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(timeParse(model, ewt));
  result[`${prefix}.tokens_per_s`] = Math.round(median(runs));
  result[`${prefix}.load_ms`] = Math.round(loadMs);
  result[`${prefix}.rss_mb`] = Math.round(process.memoryUsage().rss / 1e6);
  const ewtScores = scoreSyntax(ewt, annotateConllu(model, ewt));
  Object.assign(result, {
    [`${prefix}.ewt_test.words`]: ewtScores.words,
    [`${prefix}.ewt_test.upos`]: ewtScores.upos,
    [`${prefix}.ewt_test.xpos`]: ewtScores.xpos,
    [`${prefix}.ewt_test.lemma`]: ewtScores.lemma,
    [`${prefix}.ewt_test.uas`]: ewtScores.uas,
    [`${prefix}.ewt_test.las`]: ewtScores.las,
    [`${prefix}.ewt_test.las_subtypes`]: ewtScores.lasFull,
  });
  if (existsSync(pudTest)) {
    const pud = readConllu(readFileSync(pudTest, 'utf8'));
    const pudScores = scoreSyntax(pud, annotateConllu(model, pud));
    result[`${prefix}.pud.upos`] = pudScores.upos;
    result[`${prefix}.pud.uas`] = pudScores.uas;
    result[`${prefix}.pud.las`] = pudScores.las;
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const parser = process.argv[3] === 'neural' ? 'neural' : 'linear';
  runSyntaxBench(process.argv[2] || undefined, parser).then(
    (result) => {
      for (const [key, value] of Object.entries(result)) console.log(`${key}\t${value}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
