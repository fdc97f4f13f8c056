/**
 * Who acts: the subject of a clause, read through the parser's slips (relative pronouns, a lent
 * auxiliary, the controller of a complement, verbs conjoined or hung in the wrong place), the
 * patient of a passive and its by-agent. Apart because verbs, nouns, crowds and the sentence
 * driver all ask it, and it asks none of them.
 */

import type { Doc } from '../../doc/doc.js';
import type { CoderResources } from './found.js';
import { type MentionIndex, type Participant, participantsOf } from './participants.js';
import { codable } from './sides.js';
import {
  describedByGerund,
  isPlaceName,
  keptFrom,
  lemmaIn,
  orderedInfinitive,
  type SentenceTree,
} from './tree.js';
import { WORDS } from './word-roles.js';

const STAND_IN_PRONOUNS = new Set(['it', 'they']);
/** What an actor issues in its name: the author of "a statement condemning…" condemns. */
export const STATEMENT_NOUNS = WORDS['statement-noun'];
const PLAN_MAKING = WORDS['plan-making'];

/** A to-infinitive ("a plan to strike") or a gerund after "of" ("no intention of withdrawing"). */
function infinitive(tree: SentenceTree, t: number): boolean {
  const opener = tree.kidsBy(t, 'mark', 'case').map((m) => tree.lemma(m));
  return opener.includes('to') || (opener.includes('of') && tree.token(t).xpos === 'VBG');
}
/** Verbs of calling someone in: `summoning` in word-roles.tsv. */
const SUMMONING = WORDS.summoning;

/** `t` is a to-clause hung on the one a verb of summoning called in: that verb's purpose. */
export function summonedFor(tree: SentenceTree, t: number): boolean {
  const noun = tree.head(t);
  const verb = noun >= 0 ? tree.head(noun) : -1;
  return (
    tree.rel(t) === 'acl' &&
    infinitive(tree, t) &&
    tree.rel(noun) === 'obj' &&
    verb >= 0 &&
    SUMMONING.has(tree.lemma(verb))
  );
}

/** Verbs whose object controls the subject of their complement: "urged him to agree". */
const OBJECT_CONTROL = WORDS['object-control'];
/** The preposition of one called on ("called on Israel to", "called upon both sides to"). */
const CALLED_ON = new Set(['on', 'upon']);
/** Nouns of armed forces ("units", "troops"), which may name no state of their own. */
export const MILITARY_HEADS = WORDS.military;
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

const AUXILIARIES = new Set([
  'have',
  'be',
  'will',
  'would',
  'do',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
]);

/** Nouns of intention whose to-clause is the intended act ("no plans to escort"). */
const PLAN_NOUNS = new Set(['plan', 'intention', 'intent', 'decision']);

/** "there were no plans": the noun is the subject of an existential "there be". */
function existential(tree: SentenceTree, noun: number): boolean {
  const clause = tree.head(noun);
  return clause >= 0 && tree.rel(noun) === 'nsubj' && tree.kidsBy(clause, 'expl').length > 0;
}

/** The actors who act: the subject, else the subject of the clause this one depends on. */
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside']);

