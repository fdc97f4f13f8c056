/**
 * Habits of the neural parser, mended: analyses it gives that are wrong by UD's own rules (a
 * subject on an auxiliary, two clausal complements on one verb) or that the event coder reads
 * another way (it was fitted to the linear parser's trees). Each mend is a small function over
 * one sentence's tree, run in order by `mendNeuralHabits`; each says what it mends.
 */
import { dataPath, readWordList } from '../../data/files.js';

/** One sentence's parse: heads 0-based (-1 the root), relations by name. Mended in place. */
export interface HabitTree {
  readonly forms: readonly string[];
  /** Tags, which a mend may change (a gerund read as a noun's head is a noun). */
  readonly upos: string[];
  readonly xpos: string[];
  readonly heads: Int32Array;
  readonly labels: string[];
  /** The lemma of word `i` read as a verb. */
  verbLemma(i: number): string;
}

/** Nouns an infinitive may describe ("efforts to end the war"): data/lexicon/purpose-nouns.txt. */
const PURPOSE_NOUNS = new Set(readWordList(dataPath('lexicon/purpose-nouns.txt')));
/** Verbs that name their object with a second noun: data/lexicon/naming-verbs.txt. */
const NAMING_VERBS = new Set(readWordList(dataPath('lexicon/naming-verbs.txt')));
/** Verbs of harm that always take an object: data/lexicon/object-verbs.txt. */
const OBJECT_VERBS = new Set(readWordList(dataPath('lexicon/object-verbs.txt')));
/** Verbs whose infinitive is their complement: data/lexicon/infinitive-verbs.txt. */
const INFINITIVE_VERBS = new Set(readWordList(dataPath('lexicon/infinitive-verbs.txt')));
/** Adjectives whose infinitive is their subject's act: data/lexicon/control-adjectives.txt. */
const CONTROL_ADJECTIVES = new Set(readWordList(dataPath('lexicon/control-adjectives.txt')));
/** Particles right after a verb with an object ("shot down a drone", "handed over the man"). */
/** Particles of phrasal verbs ("shot down", "pulled back"), shared with the linear parser's edits. */
export const PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out', 'away', 'back', 'in']);
const OBJECT_PARTICLES = new Set([...PARTICLES, 'over']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * Mends `tree` in place. `sayingForms` are the forms of verbs that report a sentence ("said",
 * "told"), shared with the linear parser's tree edits.
 */
export function mendNeuralHabits(tree: HabitTree, sayingForms: ReadonlySet<string>): void {
  const saying = (k: number) => k >= 0 && sayingForms.has(tree.forms[k].toLowerCase());
  gerundAfterItsCompound(tree);
  gerundAsNoun(tree);
  toInfinitiveReadAsPhrase(tree);
  adjectiveWithObject(tree);
  thoseResponsible(tree);
  nameGivenToObject(tree);
  thatClauseIsComplement(tree);
  purposeInfinitiveOnVerb(tree);
  infinitiveAfterPurposeNoun(tree);
  phraseAfterClosedList(tree);
  particleBeforeObject(tree);
  multiwordPreposition(tree);
  subordinateConjunct(tree);
  timeOnObject(tree);
  atLeastObject(tree);
  readinessInfinitive(tree);
  infinitiveComplement(tree);
  phraseBeforeReportedSubject(tree, saying);
  oneClausalComplement(tree);
  whatItSaidWere(tree, saying);
  subjectAfterSaying(tree, saying);
  nothingOnAuxiliaries(tree);
  copulaOfParticiple(tree);
  passiveSubject(tree);
  passiveWithoutAuxiliary(tree);
  participleJoinsParticiple(tree);
  participleOfTheAsker(tree);
  closingSaying(tree, saying);
}

const lower = (tree: HabitTree, k: number) => tree.forms[k].toLowerCase();
const isSubject = (tree: HabitTree, k: number) =>
  tree.labels[k] === 'nsubj' || tree.labels[k] === 'nsubj:pass';
/** The last word of `k`'s phrase. */
function end(tree: HabitTree, k: number): number {
  let last = k;
  for (const j of kids(tree, k)) last = Math.max(last, end(tree, j));
  return last;
}
/** The dependents of `head` with relation `label`, in order. */
function kids(tree: HabitTree, head: number, label?: string): number[] {
  const out: number[] = [];
  tree.heads.forEach((h, j) => {
    if (h === head && (label === undefined || tree.labels[j] === label)) out.push(j);
  });
  return out;
}

/**
 * "died in artillery shelling": a gerund the parser reads as the head of a noun phrase (with
 * a determiner, a compound, or a preposition of its own, and no object) is a noun, as UD tags
 * "the shelling" and as the event coder's noun patterns read it.
 */
function gerundAsNoun(tree: HabitTree): void {
  const NOMINAL = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'nmod']);
  for (let k = 0; k < tree.heads.length; k++) {
    if (tree.xpos[k] !== 'VBG' || !NOMINAL.has(tree.labels[k])) continue;
    const own = kids(tree, k).map((j) => tree.labels[j]);
    if (own.includes('obj') || !own.some((l) => ['det', 'compound', 'case', 'nmod:poss'].includes(l)))
      continue;
    tree.upos[k] = 'NOUN';
    tree.xpos[k] = 'NN';
  }
}

