/**
 * Known names as a hint to the tagger. A web-text tagger reads the words of "European
 * Union", "United Nations" or "Rapid Support Forces" as an adjective and common nouns, and the
 * parser then takes "Union" for the head of a clause ("after the European Union renewed
 * its embargo" parsed with "renewed" as an adjective on "embargo"). UD tags every capitalised
 * word of a name as a proper noun, so the words of a name the knowledge base lists are tagged so.
 * The hint is optional: the syntax model works without it (EWT scoring runs without one).
 */

/** Words inside a name that stay what they are ("Ministry of External Affairs"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'al', '&']);

interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

/** Marks, for one sentence's words, those inside a known multiword name (1) and the rest (0). */
export type NameMarker = (words: readonly string[]) => Uint8Array | null;

/**
 * A marker for the given names. Names of two or more words whose words are capitalised
 * (connectors aside) are kept, and single capitalised words with a lower-case letter ("Oman",
 * "Philippines", "Hezbollah": a tagger may read one after a participle as a common noun, "had
 * told Oman(NN) to leave"); all-capital single words are left to the tagger, which knows "US" and
 * "UN" and would mistake "IS" or "PLAN" in a headline. Words are matched exactly as the tokenizer
 * writes them.
 */
export function nameMarker(names: Iterable<string>): NameMarker {
  const root: Node = { next: new Map(), end: false };
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0 || !words.every((w) => connector(w) || capitalised(w))) continue;
    if (words.length === 1 && words[0] === words[0].toUpperCase()) continue;
    if (!capitalised(words[0]) || !capitalised(words[words.length - 1])) continue;
    let at = root;
    for (const w of words) {
      let child = at.next.get(w);
      if (!child) {
        child = { next: new Map(), end: false };
        at.next.set(w, child);
      }
      at = child;
    }
    at.end = true;
  }
  return (words) => {
    let marks: Uint8Array | null = null;
    for (let i = 0; i < words.length; i++) {
      let at = root.next.get(words[i]);
      let end = -1;
      for (let k = i + 1; at && k <= words.length; k++) {
        if (at.end) end = k;
        if (k === words.length) break;
        at = at.next.get(words[k]);
      }
      if (end < 0) continue;
      marks ??= new Uint8Array(words.length);
      for (let k = i; k < end; k++) if (!connector(words[k])) marks[k] = 1;
      i = end - 1;
    }
    return marks;
  };
}

/** "of", "and", "the" — also a capitalised "The" opening a name ("The Hague" keeps its determiner). */
function connector(word: string): boolean {
  return CONNECTORS.has(word.toLowerCase());
}

function capitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
