/**
 * A sentence's dependency tree as the event coder reads it: children by relation, the clause a
 * token belongs to, prepositions of obliques. Built once per sentence from the syntax stage's
 * token annotations (head, deprel, lemma, upos).
 */
import type { Doc, Sentence, Span, Token } from '../../doc/doc.js';
import { PART_ADJECTIVES } from '../08-places/context.js';
import { WORDS } from './word-roles.js';

/** Prepositions a parser may read as "more than" before a number ("over two raids"). */
const QUANTITY_PREPOSITIONS = new Set(['over', 'about']);

export class SentenceTree {
  readonly doc: Doc;
  readonly sentence: Sentence;
  private readonly children: number[][];
  /** Dates parsed as a second object ("lifted Friday a blockade"), read as the obliques they are. */
  private readonly datedObjects = new Set<number>();
  /** Heads corrected from the parse (see rehangPurposeClauses). */
  private readonly movedHeads = new Map<number, number>();
  /** Lower-cased lemmas, filled on first use: rules ask for the same few tokens' lemmas often. */
  private readonly lemmas: (string | undefined)[];
  /**
   * Each token's relation as the coder reads it (dated objects read as obliques) and without its
   * subtype: the rules ask for them thousands of times per article, so they are worked out once.
   */
  private readonly deprels: string[];
  private readonly relations: string[];
  /** Prepositions of each token (see caseOf), filled on first use. */
  private readonly cases: (string | undefined)[];