export function subjectOf(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  depth: number,
): Participant[] {
  if (depth > 6) return [];
  const subject = subjectWord(tree, t);
  if (subject >= 0 && MISHAPS.has(tree.lemma(subject))) return [];
  // "demonstrated in Tel Aviv demanding a deal", parsed with "in" as a subordinator and the city
  // as the participle's subject: a town right after a locative preposition is where, not who.
  const h0 = tree.head(t);
  if (subject > tree.sentence.tokenStart && h0 >= 0 && isPlaceName(tree, subject)) {
    if (LOCATIVE_PREPS.has(tree.lemma(subject - 1))) return subjectOf(tree, index, res, h0, depth + 1);
  }
  if (subject >= 0) {
    if (RELATIVE_PRONOUNS.has(tree.lemma(subject))) {
      const noun = tree.head(t);
      if (noun >= 0 && !tree.isVerb(noun)) return participantsOf(tree, index, res.states, noun);
      // (Only for the event's own verb: a clause below it is not the relative clause's act.)
      if (depth > 0) return [];
      // "met President X, who thanked…" parsed with the clause on "met": "who" is the name
      // written just before it — if the clause is the verb right after it, not a later one the
      // parser gave the pronoun to.
      for (let k = subject + 1; k < t; k++) if (tree.token(k).upos === 'VERB') return [];
      let before = subject - 1;
      while (before >= tree.sentence.tokenStart && tree.token(before).upos === 'PUNCT') before--;
      return before >= tree.sentence.tokenStart ? participantsOf(tree, index, res.states, before) : [];
    }
    // "Turkey reminded Israel that it must withdraw": "it" told it must is the one told.
    const told = toldMust(tree, t, subject);
    if (told >= 0) {
      const addressee = participantsOf(tree, index, res.states, told);
      if (addressee.length > 0) return addressee;
    }
    let found = participantsOf(tree, index, res.states, subject);
    // "Fighters from the group JNIM ambushed…", parsed with two subjects: the one that names
    // a state or organisation.
    if (!found.some((p) => placed(tree.doc, p.actor))) {
      for (const other of tree.kidsBy(t, 'nsubj')) {
        const alt = other === subject ? [] : participantsOf(tree, index, res.states, other);
        if (alt.some((p) => placed(tree.doc, p.actor))) found = alt;
      }
    }
    // "Russia said it would not accept…": an unresolved "it" or "they" reporting its own plans
    // is the subject of the saying.
    const h = tree.head(t);
    if (found.length === 0 && STAND_IN_PRONOUNS.has(tree.lemma(subject)) && h >= 0 && tree.rel(t) === 'ccomp')
      return subjectOf(tree, index, res, h, depth + 1);
    // "Russia's defence ministry said the soldiers were home. It accused Ukraine of delaying the
    // swap": a sentence that opens with "it" speaking goes on with the body the one before was about.
    if (found.length === 0 && h < 0 && subject === tree.sentence.tokenStart && tree.lemma(subject) === 'it')
      if (BODY_SPEECH.has(tree.lemma(t))) return bodyBefore(tree, index);
    // "China expelled the Philippine ship, which it accused of spying": an unresolved "it" in a
    // relative clause on the object of a verb is that verb's own subject, the one dealing with it
    // (not one it is asked of: "warned Manila to remove the warship, which it calls…").
    const owner = h >= 0 ? tree.head(h) : -1;
    if (
      found.length === 0 &&
      STAND_IN_PRONOUNS.has(tree.lemma(subject)) &&
      tree.deprel(t) === 'acl:relcl' &&
      owner >= 0 &&
      tree.rel(h) === 'obj' &&
      tree.kid(owner, 'nsubj') >= 0
    )
      return subjectOf(tree, index, res, owner, depth + 1);
    return found;
  }
  // "said today it had recalled…", parsed with "had" as a clause of its own holding the
  // subject: an auxiliary just before the verb lends it its subject ("The EU did, however,
  // disburse…": an adverb set off by commas may stand between them).
  let aux = t - 1;
  while (aux > tree.sentence.tokenStart && ['PUNCT', 'ADV'].includes(tree.token(aux).upos ?? '')) aux--;
  if (
    aux >= tree.sentence.tokenStart &&
    AUXILIARIES.has(tree.lemma(aux)) &&
    (tree.head(aux) !== t || tree.rel(aux) !== 'aux')
  ) {
    const lent = tree.kid(aux, 'nsubj');
    if (lent >= 0) {
      const found = participantsOf(tree, index, res.states, lent);
      const g = tree.head(t);
      if (found.length > 0 || !STAND_IN_PRONOUNS.has(tree.lemma(lent))) return found;
      // An unresolved "it" reporting its own act is the one saying it.
      if (tree.rel(t) === 'ccomp' && g >= 0) return subjectOf(tree, index, res, g, depth + 1);
    }
  }
  const rel = tree.rel(t);
  const h = tree.head(t);
  if (h < 0) return leftNeighbour(tree, index, res, t);
  // "Zelensky, who returned from Warsaw, demanded…", parsed with "demanded" hanging on the
  // relative clause (or on a clause it reports): the main verb's subject is the noun the
  // relative clause describes, when that noun was left as the root.
  if (rel === 'parataxis' || rel === 'conj') {
    const noun = rootNounOfRelative(tree, h, t);
    if (noun >= 0) return participantsOf(tree, index, res.states, noun);
  }
  if (rel === 'acl') {
    // "summoned a senior Pakistani diplomat to protest the shelling", parsed with the purpose on
    // the diplomat: the summoner protests.
    if (summonedFor(tree, t)) return subjectOf(tree, index, res, tree.head(h), depth + 1);
    // "workers marched to the French consulate calling for its closure…", parsed with the
    // participle on the place they went to: the marchers demand, not the mission.
    const went = tree.head(h);
    if (tree.rel(h) === 'obl' && went >= 0 && GATHERING.has(tree.lemma(went)) && tree.token(t).xpos === 'VBG')
      return subjectOf(tree, index, res, went, depth + 1);
    let found = participantsOf(tree, index, res.states, h);
    // "Russian jets and a spy plane entered…", parsed with the verb on the last conjunct: the
    // first conjunct, and all of them, are the subject.
    if (found.length === 0 && tree.rel(h) === 'conj' && tree.head(h) >= 0)
      found = participantsOf(tree, index, res.states, tree.head(h));
    // "issued a statement condemning Israel": the statement's author condemns (not one who
    // denies or rejects it: "denied reports claiming…").
    const verb = tree.head(h);
    const disowning = verb >= 0 && res.factuality.get('governor')?.get(tree.lemma(verb)) === 'negated';
    if (
      found.length === 0 &&
      tree.rel(h) === 'obj' &&
      verb >= 0 &&
      STATEMENT_NOUNS.has(tree.lemma(h)) &&
      !disowning
    )
      return subjectOf(tree, index, res, verb, depth + 1);
    // "approved a plan to strike Iran": the one who takes up a plan or offer of no named owner acts;
    // so does one who drops it ("cancelled plans to sell arms": one's own plans).
    if (
      found.length === 0 &&
      tree.rel(h) === 'obj' &&
      verb >= 0 &&
      (PLAN_MAKING.has(tree.lemma(verb)) || WORDS.cancelling.has(tree.lemma(verb))) &&
      infinitive(tree, t)
    )
      return subjectOf(tree, index, res, verb, depth + 1);
    // "a spokesman said there are no plans to send troops": the plans of no one named in an
    // existential clause are those of the side that speaks of them.
    if (found.length === 0 && infinitive(tree, t) && PLAN_NOUNS.has(tree.lemma(h)) && existential(tree, h)) {
      const clause = tree.head(h);
      const saying = tree.rel(clause) === 'ccomp' ? tree.head(clause) : -1;
      if (saying >= 0) return subjectOf(tree, index, res, saying, depth + 1);
    }
    return found;
  }
  // "rejected a UN report accusing it of abuses": the report accuses, not the one rejecting it.
  const statement = describedByGerund(tree, t, STATEMENT_NOUNS);
  if (statement >= 0) {
    const author = participantsOf(tree, index, res.states, statement);
    if (author.length > 0) return author;
  }
  // (A bare participle is no complement: "ordered the envoy's expulsion, giving him 72 hours to
  // leave" — the one who ordered gives.)
  const complement = rel === 'xcomp' || (rel === 'advcl' && (infinitive(tree, t) || keptFrom(tree, t)));
  if (complement && (OBJECT_CONTROL.has(tree.lemma(h)) || keptFrom(tree, t))) {
    // "asked Kyiv to halt": the parser sometimes makes the controller an indirect object.
    // "called on both sides to return to talks": the one called on.
    const controller =
      tree.kidsBy(h, 'obj', ...(rel === 'xcomp' ? ['iobj'] : []))[0] ??
      tree.kidsBy(h, 'obl').find((k) => CALLED_ON.has(tree.caseOf(k) ?? '')) ??
      -1;
    if (controller >= 0) {
      const found = participantsOf(tree, index, res.states, controller);
      // "the minister told border units to go on alert": forces of no named state
      // are the orderer's own.
      if (found.length === 0 && lemmaIn(tree, controller, MILITARY_HEADS))
        return subjectOf(tree, index, res, h, depth + 1);
      return found;
    }
  }
  // "ordered a French diplomat to leave the country on Friday, accusing France of…": a participle
  // set off by a comma after an ordered infinitive is the orderer's own act, not the ordered one's.
  const ordered = rel === 'advcl' ? orderedInfinitive(tree, t, h) : -1;
  if (ordered >= 0) return subjectOf(tree, index, res, ordered, depth + 1);
  if (rel === 'xcomp' || rel === 'conj' || rel === 'advcl') {
    // A copular predicate has its subject too: "Qatar was in contact with … and urged them".
    if (tree.isVerb(h) || tree.token(h).upos === 'ADJ' || tree.kid(h, 'nsubj') >= 0) {
      const found = subjectOf(tree, index, res, h, depth + 1);
      // "The minister said none of them worked for the rebels and accused Kyiv…", parsed with
      // "accused" conjoined inside what was said: the sayer did it.
      // (Not when that clause's active subject is a thing the conjoined verb shares: "said the
      // tanker had violated the rules and struck a boat" — the tanker struck it, not the sayer;
      // but a claim conjoined there is the sayer's: "said its defences had shot down the drones
      // and accused the RSF".)
      const g = tree.head(h);
      const shared = tree.kid(h, 'nsubj');
      const thing =
        shared >= 0 &&
        tree.deprel(shared) === 'nsubj' &&
        NOMINAL.has(tree.token(shared).upos ?? '') &&
        tree.lemma(shared) !== 'none' &&
        !WORDS.claiming.has(tree.lemma(t)) &&
        // ("said the sale was legal and urged Beijing to…": a thing does not urge.)
        !(BODY_SPEECH.has(tree.lemma(t)) && index.mentionAt(shared) === null);
      if (found.length === 0 && rel === 'conj' && tree.rel(h) === 'ccomp' && g >= 0 && !thing)
        return subjectOf(tree, index, res, g, depth + 1);
      return found;
    }
    // "speaking with Pezeshkian and urging him": a verb conjoined to a noun is a parser slip; the
    // verb it belongs with is the nearest one above.
    const verb = rel === 'conj' ? verbAbove(tree, h) : -1;
    return verb >= 0 ? subjectOf(tree, index, res, verb, depth + 1) : [];
  }
  return [];
}

