/** Fills the predicted fields of CoNLL-U sentences from a model, keeping everything else. */
import type { ConlluSentence } from './conllu.js';
import type { SyntaxModel } from './model.js';

export function annotateConllu(model: SyntaxModel, sentences: readonly ConlluSentence[]): ConlluSentence[] {
  return sentences.map((sentence) => {
    const parsed = model.parse(sentence.words.map((w) => w.form));
    const words = sentence.words.map((w, i) => ({
      ...w,
      upos: parsed[i].upos,
      xpos: parsed[i].xpos,
      lemma: parsed[i].lemma,
      // CoNLL-U heads are 1-based word ids with 0 for the root; ids are consecutive from 1.
      head: parsed[i].head + 1,
      deprel: parsed[i].deprel,
    }));
    return { lines: sentence.lines, words };
  });
}