  constructor(doc: Doc, sentence: Sentence) {
    this.doc = doc;
    this.sentence = sentence;
    // (A plain loop: Array.from over an array-like object is several times slower, per sentence.)
    this.children = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) this.children.push([]);
    this.lemmas = new Array(sentence.tokenEnd - sentence.tokenStart);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const head = doc.tokens[i].head;
      if (head !== undefined && head >= sentence.tokenStart && head < sentence.tokenEnd) {
        this.children[head - sentence.tokenStart].push(i);
      }
    }
    this.findDatedObjects();
    this.rehangPurposeClauses();
    const stances = this.stancesAsActive();
    for (const name of this.namesAsObjects()) stances.set(name, 'obj');
    this.deprels = [];
    this.relations = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const deprel = this.datedObjects.has(i) ? 'obl:tmod' : (stances.get(i) ?? doc.tokens[i].deprel ?? '');
      this.deprels.push(deprel);
      this.relations.push(baseRelation(deprel));
    }
    this.cases = new Array(sentence.tokenEnd - sentence.tokenStart);
  }

  /**
   * "X will travel to Vilnius to meet his counterparts, his spokesman said" is often parsed with
   * "to meet" on "said": a reporting verb has no purpose, so such a clause belongs to the
   * reported clause before it, whose subject and tense it shares.
   */
  private rehangPurposeClauses(): void {
    const { doc, sentence } = this;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (doc.tokens[i].deprel !== 'advcl') continue;
      const h = this.head(i);
      if (h < 0 || !WORDS.reporting.has(this.lemma(h))) continue;
      if (!this.kids(i).some((k) => doc.tokens[k].deprel === 'mark' && this.lemma(k) === 'to')) continue;
      if (this.kids(i).some((k) => doc.tokens[k].deprel?.startsWith('nsubj'))) continue;
      const reported = this.kids(h).find(
        (k) => k < i && (doc.tokens[k].deprel === 'ccomp' || doc.tokens[k].deprel === 'parataxis'),
      );
      if (reported === undefined) continue;
      const from = this.children[h - sentence.tokenStart];
      from.splice(from.indexOf(i), 1);
      const to = this.children[reported - sentence.tokenStart];
      to.push(i);
      to.sort((a, b) => a - b);
      this.movedHeads.set(i, reported);
    }
  }

  /**
   * "Jordan is opposed to any foreign mediation" states Jordan's stance, not something done to it:
   * such a passive with a to-phrase and no by-agent or object is read as the active verb, its
   * subject acting and the to-phrase its object (relations to read instead of the parser's).
   */
  private stancesAsActive(): Map<number, string> {
    const { doc, sentence } = this;
    const out = new Map<number, string>();
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (doc.tokens[i].deprel !== 'nsubj:pass') continue;
      const verb = this.head(i);
      if (verb < 0 || !WORDS.stance.has(this.lemma(verb))) continue;
      const kids = this.kids(verb);
      if (kids.some((k) => doc.tokens[k].deprel === 'obl:agent' || doc.tokens[k].deprel === 'obj')) continue;
      const to = kids.find(
        (k) =>
          doc.tokens[k].deprel === 'obl' &&
          this.kids(k).some((c) => doc.tokens[c].deprel === 'case' && this.lemma(c) === 'to'),
      );
      if (to === undefined) continue;
      out.set(i, 'nsubj');
      out.set(to, 'obj');
      for (const k of kids) if (doc.tokens[k].deprel === 'aux:pass') out.set(k, 'aux');
    }
    return out;
  }

  /**
   * "Congo has long accused Rwanda of arming…" came out with "Rwanda" as a complement (xcomp)
   * of "accused". A name is the complement only of a verb that names or makes ("named him Ali",
   * "became President"); after any other active verb with no object, it is the object.
   */
  private namesAsObjects(): number[] {
    const { doc, sentence } = this;
    const out: number[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.deprel !== 'xcomp' || t.upos !== 'PROPN') continue;
      const verb = this.head(i);
      if (verb < 0 || verb > i || doc.tokens[verb].upos !== 'VERB' || WORDS.titling.has(this.lemma(verb)))
        continue;
      const rels = this.kids(verb).map((k) => doc.tokens[k].deprel);
      if (rels.some((r) => r === 'obj' || r === 'iobj' || r === 'aux:pass' || r === 'nsubj:pass')) continue;
      out.push(i);
    }
    return out;
  }

  private findDatedObjects(): void {
    const { doc, sentence } = this;
    let timexes: typeof doc.timexes | null = null;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = doc.tokens[i];
      // Only an object with another object beside it can be a misread date; that is rare, so
      // the sentence's time expressions are looked up only then.
      if (t.deprel !== 'obj') continue;
      const verb = this.head(i);
      if (verb < 0 || this.kids(verb).filter((k) => doc.tokens[k].deprel === 'obj').length < 2) continue;
      timexes ??= doc.timexes.filter((x) => x.sentence === sentence.index);
      if (timexes.some((x) => x.start <= t.start && t.end <= x.end)) this.datedObjects.add(i);
    }
  }

  token(i: number): Token {
    return this.doc.tokens[i];
  }

  private times: Span[] | null = null;

  /** Whether token `i` lies inside a time expression ("on Friday"): no participant, no place. */
  isTime(i: number): boolean {
    const t = this.doc.tokens[i];
    if (t === undefined) return false;
    this.times ??= this.doc.timexes.filter((x) => x.sentence === this.sentence.index);
    return this.times.some((x) => x.start <= t.start && t.end <= x.end);
  }

  lemma(i: number): string {
    const k = i - this.sentence.tokenStart;
    const known = k >= 0 && k < this.lemmas.length ? this.lemmas[k] : undefined;
    if (known !== undefined) return known;
    const t = this.doc.tokens[i];
    if (t === undefined) return '';
    const lemma = (t.lemma ?? this.doc.slice(t)).toLowerCase();
    if (k >= 0 && k < this.lemmas.length) this.lemmas[k] = lemma;
    return lemma;
  }

  private claimVerb: boolean | undefined;

  /** Whether the sentence has a verb of accusing or alleging, whose content is only claimed. */
  get claims(): boolean {
    if (this.claimVerb === undefined) {
      this.claimVerb = false;
      for (let i = this.sentence.tokenStart; i < this.sentence.tokenEnd && !this.claimVerb; i++)
        this.claimVerb = WORDS.claiming.has(this.lemma(i));
    }
    return this.claimVerb;
  }

  /** The relation without its subtype: "nsubj:pass" → "nsubj". */
  rel(i: number): string {
    const k = i - this.sentence.tokenStart;
    return k >= 0 && k < this.relations.length ? this.relations[k] : baseRelation(this.deprel(i));
  }

  deprel(i: number): string {
    const k = i - this.sentence.tokenStart;
    if (k >= 0 && k < this.deprels.length) return this.deprels[k];
    // (No token, as for a head of -1: no relation, rather than a crash of the whole article.)
    return this.doc.tokens[i]?.deprel ?? '';
  }

  head(i: number): number {
    const moved = this.movedHeads.get(i);
    if (moved !== undefined) return moved;
    const h = this.doc.tokens[i]?.head;
    return h === undefined || h < this.sentence.tokenStart || h >= this.sentence.tokenEnd ? -1 : h;
  }

  kids(i: number): readonly number[] {
    return this.children[i - this.sentence.tokenStart] ?? [];
  }

  /** Children with one of the relations (full deprel or its base). */
  kidsBy(i: number, ...relations: string[]): number[] {
    const out: number[] = [];
    for (const k of this.kids(i)) if (this.hasRelation(k, relations)) out.push(k);
    return out;
  }

  /** The first child with one of the relations; -1 when none. */
  kid(i: number, ...relations: string[]): number {
    for (const k of this.kids(i)) if (this.hasRelation(k, relations)) return k;
    return -1;
  }

  private hasRelation(k: number, relations: readonly string[]): boolean {
    return relations.includes(this.deprel(k)) || relations.includes(this.rel(k));
  }

  /** The preposition (case child) introducing a nominal, lower case; "" when none. */
  caseOf(i: number): string {
    const k = i - this.sentence.tokenStart;
    const known = k >= 0 && k < this.cases.length ? this.cases[k] : undefined;
    if (known !== undefined) return known;
    const c = this.kids(i).filter((child) => this.rel(child) === 'case');
    const found = c.length === 0 ? this.quantityAsCase(i) : c.map((child) => this.lemma(child)).join(' ');
    if (k >= 0 && k < this.cases.length) this.cases[k] = found;
    return found;
  }

  /**
   * "complained over two air raids", with "over" read as "more than" yet hung on the noun (the
   * quantity reading hangs it on the number): the word is the noun's preposition.
   */
  private quantityAsCase(i: number): string {
    const kids = this.kids(i);
    const first = kids[0];
    if (first === undefined || first > i || this.rel(first) !== 'advmod') return '';
    if (!QUANTITY_PREPOSITIONS.has(this.lemma(first))) return '';
    return kids.some((k) => k === first + 1 && this.rel(k) === 'nummod') ? this.lemma(first) : '';
  }

  /** "ruled out": an option set aside. */
  ruledOut(i: number): boolean {
    return this.lemma(i) === 'rule' && this.kidsBy(i, 'compound:prt').some((p) => this.lemma(p) === 'out');
  }

  /** Whether verb `i` is "call off" or "put off", which cancel what they act on. */
  calledOff(i: number): boolean {
    const lemma = this.lemma(i);
    return (
      (lemma === 'call' || lemma === 'put') &&
      this.kidsBy(i, 'compound:prt').some((p) => this.lemma(p) === 'off')
    );
  }

  /** The nominal's conjuncts including itself ("Washington and Tehran"). */
  conjuncts(i: number): number[] {
    const out = [i];
    for (const k of this.kidsBy(i, 'conj')) if (this.isNominal(k)) out.push(...this.conjuncts(k));
    return out;
  }

  isVerb(i: number): boolean {
    const upos = this.doc.tokens[i]?.upos;
    return upos === 'VERB';
  }

  isNominal(i: number): boolean {
    const upos = this.doc.tokens[i]?.upos;
    return upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON' || upos === 'NUM';
  }

  /** Whether `ancestor` dominates `i`. */
  dominates(ancestor: number, i: number): boolean {
    for (let h = i, steps = 0; h >= 0 && steps < 200; h = this.head(h), steps++)
      if (h === ancestor) return true;
    return false;
  }

  /** Tokens of the subtree of `i` (inclusive), in order. */
  subtree(i: number): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length > 0) {
      const n = stack.pop() as number;
      out.push(n);
      stack.push(...this.kids(n));
    }
    return out.sort((a, b) => a - b);
  }
}