/** Parts of speech of a subject that names something (a thing or a body), not a quantity. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** The root noun whose relative clause `h` is or lies in (through reported clauses), before `t`; else -1. */
function rootNounOfRelative(tree: SentenceTree, h: number, t: number): number {
  for (let x = h, steps = 0; x >= 0 && x < t && steps < 4; x = tree.head(x), steps++) {
    if (tree.deprel(x) === 'acl:relcl') {
      const noun = tree.head(x);
      return noun >= 0 && tree.rel(noun) === 'root' ? noun : -1;
    }
    if (!['ccomp', 'parataxis', 'conj'].includes(tree.rel(x))) return -1;
  }
  return -1;
}

/**
 * The subject word of a clause. "it is ready to pull back" is often parsed with "it" as an
 * expletive; adjectives of readiness take a real subject, never an expletive one.
 */
function subjectWord(tree: SentenceTree, t: number): number {
  const subject = tree.kid(t, 'nsubj');
  if (subject >= 0 || !READINESS.has(tree.lemma(t))) return subject;
  return tree.kid(t, 'expl');
}

/** Verbs of a crowd going somewhere (`gathering` in word-roles.tsv). */
const GATHERING = WORDS.gathering;
const READINESS = WORDS.readiness;

export function verbAbove(tree: SentenceTree, t: number): number {
  for (let h = tree.head(t), steps = 0; h >= 0 && steps < 4; h = tree.head(h), steps++)
    if (tree.isVerb(h)) return h;
  return -1;
}

