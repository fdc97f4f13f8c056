/**
 * Factuality: whether an event is reported as having happened (asserted), as not having happened
 * (negated), as possible, conditional, feared or discussed (hypothetical), or as planned for
 * later (future). Read from the parse around the trigger: its own negation and modals, the
 * subordinator of its clause, and the verbs and nouns its clause depends on — so "could strike",
 * "if they attack", "has not decided whether to strike" and "discussed the possibility of a
 * strike" are never asserted strikes.
 */

import { dataPath, readTsv } from '../../data/files.js';
import type { Factuality, Span } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import {
  describedByGerund,
  keptFrom,
  lemmaIn,
  orderedInfinitive,
  type SentenceTree,
  takesPartIn,
} from './tree.js';
import { WORDS } from './word-roles.js';

type Role = 'neg' | 'modal' | 'mark' | 'governor' | 'object' | 'modifier' | 'nominal';
const ROLES: readonly Role[] = ['neg', 'modal', 'mark', 'governor', 'object', 'modifier', 'nominal'];
const VALUES: readonly Factuality[] = ['negated', 'hypothetical', 'future'];

export type FactualityLexicon = ReadonlyMap<Role, ReadonlyMap<string, Factuality>>;

export function loadFactualityLexicon(file = dataPath('events/factuality.tsv')): FactualityLexicon {
  const byRole = new Map<Role, Map<string, Factuality>>(ROLES.map((r) => [r, new Map()]));
  for (const row of readTsv(file, ['cue', 'role', 'factuality'])) {
    const role = row.cells.role as Role;
    const value = row.cells.factuality as Factuality;
    if (!ROLES.includes(role) || !VALUES.includes(value)) {
      throw new SitrepError('E011', {
        file,
        line: row.line,
        reason: `role must be one of ${ROLES.join(', ')}; factuality one of ${VALUES.join(', ')}`,
      });
    }
    byRole.get(role)?.set(row.cells.cue.toLowerCase(), value);
  }
  return byRole;
}

export interface FactualityReading {
  value: Factuality;
  cue: Span | null;
}

const ASSERTED: FactualityReading = { value: 'asserted', cue: null };
/** Verbs whose subject is an event that happens: "the meeting did not take place". */
const OCCURRING = WORDS.occurring;
const PARTICIPANT_CASES = new Set(['with', 'between', 'among', 'by']);
/** Prepositions of an oblique that sets the scene of its clause rather than its content. */
const CIRCUMSTANCE = new Set(['at', 'during', 'after', 'since', 'amid', 'following']);
/** Relations through which a governing word's meaning reaches the event below it. */
/** Verbs of charging and saying whose participle after a comma is said with the words it goes with. */
const SAYING_PARTICIPLES = new Set([
  'accuse',
  'blame',
  'allege',
  'charge',
  'cite',
  'say',
  'call',
  'describe',
  'denounce',
]);

const GOVERNED = new Set(['xcomp', 'ccomp', 'advcl', 'acl', 'obj', 'obl', 'nmod', 'csubj', 'nsubj']);
/** Speech verbs: what was said keeps its own factuality (an attributed claim is asserted). */
const REPORTING = WORDS.reporting;
const PRESENT = new Set(['VBZ', 'VBP']);
const STATEMENT_NOUNS = WORDS['statement-noun'];
const ORDERING = WORDS.ordering;
/** Relations of what is ordered as a clause ("ordered X to withdraw"), not as a thing. */
const ORDERED_CLAUSES = new Set(['xcomp', 'ccomp', 'advcl']);

/**
 * Acts that a purpose clause names and the doing itself carries out: statements, appeals,
 * demands, criticism, rejection, threats and protest ("stopped work to protest the closure",
 * "blocked the road to demand a recount"), consultation ("met to discuss the truce"), and force,
 * whose means are already its attempt ("fired tear gas to disperse the crowd").
 */
const DONE_BY_DOING = new Set(['01', '02', '04', '10', '11', '12', '13', '14', '15', '17', '18', '19', '20']);
/** Purposes the doing enables by itself: `enabling` in word-roles.tsv. */
const ENABLING = WORDS.enabling;

/** Coercion and attacks: roots whose attempt is coded as the act. */
const ATTEMPTED_FORCE = new Set(['17', '18', '19', '20']);
/** Verbs that say an act was attempted (not "seek" or "aim", which say what is wanted). */
const ATTEMPTS = new Set(['try', 'attempt']);

