/**
 * Whom an act is aimed at when its verb row names no target: the subject of the clause it reports,
 * whom its condition is put to, the owner or author of what it names, an actor in an oblique or in
 * its complement's act; and the words that stand for an object (a relative pronoun's antecedent, a
 * free relative's described thing, what a quantifier counts). Apart from the verb rules that call
 * it: it reads the clause and never decides a code.
 */

import type { CoderResources } from './found.js';
import { forcesOfThing, type MentionIndex, type Participant, participantsOf } from './participants.js';
import { FORCE_ROOTS, MUTUAL_ROOTS } from './sides.js';
import { RELATIVE_PRONOUNS, summonedFor } from './subjects.js';
import { isPlaceName, keptFrom, type SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

/**
 * The target of a speech act when no actor is its object: the subject of what it says ("warned
 * that the other side would pay…"), or the author of the act it condemns or rejects
 * ("condemned Iran's launch", "rejected the Israeli proposal").
 */
export function implicitTarget(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  obj: number,
): Participant[] {
  for (const comp of tree.kidsBy(t, 'ccomp')) {
    const subject = tree.kid(comp, 'nsubj');
    const inner = subject >= 0 ? subject : tree.kid(comp, 'nsubj:pass');
    if (inner >= 0) {
      const found = participantsOf(tree, index, res.states, inner);
      if (found.length > 0) return found;
    }
  }
  return obj >= 0 ? ownersOf(tree, index, res, obj, true) : [];
}

/**
 * "warned of sanctions if the militia keeps its guns", "demanded a vote unless the
 * council acts": a threat or demand with no actor as target is aimed at whoever its condition
 * is put to (not "whether", which only asks).
 */
export function conditionTarget(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  return clauseParticipants(tree, index, res, t, PUT_CONDITIONS, 'nsubj');
}

const PUT_CONDITIONS = new Set(['if', 'unless']);

/** The actors of the `rel` of the first adverbial clause on `t`, opened by one of `marks`, that names any. */
function clauseParticipants(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  marks: ReadonlySet<string>,
  rel: string,
): Participant[] {
  for (const clause of tree.kidsBy(t, 'advcl')) {
    if (!tree.kidsBy(clause, 'mark').some((m) => marks.has(tree.lemma(m)))) continue;
    const k = tree.kid(clause, rel);
    const found = k >= 0 ? participantsOf(tree, index, res.states, k) : [];
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Whose the thing named by `noun` is: a possessor or demonym ("Iran's launch", "the Israeli
 * proposal"), and with `authors` also a compound or an of/by/from phrase ("a Hamas proposal",
 * "an offer from Doha"). A pronoun says nothing: "demanded their release" names whose release it
 * is, not whom it is demanded from.
 */
function ownersOf(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  noun: number,
  authors: boolean,
): Participant[] {
  const kids = authors
    ? tree.kidsBy(noun, 'nmod:poss', 'amod', 'compound', 'nmod')
    : tree.kidsBy(noun, 'nmod:poss', 'amod');
  for (const k of kids) {
    if (tree.token(k).upos === 'PRON') continue;
    if (tree.rel(k) === 'nmod' && tree.deprel(k) !== 'nmod:poss' && !AUTHOR_CASES.has(tree.caseOf(k)))
      continue;
    const found = participantsOf(tree, index, res.states, k);
    if (found.length > 0) return found;
  }
  return [];
}

const AUTHOR_CASES = new Set(['by', 'from', 'of']);

/**
 * "threatened to halt gas deliveries to the enclave": a threat or promise coded by its
 * complement ("threaten xcomp=halt") is aimed at whom the complement's act is aimed at: its
 * object's owner, or an actor in one of its obliques. (A refusal "to let inspectors in" is
 * aimed at whoever asked, not at the inspectors, so refusals are left out.)
 */
export function complementTarget(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  force: boolean,
): Participant[] {
  for (const comp of complements(tree, t)) {
    if (tree.rel(comp) !== 'xcomp' && tree.rel(comp) !== 'advcl') continue;
    const inner = tree.kid(comp, 'obj');
    const owners = inner < 0 ? [] : ownersOf(tree, index, res, inner, false);
    if (owners.length > 0) return owners;
    // "threatened to ban opposition candidates", "to shell Iraqi towns": whom the act is done
    // to (for force, also the state of the place it hits).
    const hit = inner >= 0 ? participantsOf(tree, index, res.states, inner, force) : [];
    if (hit.length > 0) return hit;
    const found = obliqueTarget(tree, index, res, comp, inner, force ? '190' : '130');
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * "summoned the U.S. ambassador to protest the arms sale", "called in the envoy to demand…": what
 * is said for the purpose of an act done to someone is said to them.
 */
export function addresseeAbove(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  const rel = tree.rel(t);
  // (Parsed on the one summoned itself: "summoned a diplomat to protest".)
  if (summonedFor(tree, t)) return participantsOf(tree, index, res.states, tree.head(t));
  const above = tree.head(t);
  if ((rel !== 'advcl' && rel !== 'xcomp') || above < 0 || !tree.isVerb(above)) return [];
  if (!tree.kidsBy(t, 'mark').some((m) => tree.lemma(m) === 'to')) return [];
  const obj = tree.kid(above, 'obj');
  return obj >= 0 ? participantsOf(tree, index, res.states, obj) : [];
}

/** Whom a to-clause of purpose hung on `t` acts on ("fired to disperse the crowd"): its object's actors. */
export function purposeObject(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  return clauseParticipants(tree, index, res, t, PURPOSE, 'obj');
}

const PURPOSE = new Set(['to']);

/** Support and aid, whose for-phrase names who gets them. */
const BENEFIT_ROOTS = new Set(['05', '07']);

/** Prepositions that introduce whoever an act is aimed at, when the pattern names none. */
const TARGET_PREPS = ['against', 'on', 'at', 'toward', 'towards', 'to', 'with', 'into', 'between'];

const BORDERS = new Set(['border', 'frontier', 'boundary']);
const PARTNERING = WORDS.partnering;

/** "reviewing aid to Kigali", "struck targets in Gaza": an actor or place in an oblique. */
export function obliqueTarget(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  obj: number,
  code: string,
  ownSide: (p: Participant) => boolean = () => false,
): Participant[] {
  // ("lifted the curfew in Cizre": easing a measure, like imposing one, falls on a place's people.)
  const force = FORCE_ROOTS.has(code.slice(0, 2)) || code.startsWith('081');
  // "talks on a troop pullback", "cooperation on energy": between partners, "on" names the topic.
  const preps = force
    ? [...TARGET_PREPS, 'in', 'near', 'across', 'over', 'around', 'off', 'along']
    : code.startsWith('04')
      ? // ("held talks at the headquarters of the U.N. force": where talks are held is their venue.)
        TARGET_PREPS.filter((p) => p !== 'on' && p !== 'at')
      : MUTUAL_ROOTS.has(code.slice(0, 2))
        ? TARGET_PREPS.filter((p) => p !== 'on')
        : TARGET_PREPS;
  for (const prep of preps) {
    const k = obliqueWith(tree, t, obj, prep);
    if (k < 0) continue;
    // ("bombed a village near the Thai border": a place near a state's border is not in it.)
    if (prep === 'near' && BORDERS.has(tree.lemma(k))) continue;
    // ("struck near Jilib in support of the Somali government": whom an act helps is no target.)
    if (prep === 'in' && BACKING_NOUNS.has(tree.lemma(k))) continue;
    // ("protested at Israeli settlement on their land": the protesters' own land is no target.)
    const found = participantsOf(tree, index, res.states, k, force).filter((p) => !ownSide(p));
    if (found.length > 0)
      return ASSAULT_ROOTS.has(code.slice(0, 2)) && LOCATIVE.has(prep) && obj >= 0
        ? forcesThere(tree, res, obj, found)
        : found;
    // "protested at Israeli settlement", "complained over Russia's strikes": a protest or a
    // complaint aimed at a thing is aimed at whoever's it is.
    const owners = AIMED_AT_OWNER.has(code.slice(0, 2))
      ? ownersOf(tree, index, res, k, true).filter((p) => !ownSide(p))
      : [];
    if (owners.length > 0) return owners;
  }
  // "reaffirmed its support for Guyana's territorial integrity", "sent aid for Gaza": support
  // and aid go to whom the for-phrase names, or to whose thing it names. (Not after someone
  // acted on: "applauded Michelle Obama for her work" gives the reason.)
  const thingGiven = obj < 0 || (tree.token(obj).upos === 'NOUN' && index.mentionAt(obj) === null);
  const forWhom = BENEFIT_ROOTS.has(code.slice(0, 2)) && thingGiven ? obliqueWith(tree, t, obj, 'for') : -1;
  if (forWhom >= 0) {
    const found = participantsOf(tree, index, res.states, forWhom, code.startsWith('07')).filter(
      (p) => !ownSide(p),
    );
    if (found.length > 0) return found;
    const owners = ownersOf(tree, index, res, forWhom, true).filter((p) => !ownSide(p));
    if (owners.length > 0) return owners;
  }
  // "shortened the curfew imposed in Sudan", "shelled the depot located near Homs": the place of a
  // measure or a target can sit in the participle that describes it.
  const described = force && obj >= 0 ? describingParticiple(tree, obj) : -1;
  return described >= 0 ? obliqueTarget(tree, index, res, described, -1, code, ownSide) : [];
}

const ASSAULT_ROOTS = new Set(['18', '19', '20']);
const LOCATIVE = new Set(['in', 'near', 'at', 'around', 'along', 'across', 'off']);

/**
 * "attacked army positions in South Kivu": force aimed at a thing of the forces in a place hits
 * that state's forces, not the state at large.
 */
function forcesThere(
  tree: SentenceTree,
  res: CoderResources,
  obj: number,
  found: Participant[],
): Participant[] {
  const sector = forcesOfThing(tree, obj);
  if (!sector) return found;
  return found.map((p) => {
    const a = tree.doc.actors[p.actor];
    return a?.type === 'state' && a.country && a.sector === null
      ? { actor: res.states.state(a.country, sector), span: p.span }
      : p;
  });
}

/** A past participle that describes `noun` ("the curfew imposed in…"), or -1. */
function describingParticiple(tree: SentenceTree, noun: number): number {
  return tree.kidsBy(noun, 'acl').find((k) => tree.token(k).xpos === 'VBN') ?? -1;
}

/**
 * Roots of acts aimed at an actor through its deeds or words: agreeing to or yielding to them
 * ("conceded to demands from the rebels"), criticism, protest.
 */
export const ANSWERING_ROOTS = new Set(['03', '08']);
const AIMED_AT_OWNER = new Set([...ANSWERING_ROOTS, '11', '14']);

/** Whose the thing named by `noun` is, by a possessor, demonym, compound or of/by/from phrase. */
export function authorsOf(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  noun: number,
): Participant[] {
  return ownersOf(tree, index, res, noun, true);
}

/** Heads that only count what follows ("one of its heaviest attacks", "a wave of strikes"). */
const QUANTIFIERS = new Set([
  'one',
  'series',
  'wave',
  'barrage',
  'number',
  'dozen',
  'dozens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'score',
  'scores',
  'tens',
  'handful',
  'round',
  'string',
  'spate',
  'volley',
  'salvo',
  'some',
  'several',
  'couple',
  'pair',
  'set',
  'version',
  'draft',
  'part',
  'parts',
  // Measures and loads: "700 kg of medicine", "a shipment of arms".
  'kg',
  'kilogram',
  'ton',
  'tonne',
  'litre',
  'liter',
  'barrel',
  'truckload',
  'shipment',
  'consignment',
  'batch',
  // Bundles: "a package of sanctions", "a raft of measures".
  'package',
  'raft',
  // Spans of time: "launched ten days of war games", "held two days of talks".
  'hour',
  'day',
  'week',
  'month',
]);

export function contentOf(tree: SentenceTree, obj: number): number {
  if (obj < 0) return obj;
  // "$50 million in humanitarian aid", "500 million euros of loans": a sum stands for what it buys.
  if (MONEY.has(tree.lemma(obj))) {
    const inner = tree.kidsBy(obj, 'nmod').find((k) => ['in', 'of'].includes(tree.caseOf(k)));
    // ("sent $1 billion in weapons", the phrase hung on the verb right after the sum.)
    const end = Math.max(obj, ...tree.subtree(obj));
    const verb = tree.head(obj);
    const after =
      verb >= 0
        ? tree
            .kidsBy(verb, 'obl')
            .find((k) => tree.caseOf(k) === 'in' && tree.kidsBy(k, 'case')[0] === end + 1)
        : undefined;
    // ("$2 billion": a symbol is read by the size of the sum, a word the patterns know.)
    const symbol = !/\p{L}/u.test(tree.lemma(obj));
    const size = symbol ? tree.kidsBy(obj, 'nummod').find((k) => MONEY.has(tree.lemma(k))) : undefined;
    return inner ?? after ?? size ?? obj;
  }
  // "ended mediation efforts", "halted its aid effort": an effort is the work it names.
  if (EFFORTS.has(tree.lemma(obj))) {
    const work = tree.kidsBy(obj, 'compound').find((k) => tree.token(k).upos === 'NOUN');
    if (work !== undefined) return work;
  }
  if (!QUANTIFIERS.has(tree.lemma(obj))) return obj;
  // (An adjective's "of" phrase is parsed as an oblique: "several(JJ) of the group's vehicles".)
  const inner = tree.kidsBy(obj, 'nmod', 'obl').find((k) => tree.caseOf(k) === 'of');
  return inner ?? obj;
}

/** Nouns of an undertaking that its compound modifier names ("mediation efforts"). */
const EFFORTS = new Set(['effort', 'efforts', 'bid', 'attempt', 'push', 'drive', 'mission', 'role']);

/** Sums of money, named by their unit or their size. */
const MONEY = new Set([
  '$',
  '€',
  '£',
  'million',
  'billion',
  'dollar',
  'euro',
  'pound',
  'yen',
  'yuan',
  'rupee',
]);

/**
 * "a helicopter that was captured", "the helicopter that troops captured": a relative pronoun in
 * the relative clause of `verb` stands for the noun the clause describes.
 */
export function antecedent(tree: SentenceTree, verb: number, k: number): number {
  if (k >= 0 && THING_PRONOUNS.has(tree.doc.slice(tree.token(k)).toLowerCase())) return thingBefore(tree, k);
  if (k < 0) return zeroRelative(tree, verb);
  if (k < 0 || !RELATIVE_PRONOUNS.has(tree.lemma(k)) || tree.deprel(verb) !== 'acl:relcl') return k;
  const noun = tree.head(verb);
  return noun >= 0 && !tree.isVerb(noun) ? noun : k;
}

/** Relations of a word inside a longer name or compound, not the head of its phrase. */
const FLAT_PARTS = new Set(['compound', 'flat']);

/**
 * "a charge Paris rejected", "the town Russian forces shelled": a relative clause with no pronoun
 * and no object of its own has the noun it describes as its object. -1 otherwise, and for a noun
 * of time or manner, which the clause does not act on ("the day Russia attacked").
 */
function zeroRelative(tree: SentenceTree, verb: number): number {
  if (tree.deprel(verb) !== 'acl:relcl' || tree.kid(verb, 'nsubj') < 0) return -1;
  const noun = tree.head(verb);
  if (noun < 0 || noun > verb || tree.isVerb(noun) || NOT_ACTED_ON.has(tree.lemma(noun))) return -1;
  for (let i = noun + 1; i < verb; i++)
    if (tree.head(i) === verb && RELATIVE_PRONOUNS.has(tree.lemma(i))) return -1;
  return tree.kidsBy(verb, 'obj', 'ccomp', 'xcomp').length > 0 ? -1 : noun;
}

/** Nouns a relative clause with no pronoun says when, how or why of ("the day Russia attacked"). */
const NOT_ACTED_ON = new Set([
  'day',
  'time',
  'week',
  'month',
  'year',
  'moment',
  'way',
  'reason',
  'night',
  'hour',
]);

/** Object pronouns that may stand for a thing ("new sanctions … would block them"). */
const THING_PRONOUNS = new Map([
  ['them', 'NNS'],
  ['it', 'NN'],
]);

/**
 * The thing an object pronoun that names no actor stands for: the last noun of its number
 * before it in the sentence that heads its phrase and names no actor ("said new sanctions were
 * unlikely because Hungary would block them": the sanctions). The pronoun itself when there is
 * none, or when it stands for an actor.
 */
function thingBefore(tree: SentenceTree, k: number): number {
  const { doc } = tree;
  const covered = (i: number) => {
    const t = tree.token(i);
    return doc.mentions.some((m) => m.actor >= 0 && m.start <= t.start && t.end <= m.end);
  };
  if (covered(k)) return k;
  const number = THING_PRONOUNS.get(doc.slice(tree.token(k)).toLowerCase()) ?? 'NN';
  // (A name of that number nearer the pronoun, "the Collective Security Treaty Organization,
  // accusing it of…", makes it stand for an actor; not the subject of its own verb: "Kyiv did not
  // claim it" is the attack.)
  const subject = tree.kid(tree.head(k), 'nsubj');
  for (let i = k - 1; i >= tree.sentence.tokenStart; i--) {
    const t = tree.token(i);
    const name = t.upos === 'PROPN' && t.xpos === `${number.slice(0, 2)}P${number.slice(2)}`;
    if (!(name || (t.upos === 'NOUN' && t.xpos === number)) || FLAT_PARTS.has(tree.rel(i))) continue;
    if (name && subject >= 0 && (i === subject || tree.dominates(subject, i))) continue;
    return covered(i) ? k : i;
  }
  return k;
}

/**
 * "struck what the army described as rocket launchers", "shelled what Kyiv called civilian
 * targets", "hit what it said were weapons depots": a free relative stands for the thing it
 * describes, which names whose it is. The describing verb hangs on "what" or, misparsed, takes
 * "what" as its own object under the acting verb; the thing is its "as" phrase, its predicate
 * ("said were …", read through the copula) or the object it names.
 */
export function describedThing(tree: SentenceTree, t: number, direct: number): number {
  let what = isWhat(tree, direct) ? direct : -1;
  let describing = -1;
  if (what >= 0)
    describing = tree.kidsBy(what, 'acl:relcl', 'acl').find((k) => DESCRIBING.has(tree.lemma(k))) ?? -1;
  else if (direct < 0) {
    describing =
      tree
        .kidsBy(t, 'ccomp', 'xcomp')
        .find((k) => DESCRIBING.has(tree.lemma(k)) && isWhat(tree, tree.kid(k, 'obj'))) ?? -1;
    if (describing >= 0) what = tree.kid(describing, 'obj');
  }
  if (describing < 0) return direct;
  const as = tree.kidsBy(describing, 'obl').find((k) => tree.caseOf(k) === 'as');
  if (as !== undefined) return as;
  const named = tree.kid(describing, 'obj');
  if (named >= 0 && named !== what) return named;
  const predicate = tree.kidsBy(describing, 'xcomp', 'ccomp').find((k) => tree.kid(k, 'cop') >= 0);
  if (predicate !== undefined) return predicate;
  // "what it said were depots" with "depots" hung elsewhere: the copula right after the verb
  // still leads to it.
  const next = describing + 1;
  if (next < tree.sentence.tokenEnd && tree.lemma(next) === 'be' && tree.rel(next) === 'cop') {
    const pred = tree.head(next);
    if (pred > next) return pred;
  }
  return direct;
}

const DESCRIBING = WORDS.describing;

/** The pronoun "what" of a free relative. */
function isWhat(tree: SentenceTree, k: number): boolean {
  return k >= 0 && tree.lemma(k) === 'what' && tree.token(k).upos === 'PRON';
}

/** Open complements; a parser may hang "ordered X to leave" as advcl with "to", which means the same. */
export function complements(tree: SentenceTree, t: number): number[] {
  const toClause = (k: number) => tree.kidsBy(k, 'mark').some((m) => tree.lemma(m) === 'to');
  // ("blocked the EU from opening talks": what a verb of preventing keeps its object from.)
  const own = tree
    .kids(t)
    .filter(
      (k) =>
        ['xcomp', 'ccomp'].includes(tree.rel(k)) ||
        (tree.rel(k) === 'advcl' && (toClause(k) || keptFrom(tree, k))),
    );
  // "ordered two diplomats to leave" is often parsed with "to leave" hung on the object, and
  // "signalled through intermediaries that it is willing" with the that-clause hung on the oblique.
  const obj = tree.kid(t, 'obj');
  const onObject = obj < 0 ? [] : tree.kidsBy(obj, 'acl').filter(toClause);
  const thatClause = (k: number) => tree.kidsBy(k, 'mark').some((m) => tree.lemma(m) === 'that');
  const onOblique = tree.kidsBy(t, 'obl').flatMap((o) => tree.kidsBy(o, 'acl').filter(thatClause));
  return [...own, ...onObject, ...onOblique];
}

/** The nominal introduced by `prep` under the verb, or under its object ("a meeting between A and B"). */
export function obliqueWith(tree: SentenceTree, verb: number, obj: number, prep: string): number {
  // Obliques of the verb or its object first, then one level further down, where a parser
  // often hangs them ("spoke on Saturday with X" → "with X" under "Saturday").
  // ("provided photographs and intelligence to X" hangs "to X" on the last conjunct.)
  // A time ("launched an attack on Odesa on Friday") is never the phrase a pattern names.
  // ("held dozens of villagers as shields": the phrase may hang on the count the object is read through.)
  // ("gave $2 billion to Egypt", read through the size: the phrase may hang on the symbol.)
  const outer =
    obj >= 0 && (tree.rel(obj) === 'nummod' || (tree.rel(obj) === 'nmod' && tree.caseOf(obj) === 'of'));
  const count = outer ? [tree.head(obj)] : [];
  const first = obj >= 0 ? [verb, obj, ...count, ...tree.kidsBy(obj, 'conj')] : [verb];
  const second: number[] = [];
  // ("over the sale of drones to Russia": a phrase inside a phrase of cause or topic is that
  // phrase's own.)
  for (const holder of first) {
    for (const k of tree.kidsBy(holder, 'obl', 'nmod', 'iobj', 'advmod')) {
      if (prep === 'with' && absoluteWith(tree, k)) continue;
      if (hasCase(tree, k, prep) && !tree.isTime(k)) return k;
      if (!ENCLOSING_CASES.has(tree.caseOf(k))) second.push(k);
    }
  }
  const third: number[] = [];
  for (const holder of second) {
    // ("carried out an airstrike in coordination with the Somali government": a partner.)
    if (prep === 'with' && PARTNERING.has(tree.lemma(holder))) continue;
    for (const k of tree.kidsBy(holder, 'nmod', 'obl')) {
      if (hasCase(tree, k, prep) && !tree.isTime(k)) return k;
      if (tree.isTime(holder) || isPlaceName(tree, holder)) third.push(k);
    }
  }
  // "a meeting later this week in Ankara between A and B": the parser may hang "between" on the
  // place that hangs on the time; no place or day is ever between two sides itself.
  if (prep !== 'between') return -1;
  for (const holder of third)
    for (const k of tree.kidsBy(holder, 'nmod')) if (hasCase(tree, k, prep)) return k;
  return -1;
}

/** Nouns of "in support of", "in aid of", "in defence of": whom an act helps, no target. */
const BACKING_NOUNS = new Set(['support', 'aid', 'defence', 'defense']);

/**
 * "will meet in Caracas, with Venezuela and Norway acting as guarantors": a "with" phrase whose
 * noun does something of its own, told by a participle with no object or in a role ("as"), sets
 * the scene; it names no partner. ("met officials representing the rebels" keeps its object.)
 */
function absoluteWith(tree: SentenceTree, k: number): boolean {
  const acting = (p: number) =>
    tree.token(p).xpos === 'VBG' &&
    tree.kid(p, 'nsubj', 'mark') < 0 &&
    (tree.kid(p, 'obj') < 0 || tree.kidsBy(p, 'obl').some((o) => tree.caseOf(o) === 'as'));
  if (tree.kidsBy(k, 'acl').some(acting)) return true;
  // (The parser may hang the participle on the verb instead, right after the phrase.)
  const next = Math.max(...tree.subtree(k)) + 1;
  return next < tree.sentence.tokenEnd && ['acl', 'advcl'].includes(tree.rel(next)) && acting(next);
}

/**
 * Prepositions of cause, topic and time, whose phrase keeps the phrases inside it ("fired a
 * missile days before a summit between South Korea and Japan": the summit's parties).
 */
const ENCLOSING_CASES = new Set([
  'over',
  'about',
  'amid',
  'despite',
  'because of',
  'before',
  'after',
  'since',
  'until',
  'during',
  'following',
]);

function hasCase(tree: SentenceTree, k: number, prep: string): boolean {
  const c = tree.caseOf(k);
  return c === prep || c.endsWith(` ${prep}`);
}