/**
 * "after the stadium shooting last week" came out with "after the stadium" an oblique of the
 * gerund "shooting", itself an adverbial clause: a gerund right after a noun that holds the
 * preposition is the head of the phrase, the noun its compound, and a noun itself.
 */
function gerundAfterItsCompound(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 1; k < heads.length; k++) {
    const noun = k - 1;
    if (tree.xpos[k] !== 'VBG' || labels[k] !== 'advcl' || heads[noun] !== k || labels[noun] !== 'obl')
      continue;
    if (kids(tree, noun, 'case').length === 0 || tree.upos[noun] !== 'NOUN') continue;
    for (const j of kids(tree, noun))
      if (['case', 'det', 'amod', 'nmod:poss'].includes(labels[j])) heads[j] = k;
    labels[noun] = 'compound';
    labels[k] = 'obl';
    tree.upos[k] = 'NOUN';
    tree.xpos[k] = 'NN';
  }
}

/**
 * "declined to comment" came out with "to" the case of a noun "comment": after a verb that takes
 * an infinitive, "to" and a bare word that can be a verb are an infinitive (retagged).
 */
function toInfinitiveReadAsPhrase(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 2; k < heads.length; k++) {
    const verb = heads[k];
    const to = k - 1;
    if (labels[k] !== 'obl' || verb !== to - 1 || heads[to] !== k || lower(tree, to) !== 'to') continue;
    if (kids(tree, k).length !== 1 || !INFINITIVE_VERBS.has(tree.verbLemma(verb))) continue;
    if (!['NN', 'VB'].includes(tree.xpos[k])) continue;
    labels[k] = 'xcomp';
    labels[to] = 'mark';
    tree.upos[k] = 'VERB';
    tree.xpos[k] = 'VB';
  }
}

/**
 * "Egyptian gunmen wounded two soldiers", tagged with "wounded" an adjective: an adjective takes
 * no object, so a word in -ed that has one is a verb (a past tense with a subject of its own).
 */
function adjectiveWithObject(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    if (tree.upos[k] !== 'ADJ' || !lower(tree, k).endsWith('ed') || kids(tree, k, 'obj').length === 0)
      continue;
    tree.upos[k] = 'VERB';
    tree.xpos[k] = kids(tree, k, 'nsubj').length > 0 ? 'VBD' : 'VBN';
  }
}

/**
 * "vowed to punish those responsible" came out with "responsible" a complement of "punish": an
 * adjective right after a pronoun object describes the pronoun.
 */
function thoseResponsible(tree: HabitTree): void {
  const PRONOUNS = new Set(['those', 'anyone', 'everyone', 'whoever', 'all']);
  for (let k = 1; k < tree.heads.length; k++) {
    const pronoun = k - 1;
    if (tree.labels[k] !== 'xcomp' || tree.upos[k] !== 'ADJ' || tree.labels[pronoun] !== 'obj') continue;
    if (!PRONOUNS.has(lower(tree, pronoun)) || tree.heads[pronoun] !== tree.heads[k]) continue;
    tree.heads[k] = pronoun;
    tree.labels[k] = 'amod';
  }
}