/** Roots of speech acts: a condition on what is threatened or demanded does not make the saying hypothetical. */
const SPEECH_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);

export function factualityOf(
  tree: SentenceTree,
  lex: FactualityLexicon,
  trigger: number,
  code = '',
): FactualityReading {
  const own = ownCues(tree, lex, trigger, SPEECH_ROOTS.has(code.slice(0, 2)));
  if (own.value === 'negated') return own;
  // "asked the UN to withdraw its mission …, accusing the force of…": the participle is the
  // asker's act, as told as the asking is, not as the withdrawal asked for.
  const orderer = tree.rel(trigger) === 'advcl' ? orderedInfinitive(tree, trigger, tree.head(trigger)) : -1;
  if (orderer >= 0) return own.value !== 'asserted' ? own : factualityOf(tree, lex, orderer, code);
  // "insisted that Israel withdraw": a bare verb with its own subject and no auxiliary is a
  // subjunctive, what someone wants done rather than what was done.
  if (subjunctive(tree, trigger)) return { value: 'hypothetical', cue: tree.token(trigger) };
  // "“If they cross the line, …,” he warned": a parser may hang the saying on the quotation's verb;
  // what the speaker says does not make the saying hypothetical. (Only a saying: "there were “no
  // plans” to escort the ships" quotes the words that deny the act.)
  if (SPEECH_ROOTS.has(code.slice(0, 2)) && saidOfQuotation(tree, trigger)) return own;
  // "tried to hack the ministry's servers", "attempted to seize a tanker": an attempt at force was
  // itself an act of force, whether or not it succeeded.
  // (Not a killing: "tried to assassinate" is an attempt, 185, and no one was assassinated.)
  const attempted = ATTEMPTED_FORCE.has(code.slice(0, 2)) && code !== '186';
  const intended = !DONE_BY_DOING.has(code.slice(0, 2)) && !ENABLING.has(tree.lemma(trigger));
  const inherited = governorCues(tree, lex, trigger, false, attempted, intended);
  // "has not answered an appeal": an event noun under a negated verb still happened.
  const noun = tree.token(trigger).upos === 'NOUN' || tree.token(trigger).upos === 'PROPN';
  // "Iran is against any talks with Washington": what a side says it is against has not happened.
  const against =
    noun && tree.kid(trigger, 'cop') >= 0
      ? tree.kidsBy(trigger, 'case').find((c) => tree.lemma(c) === 'against')
      : undefined;
  if (against !== undefined) return { value: 'hypothetical', cue: tree.token(against) };
  // "ruled out a strike": an option set aside did not happen; "has not ruled out sanctions" keeps
  // it open, only possible.
  const ruler = tree.head(trigger);
  if (noun && ruler >= 0 && tree.rel(trigger) === 'obj' && tree.ruledOut(ruler)) {
    const kept = ownCues(tree, lex, ruler).value === 'negated';
    return { value: kept ? 'hypothetical' : 'negated', cue: tree.token(ruler) };
  }
  if (inherited.value === 'negated' && !noun) return inherited;
  // "…, but a planned meeting did not take place": the event noun is what did not happen.
  const h = tree.head(trigger);
  if (
    inherited.value === 'negated' &&
    h >= 0 &&
    tree.rel(trigger) === 'nsubj' &&
    OCCURRING.has(tree.lemma(h))
  )
    return inherited;
  // "Chile will not take part in the naval drills": whose part is denied did not do it.
  if (inherited.value === 'negated' && h >= 0 && takesPartIn(tree, trigger, h)) return inherited;
  // "denied that Russian forces were preparing an offensive": the light verb that carries out
  // the noun's event is itself denied from above (not negated on its own), and the event with it.
  // (Not "denied it had answered an appeal": the appeal was made.)
  if (
    inherited.value === 'negated' &&
    noun &&
    h >= 0 &&
    WORDS.light.has(tree.lemma(h)) &&
    tree.rel(trigger) === 'obj' &&
    ownCues(tree, lex, h, false).value !== 'negated' &&
    deniedBy(tree, governorCues(tree, lex, h, false, false, true))
  )
    return inherited;
  if (noun && OCCASION_ROOTS.has(code.slice(0, 2)) && unplanned(tree, lex, trigger))
    return { value: 'negated', cue: tree.token(trigger) };
  // "they regard talks with Tehran as a path to calm": a means someone has in mind.
  const means = noun ? seenAsMeans(tree, trigger) : -1;
  if (means >= 0 && own.value === 'asserted') return { value: 'hypothetical', cue: tree.token(means) };
  // "rejected the sanctions": the sanctions were imposed; but "rejected the idea of strikes":
  // the strikes are still only an idea.
  if (inherited.value === 'negated') return stronger(own, governorCues(tree, lex, trigger, true, attempted));
  if (own.value !== 'asserted') return own;
  return inherited;
}

