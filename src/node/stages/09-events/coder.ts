/**
 * The event coder: reads each sentence's dependency parse and codes who did what to whom.
 *  - Verbs are looked up in verbs.tsv: the most specific pattern that matches the verb's
 *    object, obliques, complement and particle gives the CAMEO code and says where the target is.
 *  - Event nouns ("air strikes on Odesa", "talks between A and B") are looked up in nouns.tsv;
 *    their source is a possessor, demonym, compound or by-phrase, or the subject of the verb that
 *    takes them as object ("launched strikes").
 *  - The source is the subject (the agent of a passive; the controller of a complement); a
 *    compound actor gives one event per member and target; reciprocal verbs ("A and B met")
 *    give both directions.
 *  - Quoted words are the speaker's, not the reporter's: no event is coded inside a quotation.
 *
 * This file drives each sentence: it gathers what the verb and noun rules find and drops readings
 * that are no act of their own (what an attack did, a meeting's purpose); the rules live in
 * subjects.ts (who acts), targets.ts (at whom, when the row does not say), verbs.ts (verb
 * events), nouns.ts (event nouns), crowds.ts (crowds and protests), intents.ts (intents and
 * threats read off reported acts), to-events.ts (readings written as events), found.ts (the types
 * they share).
 */

import type { Doc, DocEvent, Sentence } from '../../doc/doc.js';
import { type CoderResources, changed, type Found, reading } from './found.js';
import { REFUSAL_OF_ROOT } from './intents.js';
import { codeNoun } from './nouns.js';
import { MentionIndex, type Participant, participantsOf } from './participants.js';
import { codable, FORCE_ROOTS, SPEECH_ROOTS, selfPair } from './sides.js';
import { StoryMemory } from './story.js';
import { subjectOf, toldMust, verbAbove } from './subjects.js';
import { contentOf } from './targets.js';
import { toEvents } from './to-events.js';
import { byAgentOf, SentenceTree } from './tree.js';
import { codeVerb } from './verbs.js';
import { WORDS } from './word-roles.js';

export type { CoderResources } from './found.js';

/** Verbs of ordering: what they order is still to be done, but their object is the order's. */
const ORDERING = WORDS.ordering;

/** More than this many events from one sentence is a list or a table, not prose. */
export const MAX_EVENTS_PER_SENTENCE = 24;
/** The content of an accusation is the accuser's claim, not an event the reporter asserts. */
const CLAIM_VERBS = WORDS.claiming;

export function codeEvents(doc: Doc, res: CoderResources): DocEvent[] {
  if (doc.tokens.length === 0 || doc.tokens[0].deprel === undefined) return [];
  const index = new MentionIndex(doc, res.lexicon.descriptors, res.lexicon.groups);
  const quoted = quotedMask(doc);
  const events: DocEvent[] = [];
  const story = new StoryMemory(doc);
  for (const sentence of doc.sentences) {
    // A headline restates the story in title case a parser reads badly; the body codes it.
    if (isHeadline(doc, sentence)) continue;
    // One view of the sentence's parse serves finding the events and writing them.
    const tree = new SentenceTree(doc, sentence);
    const found = codeSentence(tree, index, quoted, res);
    // toEvents tells the story each event as it codes it, so a reaction later in the same
    // sentence ("…, but two members oppose the move") finds the move.
    const coded = toEvents(tree, found, res, story, index);
    if (coded.length > MAX_EVENTS_PER_SENTENCE) {
      doc.warn(
        'events-capped',
        `Sentence ${sentence.index} gave ${coded.length} events; kept the first ${MAX_EVENTS_PER_SENTENCE}.`,
        sentence,
      );
      coded.length = MAX_EVENTS_PER_SENTENCE;
    }
    events.push(...coded);
  }
  return events;
}

/**
 * The same kind of act by the same actors, on the same target or on none: a second reading `a` of
 * the event `b` ("failed to approve a package of sanctions on Iran": the sanctions).
 */
function sameEvent(a: Found, b: Found | undefined): boolean {
  if (!b || a.code.slice(0, 2) !== b.code.slice(0, 2)) return false;
  const actors = (ps: readonly Participant[]) => [...new Set(ps.map((p) => p.actor))].sort().join(' ');
  return (
    actors(a.sources) === actors(b.sources) &&
    (a.targets.length === 0 || actors(a.targets) === actors(b.targets))
  );
}