/**
 * "called the move a direct threat" came out with "threat" the object of "move": a noun takes no
 * object; after a verb of naming, the second noun is the verb's complement.
 */
function nameGivenToObject(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    const object = tree.heads[k];
    if (tree.labels[k] !== 'obj' || object < 0 || tree.labels[object] !== 'obj') continue;
    const verb = tree.heads[object];
    if (verb < 0 || !['NOUN', 'PROPN', 'PRON'].includes(tree.upos[object])) continue;
    if (!NAMING_VERBS.has(tree.verbLemma(verb))) continue;
    tree.heads[k] = verb;
    tree.labels[k] = 'xcomp';
  }
}

/** A that-clause is a complement, never an adverbial clause (bar "so that", "such that"). */
function thatClauseIsComplement(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    if (tree.labels[k] !== 'advcl') continue;
    const mark = kids(tree, k, 'mark')[0];
    if (mark === undefined || lower(tree, mark) !== 'that') continue;
    const before = mark > 0 ? lower(tree, mark - 1) : '';
    if (['so', 'such', 'now', 'given'].includes(before)) continue;
    tree.labels[k] = 'ccomp';
  }
}

/**
 * An infinitive of purpose hung on the noun of a verb's oblique or object ("envoys worked
 * through the night to set up talks", "sending ships and aircraft to practise a landing")
 * belongs to the verb, unless the noun is one that takes a purpose ("a plan to", "the right to").
 */
function purposeInfinitiveOnVerb(tree: HabitTree): void {
  const { heads, labels, upos } = tree;
  for (let k = 0; k < heads.length; k++) {
    const noun = heads[k];
    if (labels[k] !== 'acl' || upos[k] !== 'VERB' || noun < 0) continue;
    if (!kids(tree, k, 'mark').some((j) => lower(tree, j) === 'to')) continue;
    if (upos[noun] !== 'NOUN' || PURPOSE_NOUNS.has(lower(tree, noun))) continue;
    // (The last of conjoined objects stands for them all.)
    const first = labels[noun] === 'conj' ? heads[noun] : noun;
    if (first < 0 || !['obl', 'obj'].includes(labels[first])) continue;
    const verb = heads[first];
    if (verb < 0 || upos[verb] !== 'VERB') continue;
    heads[k] = verb;
    labels[k] = 'advcl';
  }
}

/**
 * 'there are "no plans" to send troops' came out with "to send" a clause of purpose on "are": an
 * infinitive right after a noun that takes one ("plans", "an effort"), bar quotation marks, is
 * that noun's.
 */