/**
 * A main verb the parser left without a subject ("Pakistan's military blamed India", with
 * "military" read as an adjective): the actor named right before it stands in.
 */
function leftNeighbour(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  for (let k = t - 1; k >= Math.max(tree.sentence.tokenStart, t - 3); k--) {
    const upos = tree.token(k).upos;
    if (upos === 'VERB' || upos === 'PUNCT' || upos === 'SCONJ' || upos === 'CCONJ') return [];
    const mention = index.mentionAt(k);
    if (mention && mention.actor >= 0 && mention.end <= tree.token(t).start) {
      return participantsOf(tree, index, res.states, k);
    }
  }
  return [];
}

/**
 * The patient of a passive: the subject of "was struck", or the noun a past participle
 * modifies ("a truce brokered by a neighbour", "sanctions imposed on the regime"); -1 for an active verb.
 */
export function passiveSubject(tree: SentenceTree, t: number): number {
  const subject = tree.kid(t, 'nsubj:pass');
  if (subject >= 0) return subject;
  // "its soldiers, aided by Ethiopian troops, had pushed back…", parsed with "aided" as the
  // clause's own verb: a by-agent makes a verb with no object or auxiliary passive, and its
  // subject is what it befalls.
  const named = tree.kid(t, 'nsubj');
  if (
    named >= 0 &&
    tree.kid(t, 'obl:agent') >= 0 &&
    tree.kid(t, 'obj') < 0 &&
    tree.kidsBy(t, 'aux').length === 0
  )
    return named;
  const befallen = reducedPassiveClause(tree, t);
  if (befallen >= 0) return befallen;
  // "talks, held at the palace and hosted by Fidan": a participle conjoined to a reduced one.
  if (tree.rel(t) === 'conj' && tree.token(t).xpos === 'VBN' && tree.head(t) >= 0) {
    const first = tree.head(t);
    if (tree.rel(first) === 'acl' && tree.token(first).xpos === 'VBN' && hasByAgent(tree, t))
      return tree.head(first);
    // "Russia and Ukraine swapped prisoners, mediated by the UAE": a participle after a comma,
    // with a by-agent and no subject or auxiliary of its own, says what befell that clause's
    // subject, though the parser conjoins it to the clause as a second verb.
    if (
      hasByAgent(tree, t) &&
      tree.doc.slice(tree.token(t - 1)) === ',' &&
      tree.kidsBy(t, 'nsubj', 'aux', 'aux:pass').length === 0
    ) {
      const subject = tree.kid(first, 'nsubj');
      if (subject >= 0) return subject;
    }
  }
  // A parser often hangs a main verb as a participle ("missiles killed four soldiers"), and then
  // the noun it modifies is its subject. A participle with a by-agent, or with no object of its
  // own while the sentence has a verb at its root ("ten soldiers killed in the city"), is passive.
  if (tree.rel(t) !== 'acl' || tree.token(t).xpos !== 'VBN' || tree.kid(t, 'nsubj') >= 0) return -1;
  const noun = tree.head(t);
  // ("Two Indian soldiers killed in Manipur ambush, army says": a verb that must take an object,
  // with none, is passive even where the noun stands for the clause a saying reports.)
  const reduced =
    hasByAgent(tree, t) ||
    (tree.kid(t, 'obj') < 0 &&
      verbAtRoot(tree) &&
      (!standsForClause(tree, noun) || TAKES_OBJECT.has(tree.lemma(t))));
  return reduced ? noun : -1;
}