/** A title-case line with no closing punctuation at the start of the text. */
function isHeadline(doc: Doc, sentence: Sentence): boolean {
  if (sentence.paragraph !== 0) return false;
  const last = doc.tokens[sentence.tokenEnd - 1];
  if (!last || /^[.!?…"”’]$/.test(doc.slice(last))) return false;
  const words = doc.tokens
    .slice(sentence.tokenStart, sentence.tokenEnd)
    .filter((t) => t.kind === 'word' && t.end - t.start > 3);
  const capitals = words.filter((t) => /^\p{Lu}/u.test(doc.slice(t))).length;
  return words.length >= 3 && capitals / words.length > 0.7;
}

/**
 * Whether an event noun with its own agent may be coded apart from the verb above it: always
 * under an act that meets it ("repelled an attack by the RSF": the repellers were attacked),
 * but under a speech act only when it names whom it hit ("condemned the shooting of three
 * fishermen by the coast guard"): who condemns "an attack by X in the south" was not attacked.
 */
function actedOnNamed(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  noun: number,
  code: string,
): boolean {
  if (!SPEECH_ROOTS.has(code.slice(0, 2))) return true;
  const agent = byAgentOf(tree, noun);
  return tree
    .kidsBy(noun, 'nmod')
    .some(
      (k) =>
        k !== agent &&
        ['of', 'on', 'against'].includes(tree.caseOf(k)) &&
        participantsOf(tree, index, res.states, k, true).length > 0,
    );
}

/**
 * "Georgian riot police dispersed…", with "riot" hung elsewhere by a slip of the parser: a bare
 * noun right before another common noun modifies it, as a compound does (not before a time word:
 * "the attack yesterday").
 */
function bareNounBeforeNoun(tree: SentenceTree, t: number): boolean {
  const next = t + 1;
  if (next >= tree.sentence.tokenEnd || tree.kids(t).length > 0) return false;
  if (tree.token(next).upos !== 'NOUN' || tree.head(t) === next) return false;
  return !TIME_WORDS.has(tree.lemma(next));
}

/** Nouns of time, which may follow an event noun without modifying it. */
const TIME_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
]);

function quotedMask(doc: Doc): Uint8Array {
  const mask = new Uint8Array(doc.text.length + 1);
  for (const q of doc.quotes) mask.fill(1, q.start, q.end);
  return mask;
}

/**
 * "summoned the Malian charge d'affaires", with "charge" tagged as a verb: a word inside the
 * title of an office names the office, it does nothing.
 */
function inTitle(doc: Doc, t: number): boolean {
  const { start, end } = doc.tokens[t];
  return doc.mentions.some((m) => m.kind === 'title' && m.start <= start && end <= m.end);
}