function infinitiveAfterPurposeNoun(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    if (labels[k] !== 'advcl' || heads[k] < 0) continue;
    const mark = kids(tree, k, 'mark')[0];
    if (mark === undefined || lower(tree, mark) !== 'to' || mark > k) continue;
    let before = mark - 1;
    while (before >= 0 && labels[before] === 'punct' && /^["“”']$/.test(tree.forms[before])) before--;
    if (before < 0 || !PURPOSE_NOUNS.has(lower(tree, before))) continue;
    // (Not after an object: "ordered its troops to attack" tells the troops what to do.)
    if (!['nsubj', 'nsubj:pass', 'obl'].includes(labels[before])) continue;
    heads[k] = before;
    labels[k] = 'acl';
  }
}

/**
 * A list closed by "and" takes no more conjuncts: "Chile, Peru and Bolivia, the three Andean
 * members of the pact, said" — the phrase after the comma is an apposition, hung (as the linear
 * parser hangs it) on the last conjunct.
 */
function phraseAfterClosedList(tree: HabitTree): void {
  const { heads, labels } = tree;
  const hasCc = (k: number) => kids(tree, k, 'cc').length > 0;
  for (let k = 0; k < heads.length; k++) {
    if (labels[k] !== 'conj' || hasCc(k)) continue;
    const closing = kids(tree, heads[k], 'conj').find((j) => j < k && hasCc(j));
    if (closing === undefined) continue;
    const start = Math.min(k, ...kids(tree, k).filter((j) => j < k && labels[j] !== 'punct'));
    if (start === 0 || tree.forms[start - 1] !== ',') continue;
    heads[k] = closing;
    labels[k] = 'appos';
  }
}

/**
 * An object has no preposition: "shot down a drone" came out with "down" as the case of an
 * object. The linear parser reads such a particle as the case of an oblique, and the coder reads
 * it so (verbs.ts particleAsCase).
 */
function particleBeforeObject(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    if (!['obj', 'obl'].includes(labels[k]) || heads[k] < 0) continue;
    const verb = heads[k];
    const c = verb + 1;
    if (!(c < k && heads[c] === k && labels[c] === 'case' && OBJECT_PARTICLES.has(lower(tree, c)))) continue;
    labels[k] = 'obl';
    // ("handed over the general to Russia": where the thing goes is the verb's, as with an object.)
    for (const j of kids(tree, k, 'nmod'))
      if (kids(tree, j, 'case').some((p) => ['to', 'into'].includes(lower(tree, p)))) {
        heads[j] = verb;
        labels[j] = 'obl';
      }
  }
}

/** First words of prepositions of two words ("ahead of", "because of", "prior to"). */
const TWO_WORD_PREPOSITIONS = new Map([
  ['ahead', 'of'],
  ['because', 'of'],
  ['instead', 'of'],
  ['regardless', 'of'],
  ['prior', 'to'],
  ['due', 'to'],
  ['according', 'to'],
]);

/**
 * "tightened in Ankara ahead of talks" came out with "ahead" an adverb of Ankara and "of" the
 * case of "talks": a preposition of two words is one case (UD's `fixed`), as the coder reads
 * it ("ahead of" talks are still to come).
 */
function multiwordPreposition(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 1; k < heads.length; k++) {
    const noun = heads[k];
    if (labels[k] !== 'case' || noun < 0 || TWO_WORD_PREPOSITIONS.get(lower(tree, k - 1)) !== lower(tree, k))
      continue;
    if (labels[k - 1] === 'case' || labels[k - 1] === 'fixed') continue;
    // ("ahead of the vote" read with the vote under "ahead": the noun takes its place.)
    if (heads[noun] === k - 1) {
      heads[noun] = heads[k - 1];
      labels[noun] = labels[k - 1] === 'advmod' ? 'obl' : labels[k - 1];
    }
    heads[k - 1] = noun;
    labels[k - 1] = 'case';
    heads[k] = k - 1;
    labels[k] = 'fixed';
  }
}

/**
 * "met on Friday, a day before Israel and Iran exchanged prisoners" came out with "exchanged"
 * conjoined to "met": a verb with a subordinator of its own and no "and" is an adverbial clause.
 */
function subordinateConjunct(tree: HabitTree): void {
  const SUBORDINATORS = new Set([
    'before',
    'after',
    'while',
    'since',
    'because',
    'when',
    'until',
    'as',
    'if',
  ]);
  for (let k = 0; k < tree.heads.length; k++) {
    if (tree.labels[k] !== 'conj' || tree.upos[k] !== 'VERB') continue;
    const marks = kids(tree, k, 'mark');
    if (marks.length > 0 && SUBORDINATORS.has(lower(tree, marks[0])) && kids(tree, k, 'cc').length === 0)
      tree.labels[k] = 'advcl';
  }
}

const TIME_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * "agreed a truce in March", "reopened embassies in 2023" came out with the date on the object:
 * a month, a weekday or a year after "in" or "on" on a verb's object says when the verb's act
 * was, as the time stage reads it.
 */