/** Verbs of harm that always take an object: with none, a participle of theirs is passive. */
const TAKES_OBJECT = new Set([
  'kill',
  'wound',
  'injure',
  'arrest',
  'detain',
  'abduct',
  'kidnap',
  'capture',
  'jail',
]);

/**
 * "will respond if attacked by Hezbollah", "would retaliate if attacked": a participle opening a
 * clause of its own ("if", "when", "unless") with no subject, auxiliary or object is passive, and
 * what it befalls is the subject of the clause it hangs on. -1 otherwise.
 */
function reducedPassiveClause(tree: SentenceTree, t: number): number {
  if (tree.rel(t) !== 'advcl' || tree.token(t).xpos !== 'VBN' || tree.kidsBy(t, 'mark').length === 0)
    return -1;
  if (tree.kidsBy(t, 'nsubj', 'aux', 'aux:pass', 'cop', 'obj').length > 0) return -1;
  // ("vowed to shut the canal if attacked": the clause above may borrow its subject.)
  let h = tree.head(t);
  while (h >= 0 && tree.kid(h, 'nsubj') < 0 && tree.rel(h) === 'xcomp') h = tree.head(h);
  return h >= 0 ? tree.kid(h, 'nsubj') : -1;
}

/**
 * A noun the parser put where a clause should be, so that a participle on it is likelier its
 * main verb: the clause a verb reports ("guards fired on posts, an official said" with "guards"
 * as ccomp), or one of two subjects of one verb.
 */