function codeSentence(
  tree: SentenceTree,
  index: MentionIndex,
  quoted: Uint8Array,
  res: CoderResources,
): Found[] {
  const { doc, sentence } = tree;
  const found: Found[] = [];
  const objectsCoded = new Set<number>();
  /** Objects of verbs that weigh or plan them, with what the verb coded. */
  const weighedAs = new Map<number, Found>();
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (quoted[doc.tokens[t].start] === 1 || underClaim(tree, t)) continue;
    if (tree.isVerb(t) && !inTitle(doc, t)) {
      const hit = codeVerb(tree, index, res, t);
      if (hit) {
        found.push(hit);
        // The object's own event is the verb's ("launched strikes"), unless the verb found no
        // one acting, or the object names an agent of its own: "the army repelled an attack by
        // the RSF", "condemned the shooting of three fishermen by the coast guard" (the attack and
        // the shooting are their agents' events too).
        // Nor is what a verb only weighs or plans ("weighed a new strike": the strike is a
        // possibility of its own, coded as one).
        const obj = tree.kid(t, 'obj');
        const ownAgent =
          obj >= 0 && byAgentOf(tree, obj) >= 0 && actedOnNamed(tree, index, res, obj, hit.code);
        const governs = res.factuality.get('governor')?.get(tree.lemma(t));
        // (An order's object is what the order itself codes: "ordered the expulsion of X".)
        const unreal = (governs === 'hypothetical' || governs === 'future') && !ORDERING.has(tree.lemma(t));
        if (obj >= 0 && !ownAgent && hit.sources.some((p) => codable(doc, p.actor))) {
          // (Also the noun an object counts, "approved a package of sanctions", and the nouns
          // joined to it: "launched missile and drone attacks".)
          for (const o of new Set([...tree.conjuncts(obj), contentOf(tree, obj)])) {
            if (!unreal) objectsCoded.add(o);
            // ("approved sanctions" is the imposing itself, though "approved a plan to strike" is
            // not the strike: a weighed or planned object that would be the verb's own event again
            // is the verb's.)
            else weighedAs.set(o, hit);
          }
        }
      }
    }
  }
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (quoted[doc.tokens[t].start] === 1 || objectsCoded.has(t) || underClaim(tree, t)) continue;
    const upos = doc.tokens[t].upos;
    if (upos !== 'NOUN' && upos !== 'PROPN') continue;
    // "charge d'affaires", "attack helicopter": a noun modifying another names no event; nor
    // does a word of a name ("the Centre for the Study of Conflict").
    if (tree.deprel(t) === 'compound' || insideName(index, t) || attribution(tree, t)) continue;
    if (bareNounBeforeNoun(tree, t)) continue;
    const hit = codeNoun(tree, index, res, t);
    if (hit && !sameEvent(hit, weighedAs.get(t))) found.push(hit);
  }
  found.push(...reportedDemands(tree, index, res, quoted, found));
  const consequences = found.filter((f) => isConsequence(tree, f, found));
  return found
    .filter(
      (f) =>
        !consequences.includes(f) &&
        !meetingsPurpose(tree, f, found) &&
        !attributionOnly(tree, f, found) &&
        !aimOfMeasure(tree, f, found),
    )
    .map((f) => withVictims(tree, f, consequences))
    .map((f) => refusalAimedAsRefused(tree, f, found))
    .map((f) => consideredAsAimed(tree, f, found))
    .map((f) => promiseNotTo(tree, f, found));
}

/**
 * "Chile vowed never to hand back the disputed islands": a promise not to do a cooperative act is a
 * refusal of it (12x), not an intent to cooperate.
 */
function promiseNotTo(tree: SentenceTree, f: Found, found: readonly Found[]): Found {
  if (!f.code.startsWith('03') || f.liftedFrom !== undefined) return f;
  const denied = tree
    .kidsBy(f.trigger, 'xcomp')
    .find((c) => tree.kidsBy(c, 'advmod').some((k) => NOT.has(tree.lemma(k))));
  if (denied === undefined) return f;
  // (A promise not to use force, "pledged not to attack", is still a cooperative pledge.)
  const act = found.find((g) => g !== f && g.trigger === denied);
  const refusal = act ? REFUSAL_OF_ROOT[act.code.slice(0, 2)] : '120';
  return refusal ? changed(f, { code: refusal, rule: `${f.rule}+not` }) : f;
}

const NOT = new Set(['not', 'never']);

/**
 * "the two weighed the option of a French raid on Syria": weighing an act (014) is
 * aimed at whom the act would hit, and when the act names its doer among those weighing it, only
 * the doer weighs a policy option of its own (the other discusses someone else's).
 */
function consideredAsAimed(tree: SentenceTree, f: Found, found: readonly Found[]): Found {
  if (f.code !== '014' || !tree.isVerb(f.trigger)) return f;
  const obj = tree.kid(f.trigger, 'obj');
  if (obj < 0) return f;
  const phrase = new Set([obj, ...tree.subtree(obj)]);
  const act = found.find(
    (g) => g !== f && !tree.isVerb(g.trigger) && phrase.has(g.trigger) && g.targets.length > 0,
  );
  if (!act) return f;
  // (Matched by state: "a U.S. strike" names the state, the weighing side its general.)
  const countryOf = (p: Participant) => tree.doc.actors[p.actor]?.country ?? null;
  const doers = new Set<string | null>(act.sources.map(countryOf).filter((c) => c !== null));
  const weighing = f.sources.filter((p) => doers.has(countryOf(p)));
  const sources = weighing.length > 0 ? weighing : f.sources;
  const own = new Set(sources.map((p) => p.actor));
  const targets = act.targets.filter((p) => !own.has(p.actor));
  // ("Egypt and Turkey discussed…" reads as two sides talking; the act names whom it is aimed at.)
  return targets.length > 0 ? changed(f, { sources, targets, reciprocal: false }) : f;
}

