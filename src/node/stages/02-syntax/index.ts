/**
 * The syntax stage: UPOS/XPOS tags, lemmas and a labelled dependency tree for every sentence,
 * from the model trained on UD English EWT (see README.md beside this file).
 */
import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { readModelDir, SyntaxModel } from './model.js';
import type { NameMarker } from './names.js';

export type { ParsedWord } from './model.js';
export { type NameMarker, nameMarker } from './names.js';
export { SyntaxModel };

const DEFAULT_DIR = new URL('../../../../data/models/syntax/', import.meta.url);

/** Loads the model files (synchronously); a missing or corrupt file throws SitrepError E040. */
export function loadSyntaxModel(dir?: string): SyntaxModel {
  return new SyntaxModel(readModelDir(dir ?? DEFAULT_DIR));
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
 * still has one tree.
 */
export function parseLong(
  model: SyntaxModel,
  words: readonly string[],
  names: Uint8Array | null = null,
): ReturnType<SyntaxModel['parse']> {
  if (words.length <= MAX_CHUNK) return model.parse(words, names);
  const out: ReturnType<SyntaxModel['parse']> = [];
  let firstRoot = -1;
  for (const [start, end] of chunkBounds(words)) {
    const parsed = model.parse(words.slice(start, end), names?.subarray(start, end) ?? null);
    for (const w of parsed) {
      if (w.head >= 0) out.push({ ...w, head: w.head + start });
      else if (firstRoot < 0) {
        firstRoot = out.length;
        out.push(w);
      } else out.push({ ...w, head: firstRoot, deprel: 'parataxis' });
    }
  }
  return out;
}

/** The stage; `names` marks the words of names the knowledge base knows (see names.ts). */
export function syntaxStage(model: SyntaxModel, names?: NameMarker): Stage {
  return {
    name: 'syntax',
    requires: ['tokens', 'sentences'],
    assigns: ['syntax'],
    run(doc: Doc): void {
      for (const sentence of doc.sentences) {
        const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
        if (tokens.length === 0) continue;
        const words = tokens.map((t) => doc.text.slice(t.start, t.end));
        const parsed = parseLong(model, words, names?.(words) ?? null);
        tokens.forEach((token, i) => {
          const p = parsed[i];
          token.upos = p.upos;
          token.xpos = p.xpos;
          token.lemma = p.lemma;
          token.head = p.head < 0 ? -1 : sentence.tokenStart + p.head;
          token.deprel = p.deprel;
        });
      }
    },
  };
}
