/**
 * CoNLL 2018-style scores on gold tokens: every basic word counts, punctuation included;
 * multiword-token ranges and empty nodes are not words. LAS compares the universal part of the
 * relation (before ":") as the shared task did; `lasFull` also requires the subtype.
 */
import type { ConlluSentence } from './conllu.js';

export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  lasFull: number;
}

function universal(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/** Percentages (0–100) of predicted fields equal to gold, sentence by sentence and word by word. */
export function scoreSyntax(gold: readonly ConlluSentence[], pred: readonly ConlluSentence[]): SyntaxScores {
  if (gold.length !== pred.length) {
    throw new Error(`gold has ${gold.length} sentences, prediction ${pred.length}`);
  }
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s].words;
    const p = pred[s].words;
    if (g.length !== p.length)
      throw new Error(`sentence ${s + 1}: gold has ${g.length} words, prediction ${p.length}`);
    for (let i = 0; i < g.length; i++) {
      words++;
      if (g[i].upos === p[i].upos) upos++;
      if (g[i].xpos === p[i].xpos) xpos++;
      if (g[i].lemma === p[i].lemma) lemma++;
      if (g[i].head === p[i].head) {
        uas++;
        if (universal(g[i].deprel) === universal(p[i].deprel)) las++;
        if (g[i].deprel === p[i].deprel) lasFull++;
      }
    }
  }
  const pct = (x: number): number => (words === 0 ? 0 : Math.round((10000 * x) / words) / 100);
  return {
    words,
    upos: pct(upos),
    xpos: pct(xpos),
    lemma: pct(lemma),
    uas: pct(uas),
    las: pct(las),
    lasFull: pct(lasFull),
  };
}