/**
 * "Ghana has refused to station peacekeepers in Mali": a refusal that names no one is aimed at
 * whom the refused act would have been (Mali), not at a party the story names elsewhere.
 */
function refusalAimedAsRefused(tree: SentenceTree, f: Found, found: readonly Found[]): Found {
  if (!f.code.startsWith('12') || f.targets.length > 0 || f.sources.length === 0) return f;
  const refused = found.find(
    (g) =>
      g !== f &&
      g.targets.length > 0 &&
      tree.head(g.trigger) === f.trigger &&
      tree.rel(g.trigger) === 'xcomp',
  );
  if (!refused) return f;
  const own = new Set(f.sources.map((p) => p.actor));
  const targets = refused.targets.filter((p) => !own.has(p.actor));
  return targets.length > 0 ? changed(f, { targets }) : f;
}

/**
 * "The minister said Iran must release the ship": a demand (10x) by the speaker on whoever must
 * act, asserted because it was said, as a "must" inside a quotation is (quote-acts.tsv). The
 * code follows what must be done when that is coded (release → 1053), else 100.
 */
function reportedDemands(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  quoted: Uint8Array,
  found: readonly Found[],
): Found[] {
  const out: Found[] = [];
  const { doc, sentence } = tree;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (quoted[doc.tokens[t].start] === 1 || tree.lemma(t) !== 'must' || tree.rel(t) !== 'aux') continue;
    const verb = tree.head(t);
    const subject = verb >= 0 ? tree.kid(verb, 'nsubj') : -1;
    if (subject < 0 || tree.deprel(subject) === 'nsubj:pass') continue;
    const saying = sayingOf(tree, verb);
    if (saying < 0) continue;
    const sources = subjectOf(tree, index, res, saying, 0);
    const own = new Set(sources.map((p) => p.actor));
    const aimed = (found: Participant[]) =>
      found.filter((p) => !own.has(p.actor) && !sources.some((q) => selfPair(doc, q.actor, p.actor)));
    let targets = aimed(participantsOf(tree, index, res.states, subject));
    // "told Syria that it must comply": a pronoun subject told it must is the one told.
    const told = toldMust(tree, verb, subject);
    if (targets.length === 0 && told >= 0) targets = aimed(participantsOf(tree, index, res.states, told));
    if (sources.length === 0 || targets.length === 0) continue;
    const act = found.find((f) => f.trigger === verb);
    const code = act
      ? (DEMAND_OF_CODE[act.code.slice(0, 3)] ?? DEMAND_OF_ROOT[act.code.slice(0, 2)] ?? '100')
      : '100';
    out.push(
      reading({
        trigger: verb,
        code,
        rule: 'must+demand',
        sources,
        targets,
        reciprocal: false,
        liftedFrom: saying,
      }),
    );
  }
  return out;
}

/** The verb of saying that reports the clause `verb`: above it, or hung on it ("…, she said"). */
function sayingOf(tree: SentenceTree, verb: number): number {
  const h = tree.head(verb);
  // "declared that China must…" is sometimes parsed with the clause as an adverbial one.
  const reported =
    ['ccomp', 'parataxis'].includes(tree.rel(verb)) ||
    (tree.rel(verb) === 'advcl' && tree.kidsBy(verb, 'mark').some((m) => tree.lemma(m) === 'that'));
  if (h >= 0 && reported && DEMANDING_SAYS.has(tree.lemma(h))) return h;
  if (h >= 0) return -1;
  const hung = tree
    .kidsBy(verb, 'parataxis', 'ccomp')
    .find((k) => k > verb && DEMANDING_SAYS.has(tree.lemma(k)) && tree.kid(k, 'nsubj') >= 0);
  return hung ?? -1;
}

const DEMANDING_SAYS = WORDS['demand-saying'];

