/**
 * Event nouns ("air strikes on Odesa", "talks between A and B"): the rows of nouns.tsv, the phrase
 * that holds their target, and their source (a possessor, demonym, compound or by-phrase, or the
 * subject of a light verb or of "ready for"). Apart from verbs.ts: nominal events have their own
 * matching and their own ways to a source.
 */

import { crowdSources, protestedActor } from './crowds.js';
import { type CoderResources, type Found, reading } from './found.js';
import { INTENT_WORDS } from './intents.js';
import type { NounRow } from './lexicon.js';
import { type MentionIndex, type Participant, participantsOf } from './participants.js';
import { FORCE_ROOTS, MEDIATION, MUTUAL_ROOTS, severalStates, stateVoice } from './sides.js';
import { tokenStartingAt } from './story.js';
import { subjectOf } from './subjects.js';
import { contentOf } from './targets.js';
import { byAgentOf, isPlaceName, lemmaIn, type SentenceTree, takesPartIn } from './tree.js';
import { WORDS } from './word-roles.js';

/** An all-capitals short name ("KFOR", "UNMISS"). */
const ACRONYM = /^[A-Z]{3,8}$/;

/** Nouns of an office whose "for" phrase names a portfolio: `office` in word-roles.tsv. */
const OFFICE = WORDS.office;