function timeOnObject(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    const object = heads[k];
    if (labels[k] !== 'nmod' || object < 0 || labels[object] !== 'obj') continue;
    const isTime = TIME_WORDS.has(lower(tree, k)) || /^(?:19|20)\d\d$/.test(tree.forms[k]);
    const preposition = kids(tree, k, 'case')[0];
    if (!isTime || preposition === undefined || !['in', 'on'].includes(lower(tree, preposition))) continue;
    heads[k] = heads[object];
    labels[k] = 'obl';
  }
}

/**
 * "detained at least 40 protesters" came out with the count's "at" taken for a preposition and
 * the people as an oblique: a noun with no preposition of its own, counted "at least" or "at
 * most", right after its verb, is the object.
 */
function atLeastObject(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    const verb = tree.heads[k];
    if (tree.labels[k] !== 'obl' || verb < 0 || k < verb || kids(tree, k, 'case').length > 0) continue;
    const counted = (j: number): boolean =>
      ['least', 'most'].includes(lower(tree, j)) && j > 0 && lower(tree, j - 1) === 'at';
    let start = k;
    while (start > verb + 1 && tree.heads[start - 1] !== verb) start--;
    const words = Array.from({ length: k - start }, (_, i) => start + i);
    if (start === verb + 1 && words.some(counted)) tree.labels[k] = 'obj';
  }
}

/**
 * "It was ready to resume talks": with an adjective of readiness, "it" is no expletive and the
 * infinitive no clausal subject, but the subject and its complement.
 */
function readinessInfinitive(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    const adjective = heads[k];
    if (labels[k] !== 'csubj' || adjective < 0 || !CONTROL_ADJECTIVES.has(lower(tree, adjective))) continue;
    for (const expletive of kids(tree, adjective, 'expl')) labels[expletive] = 'nsubj';
    labels[k] = 'xcomp';
  }
}

/** "agreed on Tuesday to restore ties": after a verb that takes one, an infinitive is its complement. */
function infinitiveComplement(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    const verb = heads[k];
    if (labels[k] !== 'advcl' || verb < 0 || tree.upos[verb] !== 'VERB') continue;
    const marks = kids(tree, k, 'mark');
    if (marks.length !== 1 || lower(tree, marks[0]) !== 'to' || marks[0] < verb) continue;
    if (INFINITIVE_VERBS.has(tree.verbLemma(verb))) labels[k] = 'xcomp';
  }
}

/**
 * "said on Friday it would…": what stands between a saying and the subject of the clause it
 * reports, with no "that" before it, is the saying's.
 */
function phraseBeforeReportedSubject(tree: HabitTree, saying: (k: number) => boolean): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    const clause = heads[k];
    if (clause < 0 || labels[clause] !== 'ccomp' || !['obl', 'advmod'].includes(labels[k])) continue;
    const say = heads[clause];
    const subject = kids(tree, clause).find((j) => isSubject(tree, j)) ?? -1;
    if (!saying(say) || !(say < k && k < subject)) continue;
    if (kids(tree, clause, 'mark').some((j) => j < k)) continue;
    heads[k] = say;
  }
}

/**
 * A word has one clausal complement: "said it hoped the commanders would be prosecuted" came out with
 * both "hoped" and "prosecuted" on "said". A later one belongs to the earlier, when that has no
 * complement of its own.
 */
function oneClausalComplement(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 0; k < heads.length; k++) {
    if (labels[k] !== 'ccomp' || heads[k] < 0) continue;
    const first = kids(tree, heads[k], 'ccomp').find((j) => j < k);
    if (first === undefined || tree.upos[first] !== 'VERB') continue;
    if (kids(tree, first).some((j) => ['ccomp', 'xcomp', 'obj'].includes(labels[j]))) continue;
    heads[k] = first;
  }
}

/**
 * "bombed what it said were rebel camps" came out with "were" the copula of "said" and
 * "camps" a second object of "bombed". As the linear parser reads it (and the coder with it):
 * "said" describes "what", and the camps are what "bombed" reports.
 */