/** CAMEO demands for what must be done: release → 1053, lift sanctions → 1054, de-escalate → 1056. */
const DEMAND_OF_CODE: Record<string, string> = {
  '081': '1051',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
};
/** … else by its root (meet → 106, yield → 105, aid → 103…). */
const DEMAND_OF_ROOT: Record<string, string> = {
  '04': '106',
  '05': '102',
  '06': '101',
  '07': '103',
  '08': '105',
};

/**
 * "a drone struck a car near the border, killing two militia members": an attack aimed
 * only at a place's state hits the armed group its casualties belong to.
 */
function withVictims(tree: SentenceTree, f: Found, consequences: readonly Found[]): Found {
  const { doc } = tree;
  const hit = consequences.find((c) => tree.head(c.trigger) === f.trigger && c.targets.length > 0);
  if (!hit || f.targets.length === 0 || !f.targets.every((t) => doc.actors[t.actor]?.type === 'state'))
    return f;
  const groups = hit.targets.filter((v) => {
    const a = doc.actors[v.actor];
    return a?.org && f.targets.some((t) => doc.actors[t.actor]?.country === a.country);
  });
  return groups.length > 0 ? changed(f, { targets: groups }) : f;
}

/** "according to a statement by the ministry…": the source of the news, not an event. */
function attribution(tree: SentenceTree, t: number): boolean {
  return tree.kidsBy(t, 'case').some((k) => tree.lemma(k) === 'accord' || tree.lemma(k) === 'according');
}

function insideName(index: MentionIndex, t: number): boolean {
  const m = index.mentionAt(t);
  return m !== null && (m.kind === 'organization' || m.kind === 'name');
}

/**
 * The verb that carries out an event noun: "launched" of "launched rocket fire against X" (its
 * object, or a conjunct of its object, or a noun the parser joined to the verb itself).
 */
function carrierOf(tree: SentenceTree, noun: number): number[] {
  if (tree.isVerb(noun)) return [];
  let k = noun;
  for (let steps = 0; steps < 4 && (tree.rel(k) === 'conj' || tree.rel(k) === 'obj'); steps++) {
    k = tree.head(k);
    if (k < 0) return [];
    if (tree.isVerb(k)) return [k];
  }
  return [];
}

/**
 * "approved sanctions against Russia, targeting its shadow fleet", "new tariffs aimed at Chinese
 * steel": a participle of aiming after sanctions says whom the measures hit, which the sanctions'
 * own event codes; it is no act of force.
 */
function aimOfMeasure(tree: SentenceTree, f: Found, found: readonly Found[]): boolean {
  // (A participle only: "Israel targeted commanders" after sanctions is an act of its own.)
  if (!AIMING.has(tree.lemma(f.trigger)) || !/^VB[GN]$/.test(tree.token(f.trigger).xpos ?? '')) return false;
  const head = tree.head(f.trigger);
  return found.some(
    (g) => g !== f && g.code.startsWith('16') && (g.trigger === head || tree.dominates(g.trigger, f.trigger)),
  );
}

/** Verbs of aiming a measure at someone. */
const AIMING = new Set(['target', 'aim', 'direct']);

/** Verbs that tell what an attack did rather than a new act: "struck Kyiv, killing nine". */
const CONSEQUENCES = WORDS.consequence;
/** Subordinators of a clause told at another time than the act it hangs on. */
const OTHER_TIME_MARKS = new Set(['after', 'before', 'since', 'until']);
/** Verbs of what an attack cut off, which code measures (16x, 19x) when told alone. */
const OUTAGES = new Set(['cut', 'knock', 'disrupt']);

/**
 * "launched strikes on Kyiv, killing nine people", "Israeli strikes killed 30 people": the
 * killing is what the coded attack did, not a second attack.
 */