export function codeNoun(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Found | null {
  const rows = res.lexicon.nouns.get(tree.lemma(t));
  if (!rows) return null;
  // "UNIFIL, the United Nations peacekeeping force, said…": a noun in apposition says what the
  // name is, not what it did.
  if (tree.rel(t) === 'appos') return null;
  // "the EU envoy for the Belgrade-Pristina dialogue": a portfolio, not an act.
  const holder = tree.head(t);
  if (tree.rel(t) === 'nmod' && holder >= 0 && tree.caseOf(t) === 'for' && OFFICE.has(tree.lemma(holder)))
    return null;
  // ("The African Union's peacekeeping mission, AUSSOM, condemned…": a noun beside the name of a
  // body is that body, not its act.)
  // ("NATO's peacekeeping mission, KFOR, said…": so is an acronym the knowledge base lacks.)
  const isBody = (k: number) => {
    const m = index.mentionAt(k);
    if (m === null) return ACRONYM.test(tree.doc.slice(tree.token(k)));
    return m.kind !== 'pronoun' && tree.doc.actors[m.actor]?.type === 'organization';
  };
  if (tree.kidsBy(t, 'appos').some(isBody)) return null;
  // ("at the headquarters of the U.N. peacekeeping force": a noun that heads the name of a body
  // is the body.)
  const named = index.mentionAt(t);
  if (
    named !== null &&
    named.end === tree.token(t).end &&
    named.start < tree.token(t).start &&
    (isBody(t) || (named.kind === 'agent' && tree.doc.actors[named.actor]?.org != null))
  )
    return null;
  for (const row of rows) {
    if (!compoundMatches(tree, row, t)) continue;
    let target = nounTarget(tree, row, t);
    if (target === null) continue;
    if (row.code === null) return null;
    if (row.code.startsWith('057') && standingAgreement(tree, t)) return null;
    if (target < 0 && FORCE_ROOTS.has(row.code.slice(0, 2))) target = forceTarget(tree, rows, t);
    let targets = target >= 0 ? participantsOf(tree, index, res.states, target, true) : [];
    // "a call between A and B, and a meeting in Paris", with the meeting parsed as a third
    // side: another event conjoined to the sides is none, nor is anything named inside it.
    if (target >= 0 && row.target?.kind === 'prep' && row.target.prep === 'between') {
      const events = tree
        .conjuncts(target)
        .filter((k) => k !== target && res.lexicon.nouns.has(tree.lemma(k)));
      const inside = (p: Participant) =>
        events.some((k) => [k, ...tree.subtree(k)].some((j) => tree.token(j).start === p.span.start));
      targets = targets.filter((p) => !inside(p));
    }
    // "an Israeli drone strike killed two Hezbollah members": what the attack killed or hit. (Not
    // "killed 30 people": unnamed civilians are the people of the place hit, which decides.) So
    // too when the strike was "on" a thing that names no one ("a drone strike on a car in southern
    // Lebanon killed a Hezbollah commander"): whom it killed says more than where the car was.
    const thing = target >= 0 && index.mentionAt(target) === null;
    if ((target < 0 || thing) && FORCE_ROOTS.has(row.code.slice(0, 2))) {
      const harmed = harmedBy(tree, t);
      const hit = harmed >= 0 ? participantsOf(tree, index, res.states, harmed, true) : [];
      if (hit.some((p) => tree.doc.actors[p.actor]?.sector !== 'CVL')) {
        target = harmed;
        targets = hit;
      }
    }
    // "China sanctions U.S. firms over Taiwan arms sale": a state named before a sale or a
    // delivery is who receives it, not who sells.
    if (targets.length === 0 && RECEIVED.has(tree.lemma(t))) {
      const buyer = tree
        .kidsBy(t, 'compound')
        .find((k) => participantsOf(tree, index, res.states, k).length > 0);
      if (buyer !== undefined) {
        target = buyer;
        targets = participantsOf(tree, index, res.states, buyer);
      }
    }
    let sources = nounSource(tree, index, res, t, row.code, target);
    // "told his counterpart during a phone call": the call's parties are the teller and the told.
    const h = tree.head(t);
    if (
      sources.length === 0 &&
      row.code.startsWith('04') &&
      tree.rel(t) === 'obl' &&
      TELLING.has(tree.lemma(h))
    ) {
      sources = subjectOf(tree, index, res, h, 0);
      const addressee = tree.kid(h, 'iobj') >= 0 ? tree.kid(h, 'iobj') : tree.kid(h, 'obj');
      if (targets.length === 0 && addressee >= 0)
        targets = participantsOf(tree, index, res.states, addressee);
    }
    // "a call on Monday between the minister and his Saudi counterpart", with the second party
    // conjoined to the call itself by the parser: it is the other side of "between".
    if (targets.length === 1 && row.target?.kind === 'prep' && row.target.prep === 'between') {
      for (const k of tree.kidsBy(t, 'conj'))
        if (k > target) targets = [...targets, ...participantsOf(tree, index, res.states, k)];
    }
    let reciprocal = false;
    // "talks between Washington and Tehran": the parties are both sources and targets.
    if (
      sources.length === 0 &&
      targets.length > 1 &&
      row.target?.kind === 'prep' &&
      row.target.prep === 'between'
    ) {
      sources = targets;
      reciprocal = true;
    }
    // "opposition parties in Nepal organised a general strike": the crowd's state, as with verbs.
    if (row.code.startsWith('14') && sources.length > 0 && tree.rel(t) === 'obj') {
      sources = crowdSources(tree, index, res, h, sources);
      const own = new Set(sources.map((p) => p.actor));
      if (targets.length === 0) targets = protestedActor(tree, index, res, h, own);
    }
    // "Egypt and Sudan renewed negotiations": two parties doing a mutual thing, as with verbs.
    const mutual = MUTUAL_ROOTS.has(row.code.slice(0, 2)) && !MEDIATION.has(row.code);
    if (sources.length === 0 && mutual && targets.length > 0)
      sources = reportingParty(tree, index, res, t, targets);
    // "talks between Russia and Ukraine ended without an agreement": the parties of what ended
    // without it are the ones who did not agree.
    if (sources.length === 0 && targets.length === 0 && mutual && tree.caseOf(t) === 'without')
      sources = partiesOfWhatEnded(tree, index, res, t);
    if (targets.length === 0 && sources.length > 1 && mutual) reciprocal = true;
    if (sources.length === 0 && targets.length === 0 && row.code === '046' && row.target === null) {
      if (!arrangedOccasion(tree, t)) return null;
      return reading({
        trigger: t,
        code: row.code,
        rule: row.rule,
        sources,
        targets,
        reciprocal,
        betweenSides: true,
      });
    }
    if (sources.length === 0) return null;
    // "French and Egyptian warships held war games": drills of two states together are military
    // cooperation between them (062), as with verbs.
    let code = row.code;
    // "Japan protests as Chinese ships enter its waters": a state's protest is a complaint, as
    // with verbs.
    if (code === '141' && tree.lemma(t) === 'protest' && sources.every((p) => stateVoice(tree.doc, p)))
      code = '114';
    if (code === '150' && targets.length === 0 && severalStates(tree.doc, sources)) {
      code = '062';
      reciprocal = true;
    }
    // "talked on the margins of an EU summit": a gathering of an organisation named only as the
    // setting of another act, with no one it was with or between, is no meeting of its own.
    if (row.code.startsWith('04') && targets.length === 0 && !reciprocal && asSetting(tree, t)) return null;
    return reading({
      trigger: t,
      code,
      rule: row.rule,
      sources,
      targets: reciprocal ? [] : targets,
      reciprocal,
    });
  }
  return null;
}

/**
 * The parties of the verb a "without" phrase hangs on: its subject when that names two or more
 * actors, or the parties "between" whom the subject noun (talks, a meeting) was held.
 */
function partiesOfWhatEnded(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
): Participant[] {
  const verb = tree.head(t);
  const subject = verb >= 0 ? tree.kid(verb, 'nsubj') : -1;
  if (subject < 0) return [];
  const own = participantsOf(tree, index, res.states, subject);
  if (own.length > 1) return own;
  const between = tree.kidsBy(subject, 'nmod').find((k) => tree.caseOf(k) === 'between');
  const parties = between === undefined ? [] : participantsOf(tree, index, res.states, between);
  return parties.length > 1 ? parties : [];
}

/** The noun is where or when another act happened: "at the meeting", "on the margins of a summit". */
function asSetting(tree: SentenceTree, t: number): boolean {
  if (tree.rel(t) === 'obl' && SETTING_CASES.has(tree.caseOf(t))) return true;
  const h = tree.head(t);
  return (
    tree.rel(t) === 'nmod' &&
    tree.caseOf(t) === 'of' &&
    h >= 0 &&
    tree.rel(h) === 'obl' &&
    SIDELINES.has(tree.lemma(h))
  );
}

const SETTING_CASES = new Set(['at', 'during']);
const SIDELINES = new Set(['sideline', 'sidelines', 'margin', 'margins']);

/**
 * "India said talks with Pakistan took place", "Cairo denied that secret talks with Tel Aviv
 * had been held": talks with one side that happen in what the other side reports were held by the
 * one reporting them. Only for a noun that is the subject of its clause, and a reporter of
 * another party than the talks' partner.
 */
function reportingParty(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  partners: readonly Participant[],
): Participant[] {
  if (tree.rel(t) !== 'nsubj') return [];
  const clause = tree.head(t);
  const report = clause >= 0 && tree.rel(clause) === 'ccomp' ? tree.head(clause) : -1;
  if (report < 0 || !REPORTING_PARTY_VERBS.has(tree.lemma(report))) return [];
  const speakers = subjectOf(tree, index, res, report, 0);
  const partnerActors = new Set(partners.map((p) => p.actor));
  return speakers.some((p) => partnerActors.has(p.actor)) ? [] : speakers;
}

/**
 * Talks that are the subject of their being held, arranged, put off or dated ("talks are set to
 * resume", "those talks were postponed", "no date has been fixed for further negotiations"),
 * not talks mentioned in passing ("officials close to the negotiations").
 */
function arrangedOccasion(tree: SentenceTree, t: number): boolean {
  let x = t;
  // Up through "a round of", "a date for".
  for (let steps = 0; steps < 2 && tree.rel(x) === 'nmod' && tree.head(x) >= 0; steps++) x = tree.head(x);
  if (tree.rel(x) !== 'nsubj') return false;
  const verb = tree.head(x);
  const lemma = tree.lemma(verb);
  return tree.calledOff(verb) || OCCURRING.has(lemma) || CANCELLING_VERBS.has(lemma) || SCHEDULING.has(lemma);
}

const OCCURRING = WORDS.occurring;
const CANCELLING_VERBS = WORDS.cancelling;
const SCHEDULING = WORDS.scheduling;

/** Verbs whose subject, reporting talks with another party, is that party's counterpart. */
const REPORTING_PARTY_VERBS = new Set([...WORDS.reporting, 'deny']);

/** "air strike": the words before the last must stand right before the noun. */
function compoundMatches(tree: SentenceTree, row: NounRow, t: number): boolean {
  const before = row.words.length - 1;
  for (let k = 1; k <= before; k++) {
    const i = t - k;
    if (i < tree.sentence.tokenStart) return false;
    // ("arms sale": the row's word may be written as the text has it, "arms" lemmatised "arm".)
    const word = row.words[before - k];
    if (tree.lemma(i) !== word && tree.doc.slice(tree.token(i)).toLowerCase() !== word) return false;
  }
  return true;
}

/** The target token of a noun row; -1 when the row wants none; null when it wants one that is absent. */
function nounTarget(tree: SentenceTree, row: NounRow, t: number): number | null {
  for (const cond of row.preps) {
    const k = nounOblique(tree, t, cond.prep, ['nmod', 'acl']);
    if (k === undefined || (cond.lemmas && !lemmaIn(tree, k, cond.lemmas))) return null;
  }
  if (row.target?.kind === 'prep') {
    const k = nounOblique(tree, t, row.target.prep, ['nmod']);
    return k === undefined ? null : k;
  }
  return -1;
}

/**
 * The object of the verb of harm an attack noun is the subject of ("a drone strike killed two
 * Hezbollah members", "shelling wounded soldiers"), or -1.
 */
function harmedBy(tree: SentenceTree, t: number): number {
  const verb = tree.head(t);
  if (verb < 0 || tree.rel(t) !== 'nsubj' || !WORDS.harming.has(tree.lemma(verb))) return -1;
  return tree.kid(verb, 'obj');
}

/**
 * "a rocket attack on Haifa": a row for a kind of attack that names no target still hits what the
 * plain noun's rows name ("attack on *"). -1 when none of them finds one.
 */
function forceTarget(tree: SentenceTree, rows: readonly NounRow[], t: number): number {
  for (const row of rows) {
    if (row.words.length !== 1 || row.target?.kind !== 'prep') continue;
    const k = nounTarget(tree, row, t);
    if (k !== null && k >= 0) return k;
  }
  return -1;
}

/** The noun's phrase with `prep`, or one a level down ("a call on Monday between A and B"). */
function nounOblique(tree: SentenceTree, t: number, prep: string, rels: string[]): number | undefined {
  const own = tree.kidsBy(t, ...rels);
  // "paid a visit to Moscow", "gave a warning to Israel": the phrase hangs on the light verb
  // (also for a later conjunct: "launched artillery and rocket fire against X").
  const first = firstConjunct(tree, t);
  const h = tree.head(first);
  const light =
    h >= 0 && tree.rel(first) === 'obj' && LIGHT_VERBS.has(tree.lemma(h)) ? tree.kidsBy(h, 'obl') : [];
  // ("the strike on Friday": a day is never the phrase a row names.)
  const named = (c: number): boolean => tree.caseOf(c) === prep && !tree.isTime(c);
  return (
    own.find(named) ??
    tree
      .kidsBy(t, 'nmod', 'obl', 'acl')
      .flatMap((c) => tree.kidsBy(c, 'nmod'))
      .find(named) ??
    light.find(named) ??
    phraseAfter(tree, t).find(named)
  );
}

/**
 * "discussed Israel's strikes on Syria", parsed with "on Syria" on the verb: the obliques of the
 * verb above an object or oblique noun that follow the noun's own phrase at once.
 */
function phraseAfter(tree: SentenceTree, t: number): number[] {
  const verb = tree.head(t);
  if (verb < 0 || !['obj', 'obl'].includes(tree.rel(t))) return [];
  const obliques = tree.kidsBy(verb, 'obl');
  const after = (end: number) => obliques.filter((k) => tree.kidsBy(k, 'case')[0] === end + 1);
  let found = after(Math.max(t, ...tree.subtree(t)));
  // ("came after a phone call on Sunday between A and B": a day between them is skipped, and a
  // phrase the parser hangs on the day is the noun's.)
  while (found.length === 1 && tree.isTime(found[0])) {
    const day = found[0];
    const onDay = tree.kidsBy(day, 'nmod').filter((k) => !tree.isTime(k));
    if (onDay.length > 0) return onDay;
    found = after(Math.max(day, ...tree.subtree(day)));
  }
  return found;
}

/**
 * A by-phrase hung on the verb above the noun that follows the noun's own phrase at once
 * ("came after a visit to Amman by an envoy"): the noun's agent, read through the parser's
 * attachment; -1 when none. (A passive verb's by-phrase is its own agent, labelled obl:agent.)
 */
function byAfterPhrase(tree: SentenceTree, t: number): number {
  const verb = tree.head(t);
  if (verb < 0 || !['obj', 'obl'].includes(tree.rel(t)) || tree.kidsBy(verb, 'aux:pass').length > 0)
    return -1;
  const end = Math.max(t, ...tree.subtree(t));
  return (
    tree
      .kidsBy(verb, 'obl')
      .find(
        (k) => tree.deprel(k) === 'obl' && tree.caseOf(k) === 'by' && tree.kidsBy(k, 'case')[0] === end + 1,
      ) ?? -1
  );
}

/** Who carried out a nominal event: possessor, demonym, compound, by-phrase, or the verb's subject. */
function nounSource(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  code: string,
  target = -1,
): Participant[] {
  // "Israel's destruction", "his arrest": with no of-phrase, the owner of such a noun is the one
  // it happens to, not the one who does it.
  const undergone =
    PATIENT_NOUNS.has(tree.lemma(t)) && !tree.kidsBy(t, 'nmod').some((k) => tree.caseOf(k) === 'of');
  // An event noun with a subject is a verb the tagger missed ("the United States imposed(?)
  // sanctions", parsed with "sanctions" as the root).
  // ("Israel is against French mediation": the subject of "is against" opposes the event; a doer
  // the noun's own phrase names comes first, and the subject only when it names none.)
  const opposed = tree.kid(t, 'cop') >= 0 && tree.kidsBy(t, 'case').some((c) => tree.lemma(c) === 'against');
  const owners = opposed
    ? tree.kidsBy(t, 'nmod:poss', 'amod', 'compound', 'nmod')
    : tree.kidsBy(t, 'nsubj', 'nmod:poss', 'amod', 'compound', 'nmod');
  for (const k of owners) {
    if (tree.rel(k) === 'nmod' && tree.deprel(k) !== 'nmod:poss' && !['by', 'from'].includes(tree.caseOf(k)))
      continue;
    if (undergone && tree.deprel(k) === 'nmod:poss') continue;
    // "the withdrawal of forces from Panama": the row's target ("withdrawal from *") is no source.
    if (k === target) continue;
    // "the Gaza ceasefire": a place in compound position says where, and a state named before
    // a truce is where it holds, not who agreed to it.
    if (
      tree.deprel(k) === 'compound' &&
      (isPlaceName(tree, k) || COMPOUND_IS_NOT_SOURCE.has(code.slice(0, 2)))
    )
      continue;
    const found = participantsOf(tree, index, res.states, k);
    if (found.length > 0) return found;
  }
  // "the shooting of three fishermen by the coast guard", with "by" hung on the fishermen;
  // "came after a visit to Amman by an envoy", with "by" hung on the verb right after the phrase.
  const byOnNoun = byAgentOf(tree, t);
  const agent = byOnNoun >= 0 ? byOnNoun : byAfterPhrase(tree, t);
  if (agent >= 0 && tree.head(agent) !== t) {
    const found = participantsOf(tree, index, res.states, agent);
    if (found.length > 0) return found;
  }
  const own =
    COMPOUND_IS_NOT_SOURCE.has(code.slice(0, 2)) || undergone
      ? []
      : participantsOf(tree, index, res.states, t).filter(
          (p) =>
            p.span.start < tree.token(t).start &&
            !placeBefore(tree, p, t) &&
            !(
              target >= 0 &&
              p.span.start <= tree.token(target).start &&
              tree.token(target).end <= p.span.end
            ),
        );
  if (own.length > 0) return own;
  const opponent = opposed ? tree.kid(t, 'nsubj') : -1;
  if (opponent >= 0) return participantsOf(tree, index, res.states, opponent);
  // ("launched ten days of war games", "began a wave of strikes": the noun counted is the object.)
  const counted = countedObject(tree, t);
  const h = tree.head(counted);
  if (h >= 0 && tree.rel(counted) === 'obj' && LIGHT_VERBS.has(tree.lemma(h)))
    return subjectOf(tree, index, res, h, 0);
  // ("launched tank and rocket fire", with "fire" parsed as a conjunct of the verb.)
  const verb = tree.head(t);
  if (verb >= 0 && tree.rel(t) === 'conj' && tree.isVerb(verb) && LIGHT_VERBS.has(tree.lemma(verb)))
    return subjectOf(tree, index, res, verb, 0);
  // "the two discussed a possible meeting with U.S. envoys": who would meet is who discussed it.
  if (h >= 0 && tree.rel(t) === 'obj' && code.startsWith('04') && DISCUSSING.has(tree.lemma(h)))
    return subjectOf(tree, index, res, h, 0);
  // "Chile will not take part in the naval drills", "Hungary will participate
  // in the talks": who takes part in an event is one of its doers.
  if (h >= 0 && takesPartIn(tree, counted, h)) return subjectOf(tree, index, res, h, 0);
  // "the government was ready for talks with its rivals": whoever is ready for them.
  if (h >= 0 && tree.rel(t) === 'obl' && tree.token(h).upos === 'ADJ' && INTENT_WORDS.has(tree.lemma(h)))
    return subjectOf(tree, index, res, h, 0);
  return [];
}

/** The first of the conjuncts `t` belongs to ("artillery and rocket fire" → "artillery"). */
function firstConjunct(tree: SentenceTree, t: number): number {
  let first = t;
  for (let steps = 0; tree.rel(first) === 'conj' && tree.head(first) >= 0 && steps < 8; steps++) {
    // (Not onto a verb the parser joined the noun to.)
    if (tree.isVerb(tree.head(first))) break;
    first = tree.head(first);
  }
  return first;
}

/** The object a noun is counted through ("ten days of war games" → "days"), else the noun. */
function countedObject(tree: SentenceTree, noun: number): number {
  const t = firstConjunct(tree, noun);
  const h = tree.head(t);
  if (h < 0 || tree.rel(t) !== 'nmod' || tree.caseOf(t) !== 'of' || tree.rel(h) !== 'obj') return t;
  return contentOf(tree, h) === t ? h : t;
}

/** Event nouns whose owner undergoes them ("Israel's destruction"): `patient-noun` in word-roles.tsv. */
const PATIENT_NOUNS = WORDS['patient-noun'];

/** `p` is a place in the noun's phrase ("in northern Iraq air strikes"), not who acts. */
function placeBefore(tree: SentenceTree, p: Participant, t: number): boolean {
  const k = tokenStartingAt(tree.doc, p.span.start);
  return k >= tree.sentence.tokenStart && k < t && tree.rel(k) === 'compound' && isPlaceName(tree, k);
}

/** Nouns of what one side hands another, whose compound state is the receiver ("Taiwan arms sale"). */
const RECEIVED = new Set(['sale', 'delivery', 'shipment', 'transfer']);

/** Roots of event nouns whose compound modifier is the place, not the source ("the Gaza ceasefire"). */
const COMPOUND_IS_NOT_SOURCE = new Set(['08']);

/** Verbs of discussing (`discussing` in word-roles.tsv): a meeting they discuss is their own. */
const DISCUSSING = WORDS.discussing;

/** Verbs of telling, whose "during a phone call" is a call between the teller and the told. */
const TELLING = WORDS.telling;

/** Verbs that carry out the event their object names: "held talks", "launched strikes". */
const LIGHT_VERBS = WORDS.light;

/**
 * "its security pact with Australia covers attacks on…": an agreement that is the
 * subject of a verb in the present tense is one in force, told for what it says, not an
 * agreement made in the story.
 */
const PRESENT_TENSE = new Set(['VBZ', 'VBP']);

function standingAgreement(tree: SentenceTree, t: number): boolean {
  const verb = tree.head(t);
  if (tree.rel(t) === 'nsubj' && verb >= 0 && PRESENT_TENSE.has(tree.token(verb).xpos ?? '')) return true;
  // ("consultations under Article 4 of the alliance's treaty", "the terms of the pact": a part of
  // an agreement is cited, no agreement made.)
  return (
    tree.rel(t) === 'nmod' && tree.caseOf(t) === 'of' && verb >= 0 && DOCUMENT_PARTS.has(tree.lemma(verb))
  );
}

/** Nouns of a part of a text ("Article 4 of the treaty"). */
const DOCUMENT_PARTS = new Set([
  'article',
  'clause',
  'provision',
  'term',
  'section',
  'chapter',
  'paragraph',
  'annex',
  'text',
]);
