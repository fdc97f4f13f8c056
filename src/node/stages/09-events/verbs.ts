/**
 * Verb events: the rows of verbs.tsv for a verb's lemma, tried most specific first against its
 * clause (object, obliques, complement, particle), give the code and say where the target is; the
 * source comes from subjects.ts and a target the row leaves open from targets.ts, with receiving,
 * naming as criticism and claims of responsibility read their own way. Apart from nouns.ts: verb
 * rows and noun rows share no matching.
 */

import type { Doc } from '../../doc/doc.js';
import { crowdSources, namesCrowd, protestedActor, riotous } from './crowds.js';
import { type CoderResources, type Found, reading } from './found.js';
import { WILL, WOULD } from './intents.js';
import type { VerbRow } from './lexicon.js';
import { type MentionIndex, type Participant, participantsOf } from './participants.js';
import {
  codable,
  FORCE_ROOTS,
  GROUPS_APART,
  MEDIATION,
  MUTUAL_INTENTS,
  MUTUAL_ROOTS,
  measureOnItsPeople,
  RELEASE_DEMANDS,
  SPEECH_ROOTS,
  selfPair,
  severalStates,
  stateSide,
  stateVoice,
} from './sides.js';
import { agentOf, passiveSubject, STATEMENT_NOUNS, subjectOf } from './subjects.js';
import {
  ANSWERING_ROOTS,
  addresseeAbove,
  antecedent,
  authorsOf,
  complements,
  complementTarget,
  conditionTarget,
  contentOf,
  describedThing,
  implicitTarget,
  obliqueTarget,
  obliqueWith,
  purposeObject,
} from './targets.js';
import { byAgentOf, lemmaIn, ownOrSharedObject, type SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

/** Verbs whose plural or compound subject acts on itself: "Russia and Ukraine met". */
const RECIPROCAL = WORDS.reciprocal;
/** Verbs that also name or describe their object ("called the decision shameful"). */
const NAMING_VERBS = WORDS.naming;
const REPORTING = WORDS.reporting;
/** Measures a state takes on another: reducing relations, sanctions, expulsions. */
const MEASURE_ROOTS = new Set(['16', '17']);
const REFERENTIAL_NOUNS = WORDS.referential;

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);

/**
 * "called the talks “positive”", "called the talks, “a step forward”": the quoted words right
 * after the object, which the parser may hang on a quote mark instead of the verb.
 */
function quotedPredicate(tree: SentenceTree, obj: number): number[] {
  let k = obj + 1;
  let quoted = false;
  for (; k < tree.sentence.tokenEnd; k++) {
    const word = tree.doc.slice(tree.token(k));
    if (QUOTE_MARKS.has(word)) quoted = true;
    else if (word !== ',') break;
  }
  if (!quoted || k >= tree.sentence.tokenEnd) return [];
  const { upos } = tree.token(k);
  if (upos === 'ADJ') return [k];
  // A quoted noun phrase: its head, the first noun from here.
  if (upos !== 'DET' && upos !== 'NOUN') return [];
  while (k < tree.sentence.tokenEnd && tree.token(k).upos !== 'NOUN') k++;
  return k < tree.sentence.tokenEnd ? [k] : [];
}

/**
 * "after the stadium shooting" read as a verb: a gerund right after a determiner and a noun
 * (one it does not govern, or its compound), with no subject of its own, is the head of a noun
 * phrase, not a clause whose subject could be borrowed from the verb above.
 */
function nominalGerund(tree: SentenceTree, t: number): boolean {
  const { tokenStart } = tree.sentence;
  if (tree.token(t).xpos !== 'VBG' || t - 2 < tokenStart || tree.kid(t, 'nsubj') >= 0) return false;
  // ("a statement condemning Israel", "a declaration demanding that…", "a call for talks": a
  // participle with an object, a complement or a prepositional phrase of its own is a clause.)
  const clausal = tree
    .kids(t)
    .some(
      (k) =>
        ['obj', 'iobj', 'ccomp', 'xcomp'].includes(tree.rel(k)) ||
        (tree.rel(k) === 'obl' && tree.caseOf(k) !== ''),
    );
  if (clausal) return false;
  const before = tree.token(t - 1);
  const det = tree.token(t - 2);
  // (The noun may be parsed as the gerund's compound, never as its subject.)
  const nounBefore = before.head !== t || before.deprel === 'compound';
  return (before.upos === 'NOUN' || before.upos === 'PROPN') && nounBefore && det.upos === 'DET';
}

/**
 * The rows of a verb; a verb written with a prefix and a hyphen ("re-impose", "re-examine",
 * "counter-attack") that has none of its own takes those of the verb after the hyphen.
 */
function verbRows(res: CoderResources, lemma: string): ReturnType<typeof res.lexicon.verbs.get> {
  const own = res.lexicon.verbs.get(lemma);
  if (own) return own;
  const hyphen = lemma.indexOf('-');
  return hyphen > 0 && hyphen <= 6 ? res.lexicon.verbs.get(lemma.slice(hyphen + 1)) : undefined;
}