/**
 * The "as" of "sees talks as a way to…" when the event noun is the object of such a regarding:
 * an "as" phrase of a means (way, means, path, chance…) after the noun, under the same verb.
 */
/** The reading is a negation whose cue is a verb of denial ("denied that …", "ruled out …"). */
function deniedBy(tree: SentenceTree, reading: FactualityReading): boolean {
  if (reading.value !== 'negated' || !reading.cue) return false;
  const { tokenStart, tokenEnd } = tree.sentence;
  for (let k = tokenStart; k < tokenEnd; k++)
    if (tree.token(k).start === reading.cue.start) return DENIALS.has(tree.lemma(k));
  return false;
}

/** Verbs that deny what their clause says happened. */
const DENIALS = new Set(['deny', 'refute', 'rule', 'dismiss']);

function seenAsMeans(tree: SentenceTree, noun: number): number {
  // ("regard Lebanon–Israel talks as…", with the noun a conjunct of the object.)
  let obj = noun;
  while (tree.rel(obj) === 'conj' && tree.head(obj) >= 0) obj = tree.head(obj);
  const verb = tree.head(obj);
  // (A parser may hang an object it cannot place as `vocative` or `dep`.)
  if (verb < 0 || !SEEN_RELS.has(tree.rel(obj)) || !tree.isVerb(verb)) return -1;
  for (const k of tree.subtree(verb)) {
    if (k <= noun || !MEANS.has(tree.lemma(k)) || tree.caseOf(k) !== 'as') continue;
    return tree.kidsBy(k, 'case').find((c) => tree.lemma(c) === 'as') ?? -1;
  }
  return -1;
}

const SEEN_RELS = new Set(['obj', 'vocative', 'dep']);

/** Nouns of a means to an end ("as a way to", "as a chance to"). */
const MEANS = new Set([
  'way',
  'means',
  'path',
  'route',
  'chance',
  'opportunity',
  'tool',
  'step',
  'key',
  'avenue',
]);

/**
 * "the summit planned for June was postponed", "called off the visit", "a further session of
 * negotiations has not been set", "no date for talks has been agreed": an event noun whose plan is
 * cancelled, or was never made, did not take place.
 */
function unplanned(tree: SentenceTree, lex: FactualityLexicon, noun: number): boolean {
  // Up from "talks" through "a further session of", "a date for".
  let k = noun;
  for (let steps = 0; steps < 2 && tree.rel(k) === 'nmod' && ['of', 'for'].includes(tree.caseOf(k)); steps++)
    k = tree.head(k);
  const verb = tree.head(k);
  if (verb < 0 || (tree.rel(k) !== 'obj' && tree.deprel(k) !== 'nsubj:pass')) return false;
  const noPlan = tree.kidsBy(k, 'det').some((d) => tree.lemma(d) === 'no');
  if (cancels(tree, lex, verb, noPlan)) return true;
  // "had been planned for June but was put back": a second verb sharing the subject.
  return (
    tree.rel(k) === 'nsubj' &&
    tree
      .kidsBy(verb, 'conj')
      .some((c) => tree.kidsBy(c, 'nsubj').length === 0 && cancels(tree, lex, c, noPlan))
  );
}

/**
 * Verb `verb` calls its event off ("postponed", "called off") or denies it the plan or leave it
 * needs ("has not been set", "has not approved").
 */
function cancels(tree: SentenceTree, lex: FactualityLexicon, verb: number, noPlan: boolean): boolean {
  const negated = noPlan || ownCues(tree, lex, verb).value === 'negated';
  const lemma = tree.lemma(verb);
  if (CANCELLING.has(lemma) || tree.calledOff(verb)) return !negated;
  // "has not been scheduled", "has not approved any strikes": the plan or leave it needed is missing.
  const governs = lex.get('governor')?.get(lemma);
  return negated && (lemma === 'agree' || governs === 'future' || governs === 'hypothetical');
}