function standsForClause(tree: SentenceTree, noun: number): boolean {
  const rel = tree.rel(noun);
  if (rel === 'ccomp' || rel === 'parataxis' || rel === 'root') return true;
  const h = tree.head(noun);
  return rel === 'nsubj' && h >= 0 && tree.kidsBy(h, 'nsubj').length > 1;
}

function verbAtRoot(tree: SentenceTree): boolean {
  for (let i = tree.sentence.tokenStart; i < tree.sentence.tokenEnd; i++)
    if (tree.rel(i) === 'root') return tree.isVerb(i) || tree.kid(i, 'cop') >= 0;
  return false;
}

function hasByAgent(tree: SentenceTree, t: number): boolean {
  return tree.kidsBy(t, 'obl:agent', 'obl').some((k) => tree.caseOf(k) === 'by');
}

/** The agent of a passive: "was struck by Israeli jets". */
export function agentOf(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  const agent = tree.kidsBy(t, 'obl:agent', 'obl').find((k) => tree.caseOf(k) === 'by');
  return agent === undefined || MISHAPS.has(tree.lemma(agent))
    ? []
    : participantsOf(tree, index, res.states, agent);
}

/**
 * The one told or reminded when `verb`, with "it" or "they" as `subject` and "must", is the clause a
 * verb of telling reports to them ("reminded Israel that it must withdraw"); else -1.
 */
export function toldMust(tree: SentenceTree, verb: number, subject: number): number {
  if (!STAND_IN_PRONOUNS.has(tree.lemma(subject)) || tree.rel(verb) !== 'ccomp') return -1;
  if (!tree.kidsBy(verb, 'aux').some((k) => tree.lemma(k) === 'must')) return -1;
  const saying = tree.head(verb);
  return saying >= 0 && TELLING.has(tree.lemma(saying)) ? (tree.kidsBy(saying, 'obj', 'iobj')[0] ?? -1) : -1;
}

const TELLING = WORDS.telling;

/**
 * Things that kill without anyone acting: "passengers killed in a ferry accident" or
 * "the crash killed forty" name a company or a place, not an attacker. ("Israeli fire" is gunfire,
 * so "fire" is not among them.)
 */
const MISHAPS = WORDS.mishap;

/** Verbs a body does and a thing cannot: `body-speech` in word-roles.tsv. */
const BODY_SPEECH = WORDS['body-speech'];

/** The state or body (no person: that is "he" or "she") the sentence before is about: its main verb's subject. */
function bodyBefore(tree: SentenceTree, index: MentionIndex): Participant[] {
  const { doc } = tree;
  const before = doc.sentences[tree.sentence.index - 1];
  if (!before) return [];
  const words = doc.tokens.slice(before.tokenStart, before.tokenEnd);
  const root = before.tokenStart + words.findIndex((w) => w.head === -1);
  const at = words.findIndex((w) => w.head === root && (w.deprel ?? '').startsWith('nsubj'));
  const m = at < 0 ? null : index.mentionAt(before.tokenStart + at);
  // (A body: a state, an organisation, or one unnamed group, "the ministry", "the army".)
  const body =
    m !== null &&
    (m.kind === 'state' ||
      m.kind === 'organization' ||
      (m.kind === 'agent' && ['NN', 'NNP'].includes(words[at].xpos ?? '')));
  return m && body ? [{ actor: m.actor, span: { start: m.start, end: m.end } }] : [];
}

function placed(doc: Doc, actor: number): boolean {
  return codable(doc, actor);
}
