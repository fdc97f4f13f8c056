/**
 * CoNLL-U reading and writing. A sentence keeps every original line (comments, multiword-token
 * ranges "3-4", empty nodes "8.1") so a file can be written back unchanged except for the fields
 * a parser predicts; only the basic word lines ("1", "2", ...) are exposed as `words`.
 */

export interface ConlluWord {
  /** 1-based word id as in the file. */
  readonly id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head id, 0 for the root; NaN when the field is "_" or malformed. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** One line of a sentence block: either kept verbatim or a word (index into `words`). */
export type ConlluLine =
  | { readonly kind: 'raw'; readonly text: string }
  | { readonly kind: 'word'; readonly word: number };

export interface ConlluSentence {
  readonly lines: ConlluLine[];
  readonly words: ConlluWord[];
}

/** Parses CoNLL-U text. Blank lines separate sentences; a block with no word lines is kept as comments only. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let lines: ConlluLine[] = [];
  let words: ConlluWord[] = [];
  const flush = (): void => {
    if (lines.length > 0) sentences.push({ lines, words });
    lines = [];
    words = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.startsWith('#') ? null : line.split('\t');
    // Only integer ids are basic words; "3-4" (multiword range) and "8.1" (empty node) stay verbatim.
    if (cols === null || cols.length < 10 || !/^\d+$/.test(cols[0])) {
      lines.push({ kind: 'raw', text: line });
      continue;
    }
    words.push({
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: /^\d+$/.test(cols[6]) ? Number(cols[6]) : Number.NaN,
      deprel: cols[7],
      deps: cols[8],
      misc: cols.slice(9).join('\t'),
    });
    lines.push({ kind: 'word', word: words.length - 1 });
  }
  flush();
  return sentences;
}

function field(value: string): string {
  // A field may never be empty or hold a tab or newline in CoNLL-U.
  if (value === '') return '_';
  return value.replace(/[\t\n\r]/g, ' ');
}

export function formatConlluWord(w: ConlluWord): string {
  const head = Number.isNaN(w.head) ? '_' : String(w.head);
  return [
    String(w.id),
    field(w.form),
    field(w.lemma),
    field(w.upos),
    field(w.xpos),
    field(w.feats),
    head,
    field(w.deprel),
    field(w.deps),
    field(w.misc),
  ].join('\t');
}

/** Writes sentences back; every sentence ends with a blank line, as the format requires. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    for (const line of sentence.lines) {
      out.push(line.kind === 'raw' ? line.text : formatConlluWord(sentence.words[line.word]));
    }
    out.push('');
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
