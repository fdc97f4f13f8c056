/**
 * What an English word can be, from a dictionary rather than the treebank: the open classes of
 * each WordNet lemma (`data/models/syntax/word-classes.tsv`) spread over its regular inflections.
 * Words seen once or never in training are tagged from their affixes and context; this tells the
 * tagger that "extradited" is a verb's past and "abandon" may be a verb, which suffixes cannot.
 */
import { irregularPastForms } from './lemmatizer.js';

/** Bits of a word's class: what the form can be, inflection included. */
export const NOUN = 1;
export const PLURAL = 2;
export const VERB = 4;
export const VERB_S = 8;
export const VERB_ED = 16;
export const VERB_ING = 32;
export const ADJ = 64;
export const ADV = 128;

/** WordNet's letters for the open classes a lemma has. */
const LEMMA_BITS: Record<string, number> = { n: NOUN, v: VERB, a: ADJ, r: ADV };

/** Forms remembered per dictionary; past this many the memory is cleared and starts again. */
const MEMO_LIMIT = 200_000;

export class WordClasses {
  /** Classes of forms already looked up: news repeats its words, and undoing inflections is not free. */
  private readonly memo = new Map<string, number>();

  private constructor(private readonly lemmas: Map<string, number>) {}

  /**
   * The class bits of a lower-case form, 0 when the dictionary does not know it: the classes of
   * the form as a lemma, and of every lemma whose regular inflection (or irregular past) it is.
   * Worked out per lookup from the lemma table, so loading reads only the lemmas.
   */
  get(form: string): number {
    const known = this.memo.get(form);
    if (known !== undefined) return known;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const bits = this.classesOf(form);
    this.memo.set(form, bits);
    return bits;
  }

  /** Whether the dictionary has the word as a verb's base form (a lemma, not an inflection). */
  isVerb(lemma: string): boolean {
    return ((this.lemmas.get(lemma) ?? 0) & VERB) !== 0;
  }

  private classesOf(form: string): number {
    const own = this.lemmas.get(form) ?? 0;
    let bits = own;
    const has = (lemma: string, cls: number) => ((this.lemmas.get(lemma) ?? 0) & cls) !== 0;
    if (form.endsWith('s')) {
      for (const lemma of [form.slice(0, -1), form.slice(0, -2), `${form.slice(0, -3)}y`]) {
        if (plural(lemma) !== form) continue;
        if (has(lemma, NOUN)) bits |= PLURAL;
        if (has(lemma, VERB)) bits |= VERB_S;
      }
    }
    if (form.endsWith('d')) {
      for (const lemma of [form.slice(0, -1), form.slice(0, -2), form.slice(0, -3), `${form.slice(0, -3)}y`])
        if (has(lemma, VERB) && pastForms(lemma).includes(form)) bits |= VERB_ED;
    }
    if (form.endsWith('ing')) {
      const stem = form.slice(0, -3);
      for (const lemma of [stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}ie`])
        if (has(lemma, VERB) && ingForms(lemma).includes(form)) bits |= VERB_ING;
    }
    const base = irregularPastForms().get(form);
    if (base !== undefined && has(base, VERB)) bits |= VERB_ED;
    return bits;
  }

  get size(): number {
    return this.lemmas.size;
  }

  /** Reads "lemma<TAB>letters" rows (n, v, a, r), skipping `#` comments and the header row. */
  static fromTsv(text: string): WordClasses {
    const lemmas = new Map<string, number>();
    let header = true;
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      if (header) {
        header = false;
        continue;
      }
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      let bits = 0;
      for (let k = tab + 1; k < line.length; k++) bits |= LEMMA_BITS[line[k]] ?? 0;
      lemmas.set(line.slice(0, tab), bits);
    }
    return new WordClasses(lemmas);
  }
}

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/** Ends consonant-vowel-consonant, so a suffix may double the last letter ("stop" → "stopped"). */
function doublable(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const [a, b, c] = [w[n - 3], w[n - 2], w[n - 1]];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxy'.includes(c);
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (w.endsWith('y') && !isVowel(w[w.length - 2])) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function pastForms(w: string): string[] {
  if (w.endsWith('e')) return [`${w}d`];
  if (w.endsWith('y') && !isVowel(w[w.length - 2])) return [`${w.slice(0, -1)}ied`];
  return doublable(w) ? [`${w}ed`, `${w}${w[w.length - 1]}ed`] : [`${w}ed`];
}

function ingForms(w: string): string[] {
  if (w.endsWith('ie')) return [`${w.slice(0, -2)}ying`];
  if (w.endsWith('e') && !/(ee|ye|oe)$/.test(w)) return [`${w.slice(0, -1)}ing`];
  return doublable(w) ? [`${w}ing`, `${w}${w[w.length - 1]}ing`] : [`${w}ing`];
}