function isConsequence(tree: SentenceTree, f: Found, found: readonly Found[]): boolean {
  // ("…, cutting electricity to thousands of homes": what an attack did is no measure of its own.)
  if (!CONSEQUENCES.has(tree.lemma(f.trigger))) return false;
  if (!FORCE_ROOTS.has(f.code.slice(0, 2)) && !OUTAGES.has(tree.lemma(f.trigger))) return false;
  const attacks = new Set(
    found
      .filter((g) => g !== f && FORCE_ROOTS.has(g.code.slice(0, 2)))
      .flatMap((g) => [g.trigger, ...carrierOf(tree, g.trigger)]),
  );
  if (attacks.size === 0) return false;
  const rel = tree.rel(f.trigger);
  const head = tree.head(f.trigger);
  // ("struck targets in Iraq, a day after militants killed four soldiers": a clause with its own
  // subject and subordinator tells an act of its own.)
  // (Not a headline's "after soldiers killed", whose soldiers were killed.)
  if (
    tree.kid(f.trigger, 'nsubj') >= 0 &&
    tree.kid(f.trigger, 'obj') >= 0 &&
    tree.kidsBy(f.trigger, 'mark').some((m) => OTHER_TIME_MARKS.has(tree.lemma(m)))
  )
    return false;
  if ((rel === 'advcl' || rel === 'conj' || rel === 'xcomp' || rel === 'acl') && attacks.has(head))
    return true;
  // ("…, damaging power plants and cutting electricity": joined to another consequence.)
  if (
    rel === 'conj' &&
    head >= 0 &&
    CONSEQUENCES.has(tree.lemma(head)) &&
    ['advcl', 'xcomp', 'acl'].includes(tree.rel(head)) &&
    attacks.has(tree.head(head))
  )
    return true;
  // "a boat rammed a trawler, damaging its hull", parsed with "rammed" as the boat's modifier
  // and "damaging" conjoined to the boat: what the attack on the noun did.
  if (
    (rel === 'conj' || rel === 'acl') &&
    head >= 0 &&
    tree.kidsBy(head, 'acl').some((k) => k < f.trigger && attacks.has(k))
  )
    return true;
  // "…, damaging its hull, officials said" with the participle hung on the saying, which hangs
  // on (or reports) the attack.
  if (
    (rel === 'advcl' || rel === 'conj') &&
    head >= 0 &&
    REPORTING_VERBS.has(tree.lemma(head)) &&
    (attacks.has(tree.head(head)) || tree.kidsBy(head, 'ccomp', 'parataxis').some((k) => attacks.has(k)))
  )
    return true;
  // "bombarded part of the city, killing eight people" with "killing" hung on "city": after a
  // comma, the participle tells what the attack above did.
  // ("opened fire on people waiting for aid, killing twenty", with "killing" on "waiting": any
  // word it hangs under, a few steps up, may be the attack.)
  if (
    (rel === 'acl' || rel === 'advcl') &&
    head >= 0 &&
    tree.kidsBy(f.trigger, 'punct').length + commaBefore(tree, f.trigger) > 0
  ) {
    const verb = verbAbove(tree, head);
    if (verb >= 0 && attacks.has(verb)) return true;
    for (let h = head, steps = 0; h >= 0 && steps < 4; h = tree.head(h), steps++)
      if (attacks.has(h)) return true;
  }
  const subject = tree.kid(f.trigger, 'nsubj');
  return subject >= 0 && attacks.has(subject);
}

const REPORTING_VERBS = WORDS.reporting;

/**
 * "Arnor signed a protocol with Dagolath, officials said": a plain statement (010) by a verb of
 * reporting whose reported clause holds an event of its own only attributes that event; the
 * event is what is coded. (sitrep's own verbs.tsv codes no bare saying; an analyst's PETRARCH
 * dictionary may, as `SAY [010]`.)
 */
function attributionOnly(tree: SentenceTree, f: Found, found: readonly Found[]): boolean {
  if (f.code !== '010' || !tree.isVerb(f.trigger) || !REPORTING_VERBS.has(tree.lemma(f.trigger)))
    return false;
  const comps = tree.kidsBy(f.trigger, 'ccomp');
  const reported = new Set(comps.flatMap((k) => [k, ...tree.subtree(k)]));
  // ("…, officials said": a saying with no clause of its own that is not the sentence's main verb
  // reports the rest of the sentence, whatever the parser hung it on.)
  if (comps.length === 0 && tree.head(f.trigger) >= 0) {
    const own = new Set([f.trigger, ...tree.subtree(f.trigger)]);
    for (let k = tree.sentence.tokenStart; k < tree.sentence.tokenEnd; k++) if (!own.has(k)) reported.add(k);
  }
  return found.some((g) => g !== f && reported.has(g.trigger));
}

