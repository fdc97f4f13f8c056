/**
 * The word lists quotation and source attribution share: speech verbs, source heads (unnamed
 * people, generic outlets, modifiers), document nouns, platforms and outlets. All are loaded once
 * into Sets/Maps keyed by lower-case word so the stages do one lookup per token.
 */
import { existsSync } from 'node:fs';
import { dataPath, readTsv, splitValues } from '../../data/files.js';

export type HeadKind = 'person' | 'outlet' | 'modifier';
export type DocumentKind = 'document' | 'social';

export interface AttributionLexicon {
  /** Lower-case speech-verb form → lemma. */
  readonly cues: ReadonlyMap<string, string>;
  /** Lower-case single-word source head → kind. */
  readonly heads: ReadonlyMap<string, HeadKind>;
  /** Lower-case two-word heads ("news agency") → kind, keyed by their last word then the full phrase. */
  readonly compoundHeads: ReadonlyMap<string, ReadonlyMap<string, HeadKind>>;
  /** Lower-case document head → kind; two-word heads are keyed by their last word as for compoundHeads. */
  readonly documents: ReadonlyMap<string, DocumentKind>;
  readonly compoundDocuments: ReadonlyMap<string, ReadonlyMap<string, DocumentKind>>;
  /** First words of multi-word heads and documents ("joint", "charge", "news"). */
  readonly compoundFirstWords: ReadonlySet<string>;
  /** Platform spelling (as written) → canonical name. */
  readonly platforms: ReadonlyMap<string, string>;
  /** Outlet names as token sequences, keyed by their first token (case kept). */
  readonly outlets: ReadonlyMap<string, readonly OutletName[]>;
}

export interface OutletName {
  /** The words of the name, case kept ("Kyiv", "Independent"). */
  readonly words: readonly string[];
  /** The canonical name used as `via`. */
  readonly canonical: string;
}

export interface LexiconFiles {
  readonly speechVerbs?: string;
  readonly sourceHeads?: string;
  readonly documents?: string;
  readonly platforms?: string;
  /** Outlet table (columns name, aliases); skipped when the file does not exist. */
  readonly outlets?: string;
}

let cached: AttributionLexicon | null = null;

/** The default lexicon from data/, loaded once per process. */
export function defaultAttributionLexicon(): AttributionLexicon {
  cached ??= loadAttributionLexicon();
  return cached;
}

export function loadAttributionLexicon(files: LexiconFiles = {}): AttributionLexicon {
  const cues = new Map<string, string>();
  for (const row of readTsv(files.speechVerbs ?? dataPath('lexicon/speech-verbs.tsv'), ['lemma', 'forms'])) {
    for (const form of splitValues(row.cells.forms)) cues.set(form.toLowerCase(), row.cells.lemma);
  }
  const heads = new Map<string, HeadKind>();
  const compoundHeads = new Map<string, Map<string, HeadKind>>();
  for (const row of readTsv(files.sourceHeads ?? dataPath('lexicon/source-heads.tsv'), ['head', 'kind'])) {
    addHead(row.cells.head, row.cells.kind as HeadKind, heads, compoundHeads);
  }
  const documents = new Map<string, DocumentKind>();
  const compoundDocuments = new Map<string, Map<string, DocumentKind>>();
  for (const row of readTsv(files.documents ?? dataPath('lexicon/documents.tsv'), ['head', 'kind'])) {
    const kind: DocumentKind = row.cells.kind === 'social' ? 'social' : 'document';
    addHead(row.cells.head, kind, documents, compoundDocuments);
  }
  const platforms = new Map<string, string>();
  for (const row of readTsv(files.platforms ?? dataPath('lexicon/platforms.tsv'), ['name'])) {
    platforms.set(row.cells.name, row.cells.name);
    for (const alias of splitValues(row.cells.aliases)) platforms.set(alias, row.cells.name);
  }
  const compoundFirstWords = new Set<string>();
  for (const byLast of [...compoundHeads.values(), ...compoundDocuments.values()]) {
    for (const phrase of byLast.keys()) compoundFirstWords.add(phrase.split(' ')[0]);
  }
  return {
    cues,
    heads,
    compoundHeads,
    documents,
    compoundDocuments,
    compoundFirstWords,
    platforms,
    outlets: loadOutlets(files),
  };
}

function addHead<K>(
  head: string,
  kind: K,
  single: Map<string, K>,
  compound: Map<string, Map<string, K>>,
): void {
  const words = head.trim().split(/\s+/);
  if (words.length === 1) {
    single.set(words[0].toLowerCase(), kind);
    return;
  }
  const last = words[words.length - 1].toLowerCase();
  const byLast = compound.get(last) ?? new Map<string, K>();
  byLast.set(words.join(' ').toLowerCase(), kind);
  compound.set(last, byLast);
}

/** Outlet names split the way the tokenizer splits them, so matching is a token-by-token compare. */
function loadOutlets(files: LexiconFiles): Map<string, OutletName[]> {
  const file = files.outlets ?? dataPath('actors/outlets.tsv');
  const outlets = new Map<string, OutletName[]>();
  // The outlet table is maintained separately; without it only generic outlets are found.
  if (!existsSync(file)) return outlets;
  for (const row of readTsv(file, ['name'])) {
    const canonical = row.cells.name;
    for (const spelling of [canonical, ...splitValues(row.cells.aliases)]) {
      const full = splitName(spelling);
      // "The Wall Street Journal" is also written without its article.
      const variants = /^the$/i.test(full[0] ?? '') ? [full, full.slice(1)] : [full];
      for (const words of variants) {
        if (words.length === 0) continue;
        const list = outlets.get(words[0]) ?? [];
        list.push({ words, canonical });
        outlets.set(words[0], list);
      }
    }
  }
  // Longest names first so "Radio Free Europe" wins over "Radio".
  for (const list of outlets.values()) list.sort((a, b) => b.words.length - a.words.length);
  return outlets;
}

/** Splits a name like the tokenizer: words, with 's and trailing punctuation apart. */
function splitName(name: string): string[] {
  return name
    .replace(/(['’]s)\b/g, ' $1')
    .replace(/([(),])/g, ' $1 ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}
