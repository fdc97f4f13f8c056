/**
 * The syntax stage: UPOS/XPOS tags, lemmas and a labelled dependency tree for every sentence,
 * from the model trained on UD English EWT (see README.md beside this file).
 */

import { pathToFileURL } from 'node:url';
import type { Doc, Sentence, Token } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { datelineEnd } from '../01-text/dateline.js';
import { type ParsedWord, readModelDir, type SentenceInput, SyntaxModel } from './model.js';
import type { NameMarker } from './names.js';
import { NeuralParser } from './neural.js';

export type { ParsedWord, SentenceInput } from './model.js';
export { type NameMarker, nameMarker } from './names.js';
export { SyntaxModel };

const DEFAULT_DIR = new URL('../../../../data/models/syntax/', import.meta.url);

/**
 * Which parser builds the trees: the linear transition parser in `syntax.bin.gz`, or the neural
 * parser in `neural/` (more accurate; needs onnxruntime-node). Both read the same tagger's tags.
 */
export type ParserChoice = 'linear' | 'neural';

export interface SyntaxOptions {
  /** The model directory (default: data/models/syntax/). */
  dir?: string;
  /** Default: the SITREP_PARSER environment variable, else "linear". */
  parser?: ParserChoice;
}

/** The parser asked for by name ("linear", "neural"); E042 for any other. */
export function parserChoice(value: string | undefined): ParserChoice {
  if (value === undefined || value === '' || value === 'linear') return 'linear';
  if (value === 'neural') return 'neural';
  throw new SitrepError('E042', { value });
}

/**
 * Loads the model files (synchronously); a missing or corrupt file throws SitrepError E040 (the
 * neural parser's, E043), a neural parser without its runtime E041.
 */
export function loadSyntaxModel(options: SyntaxOptions | string = {}): SyntaxModel {
  const { dir, parser } = typeof options === 'string' ? { dir: options, parser: undefined } : options;
  const choice = parser ?? parserChoice(process.env.SITREP_PARSER);
  const base = dir ?? DEFAULT_DIR;
  const parts = readModelDir(base, choice === 'linear');
  const neural = choice === 'neural' ? new NeuralParser(new URL('neural/', toDirUrl(base))) : null;
  return new SyntaxModel(parts, neural);
}