function whatItSaidWere(tree: HabitTree, saying: (k: number) => boolean): void {
  const { heads, labels } = tree;
  for (let c = 1; c < heads.length; c++) {
    const say = heads[c];
    if (labels[c] !== 'cop' || say !== c - 1 || !saying(say) || labels[say] !== 'ccomp') continue;
    const verb = heads[say];
    const what = kids(tree, verb, 'obj').find((j) => j < say);
    const thing = kids(tree, verb, 'obj').find((j) => j > c);
    if (what === undefined || thing === undefined) continue;
    heads[c] = thing;
    heads[say] = what;
    labels[say] = 'acl:relcl';
    labels[thing] = 'ccomp';
  }
}

/**
 * "The minister said none of those held worked for the rebels" came out with "none" a second
 * subject of "said" and "worked" a clause on "those": a subject after a saying that has one before it
 * is the subject of the clause reported, whose verb is the first finite verb in its phrase.
 */
function subjectAfterSaying(tree: HabitTree, saying: (k: number) => boolean): void {
  const { heads, labels } = tree;
  for (let k = 1; k < heads.length; k++) {
    const say = heads[k];
    if (!isSubject(tree, k) || k < say || !saying(say)) continue;
    if (!kids(tree, say).some((j) => j < say && isSubject(tree, j))) continue;
    let clause = -1;
    for (let j = k + 1; j < heads.length && clause < 0; j++) {
      let up = j;
      while (up >= 0 && up !== k) up = heads[up];
      if (up === k && FINITE.has(tree.xpos[j])) clause = j;
    }
    if (clause < 0) continue;
    heads[clause] = say;
    labels[clause] = 'ccomp';
    heads[k] = clause;
  }
}

/**
 * An auxiliary takes no arguments: "The bank did, nevertheless, disburse…" came out with the
 * subject on "did". What hangs on an auxiliary or copula, bar its own function words and
 * punctuation, hangs on the verb it serves.
 */
function nothingOnAuxiliaries(tree: HabitTree): void {
  const { heads, labels } = tree;
  const functionWords = new Set(['aux', 'aux:pass', 'cop']);
  const ownParts = new Set(['fixed', 'goeswith', 'punct', 'cc', 'conj', 'advmod']);
  for (let k = 0; k < heads.length; k++) {
    const aux = heads[k];
    if (aux >= 0 && functionWords.has(labels[aux]) && !ownParts.has(labels[k])) heads[k] = heads[aux];
  }
}

/**
 * "Turkey is opposed to an offensive" came out with "is" the copula of a participle: "be" before
 * a past participle is a passive auxiliary (the subject nsubj:pass follows, in passiveSubject).
 */
function copulaOfParticiple(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    const participle = tree.heads[k];
    if (tree.labels[k] === 'cop' && participle >= 0 && tree.xpos[participle] === 'VBN')
      tree.labels[k] = 'aux:pass';
  }
}

/**
 * "Four children were killed": the subject of a verb with a passive auxiliary is nsubj:pass; and
 * one of a verb with none ("Hezbollah has long called for…", read as passive) is nsubj.
 */
function passiveSubject(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    const verb = tree.heads[k];
    if (verb < 0) continue;
    const passive = kids(tree, verb, 'aux:pass').length > 0;
    if (tree.labels[k] === 'nsubj' && passive) tree.labels[k] = 'nsubj:pass';
    else if (tree.labels[k] === 'nsubj:pass' && !passive && tree.xpos[verb] !== 'VBN')
      tree.labels[k] = 'nsubj';
    else if (tree.labels[k] === 'nsubj:pass' && !passive && kids(tree, verb, 'aux').length > 0)
      tree.labels[k] = 'nsubj';
  }
}

/**
 * "Two soldiers killed in ambush, army says": a past form of a verb that always takes an object,
 * with a subject, no object and no auxiliary, is a headline's passive (retagged VBN).
 */