/** The relation without its subtype: "nsubj:pass" → "nsubj". */
function baseRelation(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/**
 * The agent phrase of an event noun ("the shooting of three fishermen by the coast guard"): its own
 * by-phrase, or one the parser hung on the noun of a phrase of its own. -1 when there is none.
 */
export function byAgentOf(tree: SentenceTree, noun: number): number {
  const own = tree.kidsBy(noun, 'nmod');
  const by = own.find((k) => tree.caseOf(k) === 'by');
  if (by !== undefined) return by;
  // "the shelling of the town by the army", "a visit to Amman by the envoy": the parser may hang
  // the by-phrase on the noun of the phrase before it.
  for (const inner of own) {
    const by = tree.kidsBy(inner, 'nmod').find((k) => tree.caseOf(k) === 'by');
    if (by !== undefined) return by;
  }
  // "an attack carried out by the militia", "a drone attack blamed on an Iran-backed militia": the
  // agent of a participle on the noun, or whom it is blamed on.
  // (Not a go-between's: "talks mediated by Qatar" are not Qatar's talks.)
  for (const p of tree.kidsBy(noun, 'acl')) {
    if (tree.token(p).xpos !== 'VBN' || !DOING_PARTICIPLES.has(tree.lemma(p))) continue;
    // ("a statement carried by Al-Manar": carried out, not carried on air.)
    if (tree.lemma(p) === 'carry' && !tree.kidsBy(p, 'compound:prt').some((k) => tree.lemma(k) === 'out'))
      continue;
    const agent = tree
      .kidsBy(p, 'obl:agent', 'obl')
      .find((k) => tree.caseOf(k) === (tree.lemma(p) === 'blame' ? 'on' : 'by'));
    if (agent !== undefined) return agent;
  }
  return -1;
}

/** Participles that name who did the act their noun names: "carried out by", "claimed by", "blamed on". */
const DOING_PARTICIPLES = new Set(['carry', 'conduct', 'launch', 'claim', 'blame', 'stage', 'mount']);

/**
 * The word's lemma is in the set. UD EWT keeps some plurals as their own lemma ("troops"),
 * while the lexicon lists the singular, so a plural noun also tries its singular.
 */
export function lemmaIn(tree: SentenceTree, i: number, set: ReadonlySet<string>): boolean {
  const lemma = tree.lemma(i);
  if (set.has(lemma)) return true;
  return tree.token(i).xpos === 'NNS' && lemma.endsWith('s') && set.has(lemma.slice(0, -1));
}

/** Token `k` is part of a place name other than a country's ("Tel Aviv", "Saada province"). */
export function isPlaceName(tree: SentenceTree, k: number): boolean {
  const token = tree.token(k);
  // ("in northern Iraq air strikes": a state named by a part of it is a place.)
  if (tree.kidsBy(k, 'amod').some((a) => PART_ADJECTIVES.has(tree.lemma(a)))) return true;
  return tree.doc.places.some((p) => p.kind !== 'country' && p.start <= token.start && token.end <= p.end);
}

/**
 * "rejected a UN report accusing it of abuses", parsed with the gerund on the verb: a gerund right
 * after the verb's object (one of `nouns`), with no comma between, says what that object does.
 * Returns the object, or -1.
 */
export function describedByGerund(tree: SentenceTree, t: number, nouns: ReadonlySet<string>): number {
  if (tree.rel(t) !== 'advcl' || tree.token(t).xpos !== 'VBG' || tree.kidsBy(t, 'mark', 'nsubj').length > 0)
    return -1;
  const verb = tree.head(t);
  const obj = verb >= 0 ? tree.kid(verb, 'obj') : -1;
  if (obj < 0 || obj > t || !lemmaIn(tree, obj, nouns) || tree.token(t - 1).upos === 'PUNCT') return -1;
  return Math.max(obj, ...tree.subtree(obj)) === t - 1 ? obj : -1;
}

/** Verbs whose subject shares in the event an in-phrase names (`partaking` in word-roles.tsv). */
const PARTAKING = WORDS.partaking;

/**
 * `noun` is the in-phrase of a verb of taking part ("participate in", "take part in"), `verb`:
 * its subject is one of the event's doers, and the event is denied when the taking part is.
 */
export function takesPartIn(tree: SentenceTree, noun: number, verb: number): boolean {
  if (tree.rel(noun) !== 'obl' || tree.caseOf(noun) !== 'in' || !PARTAKING.has(tree.lemma(verb)))
    return false;
  // "take" only as "take part": "took Kherson in a raid" is no sharing.
  return tree.lemma(verb) !== 'take' || tree.kidsBy(verb, 'obj').some((k) => tree.lemma(k) === 'part');
}

const PREVENTING = WORDS.preventing;

/** "blocked the EU from opening talks": a from-clause of a verb that keeps its object from acting. */
export function keptFrom(tree: SentenceTree, clause: number): boolean {
  const h = tree.head(clause);
  return (
    h >= 0 &&
    tree.rel(clause) === 'advcl' &&
    PREVENTING.has(tree.lemma(h)) &&
    // (A parser may read the "from" of a gerund as a preposition.)
    tree.kidsBy(clause, 'mark', 'case').some((m) => tree.lemma(m) === 'from')
  );
}

/**
 * The verb's object, or the one it shares with a verb joined to it by "and" or "or" right beside
 * it ("arrested and expelled two diplomats", "rejected and condemned the report"): a parser
 * hangs such an object on either verb.
 */
export function ownOrSharedObject(tree: SentenceTree, t: number): number {
  const own = tree.kid(t, 'obj');
  if (own >= 0) return own;
  const { tokenStart, tokenEnd } = tree.sentence;
  for (const [first, second] of [
    [t - 2, t],
    [t, t + 2],
  ]) {
    if (first < tokenStart || second >= tokenEnd || !COORDINATORS.has(tree.lemma(first + 1))) continue;
    const joined = tree.head(second) === first && tree.rel(second) === 'conj';
    if (!joined || !tree.isVerb(first) || !tree.isVerb(second)) continue;
    const shared = tree.kid(first === t ? second : first, 'obj');
    if (shared > second) return shared;
  }
  return -1;
}

const COORDINATORS = new Set(['and', 'or']);

/**
 * The ordering verb above the infinitive `h` when `t` is a participle after a comma hung on it
 * ("ordered X to leave …, accusing"); else -1.
 */
export function orderedInfinitive(tree: SentenceTree, t: number, h: number): number {
  if (tree.token(t).xpos !== 'VBG' || t - 1 <= tree.sentence.tokenStart) return -1;
  if (
    tree.doc.slice(tree.token(t - 1)) !== ',' ||
    !tree.kidsBy(h, 'mark').some((m) => tree.lemma(m) === 'to')
  )
    return -1;
  // (The parser may hang the infinitive on the object: "ordered a diplomat to leave" as acl.)
  const up = tree.rel(h) === 'acl' ? tree.head(tree.head(h)) : tree.head(h);
  return up >= 0 && ['xcomp', 'acl'].includes(tree.rel(h)) && WORDS['object-control'].has(tree.lemma(up))
    ? up
    : -1;
}