function toDirUrl(dir: string | URL): URL {
  if (dir instanceof URL) return dir;
  return pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`);
}

/**
 * Longest piece parsed as one unit. Parsing is linear anyway, but a "sentence" this long is
 * almost always a table or a list the splitter could not break, where long arcs are noise.
 */
export const MAX_CHUNK = 250;

/** Splits [0, n) into pieces of at most `max` words, preferring to cut after punctuation. */
export function chunkBounds(words: readonly string[], max = MAX_CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (words.length - start > max) {
    let cut = start + max;
    // Look back over the last fifth of the piece for a natural break.
    for (let i = start + max - 1; i > start + (max * 4) / 5; i--) {
      if (/^[.;:!?,]$/.test(words[i])) {
        cut = i + 1;
        break;
      }
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, words.length]);
  return out;
}

/**
 * Parses a sentence of any length: pieces of at most MAX_CHUNK words are parsed alone and the
 * root of every later piece is attached to the root of the first as parataxis, so the sentence
 * still has one tree. A dateline opening the sentence ("WASHINGTON —", "KYIV (Reuters) -") is a
 * piece of its own, hung on the root of the clause after it: parsed with the clause, the place
 * became the subject ("WASHINGTON — Secretary … demanded", with the secretary an apposition).
 */
export function parseLong(
  model: SyntaxModel,
  words: readonly string[],
  names: Uint8Array | null = null,
): ParsedWord[] {
  return parseLongMany(model, [{ words, names }])[0];
}

/** `parseLong` over several sentences, all their pieces parsed in one `parseMany` call. */
export function parseLongMany(model: SyntaxModel, sentences: readonly SentenceInput[]): ParsedWord[][] {
  const plans = sentences.map(({ words }) => piecesOf(words));
  const inputs: SentenceInput[] = [];
  sentences.forEach(({ words, names }, s) => {
    for (const [start, end] of plans[s].pieces) {
      const whole = start === 0 && end === words.length;
      inputs.push({
        words: whole ? words : words.slice(start, end),
        names: whole ? names : (names?.subarray(start, end) ?? null),
      });
    }
  });
  const parsed = model.parseMany(inputs);
  let next = 0;
  return plans.map(({ pieces, main }) => {
    const own = parsed.slice(next, next + pieces.length);
    next += pieces.length;
    return own.length === 1 ? own[0] : joinPieces(pieces, own, main);
  });
}

/** The pieces a sentence is parsed in, and which of them holds the sentence's root. */
function piecesOf(words: readonly string[]): { pieces: Array<[number, number]>; main: number } {
  const dateline = datelineEnd(words);
  const semicolon = words.indexOf(';', dateline);
  if (dateline === 0 && semicolon < 0 && words.length <= MAX_CHUNK)
    return { pieces: [[0, words.length]], main: 0 };
  const pieces: Array<[number, number]> = dateline > 0 ? [[0, dateline]] : [];
  for (const [start, end] of clauseBounds(words, dateline))
    for (const [a, b] of chunkBounds(words.slice(start, end))) pieces.push([a + start, b + start]);
  // The root of the sentence is the first clause's (after any dateline).
  return { pieces, main: dateline > 0 ? 1 : 0 };
}

/**
 * "Hamas hands over bodies of two hostages; Israel reopens Rafah crossing": clauses a semicolon
 * joins are parsed apart (the semicolon stays with the clause before it), each of at least
 * three words; parsed as one, the headline's "hands" became a noun, the subject of "reopens".
 */
function clauseBounds(words: readonly string[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from + 3; i < words.length - 3; i++) {
    if (words[i] !== ';' || i + 1 - start < 4) continue;
    out.push([start, i + 1]);
    start = i + 1;
  }
  out.push([start, words.length]);
  return out;
}

/** One tree from the parses of a sentence's pieces: later roots hang on the main one. */
function joinPieces(pieces: Array<[number, number]>, parsed: ParsedWord[][], main: number): ParsedWord[] {
  const mainRoot = pieces[main][0] + parsed[main].findIndex((w) => w.head < 0);
  const out: ParsedWord[] = [];
  parsed.forEach((piece, p) => {
    const start = pieces[p][0];
    // ("Trump questioned how…; blamed Obama for…": a later clause with no subject of its own
    // shares the first one's, as a conjunct.)
    const root = piece.findIndex((w) => w.head < 0);
    // (Only a clause that opens with its verb: "M23(NOUN) seizes(VERB) a town" has its own subject,
    // however the parser labelled it.)
    const shared =
      p > main &&
      piece[root]?.upos === 'VERB' &&
      piece.slice(0, root).every((w) => ['PUNCT', 'ADV', 'CCONJ'].includes(w.upos)) &&
      !piece.some((w) => w.head === root && /^(?:nsubj|expl|csubj)/.test(w.deprel));
    // (Written out, not spread: see `reading` in the events stage for why hot objects keep one shape.)
    for (const { upos, xpos, lemma, head, deprel } of piece) {
      if (head >= 0) out.push({ upos, xpos, lemma, head: head + start, deprel });
      else if (p === main) out.push({ upos, xpos, lemma, head, deprel });
      else out.push({ upos, xpos, lemma, head: mainRoot, deprel: shared ? 'conj' : 'parataxis' });
    }
  });
  return out;
}

/** The stage; `names` marks the words of names the knowledge base knows (see names.ts). */
export function syntaxStage(model: SyntaxModel, names?: NameMarker): Stage {
  return {
    name: 'syntax',
    requires: ['tokens', 'sentences'],
    assigns: ['syntax'],
    run(doc: Doc): void {
      annotateDocs(model, [doc], names);
    },
    // All the batch's sentences in one parseMany call, which keeps each weight table in the
    // processor's cache over many sentences (see SyntaxModel.parseMany).
    runMany(docs: readonly Doc[]): void {
      annotateDocs(model, docs, names);
    },
  };
}

/** Fills the syntax fields of every token of the docs' sentences. */
function annotateDocs(model: SyntaxModel, docs: readonly Doc[], names?: NameMarker): void {
  const sentences: Array<{ sentence: Sentence; tokens: Token[] }> = [];
  const inputs: SentenceInput[] = [];
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
      if (tokens.length === 0) continue;
      const words = tokens.map((t) => doc.text.slice(t.start, t.end));
      sentences.push({ sentence, tokens });
      inputs.push({ words, names: names?.(words) ?? null });
    }
  }
  const parsed = parseLongMany(model, inputs);
  sentences.forEach(({ sentence, tokens }, s) => {
    tokens.forEach((token, i) => {
      const p = parsed[s][i];
      token.upos = p.upos;
      token.xpos = p.xpos;
      token.lemma = p.lemma;
      token.head = p.head < 0 ? -1 : sentence.tokenStart + p.head;
      token.deprel = p.deprel;
    });
  });
}