/**
 * Roots of events held on a day (meetings, visits, rallies, drills, operations), which a
 * cancelled plan stops from happening; a suspended agreement or truce was still made.
 */
const OCCASION_ROOTS = new Set(['04', '14', '15', '17', '18', '19', '20']);

/** Verbs that cancel the event noun they act on: `cancelling` in word-roles.tsv. */
const CANCELLING = WORDS.cancelling;

function subjunctive(tree: SentenceTree, t: number): boolean {
  if (tree.token(t).xpos !== 'VB') return false;
  if (tree.kidsBy(t, 'aux', 'aux:pass', 'mark', 'nsubj', 'nsubj:pass').length > 0) {
    // (Checked below.)
  } else if (
    tree.rel(t) === 'conj' &&
    FINITE_TAGS.has(tree.token(tree.head(t)).xpos ?? '') &&
    !SAME_PAST.has(tree.lemma(t))
  ) {
    // "demanded that the junta release(NN) the president … and restore order": a bare verb joined
    // to a verb with a tense cannot share that tense; the parser lost the clause it belongs to,
    // which is what someone wants done.
    return true;
  }
  // (A that-clause parsed as a relative or adverbial clause counts too.)
  const that = tree.kidsBy(t, 'mark').some((m) => tree.lemma(m) === 'that');
  if (tree.rel(t) !== 'ccomp' && !(that && ['acl', 'advcl'].includes(tree.rel(t)))) return false;
  if (tree.kidsBy(t, 'aux', 'aux:pass').length > 0) return false;
  return tree.kidsBy(t, 'nsubj', 'nsubj:pass').length > 0;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP']);

/** Verbs whose past is spelt as their base ("put"): `same-past` in word-roles.tsv. */
const SAME_PAST = WORDS['same-past'];

/** Negation, modals and subordinators on the trigger itself, and modifiers of an event noun. */
function ownCues(
  tree: SentenceTree,
  lex: FactualityLexicon,
  t: number,
  speechAct = false,
): FactualityReading {
  let best: FactualityReading = ASSERTED;
  let supposed: FactualityReading | null = null;
  for (const k of tree.kids(t)) {
    const rel = tree.rel(k);
    const word = tree.lemma(k);
    const text = tree.doc.slice(tree.token(k)).toLowerCase();
    let value: Factuality | undefined;
    if (rel === 'advmod' || rel === 'neg' || rel === 'det')
      value = lex.get('neg')?.get(text) ?? lex.get('neg')?.get(word);
    if (!value && rel === 'aux') value = lex.get('modal')?.get(text) ?? lex.get('modal')?.get(word);
    if (!value && rel === 'mark') {
      value = lex.get('mark')?.get(word);
      if (value === 'hypothetical') supposed = { value, cue: tree.token(k) };
    }
    // ("ended without an agreement": "without" also stands before a noun.)
    if (!value && rel === 'case' && word === 'without') value = lex.get('mark')?.get(word);
    // ("planned" is listed as written: as a participle its lemma is "plan")
    if (!value && (rel === 'amod' || rel === 'det' || rel === 'advmod'))
      value = lex.get('modifier')?.get(word) ?? lex.get('modifier')?.get(text);
    // "tightened security ahead of talks", with "ahead" hung on the noun, or as UD has it, the case
    // of the noun with "of" fixed to it: what comes "ahead of" is still to come, as when "ahead"
    // heads the phrase (the governor row of factuality.tsv).
    if (
      !value &&
      word === 'ahead' &&
      ((rel === 'advmod' && tree.caseOf(t) === 'of') ||
        (rel === 'case' && tree.kidsBy(k, 'fixed').length > 0))
    )
      value = lex.get('governor')?.get(word);
    // A condition on the clause ("if they attack, it will be war") makes the whole clause hypothetical.
    // (A parser may hang it as a complement: "would respond if Niamey did nothing"; of a verb that is no
    // saying or asking, "if" opens no question.)
    if (
      !value &&
      !speechAct &&
      (rel === 'advcl' || (rel === 'ccomp' && !ASKING.has(tree.lemma(t)))) &&
      tree.kidsBy(k, 'mark').some((m) => lex.get('mark')?.get(tree.lemma(m)) === 'hypothetical')
    ) {
      value = 'hypothetical';
    }
    // "No shots were fired": a passive subject that denies the act.
    if (!value && tree.deprel(k) === 'nsubj:pass') {
      const no = tree.kidsBy(k, 'det').find((d) => lex.get('neg')?.get(tree.lemma(d)) === 'negated');
      if (no !== undefined) best = stronger(best, { value: 'negated', cue: tree.token(no) });
    }
    if (value) best = stronger(best, { value, cue: tree.token(k) });
  }
  // "if Lebanon does not disarm the group": a negation only supposed leaves the act possible.
  return best.value === 'negated' && supposed ? supposed : best;
}

/** Cues on the words the trigger's clause depends on, walking up to the sentence root. */
function governorCues(
  tree: SentenceTree,
  lex: FactualityLexicon,
  t: number,
  ignoreNegation = false,
  attemptIsAct = false,
  purposeIntended = false,
): FactualityReading {
  let best: FactualityReading = ASSERTED;
  let child = t;
  for (let h = tree.head(t), steps = 0; h >= 0 && steps < 12; child = h, h = tree.head(h), steps++) {
    const rel = tree.rel(child);
    // "rejected the idea, calling it unacceptable": a participle tells more of the act above it,
    // which happened even when what it rejects or refuses did not. (A modal still reaches it:
    // "could strike, killing thousands".)
    if (rel === 'advcl' && commaParticiple(tree, child)) ignoreNegation = true;
    // "dismissed the findings as biased and accused the agency…": an "as" clause
    // describes what is rejected; it is not what is rejected.
    if (rel === 'advcl' && tree.kidsBy(child, 'mark').some((m) => tree.lemma(m) === 'as'))
      ignoreNegation = true;
    // "ordered the envoy's expulsion, giving him 72 hours to leave": a bare participle tells what the
    // subject did besides; like a conjoined clause, it shares the verb's modals, not its meaning.
    // (Set off by a comma after the verb's clause: "denied targeting civilians" is what is denied.)
    const besides =
      rel === 'advcl' &&
      child > h &&
      tree.token(child).xpos === 'VBG' &&
      tree.kidsBy(child, 'mark').length === 0 &&
      tree.doc.slice(tree.token(child - 1)) === ',';
    if (rel === 'conj' || rel === 'parataxis' || rel === 'root' || besides) {
      // A conjoined clause shares its first conjunct's modals ("could meet and sign") but not its verbs' meaning.
      if (rel !== 'conj' && !besides) break;
      // ("said it would bar the rapporteur, accusing her of bias": a charge or saying told as a
      // participle is made as the words are said, whatever the act it goes with may be.)
      if (besides && SAYING_PARTICIPLES.has(tree.lemma(child))) break;
      // One with a subject of its own is a sentence of its own ("…weighed whether to scrap the deal,
      // but Qatar and Turkey oppose the idea": the opposing is not in question).
      if (tree.kid(child, 'nsubj') >= 0 && tree.kid(child, 'nsubj') !== tree.kid(h, 'nsubj')) break;
      const shared = ownCues(tree, lex, h);
      if (
        shared.value !== 'asserted' &&
        tree.kids(h).some((k) => tree.token(k) === shared.cue && tree.rel(k) === 'aux')
      ) {
        best = stronger(best, shared);
      }
      continue;
    }
    // What a report rejected says ("rejected a UN report accusing it of abuses") it says all the same.
    if (describedByGerund(tree, child, STATEMENT_NOUNS) >= 0) break;
    if (rel === 'acl' && tree.token(child).xpos === 'VBG' && lemmaIn(tree, h, STATEMENT_NOUNS)) break;
    // A relative clause ("…, which a neighbour had offered to host,") is asserted on its own, and so
    // is a participle ("rejected a truce brokered by Qatar": the brokering happened) and a
    // circumstance ("at the talks, Israel rejected…": the talks took place).
    if (!GOVERNED.has(rel) || tree.deprel(child) === 'acl:relcl') break;
    // (A clause with its own subject, "reports that its jets struck…", is content, not a participle.)
    if (rel === 'acl' && tree.token(child).xpos === 'VBN' && tree.kid(child, 'nsubj') < 0) break;
    if (rel === 'obl' && CIRCUMSTANCE.has(tree.caseOf(child))) break;
    // "failed to approve the package after Hungary blocked the ban": the blocking happened. But
    // "will withdraw after Hamas frees the hostages" and "a truce is possible only after Kyiv
    // withdrew": a present tense, or "only", makes it the condition of what the clause above says.
    if (
      rel === 'advcl' &&
      tree.kidsBy(child, 'mark').some((m) => CIRCUMSTANCE.has(tree.lemma(m))) &&
      !conditionOfTime(tree, child)
    )
      break;
    // "blocked the EU from opening talks": what the object was kept from did not happen. "Did not
    // stop Egypt from mediating" keeps no one from anything, and "could block" only might.
    if (keptFrom(tree, child)) {
      const keeping = ownCues(tree, lex, h);
      if (keeping.value === 'asserted') best = stronger(best, { value: 'negated', cue: tree.token(h) });
      else if (keeping.value !== 'negated')
        best = stronger(best, { value: 'hypothetical', cue: keeping.cue });
      break;
    }
    const lemma = tree.lemma(h);
    const upos = tree.token(h).upos;
    // "denied reports that its jets struck": a report as a thing is what the verb above it
    // denies or doubts; only a verb of saying ends the walk.
    if (REPORTING.has(lemma) && upos !== 'NOUN') break;
    if (rel === 'xcomp' && (lemma === 'have' || lemma === 'be')) {
      // "has yet to sign", "is yet to decide": not done so far.
      const yet = tree.kidsBy(h, 'advmod').find((k) => tree.lemma(k) === 'yet');
      if (yet !== undefined && !ignoreNegation)
        best = stronger(best, { value: 'negated', cue: tree.token(yet) });
      // "Iran has to sign": an obligation now is not yet done ("had to flee" was done).
      else if (yet === undefined && lemma === 'have' && PRESENT.has(tree.token(h).xpos ?? ''))
        best = stronger(best, { value: 'hypothetical', cue: tree.token(h) });
    }
    const role = upos === 'NOUN' || upos === 'PROPN' ? 'nominal' : 'governor';
    // "talks with Egyptian mediators": who takes part is not what is discussed.
    if (role === 'nominal' && PARTICIPANT_CASES.has(tree.caseOf(child))) continue;
    // "ordered the army to begin a raid" is still to come; "ordered a build-up" is the
    // order's own act, as reported.
    const orderedThing = ORDERING.has(lemma) && !ORDERED_CLAUSES.has(rel);
    // ("going" is listed as written: "are going to strike" is still to come, "went on strike to
    // protest" is not.)
    const written = tree.doc.slice(tree.token(h)).toLowerCase();
    const tried = attemptIsAct && role === 'governor' && ATTEMPTS.has(lemma);
    // ("rule out" is listed with its particle: "ruled out talks" is a refusal, "ruled the country" not.)
    const particle = tree.kidsBy(h, 'compound:prt').map((k) => tree.lemma(k))[0];
    const cues = lex.get(role);
    // ("cancelled plans to sell arms", "blocked a bid to join": an `object` cue reaches what its
    // object names, not a clause beside it: "blocked roads demanding a recount".)
    const onObject = role === 'governor' && rel !== 'advcl' ? lex.get('object')?.get(lemma) : undefined;
    const own = ownCues(tree, lex, h);
    const cue =
      orderedThing || tried
        ? undefined
        : ((particle ? cues?.get(`${lemma} ${particle}`) : undefined) ??
          cues?.get(lemma) ??
          cues?.get(written) ??
          onObject ??
          readiness(tree, h, role));
    // "will act if Lebanon fails to disarm the group": a failure only supposed is no failure
    // yet, so what would fail is as hypothetical as the failing.
    const value =
      cue === 'negated' && (own.value === 'hypothetical' || own.value === 'future') ? own.value : cue;
    // "stopped work to protest the closure": what is stopped is the object; the to-clause says
    // why, and the stopping carried it out.
    const purpose = rel === 'advcl' && role === 'governor' && purposeBesideObject(tree, lex, h, child);
    if (value && !((ignoreNegation || purpose) && value === 'negated'))
      best = stronger(best, { value, cue: tree.token(h) });
    // "blocked the EU from opening talks": what the object was kept from did not happen.

    // "issued an ultimatum to Lima to halt attacks", "made an attempt to end the fighting": a
    // to-clause the parser hangs on the light verb says what the object noun asks or tries.
    const asked = rel === 'advcl' && role === 'governor' ? lightObjectCue(tree, lex, h, child) : null;
    if (asked) best = stronger(best, asked);
    // "struck Gaza to stop rocket fire", "sent troops to secure the border": the act a purpose
    // clause names is what the doing was for, still to come.
    const to =
      rel === 'advcl' && role === 'governor' && purposeIntended && child === t
        ? purposeMark(tree, child)
        : -1;
    if (to >= 0 && !value && !asked) best = stronger(best, { value: 'future', cue: tree.token(to) });
    if (own.value !== 'asserted' && !(ignoreNegation && own.value === 'negated')) best = stronger(best, own);
  }
  return best;
}

/**
 * "Russia is open to talks", "ready for a deal": what an adjective of readiness looks to is still
 * to come. (Only the adjective: "opened talks" opened them.)
 */
function readiness(tree: SentenceTree, h: number, role: string): Factuality | undefined {
  return role === 'governor' && tree.token(h).upos === 'ADJ' && WORDS.readiness.has(tree.lemma(h))
    ? 'hypothetical'
    : undefined;
}

/** A clause of time that is a condition: in the present tense, or with "only" ("only after"). */
function conditionOfTime(tree: SentenceTree, clause: number): boolean {
  if (PRESENT.has(tree.token(clause).xpos ?? '')) return true;
  return tree.kidsBy(clause, 'advmod').some((k) => tree.lemma(k) === 'only');
}

/** The "to" of an infinitive clause of purpose ("to stop", "in order to stop"), or -1. */
function purposeMark(tree: SentenceTree, clause: number): number {
  if (tree.kid(clause, 'nsubj') >= 0) return -1;
  return tree.kidsBy(clause, 'mark').find((m) => tree.lemma(m) === 'to') ?? -1;
}

/**
 * A participle set off by a comma (", calling it unacceptable"), not a gerund that completes the
 * verb before it ("denied targeting homes").
 */
function commaParticiple(tree: SentenceTree, k: number): boolean {
  if (tree.token(k).xpos !== 'VBG' || tree.kidsBy(k, 'mark').length > 0) return false;
  const before = k - 1;
  return before >= tree.sentence.tokenStart && tree.doc.slice(tree.token(before)) === ',';
}

/**
 * A to-clause of purpose hung on a verb that has an object of its own, which is not a noun
 * the clause completes ("dismissed an appeal to lay down arms": what the appeal asked).
 */
function purposeBesideObject(
  tree: SentenceTree,
  lex: FactualityLexicon,
  verb: number,
  clause: number,
): boolean {
  const obj = tree.kid(verb, 'obj');
  if (obj < 0 || lex.get('nominal')?.has(tree.lemma(obj))) return false;
  return tree.kidsBy(clause, 'mark').some((m) => tree.lemma(m) === 'to');
}

function lightObjectCue(
  tree: SentenceTree,
  lex: FactualityLexicon,
  verb: number,
  clause: number,
): FactualityReading | null {
  if (!tree.kidsBy(clause, 'mark').some((m) => tree.lemma(m) === 'to')) return null;
  // ("bowed to pressure from Ankara to reopen the border": the noun may be an oblique too.)
  const nouns = [tree.kid(verb, 'obj'), ...tree.kidsBy(verb, 'obl').filter((k) => k < clause)];
  for (const noun of nouns) {
    const value = noun >= 0 ? lex.get('nominal')?.get(tree.lemma(noun)) : undefined;
    if (value && value !== 'negated') return { value, cue: tree.token(noun) };
  }
  return null;
}

function saidOfQuotation(tree: SentenceTree, trigger: number): boolean {
  const h = tree.head(trigger);
  if (h < 0) return false;
  return insideQuotation(tree, h) && !insideQuotation(tree, trigger);
}

function insideQuotation(tree: SentenceTree, i: number): boolean {
  const t = tree.token(i);
  return tree.doc.quotes.some((q) => q.start <= t.start && t.end <= q.end);
}

/** Verbs whose "if" clause is a question, not a condition ("asked if", "decide if"). */
const ASKING = new Set([
  'ask',
  'wonder',
  'decide',
  'know',
  'see',
  'check',
  'determine',
  'question',
  'doubt',
  'consider',
]);

const RANK: Record<Factuality, number> = { asserted: 0, future: 1, hypothetical: 2, negated: 3 };

function stronger(a: FactualityReading, b: FactualityReading): FactualityReading {
  return RANK[b.value] > RANK[a.value] ? b : a;
}
