/**
 * The gazetteer: every surface form of the knowledge base (names, aliases, demonyms, seats,
 * titles, agent nouns, outlets) in a trie keyed by tokens, so a sentence is matched in one
 * left-to-right pass with the longest match winning. Names match case-sensitively ("US" the
 * state, not "us"); titles and agent nouns match in lower case ("Foreign Minister", "foreign
 * minister"). Surface forms are tokenized by the same tokenizer as the text.
 */
import type {
  Agent,
  Country,
  Institution,
  KnowledgeBaseData,
  Organization,
  Outlet,
  Person,
  Title,
} from '../../kb/types.js';
import type { Abbreviations } from '../01-text/abbreviations.js';
import { tokenize } from '../01-text/tokenize.js';

export type Entry =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'demonym'; readonly country: Country }
  | { readonly kind: 'seat'; readonly country: Country }
  | { readonly kind: 'institution'; readonly institution: Institution }
  | { readonly kind: 'organization'; readonly organization: Organization }
  | { readonly kind: 'person'; readonly person: Person; readonly full: boolean }
  | { readonly kind: 'title'; readonly title: Title }
  | { readonly kind: 'agent'; readonly agent: Agent; readonly plural: boolean }
  | { readonly kind: 'outlet'; readonly outlet: Outlet }
  | { readonly kind: 'blocked' };

interface TrieNode {
  entries: Entry[];
  next: Map<string, TrieNode>;
}

export interface Match {
  /** doc.tokens index of the first token. */
  readonly first: number;
  /** doc.tokens index one past the last token. */
  readonly last: number;
  readonly entries: readonly Entry[];
}

/** Apostrophes and dashes vary in news copy; keys use one form. */
export function normalizeKey(token: string): string {
  // (Every token of every article comes here, and few hold such a character: one test first.)
  if (!VARIANT_MARKS.test(token)) return token;
  return token.replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-');
}

const VARIANT_MARKS = /[’‘`‐‑–]/;

export class Gazetteer {
  private readonly names: TrieNode = node();
  private readonly lower: TrieNode = node();
  /** One-word names that need their article ("the West"), apart: see addName. */
  private readonly articled: TrieNode = node();
  private readonly abbreviations: Abbreviations;

  constructor(kb: KnowledgeBaseData, abbreviations: Abbreviations, notActors: readonly string[] = []) {
    this.abbreviations = abbreviations;
    for (const phrase of notActors) this.addName(phrase, { kind: 'blocked' });
    for (const country of kb.countries) {
      for (const name of [country.name, ...country.aliases]) this.addName(name, { kind: 'country', country });
      for (const demonym of country.demonyms) this.addName(demonym, { kind: 'demonym', country });
      for (const seat of country.seats) this.addName(seat, { kind: 'seat', country });
    }
    for (const institution of kb.institutions) {
      for (const name of [institution.name, ...institution.aliases]) {
        this.addName(name, { kind: 'institution', institution });
      }
    }
    for (const organization of kb.organizations) {
      for (const name of [organization.id, organization.name, ...organization.aliases]) {
        this.addName(name, { kind: 'organization', organization });
      }
    }
    for (const person of kb.people) {
      this.addName(person.name, { kind: 'person', person, full: true });
      for (const alias of person.aliases)
        this.addName(alias, { kind: 'person', person, full: alias.includes(' ') });
    }
    for (const outlet of kb.outlets) {
      for (const name of [outlet.name, ...outlet.aliases]) this.addName(name, { kind: 'outlet', outlet });
    }
    for (const title of kb.titles) this.addLower(title.term, { kind: 'title', title });
    for (const agent of kb.agents) {
      this.addLower(agent.term, { kind: 'agent', agent, plural: agent.plural === agent.term });
      if (agent.plural !== agent.term) this.addLower(agent.plural, { kind: 'agent', agent, plural: true });
    }
  }

  /**
   * Longest match starting at token `i` of `keys` (normalised token texts), within [i, end).
   * Name matches win over title/agent matches of the same length.
   */
  matchAt(keys: readonly string[], lowerKeys: readonly string[], i: number, end: number): Match | null {
    const byName = longest(this.names, keys, i, end) ?? this.withArticle(keys, i, end);
    const byLower = longest(this.lower, lowerKeys, i, end);
    if (!byName) return byLower;
    if (!byLower) return byName;
    return byLower.last > byName.last ? byLower : byName;
  }

  /** "the West" — not "the West Bank" or "the West Philippine Sea": no capitalised word follows. */
  private withArticle(keys: readonly string[], i: number, end: number): Match | null {
    const match = longest(this.articled, keys, i, end);
    if (!match || (match.last < end && /^[A-Z]/.test(keys[match.last]))) return null;
    // ("the Taliban government": a longer name from the word after the article wins.)
    const after = longest(this.names, keys, i + 1, end);
    return after && after.last > match.last ? null : match;
  }

  private keysOf(surface: string): string[] {
    const trimmed = surface.trim().replace(/^the\s+/i, '');
    return tokenize(trimmed, this.abbreviations).map((t) => normalizeKey(trimmed.slice(t.start, t.end)));
  }

  private addName(surface: string, entry: Entry): void {
    const keys = this.keysOf(surface);
    // "the West", "the alliance", "the bloc": one word that names an actor only with its article
    // ("West Darfur", "an alliance" do not) keeps it, in either case.
    if (keys.length === 1 && /^the\s/i.test(surface.trim())) {
      insert(this.articled, ['the', keys[0]], entry);
      insert(this.articled, ['The', keys[0]], entry);
    } else if (keys.length > 0) insert(this.names, keys, entry);
  }

  private addLower(surface: string, entry: Entry): void {
    const keys = this.keysOf(surface).map((k) => k.toLowerCase());
    if (keys.length > 0) insert(this.lower, keys, entry);
  }
}

function node(): TrieNode {
  return { entries: [], next: new Map() };
}

function insert(root: TrieNode, keys: readonly string[], entry: Entry): void {
  let at = root;
  for (const key of keys) {
    let child = at.next.get(key);
    if (!child) {
      child = node();
      at.next.set(key, child);
    }
    at = child;
  }
  if (!at.entries.some((e) => sameEntry(e, entry))) at.entries.push(entry);
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.kind === b.kind && payload(a) === payload(b);
}

function payload(e: Entry): unknown {
  switch (e.kind) {
    case 'country':
    case 'demonym':
    case 'seat':
      return e.country;
    case 'institution':
      return e.institution;
    case 'organization':
      return e.organization;
    case 'person':
      return e.person;
    case 'title':
      return e.title;
    case 'agent':
      return e.agent;
    case 'outlet':
      return e.outlet;
    case 'blocked':
      return null;
  }
}

function longest(root: TrieNode, keys: readonly string[], i: number, end: number): Match | null {
  let at: TrieNode | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < end && at; j++) {
    at = at.next.get(keys[j]);
    if (at && at.entries.length > 0) best = { first: i, last: j + 1, entries: at.entries };
  }
  return best;
}