export function codeVerb(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Found | null {
  const conditional = conditionalForce(tree, index, res, t);
  if (conditional) return conditional;
  const judged = REPORTING.has(tree.lemma(t)) ? censuredInReport(tree, res, t) : -1;
  if (judged >= 0) return censureEvent(tree, index, res, t, judged);
  const answered = REPORTING.has(tree.lemma(t)) ? responseThreatened(tree, res, t) : null;
  if (answered) {
    const sources = subjectOf(tree, index, res, t, 0);
    const code = answered.force ? '138' : '130';
    return reading({
      trigger: t,
      code,
      rule: 'response',
      sources,
      targets: [],
      reciprocal: false,
      about: answered.about,
    });
  }
  const rows = verbRows(res, tree.lemma(t));
  if (!rows || nominalGerund(tree, t)) return null;
  // "called the decision shameful", "described it as a provocation": naming, not a call or a visit.
  if (NAMING_VERBS.has(tree.lemma(t))) {
    // The predicate may be parsed as a complement, an "as" phrase or (quoted) an apposition.
    const named = tree.kid(t, 'obj');
    // (An adjective after the object, "called the decision “shameful”", may be read as its amod.)
    const predicates = [
      ...tree.kidsBy(t, 'xcomp'),
      ...tree.kidsBy(t, 'obl').filter((k) => tree.caseOf(k) === 'as'),
      ...(named >= 0 ? tree.kidsBy(named, 'appos') : []),
      ...(named >= 0 ? tree.kidsBy(named, 'amod').filter((k) => k > named) : []),
      ...(named >= 0 ? quotedPredicate(tree, named) : []),
    ];
    const naming = predicates.filter((k) => tree.token(k).upos !== 'VERB');
    // ("called the vote politically motivated": a participle after the object, read as a clause,
    // may name it too; it counts for criticism only.)
    const participles =
      named >= 0
        ? [...tree.kidsBy(named, 'acl'), ...tree.kidsBy(t, 'advcl')].filter(
            (k) => k > named && tree.token(k).xpos === 'VBN' && tree.kid(k, 'nsubj') < 0,
          )
        : [];
    // ("called the attack a grave violation…" may come out with two objects: the second names
    // the first, and counts for criticism only.)
    const secondObjects = tree.kidsBy(t, 'obj').filter((k) => named >= 0 && k > named);
    // "called the decision shameful", "described the strikes as a provocation": criticism.
    if (
      [...naming, ...participles, ...secondObjects].some((k) =>
        tree
          .subtree(k)
          .some(
            (w) =>
              res.lexicon.censure.has(tree.lemma(w)) ||
              res.lexicon.censure.has(tree.doc.slice(tree.token(w)).toLowerCase()),
          ),
      )
    )
      return censureEvent(tree, index, res, t);
    // "called the talks “positive”": naming what is there, no act (not "called talks", 036).
    if (naming.length > 0) return null;
  }
  const passive = antecedent(tree, t, passiveSubject(tree, t));
  // "urged the rebels to hold their fire" is often parsed with Beijing as iobj.
  const raw = describedThing(tree, t, ownOrSharedObject(tree, t));
  const direct = antecedent(tree, t, raw);
  const obj = contentOf(tree, passive >= 0 ? passive : direct >= 0 ? direct : tree.kid(t, 'iobj'));
  const found = codeWithObject(tree, index, res, t, rows, obj);
  // "its checkpoints with Iran, which Ankara closed": a relative clause hung on the noun of a
  // phrase may be about the noun that phrase belongs to.
  if (found || passive >= 0 || direct === raw) return found;
  const outer = outerNoun(tree, direct);
  return outer >= 0 ? codeWithObject(tree, index, res, t, rows, contentOf(tree, outer)) : null;
}

/**
 * "Chad will act if Niamey does not stop the raiders": a vague act of a state put as
 * the answer to what another side must do is force (190) against that side, only possible; the
 * intent rules then read the threat it makes (138, asserted). The condition must name an actor
 * other than the one acting ("would respond if attacked" names no one).
 */
function conditionalForce(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Found | null {
  if (!VAGUE_ACTS.has(tree.lemma(t))) return null;
  const sources = subjectOf(tree, index, res, t, 0);
  if (sources.length === 0) return null;
  const own = new Set(sources.map((p) => tree.doc.actors[p.actor]?.country ?? p.actor));
  // ("is ready to act on its own if Beirut does nothing…": the condition may hang on the word of
  // readiness whose complement the act is.)
  const h = tree.head(t);
  const heads = tree.rel(t) === 'xcomp' && h >= 0 ? [t, h] : [t];
  const targets = heads
    .flatMap((v) => conditionSubjects(tree, index, res, v))
    .filter((p) => !own.has(tree.doc.actors[p.actor]?.country ?? p.actor));
  if (targets.length === 0) return null;
  return reading({ trigger: t, code: '190', rule: 'conditional-force', sources, targets, reciprocal: false });
}

/**
 * The actors subject to the if/unless clauses on `verb` (a parser may hang such a clause as a
 * complement: "would respond if Niamey did nothing…").
 */
function conditionSubjects(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  verb: number,
): Participant[] {
  return tree
    .kidsBy(verb, 'advcl', 'ccomp')
    .filter((k) => tree.kidsBy(k, 'mark').some((m) => CONDITIONS.has(tree.lemma(m))))
    .flatMap((k) => {
      const subject = tree.kid(k, 'nsubj');
      return subject >= 0 ? participantsOf(tree, index, res.states, subject) : [];
    });
}

const CONDITIONS = new Set(['if', 'unless']);

/** Verbs of acting that say nothing of how: "will act", "would respond", "may intervene". */
const VAGUE_ACTS = new Set(['act', 'respond', 'react', 'intervene', 'retaliate']);

/** The noun whose phrase `noun` (with "with", "to" or "of") belongs to, or -1. */
function outerNoun(tree: SentenceTree, noun: number): number {
  if (!OUTER_CASES.has(tree.caseOf(noun))) return -1;
  const h = tree.head(noun);
  if (h < 0) return -1;
  if (!tree.isVerb(h)) return h;
  const obj = tree.kid(h, 'obj');
  return obj >= 0 && obj < noun ? obj : -1;
}

const OUTER_CASES = new Set(['with', 'to', 'of']);

/** Appeals and meetings: acts addressed to someone. */
const ADDRESSED = new Set(['02', '04']);

function codeWithObject(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  rows: readonly VerbRow[],
  obj: number,
): Found | null {
  let deferred: [VerbRow, number] | null = null;
  const clause = new VerbClause(tree, t, obj, (lemma) => partnerNoun(res, lemma));
  for (const row of rows) {
    const matched = matchVerbRow(clause, row);
    if (!matched) continue;
    if (row.code === null) return deferred ? verbEvent(tree, index, res, t, obj, ...deferred) : null;
    // "rejected reports that its jets struck" denies an act; "rejected the report" (a document
    // that says no act of its own) is a rejection.
    if (row.code === '016' && obj >= 0 && STATEMENT_NOUNS.has(tree.lemma(obj)) && !saysAnAct(tree, t, obj))
      continue;
    // "received complaints" is no visit, "spoke to reporters" no meeting, "called on supporters to
    // rally" no appeal to a state:
    // a meeting or appeal pattern whose target slot holds no actor codes nothing.
    if (
      (row.code.startsWith('04') || row.code.startsWith('02')) &&
      matched.target >= 0 &&
      !participantsOf(tree, index, res.states, matched.target).some((p) => politicalActor(tree.doc, p.actor))
    )
      continue;
    // "fired missiles into the sea" is a test, not a strike: a force pattern whose target slot
    // holds no actor or place gives way to the next pattern that fits. A ship is no open sea:
    // "fired missiles at a tanker" is an attack, on no party when none owns it; nor does a row
    // that names the object it takes give way ("seized the mining town of Nyabibwe": 192
    // whatever the town).
    if (
      deferred === null &&
      matched.target >= 0 &&
      FORCE_ROOTS.has(row.code.slice(0, 2)) &&
      !WORDS['merchant-ship'].has(tree.lemma(matched.target)) &&
      !(row.obj && row.target?.kind === 'obj') &&
      participantsOf(tree, index, res.states, matched.target, true).length === 0
    ) {
      deferred = [row, matched.target];
      continue;
    }
    return verbEvent(tree, index, res, t, obj, row, matched.target);
  }
  return deferred ? verbEvent(tree, index, res, t, obj, ...deferred) : null;
}

/** An event noun whose own rows name a partner with "with" ("meeting with *", "talks with *"). */
function partnerNoun(res: CoderResources, lemma: string): boolean {
  return (res.lexicon.nouns.get(lemma) ?? []).some(
    (row) => row.target?.kind === 'prep' && row.target.prep === 'with',
  );
}

/**
 * A statement noun with a clause saying what it reports ("reports that its jets struck…"),
 * hung on the noun or, by the parser, on the verb after it.
 */
function saysAnAct(tree: SentenceTree, verb: number, noun: number): boolean {
  const clauses = [
    ...tree.kidsBy(noun, 'acl', 'ccomp', 'acl:relcl'),
    ...tree.kidsBy(verb, 'ccomp', 'advcl').filter((k) => k > noun),
  ];
  return clauses.some(
    (k) => tree.kid(k, 'nsubj') >= 0 && tree.kidsBy(k, 'mark').some((m) => tree.lemma(m) === 'that'),
  );
}

/** Verbs whose subject gets what another gives ("received weapons from Russia"). */
const RECEIVING = WORDS.receiving;
const UNDERGOING = WORDS.undergoing;
const UNARMED = WORDS['unarmed-operation'];
const OPERATIONS = new Set(['operation', 'mission', 'effort', 'campaign']);
/** Promises, cooperation and aid: codes given by one to another. */
const GIVING_ROOTS = new Set(['03', '05', '06', '07']);

/** "X received weapons from Y": Y gave, X got; with no giver named, nothing is coded. */
function received(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  obj: number,
  row: VerbRow,
): Found {
  const from = obliqueWith(tree, t, obj, 'from');
  const sources = from >= 0 ? participantsOf(tree, index, res.states, from) : [];
  const targets = subjectOf(tree, index, res, t, 0);
  return reading({ trigger: t, code: row.code ?? '', rule: row.rule, sources, targets, reciprocal: false });
}

/** A naming that criticises: 111, aimed at the actor named or at whoever did the thing named. */
function censureEvent(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  about = -1,
): Found {
  const sources = subjectOf(tree, index, res, t, 0);
  const obj = about >= 0 ? about : tree.kid(t, 'obj');
  const own = new Set(sources.map((p) => p.actor));
  const targets =
    obj >= 0 ? participantsOf(tree, index, res.states, obj).filter((p) => !own.has(p.actor)) : [];
  return reading({
    trigger: t,
    code: '111',
    rule: 'censure.txt',
    sources,
    targets,
    reciprocal: false,
    about,
  });
}

/**
 * "Beijing said any fresh tariffs would be met with countermeasures", "said it would respond to
 * any new sanctions with countermeasures": a report that a move of the other side would be answered
 * is a threat by the sayer (138 when the answer is force, or the move is), aimed at whoever makes
 * that move. The
 * move's noun (`about`) and whether force is named; null when the report says no such thing.
 */
function responseThreatened(
  tree: SentenceTree,
  res: CoderResources,
  t: number,
): { about: number; force: boolean } | null {
  for (const clause of tree.kidsBy(t, 'ccomp')) {
    if (!tree.kidsBy(clause, 'aux').some((k) => WOULD.has(tree.lemma(k)) || WILL.has(tree.lemma(k))))
      continue;
    const lemma = tree.lemma(clause);
    // "X would be met with countermeasures": X is the move; "would respond to X with…": so is X.
    const move =
      lemma === 'meet'
        ? tree.kid(clause, 'nsubj:pass')
        : RESPONDING.has(lemma)
          ? (tree.kidsBy(clause, 'obl').find((k) => tree.caseOf(k) === 'to') ?? -1)
          : -1;
    if (move < 0) continue;
    // (The with-phrase may hang on the move: "respond to any new sanctions with countermeasures".)
    const answer = [...tree.kidsBy(clause, 'obl'), ...tree.kidsBy(move, 'nmod')].find(
      (k) => tree.caseOf(k) === 'with' && ANSWERS.has(tree.lemma(k)),
    );
    if (answer === undefined) continue;
    // ("Any aggression will be met with a befitting response": force answers force.)
    const attack = res.lexicon.synsets.get('@AGGRESSION')?.has(tree.lemma(move)) === true;
    return { about: move, force: FORCE_ANSWERS.has(tree.lemma(answer)) || attack };
  }
  return null;
}

const RESPONDING = new Set(['respond', 'react', 'answer', 'retaliate']);
/** What a move may be met with. */
const ANSWERS = new Set([
  'countermeasure',
  'measure',
  'response',
  'retaliation',
  'reprisal',
  'force',
  'action',
]);
const FORCE_ANSWERS = new Set(['force', 'retaliation', 'reprisal']);

/**
 * "said the arrests were “a provocation”": a report whose clause says an act or decision is
 * something the censure list names is criticism of it, as "called the arrests a provocation"
 * is. The subject of that clause (the act judged), or -1.
 */
function censuredInReport(tree: SentenceTree, res: CoderResources, t: number): number {
  for (const clause of tree.kidsBy(t, 'ccomp')) {
    if (tree.kid(clause, 'cop') < 0) continue;
    const subject = tree.kid(clause, 'nsubj');
    if (subject < 0 || tree.token(subject).upos !== 'NOUN') continue;
    if (!res.lexicon.nouns.has(tree.lemma(subject)) && !REFERENTIAL_NOUNS.has(tree.lemma(subject))) continue;
    // (The predicate and its own modifiers only: "the drills were a stern warning to foreign
    // interference" censures the interference, not the drills.)
    const judged = [clause, ...tree.kidsBy(clause, 'amod', 'advmod', 'compound', 'conj')].some(
      (w) =>
        res.lexicon.censure.has(tree.lemma(w)) ||
        res.lexicon.censure.has(tree.doc.slice(tree.token(w)).toLowerCase()),
    );
    if (judged) return subject;
  }
  return -1;
}

/**
 * A reported clause of `t` whose subject is another than the speaker (no pronoun) and that "pays
 * a price", "regrets" or "suffers": what the speaker promises that side (`punishment` in
 * word-roles.tsv).
 */
function punishmentOfOther(tree: SentenceTree, t: number): boolean {
  // (A that-clause may be parsed as an adverbial one: "vowed on Monday that the Houthis would pay".)
  const that = (k: number) => tree.kidsBy(k, 'mark').some((m) => tree.lemma(m) === 'that');
  return tree.kidsBy(t, 'ccomp', 'advcl').some((k) => {
    if (!PUNISHMENT.has(tree.lemma(k)) || (tree.rel(k) === 'advcl' && !that(k))) return false;
    const subject = tree.kid(k, 'nsubj');
    if (subject < 0 || tree.token(subject).upos === 'PRON') return false;
    return tree.lemma(k) !== 'pay' || tree.kidsBy(k, 'obj').some((o) => tree.lemma(o) === 'price');
  });
}

/** Verbs of what a threatened side would undergo: `punishment` in word-roles.tsv. */
const PUNISHMENT = WORDS.punishment;

function verbEvent(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  obj: number,
  row: VerbRow,
  target: number,
): Found | null {
  let code = row.code ?? '';
  // "launched a search operation", "a rescue mission": an operation of no force codes no attack.
  if (
    code.startsWith('19') &&
    obj >= 0 &&
    OPERATIONS.has(tree.lemma(obj)) &&
    tree.kidsBy(obj, 'compound', 'amod').some((k) => UNARMED.has(tree.lemma(k)))
  )
    return null;
  // "vowed that the Houthis would pay a heavy price": a pledge or warning whose content makes
  // another side pay or regret is a threat of punishment.
  if ((code === '030' || code === '130') && punishmentOfOther(tree, t)) code = '138';
  if (RECEIVING.has(row.lemma) && GIVING_ROOTS.has(code.slice(0, 2)))
    return received(tree, index, res, t, obj, row);
  // "its patrols came under fire from an Israeli position": the subject is hit, by whom the
  // from-phrase names.
  if (row.preps.some((p) => p.prep === 'under') && UNDERGOING.has(row.lemma))
    return received(tree, index, res, t, obj, row);
  const passive = passiveSubject(tree, t);
  let sources = passive >= 0 ? agentOf(tree, index, res, t) : subjectOf(tree, index, res, t, 0);
  // "police fired tear gas, and 30 students were detained": an arrest with no one named is the
  // work of the state's forces acting in the clause it is joined to.
  // (Only a report of what was done: "hoped officials would be indicted" names no one.)
  const reported = !tree.kidsBy(t, 'aux').some((k) => tree.token(k).xpos === 'MD');
  // (Not when that clause is passive too: "no personnel were hurt and the destroyer was not
  // damaged" names only what was hit.)
  if (
    passive >= 0 &&
    sources.length === 0 &&
    code.startsWith('17') &&
    tree.rel(t) === 'conj' &&
    reported &&
    passiveSubject(tree, tree.head(t)) < 0
  )
    sources = subjectOf(tree, index, res, tree.head(t), 0).filter((p) => forceOfState(tree.doc, p.actor));
  // "He said the consulate itself could be closed 'if the provocations continue'": a measure a
  // state's spokesman says may be taken, naming no one to take it, is the sayer's state's.
  if (passive >= 0 && sources.length === 0 && MEASURE_ROOTS.has(code.slice(0, 2)) && !reported) {
    const saying = tree.rel(t) === 'ccomp' ? tree.head(t) : -1;
    if (saying >= 0 && REPORTING.has(tree.lemma(saying)))
      sources = subjectOf(tree, index, res, saying, 0).filter((p) => tree.doc.actors[p.actor]?.country);
  }
  // "demonstrators protesting the election results": a crowd's protest is a demonstration, not
  // a formal complaint.
  if (
    code === '114' &&
    row.lemma === 'protest' &&
    sources.length > 0 &&
    sources.every((p) => namesCrowd(tree, p.span))
  )
    code = '141';
  // "Thousands of protesters gathered outside parliament": a crowd that gathers demonstrates; it
  // holds no meeting.
  // (Protesters, not any crowd: "crowds gathered in Ramallah to greet the freed prisoners".)
  if (
    code.startsWith('04') &&
    WORDS.gathering.has(row.lemma) &&
    sources.length > 0 &&
    sources.every((p) => namesCrowd(tree, p.span) && tree.doc.actors[p.actor]?.sector === 'OPP')
  )
    code = '141';
  // "Japan protests as Chinese ships enter its waters": a state, or its government, that protests
  // with no object lodges a complaint; it does not take to the streets.
  if (
    code === '141' &&
    row.lemma === 'protest' &&
    sources.length > 0 &&
    sources.every((p) => stateVoice(tree.doc, p))
  )
    code = '114';
  // "protesters torched a police post", "a mob attacked the embassy": a crowd's violence is a riot.
  if (riotous(code) && sources.length > 0 && sources.every((p) => namesCrowd(tree, p.span))) code = '145';
  // So does a crowd of no state that blocks something ("demonstrators blocked a road").
  const crowd = code.startsWith('14') || (code === '191' && passive < 0 && sources.length > 0);
  if (crowd) sources = crowdSources(tree, index, res, t, sources);
  // "prolonged its own curbs on a neighbour": the actor's own things are no target; look further.
  const own = new Set(sources.map((p) => p.actor));
  // "massed troops near Kharkiv": the source's own forces are the means of force, not its target.
  const force = FORCE_ROOTS.has(code.slice(0, 2));
  const ownSide = (p: Participant) => own.has(p.actor) && !measureOnItsPeople(tree.doc, code, p);
  const others = (found: Participant[]) =>
    found.filter(
      (p) =>
        measureOnItsPeople(tree.doc, code, p) ||
        (!own.has(p.actor) && !(force && sources.some((q) => selfPair(tree.doc, q.actor, p.actor)))),
    );
  // "fought with machine guns near Aleppo": a partner or instrument is no place to strike.
  const placeable = target >= 0 && tree.caseOf(target) !== 'with';
  let targets =
    target >= 0
      ? participantsOf(tree, index, res.states, target, placeable).filter(
          (p) => !ofCoSource(tree.doc, sources, p),
        )
      : [];
  // "when both sides want them to", with "them" for their own officials: an appeal or meeting
  // whose slot holds only the sides acting is addressed to no one else, and codes nothing.
  // (Not when they are others the sides only seem to share a state with: "envoys from Egypt and
  // Qatar met rebel leaders".)
  if (targets.length === 0 && target >= 0 && ADDRESSED.has(code.slice(0, 2))) {
    const slot = participantsOf(tree, index, res.states, target);
    const ofSources = (p: Participant) =>
      sources.some((q) => q.actor === p.actor || selfPair(tree.doc, q.actor, p.actor));
    if (slot.length > 0 && slot.every(ofSources)) return null;
  }
  // "demanded that Harare abandon the policy": a bare speech verb is aimed at whom its clause names.
  if (targets.length === 0 && (row.target !== null || obj < 0) && SPEECH_ROOTS.has(code.slice(0, 2))) {
    targets = implicitTarget(tree, index, res, t, obj);
  }
  // "condemned the shooting of three fishermen by the coast guard": aimed at whoever did it; so is
  // an inquiry into an act ("investigating war crimes by militiamen") and force against one
  // ("repelled an assault by al-Shabaab").
  const answersAct =
    SPEECH_ROOTS.has(code.slice(0, 2)) ||
    code.startsWith('09') ||
    (force && obj >= 0 && res.lexicon.nouns.has(tree.lemma(obj)));
  const named = obj >= 0 && answersAct ? byAgentOf(tree, obj) : -1;
  const agent = named >= 0 || obj < 0 || !answersAct ? named : byAfter(tree, t, obj);
  if (agent >= 0 && others(targets).length === 0)
    targets = others(participantsOf(tree, index, res.states, agent));
  // A pattern that names no target still acts on an actor in object position ("welcomed his
  // Saudi counterpart", "expelled two Russian diplomats").
  // ("demanded their release" names the released, not whom it is demanded of.)
  // ("Erdogan and Putin discussed Syria": what is discussed is the topic, not a party.)
  if (
    others(targets).length === 0 &&
    obj >= 0 &&
    row.target === null &&
    !RELEASE_DEMANDS.has(code) &&
    row.lemma !== 'discuss'
  )
    targets = others(participantsOf(tree, index, res.states, obj)).filter(
      (p) => !ofCoSource(tree.doc, sources, p),
    );
  // "ordered the closure of the Russian House cultural centre in Baku": a measure named by its
  // noun falls on whose thing its of-phrase names, before any place it is in.
  if (
    others(targets).length === 0 &&
    obj >= 0 &&
    MEASURE_ROOTS.has(code.slice(0, 2)) &&
    row.target === null
  ) {
    const thing = tree.kidsBy(obj, 'nmod').find((k) => tree.caseOf(k) === 'of');
    if (thing !== undefined && index.mentionAt(thing) === null)
      targets = others(participantsOf(tree, index, res.states, thing)).filter(
        (p) => !ofCoSource(tree.doc, sources, p),
      );
  }
  // "accepted demands from the rebels", "accepted the Egyptian proposal": yielding to or taking up
  // a thing is aimed at whoever's it is.
  // ("agreed to the Sudanese proposal", "conceded to demands from Kyiv": or the thing agreed to.)
  if (others(targets).length === 0 && ANSWERING_ROOTS.has(code.slice(0, 2))) {
    const answered = obj >= 0 ? obj : obliqueWith(tree, t, obj, 'to');
    if (answered >= 0 && answered !== obj)
      targets = others(participantsOf(tree, index, res.states, answered));
    if (answered >= 0 && others(targets).length === 0)
      targets = others(authorsOf(tree, index, res, answered));
  }
  // ("vetoed a suggested embargo on Iranian oil": a veto is aimed at whoever proposed the measure, not
  // at whom the measure would hit; the story names the proposer.)
  const vetoed = code === '129' && obj >= 0;
  if (others(targets).length === 0 && !RECIPROCAL.has(row.lemma) && !vetoed)
    targets = obliqueTarget(tree, index, res, t, obj, code, ownSide);
  if (others(targets).length === 0 && SPEECH_ROOTS.has(code.slice(0, 2)))
    targets = others(conditionTarget(tree, index, res, t));
  if (others(targets).length === 0 && SPEECH_ROOTS.has(code.slice(0, 2)))
    targets = others(addresseeAbove(tree, index, res, t));
  if (others(targets).length === 0 && row.xcomp && row.target === null && PROMISE_ROOTS.has(code.slice(0, 2)))
    targets = others(complementTarget(tree, index, res, t, code.startsWith('138')));
  // "opened fire to disperse the demonstrators": force that names no target is aimed at whom
  // its purpose acts on.
  if (others(targets).length === 0 && force) targets = others(purposeObject(tree, index, res, t));
  // "imposed a curfew in Cizre": a measure a state takes in a place of its own falls on the people
  // there, a side apart from the state (TURGOV > TURCVL, a domestic event).
  targets = targets.map((p) =>
    measureOnItsPeople(tree.doc, code, p) && sources.some((q) => sameCountry(tree.doc, q.actor, p.actor))
      ? { actor: res.states.state(tree.doc.actors[p.actor].country ?? '', 'CVL'), span: p.span }
      : p,
  );
  // "imposed martial law", "declared a curfew": with no place named, a state's curfew or emergency
  // rule falls on its own people (the measure named stands as the span that says so).
  if (others(targets).length === 0 && HOME_MEASURES.has(code) && obj >= 0) {
    const ruler = sources.find((q) => forceOfState(tree.doc, q.actor));
    const country = ruler === undefined ? null : tree.doc.actors[ruler.actor].country;
    const measure = tree.token(obj);
    if (country)
      targets = [
        { actor: res.states.state(country, 'CVL'), span: { start: measure.start, end: measure.end } },
      ];
  }
  // A protest is aimed at whom its purpose names, before any street or square it fills.
  if (crowd) {
    const protested = protestedActor(tree, index, res, t, own);
    if (protested.length > 0) targets = protested;
  }
  // "Syrian forces and the SDF fought": a plural subject of a reciprocal verb acts on itself.
  // So does one that agrees, cooperates or yields with no one else named ("Israel and Hezbollah
  // accepted a truce").
  // "warned that famine was likely", "warned that new Russian attacks were likely": a warning of
  // what others (or no one) will do, with no one warned, is a pessimistic comment, not a threat.
  if (row.lemma === 'warn' && code === '130' && forecastWarning(tree, index, res, t, sources))
    return reading({ trigger: t, code: '012', rule: row.rule, sources, targets: [], reciprocal: false });
  // "A state claimed that its forces had hit a rebel base": a claim of one's own attack is a claim of
  // responsibility, aimed at whoever was attacked.
  if (row.lemma === 'claim' && code === '112' && sources.length > 0) {
    const comp = complements(tree, t)[0];
    const doer = comp === undefined ? -1 : tree.kid(comp, 'nsubj');
    const doers = doer >= 0 ? participantsOf(tree, index, res.states, doer) : [];
    const self =
      doers.length === 0 ||
      doers.every((p) => own.has(p.actor) || selfPair(tree.doc, sources[0].actor, p.actor));
    if (!self)
      return reading({ trigger: t, code, rule: row.rule, sources, targets: doers, reciprocal: false });
    const acted = comp === undefined ? -1 : tree.kid(comp, 'obj');
    const victims = acted >= 0 ? participantsOf(tree, index, res.states, acted, true) : [];
    return reading({
      trigger: t,
      code: '015',
      rule: row.rule,
      sources,
      targets: others(victims),
      reciprocal: false,
    });
  }
  // "Egypt hosted talks with Qatar": talks the host holds with one side are its own talks (046);
  // with two or more sides ("talks with Israel and Hamas") it mediates between them.
  if (row.lemma === 'host' && code === '045' && others(targets).length === 1) code = '046';
  // "French and Egyptian warships began war games": drills held by two states together are
  // military cooperation between them (062), not a show of force.
  if (code === '150' && others(targets).length === 0 && severalStates(tree.doc, sources)) code = '062';
  // "Israel and Hamas suspended their negotiations in Doha": talks of the acting sides with no
  // one else named are between them (not with the host of the place they were held in).
  const theirTalks =
    sources.length > 1 && obj >= 0 && !MEDIATION.has(code) && talksOfTheirOwn(tree, res, obj);
  if (theirTalks) targets = [];
  // "Russia and Ukraine accused each other": any act the sides do to "each other" is mutual.
  const mutual =
    theirTalks ||
    eachOther(tree, t) ||
    ((RECIPROCAL.has(row.lemma) ||
      WORDS['mutual-ties'].has(row.lemma) ||
      (MUTUAL_ROOTS.has(code.slice(0, 2)) && !commentOnThing(code, obj)) ||
      pledgedToEachOther(tree, index, t, code)) &&
      !MEDIATION.has(code));
  // ("Egypt and Qatar met rebel leaders": people as the object, even of no known side, are whom
  // they met, not each other.)
  // (A state as the object is a topic there: "Egypt and Qatar discussed Lebanon".)
  // (But what two sides yield is their own: "Armenia and Azerbaijan will withdraw troops".)
  const met = obj >= 0 && !code.startsWith('08') ? index.mentionAt(contentOf(tree, obj)) : null;
  const metSomeone = met !== null && met.kind !== 'state';
  // ("Egypt and Qatar signed a deal with Iran": a partner named on the object is whom they act
  // with, not each other; but what two sides discuss, "a meeting with Israeli envoys", is a topic.)
  const partner =
    obj >= 0 && !DISCUSSING.has(row.lemma)
      ? tree.kidsBy(obj, 'nmod').find((k) => tree.caseOf(k) === 'with')
      : undefined;
  if (targets.length === 0 && mutual && sources.length > 1 && partner !== undefined)
    targets = others(participantsOf(tree, index, res.states, partner));
  // ("Israel and Hamas exchanged the bodies of hostages": people of no known side owning the
  // object are no target of an exchange between the two.)
  if (mutual && sources.length > 1 && !metSomeone)
    targets = targets.filter((p) => codable(tree.doc, p.actor));
  const reciprocal = targets.length === 0 && mutual && sources.length > 1 && !metSomeone;
  const bySide = sources.length === 0 && force && passive >= 0 && deniedOutright(tree, passive);
  return reading({ trigger: t, code, rule: row.rule, sources, targets, reciprocal, bySide });
}

/**
 * "The United States and Britain welcomed the agreement": praise, defence or recognition of a
 * thing named as the object is no act of the two sides on each other (cooperating, 050, and
 * signing, 057, still are).
 */
function commentOnThing(code: string, obj: number): boolean {
  return obj >= 0 && code.startsWith('05') && !code.startsWith('050') && !code.startsWith('057');
}

/**
 * "Congo and the M23 pledged to work toward a ceasefire": an intent to cooperate, meet or settle
 * whose complement names no one is pledged to each other ("pledged to meet Israel" names Israel).
 */
function pledgedToEachOther(tree: SentenceTree, index: MentionIndex, verb: number, code: string): boolean {
  if (!MUTUAL_INTENTS.has(code)) return false;
  const said = tree.kidsBy(verb, 'xcomp', 'obj', 'obl');
  return !said.some((k) => tree.subtree(k).some((w) => index.mentionAt(w) !== null));
}

/**
 * "repelled a ground assault by al-Shabaab", with "by al-Shabaab" hung on the active verb: a
 * by-phrase right after the object names whose the object is.
 */
function byAfter(tree: SentenceTree, verb: number, obj: number): number {
  if (passiveSubject(tree, verb) >= 0) return -1;
  const end = Math.max(obj, ...tree.subtree(obj));
  return (
    tree.kidsBy(verb, 'obl').find((k) => tree.caseOf(k) === 'by' && tree.kidsBy(k, 'case')[0] === end + 1) ??
    -1
  );
}

/** A talks noun owned by "their" ("their negotiations"), naming no partner. */
function talksOfTheirOwn(tree: SentenceTree, res: CoderResources, obj: number): boolean {
  if (!res.lexicon.synsets.get('@TALKS')?.has(tree.lemma(obj))) return false;
  const owners = tree.kidsBy(obj, 'nmod:poss');
  if (owners.length === 0 || owners.some((k) => !['they', 'their'].includes(tree.lemma(k)))) return false;
  return !tree.kidsBy(obj, 'nmod').some((k) => ['with', 'between'].includes(tree.caseOf(k)));
}

/** Curfews (1723) and states of emergency or martial law (1724): measures a state takes at home. */
const HOME_MEASURES = new Set(['1723', '1724']);

/** Police, troops or a state's organs that can detain: a state actor on the state's side. */
function forceOfState(doc: Doc, actor: number): boolean {
  const a = doc.actors[actor];
  return a?.country !== null && a?.country !== undefined && a.org === null && stateSide(a.sector);
}

function sameCountry(doc: Doc, a: number, b: number): boolean {
  const country = doc.actors[a]?.country;
  return country !== null && country !== undefined && country === doc.actors[b]?.country;
}

/** "No shots were fired", "not a single shot was fired": a subject that denies the act itself. */
function deniedOutright(tree: SentenceTree, subject: number): boolean {
  return tree.kidsBy(subject, 'det').some((d) => tree.lemma(d) === 'no');
}

/** Intents and threats: what is promised or threatened is an act on someone. */
const PROMISE_ROOTS = new Set(['03', '13']);

/**
 * "handed over", "called off": a particle, or the same word right after the verb read as an
 * adverb ("handed over three fugitives", with "over three" read as "more than three").
 */
function hasParticle(tree: SentenceTree, t: number, prt: string): boolean {
  if (tree.kidsBy(t, 'compound:prt').some((k) => tree.lemma(k) === prt)) return true;
  // Read as an adverb, the word may hang on what follows ("over three", as "more than three").
  const next = t + 1;
  return next < tree.sentence.tokenEnd && tree.lemma(next) === prt && tree.deprel(next) === 'advmod';
}

/** The oblique noun whose preposition is `prt`, right after the verb `t`, else -1. */
function particleAsCase(tree: SentenceTree, t: number, prt: string): number {
  const next = t + 1;
  if (next >= tree.sentence.tokenEnd || tree.lemma(next) !== prt || tree.deprel(next) !== 'case') return -1;
  const noun = tree.head(next);
  return noun > next && tree.head(noun) === t && tree.rel(noun) === 'obl' ? noun : -1;
}

/**
 * The parts of one verb's clause that its rows ask about, each found once: a common verb has
 * dozens of rows ("call" has over seventy), and most ask for the same obliques and complements.
 */
class VerbClause {
  private readonly obliques = new Map<string, number>();
  private complementList: number[] | undefined;
  private objectList: readonly number[] | undefined;

  constructor(
    readonly tree: SentenceTree,
    readonly verb: number,
    readonly obj: number,
    /** The lemma names an event noun with a partner of its own ("a meeting with U.S. envoys"). */
    private readonly hasPartner: (lemma: string) => boolean = () => false,
  ) {}

  /** See obliqueWith. */
  oblique(prep: string): number {
    let k = this.obliques.get(prep);
    if (k === undefined) {
      k = this.findOblique(prep);
      this.obliques.set(prep, k);
    }
    return k;
  }

  private findOblique(prep: string): number {
    const { tree, verb, obj } = this;
    // "the two discussed a possible meeting with U.S. envoys": the envoys are the meeting's.
    const holder = prep === 'with' && obj >= 0 && this.hasPartner(tree.lemma(obj)) ? -1 : obj;
    let k = obliqueWith(tree, verb, holder, prep);
    // ("sent a convoy of trucks carrying food into Gaza": where the vehicles carry it, it is sent.)
    if (k < 0 && (prep === 'to' || prep === 'into') && obj >= 0) k = carriedTo(tree, obj, prep);
    // "accepted Qatari mediation in its own talks with Israel": nor is a partner of an event
    // noun further down the verb's.
    const under = k >= 0 ? tree.head(k) : -1;
    if (
      prep === 'with' &&
      under !== verb &&
      under !== holder &&
      under >= 0 &&
      this.hasPartner(tree.lemma(under))
    )
      return -1;
    return k;
  }

  complements(): readonly number[] {
    this.complementList ??= complements(this.tree, this.verb);
    return this.complementList;
  }

  /**
   * The object and the nouns conjoined to it (none without an object), worked out once, and what
   * a carrier among them carries: "sent two planes carrying medical supplies", "dispatched a ship
   * loaded with food" send the supplies and the food.
   */
  objects(): readonly number[] {
    if (this.objectList) return this.objectList;
    const own = this.obj >= 0 ? this.tree.conjuncts(this.obj) : [];
    const carried = own.flatMap((k) => carriedBy(this.tree, this.verb, k));
    this.objectList = carried.length > 0 ? [...own, ...carried] : own;
    return this.objectList;
  }
}

/** Verbs of a meeting's purpose, whose object is a topic: `discussing` in word-roles.tsv. */
const DISCUSSING = WORDS.discussing;

/** Participles that tell what a vehicle carries: `carrying` in word-roles.tsv. */
const CARRYING = WORDS.carrying;

/**
 * What the vehicle `noun` carries: the object of a participle of carrying hung on it ("planes
 * carrying medical supplies") or on the verb right after it ("a ship loaded with food", read as
 * the verb's complement), or the noun of its "with" phrase.
 */
function carriedBy(tree: SentenceTree, verb: number, noun: number): number[] {
  const participles = [
    ...tree.kidsBy(noun, 'acl'),
    ...tree.kidsBy(verb, 'xcomp').filter((k) => k === noun + 1 && tree.token(k).xpos === 'VBN'),
  ].filter((k) => CARRYING.has(tree.lemma(k)));
  const out: number[] = [];
  // ("would send a convoy of food": a convoy carries what its of-phrase names.)
  if (tree.lemma(noun) === 'convoy')
    for (const k of tree.kidsBy(noun, 'nmod')) if (tree.caseOf(k) === 'of') out.push(...tree.conjuncts(k));
  for (const p of participles) {
    const obj = tree.kid(p, 'obj');
    if (obj >= 0) out.push(...tree.conjuncts(obj));
    for (const k of tree.kidsBy(p, 'obl')) if (tree.caseOf(k) === 'with') out.push(...tree.conjuncts(k));
  }
  return out;
}

/** The `prep` phrase ("to", "into") of a participle of carrying on the vehicle `noun` or on its of-phrase, or -1. */
function carriedTo(tree: SentenceTree, noun: number, prep: string): number {
  const vehicles = [noun, ...tree.kidsBy(noun, 'nmod').filter((k) => tree.caseOf(k) === 'of')];
  for (const v of vehicles)
    for (const p of tree.kidsBy(v, 'acl'))
      if (CARRYING.has(tree.lemma(p))) {
        const k = obliqueWith(tree, p, -1, prep);
        if (k >= 0) return k;
      }
  return -1;
}

/** Nouns whose coming, warned of with no owner named, is the warner's own threat: `threat-content` in word-roles.tsv. */
const THREAT_CONTENT = WORDS['threat-content'];

/** Nouns by which a state's own words name the state ("the country would respond"). */
const OWN_STATE_NOUNS = new Set(['country', 'nation', 'state']);

/**
 * A warning with no one warned whose content's subject is a thing, not an actor: a state of
 * affairs ("famine was likely") or an act of a side other than the warner's ("new Russian attacks
 * were likely"). The warner's own coming response ("the response would be swift") stays a threat.
 */
function forecastWarning(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  sources: readonly Participant[],
): boolean {
  if (tree.kidsBy(t, 'obj', 'iobj').length > 0) return false;
  const comp = tree.kidsBy(t, 'ccomp')[0];
  if (comp === undefined) return false;
  const subject = tree.kid(comp, 'nsubj');
  if (subject < 0 || tree.token(subject).upos !== 'NOUN' || index.mentionAt(subject)) return false;
  // "Iran warned that the country would respond…": "the country" of a state's warning is itself,
  // when what it would do is act ("the UN warned that the country would face famine" is not).
  const ownState =
    OWN_STATE_NOUNS.has(tree.lemma(subject)) &&
    tree.kidsBy(subject, 'det').some((d) => tree.lemma(d) === 'the') &&
    sources.some((p) => tree.doc.actors[p.actor]?.country && !tree.doc.actors[p.actor]?.org);
  const acts =
    VAGUE_ACTS.has(tree.lemma(comp)) ||
    (verbRows(res, tree.lemma(comp)) ?? []).some((r) => r.code && FORCE_ROOTS.has(r.code.slice(0, 2)));
  if (ownState && acts) return false;
  // "warned that any strike on its soil would mean war": what would follow any such act
  // is the warner's threat.
  if (tree.kidsBy(subject, 'det').some((d) => tree.lemma(d) === 'any')) return false;
  const owners = participantsOf(tree, index, res.states, subject);
  if (owners.length === 0) return !THREAT_CONTENT.has(tree.lemma(subject));
  return !owners.some((o) => sources.some((s) => sameCountry(tree.doc, s.actor, o.actor)));
}

/** The verb's object or oblique is "each other" or "one another" (words as written). */
function eachOther(tree: SentenceTree, t: number): boolean {
  return tree.kidsBy(t, 'obj', 'iobj', 'obl').some((k) => {
    const words = `${tree.doc.slice(tree.token(k))} ${k + 1 < tree.sentence.tokenEnd ? tree.doc.slice(tree.token(k + 1)) : ''}`;
    return /^(?:each other|one another)$/i.test(words);
  });
}

/** Whether a verb row's conditions hold; returns the target token (-1 for none). */
function matchVerbRow(clause: VerbClause, row: VerbRow): { target: number } | null {
  const { tree, verb: t } = clause;
  let obj = clause.obj;
  // "shot down a drone", with "down" read as the preposition of "drone": the particle, and its
  // noun the object.
  const cased = row.prt && obj < 0 && !hasParticle(tree, t, row.prt) ? particleAsCase(tree, t, row.prt) : -1;
  if (cased >= 0) obj = cased;
  if (row.needsObj && obj < 0) return null;
  if (row.noObj && obj >= 0) return null;
  // ("traded rifle and rocket fire": any of conjoined objects may be the one named.)
  // (Loops rather than closures: this runs for every row of every verb.)
  if (row.obj && cased >= 0 && !(lemmaIn(tree, cased, row.obj) && wordsBefore(tree, cased, row.objWords)))
    return null;
  if (row.obj && cased < 0 && !someObjectFits(clause, row.obj, row.objWords)) return null;
  if (row.prt && cased < 0 && !hasParticle(tree, t, row.prt)) return null;
  if (row.xcomp && !someComplementFits(clause, row.xcomp)) return null;
  let target = -1;
  for (const cond of row.preps) {
    const oblique = clause.oblique(cond.prep);
    if (oblique < 0) return null;
    if (cond.lemmas && !lemmaIn(tree, oblique, cond.lemmas)) return null;
    if (!wordsBefore(tree, oblique, cond.words)) return null;
    if (row.target?.kind === 'prep' && row.target.prep === cond.prep) target = oblique;
  }
  if (row.target?.kind === 'obj') target = obj;
  if (row.target?.kind === 'prep' && target < 0) {
    target = clause.oblique(row.target.prep);
    if (target < 0) return null;
  }
  return { target };
}

function someObjectFits(
  clause: VerbClause,
  lemmas: ReadonlySet<string>,
  words: readonly ReadonlySet<string>[] | undefined,
): boolean {
  for (const k of clause.objects())
    if (lemmaIn(clause.tree, k, lemmas) && wordsBefore(clause.tree, k, words)) return true;
  return false;
}

/** A complement of the verb whose lemma is one of `lemmas` (any complement for an empty set). */
function someComplementFits(clause: VerbClause, lemmas: ReadonlySet<string>): boolean {
  for (const k of clause.complements())
    if (lemmas.size === 0 || lemmas.has(clause.tree.lemma(k))) return true;
  return false;
}

/**
 * Whether the phrase of `noun` has `words` before it, in order, the last right before the noun
 * (VerbRow.objWords); true when no words are asked for.
 */
function wordsBefore(
  tree: SentenceTree,
  noun: number,
  words: readonly ReadonlySet<string>[] | undefined,
): boolean {
  if (!words || words.length === 0) return true;
  const start = Math.min(noun, ...tree.subtree(noun));
  let at = noun - 1;
  for (let w = words.length - 1; w >= 0; w--) {
    const last = w === words.length - 1;
    while (
      at >= start &&
      !words[w].has(tree.lemma(at)) &&
      !words[w].has(tree.doc.slice(tree.token(at)).toLowerCase())
    ) {
      if (last) return false;
      at--;
    }
    if (at < start) return false;
    at--;
  }
  return true;
}

/**
 * "Egypt and Qatar offered troops to Sudan": a group in object position that belongs to one of
 * several acting states is their means, not a target of the others.
 */
function ofCoSource(doc: Doc, sources: readonly Participant[], p: Participant): boolean {
  // (Civilians are no one's means: "the ELN and FARC dissidents displaced 50,000 people".)
  if (sources.length < 2 || doc.actors[p.actor]?.type === 'state' || doc.actors[p.actor]?.sector === 'CVL')
    return false;
  const country = doc.actors[p.actor]?.country;
  // (Nor are a state's rebels or gangs its forces' own: "Police and soldiers fought the gangs".)
  const sector = doc.actors[p.actor]?.sector ?? '';
  const forces = sources.every((q) => ['MIL', 'COP'].includes(doc.actors[q.actor]?.sector ?? ''));
  if (GROUPS_APART.has(sector) && forces) return false;
  return country != null && sources.some((q) => doc.actors[q.actor]?.country === country);
}

/** A state or organisation (or someone acting for one) that events are coded between; not the press. */
function politicalActor(doc: Doc, actor: number): boolean {
  return codable(doc, actor) && doc.actors[actor]?.sector !== 'MED';
}