function passiveWithoutAuxiliary(tree: HabitTree): void {
  for (let k = 0; k < tree.heads.length; k++) {
    if (!['VBD', 'VBN'].includes(tree.xpos[k]) || !OBJECT_VERBS.has(tree.verbLemma(k))) continue;
    const own = kids(tree, k);
    const subject = own.find((j) => tree.labels[j] === 'nsubj');
    if (
      subject === undefined ||
      own.some((j) => ['obj', 'aux', 'aux:pass', 'ccomp', 'xcomp'].includes(tree.labels[j]))
    )
      continue;
    // ("Egypt arrested and expelled two diplomats": the object after both is shared.)
    if (kids(tree, k, 'conj').some((c) => kids(tree, c, 'obj').length > 0)) continue;
    tree.labels[subject] = 'nsubj:pass';
    tree.xpos[k] = 'VBN';
  }
}

/**
 * "became involved, speaking with X and urging him to…": a participle conjoined to the clause's
 * verb, with a participle of that verb's between them, is that participle's conjunct.
 */
function participleJoinsParticiple(tree: HabitTree): void {
  const { heads, labels, xpos } = tree;
  const subjectless = (k: number) =>
    !kids(tree, k).some((j) => ['nsubj', 'nsubj:pass', 'mark'].includes(labels[j]));
  for (let k = 0; k < heads.length; k++) {
    const verb = heads[k];
    if (labels[k] !== 'conj' || xpos[k] !== 'VBG' || verb < 0 || xpos[verb] === 'VBG' || !subjectless(k))
      continue;
    const partner = kids(tree, verb, 'advcl')
      .filter((j) => verb < j && j < k && xpos[j] === 'VBG' && subjectless(j))
      .pop();
    if (partner !== undefined) heads[k] = partner;
  }
}

/**
 * "asked the United Nations to withdraw its mission, accusing the force of failing…" came out
 * with "accusing" on "withdraw": a participle after a comma at the end of what one was asked to
 * do is the asker's.
 */
function participleOfTheAsker(tree: HabitTree): void {
  const { heads, labels } = tree;
  for (let k = 1; k < heads.length; k++) {
    const infinitive = heads[k];
    if (labels[k] !== 'advcl' || tree.xpos[k] !== 'VBG' || tree.forms[k - 1] !== ',' || infinitive < 0)
      continue;
    if (kids(tree, k).some((j) => ['nsubj', 'mark'].includes(labels[j]))) continue;
    if (!kids(tree, infinitive, 'mark').some((j) => lower(tree, j) === 'to')) continue;
    const asker = heads[infinitive];
    if (
      asker < 0 ||
      !['advcl', 'xcomp'].includes(labels[infinitive]) ||
      kids(tree, asker, 'obj').length === 0
    )
      continue;
    heads[k] = asker;
  }
}

/**
 * A closing saying ("X struck Y, officials said") parsed as the root with the report as its
 * ccomp becomes the report's parataxis, as the linear parser gives it. ("A drone strike …
 * killed a commander, the military said", with both "strike" and "military" read as subjects
 * of "said": the one before the report is the report's own.)
 */
function closingSaying(tree: HabitTree, saying: (k: number) => boolean): void {
  const { heads, labels } = tree;
  const root = heads.indexOf(-1);
  if (!saying(root)) return;
  const report = kids(tree, root, 'ccomp').find((k) => k < root);
  if (report === undefined) return;
  const subject = kids(tree, root).find((k) => isSubject(tree, k) && k > report) ?? -1;
  const reportHasSubject = kids(tree, report).some((k) => isSubject(tree, k));
  // ("KHAN YUNIS: Three people were wounded…, doctors said": a place
  // closed by a colon before the report is a dateline, hung on the report, not a subject.)
  for (const k of kids(tree, root))
    if (isSubject(tree, k) && k < report && subject >= 0 && tree.forms[end(tree, k) + 1] === ':') {
      heads[k] = report;
      labels[k] = 'parataxis';
    }
  if (kids(tree, root).some((k) => isSubject(tree, k) && k < report) && (subject < 0 || reportHasSubject))
    return;
  const boundary = subject >= 0 ? Math.min(subject, root) : root;
  for (let k = 0; k < heads.length; k++)
    if (heads[k] === root && k !== report && k < boundary) heads[k] = report;
  heads[report] = -1;
  labels[report] = 'root';
  heads[root] = report;
  labels[root] = 'parataxis';
}