/** 1 when a comma stands right before the phrase that `t` heads. */
function commaBefore(tree: SentenceTree, t: number): number {
  const first = Math.min(t, ...tree.subtree(t));
  return first > tree.sentence.tokenStart && tree.doc.slice(tree.token(first - 1)) === ',' ? 1 : 0;
}

/**
 * "met the U.S. commander in Beirut to discuss military aid": the discussion is the meeting,
 * not a second consultation (whose target the story would otherwise have to supply).
 */
function meetingsPurpose(tree: SentenceTree, f: Found, found: readonly Found[]): boolean {
  if (!DISCUSSING.has(tree.lemma(f.trigger)) || !['advcl', 'xcomp'].includes(tree.rel(f.trigger)))
    return false;
  if (!tree.kidsBy(f.trigger, 'mark').some((m) => tree.lemma(m) === 'to')) return false;
  const head = tree.head(f.trigger);
  return found.some((g) => g !== f && g.trigger === head && g.code.startsWith('04'));
}

const DISCUSSING = WORDS.discussing;

/** Nouns that name a claim or accusation. */
const ALLEGATION_NOUNS = new Set(['allegation', 'accusation', 'charge', 'claim']);

/** Subordinators of a clause of time, which tells when, not what is claimed. */
const TIME_MARKS = new Set(['after', 'before', 'since', 'when', 'while', 'as', 'until']);

/** Spans of time that date a clause from the report's time: "days after", "hours before". */
const TIME_SPANS = new Set(['day', 'week', 'month', 'hour', 'year']);

/** The clause opens with a subordinator of time right after a span of time ("days after Cairo said"). */
function framedByTime(tree: SentenceTree, clause: number): boolean {
  const mark = tree.kidsBy(clause, 'mark').find((m) => TIME_MARKS.has(tree.lemma(m)));
  return (
    mark !== undefined && mark > 0 && TIME_SPANS.has(tree.lemma(mark - 1)) && tree.kid(clause, 'nsubj') >= 0
  );
}

/** Inside the complement of "accused X of …": what the accuser claims, not what happened. */
function underClaim(tree: SentenceTree, t: number): boolean {
  if (!tree.claims) return false;
  // Any clause boundary on the way up to the accusing verb puts the event inside the claim
  // ("accused its rival of plotting to topple the government and seize the oil fields").
  let clause = false;
  for (
    let h = tree.head(t), child = t, steps = 0;
    h >= 0 && steps < 8;
    child = h, h = tree.head(h), steps++
  ) {
    if (CLAUSE_RELATIONS.has(tree.rel(child))) clause = true;
    // ("accused Egypt of trying to destabilise the region, days after Cairo said…": a clause
    // dated from the report's own time frame is the reporter's, wherever the parser hung it.)
    if (tree.rel(child) === 'advcl' && framedByTime(tree, child)) return false;
    // "accused Rwanda of sending troops, an allegation Kigali rejected": the claim named again as
    // a noun, and what is said of it, is no part of what is claimed.
    if (tree.rel(h) === 'appos' && ALLEGATION_NOUNS.has(tree.lemma(h))) return false;
    // "alleged that A, and that B" parsed with B conjoined to the alleging verb or to the main
    // verb: a "that" clause is never a main clause, so B is a second thing alleged.
    if (tree.rel(child) === 'conj' && tree.kidsBy(child, 'mark').some((m) => tree.lemma(m) === 'that')) {
      const alleges = (v: number) => CLAIM_VERBS.has(tree.lemma(v)) && tree.kid(v, 'ccomp') >= 0;
      if (alleges(h) || tree.kidsBy(h, 'conj').some((k) => k < child && alleges(k))) return true;
    }
    if (!CLAIM_VERBS.has(tree.lemma(h))) continue;
    // "blamed its neighbour and said its troops had shelled…": a verb conjoined to the accusation
    // itself says something new; so does a clause of time with a subject of its own ("accused
    // Egypt of…, days after Cairo said it would not accept…").
    if (tree.rel(child) === 'conj') return false;
    if (clause) return true;
  }
  return false;
}

const CLAUSE_RELATIONS = new Set(['advcl', 'obl', 'ccomp', 'xcomp', 'acl']);
