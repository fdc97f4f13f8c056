/**
 * Found readings written as DocEvents: one event per source and target (both ways for a reciprocal
 * act, the two sides for a mediator), the target the story supplies when the clause names none,
 * the code refined by its context (weapon, blockade, arrival, ban), the factuality, date and place.
 * Apart from finding: here the story's memory and the article's other annotations come in.
 */

import type { Actor, Doc, DocEvent, Span } from '../../doc/doc.js';
import { locativePlace } from '../08-places/index.js';
import { counterpartOf, DIRECTED_ROOTS, mainParties, namesOtherParty } from './counterpart.js';
import { peopleHere, protestedState } from './crowds.js';
import { factualityOf } from './factuality.js';
import { type CoderResources, changed, type Found } from './found.js';
import { intentOf, liftedCode, speaksForActor, threatOf } from './intents.js';
import {
  MentionIndex,
  NEIGHBOURS,
  type Participant,
  participantsOf,
  stateModifiers,
} from './participants.js';
import {
  ATTACK_ROOTS,
  actorKey,
  codable,
  FORCE_ROOTS,
  GROUPS_APART,
  MEDIATION,
  RELEASE_DEMANDS,
  SPEECH_ROOTS,
  selfPair,
  stateSide,
} from './sides.js';
import { StoryMemory, tokenStartingAt } from './story.js';
import { MILITARY_HEADS } from './subjects.js';
import { contentOf, describedThing } from './targets.js';
import { lemmaIn, ownOrSharedObject, SentenceTree } from './tree.js';
import { continuesSpeaker, eventDate, stillToCome } from './when.js';
import { WORDS } from './word-roles.js';

/** Actors named as the place of the saying: "in"/"at" phrases on the verb or on its object. */
function placesOfSaying(tree: SentenceTree, trigger: number, obj: number): number[] {
  const phrases = [...tree.kidsBy(trigger, 'obl'), ...(obj >= 0 ? tree.kidsBy(obj, 'nmod') : [])].filter(
    (k) => LOCATIVE_CASES.has(tree.caseOf(k)),
  );
  const out: number[] = [];
  for (const k of phrases) {
    for (const m of tree.doc.mentions) {
      const token = tree.token(k);
      if (m.actor >= 0 && m.start <= token.start && token.end <= m.end) out.push(m.actor);
    }
  }
  return out;
}

/**
 * "Venezuela expelled three diplomats… Guyana said it would respond in kind": an answer in kind is
 * the act last done to the answering side, returned to its doer (verbs.tsv codes the bare "respond
 * in kind" as returned fire, 190, for when no act was told).
 */
function inKind(tree: SentenceTree, f: Found, story: StoryMemory): Found {
  if (f.sources.length === 0 || !ANSWERING.has(tree.lemma(f.trigger))) return f;
  const kind = tree.kidsBy(f.trigger, 'obl').some((k) => tree.lemma(k) === 'kind' && tree.caseOf(k) === 'in');
  const act = kind ? story.lastActAgainst(f.sources[0].actor) : null;
  if (!act) return f;
  return changed(f, { code: act.code, targets: f.targets.length > 0 ? f.targets : [act.by] });
}

const ANSWERING = new Set(['respond', 'reply', 'retaliate', 'react', 'answer', 'reciprocate']);

/** The lemma of what an event noun is on or against ("the attack on the camp": "camp"), or "". */
function aimOfNoun(tree: SentenceTree, noun: number): string {
  const aim = tree.kidsBy(noun, 'nmod').find((k) => AIM_CASES.has(tree.caseOf(k)));
  if (aim !== undefined) return tree.lemma(aim);
  // ("condemned the attack on the camp", with "on the camp" hung on the verb right after the noun.)
  const verb = tree.head(noun);
  if (verb < 0 || tree.rel(noun) !== 'obj') return '';
  const end = Math.max(noun, ...tree.subtree(noun));
  const after = tree
    .kidsBy(verb, 'obl')
    .find((k) => tree.kidsBy(k, 'case')[0] === end + 1 && AIM_CASES.has(tree.caseOf(k)));
  return after === undefined ? '' : tree.lemma(after);
}

const AIM_CASES = new Set(['on', 'against', 'upon']);

/** `who` is the subject of the verb of saying that reports the act's clause. */
function reportsAct(tree: SentenceTree, f: Found, who: Participant): boolean {
  let clause = clauseOfAct(tree, f);
  for (let steps = 0; clause >= 0 && steps < 4 && tree.rel(clause) === 'conj'; steps++)
    clause = tree.head(clause);
  if (clause < 0 || tree.rel(clause) !== 'ccomp') return false;
  const saying = tree.head(clause);
  if (saying < 0 || !REPORTING.has(tree.lemma(saying))) return false;
  const subject = tree.kid(saying, 'nsubj');
  if (subject < 0) return false;
  const at = tree.token(subject);
  return who.span.start <= at.start && at.end <= who.span.end;
}

const REPORTING = WORDS.reporting;

/** The span is a place's name ("Mogadishu"), which the mentions stage may read as its government. */
function namesPlace(doc: Doc, span: Span): boolean {
  return doc.places.some((p) => p.start === span.start && p.end === span.end);
}

/** The participant is a state's forces as such (MIL or COP), not a person or body named. */
function forcesOfState(doc: Doc, who: Participant): boolean {
  const actor = doc.actors[who.actor];
  return actor?.type === 'state' && (actor.sector === 'MIL' || actor.sector === 'COP');
}

/** A person or body of a state as that state itself, keeping the span that named it. */
function asState(doc: Doc, res: CoderResources, who: Participant): Participant {
  const actor = doc.actors[who.actor];
  if (!actor?.country || actor.org !== null) return who;
  return { actor: res.states.state(actor.country, null), span: who.span };
}

/** The act a threat was read off is a show of force (15x: patrols, deployments, drills). */
function showOfForce(found: readonly Found[], lifted: Found): boolean {
  return found.some((g) => g.trigger === lifted.trigger && g.code.startsWith('15'));
}

const LOCATIVE_CASES = new Set(['in', 'at', 'near', 'inside', 'outside']);

export function toEvents(
  tree: SentenceTree,
  found: Found[],
  res: CoderResources,
  story: StoryMemory = new StoryMemory(tree.doc),
  index: MentionIndex = new MentionIndex(tree.doc, res.lexicon.descriptors, res.lexicon.groups),
): DocEvent[] {
  const { doc, sentence } = tree;
  const out: DocEvent[] = [];
  const seen = new Set<string>();
  /** The target each source's act got, by trigger: a threat or promise read off it aims there too. */
  const actTargets = new Map<string, Participant | null>();
  const lifted: Found[] = [];
  found = found.map((f) => inKind(tree, f, story));
  // Each reading's own factuality, read once: it decides what is lifted and what is coded.
  const readings = new Map(found.map((f) => [f, factualityOf(tree, res.factuality, f.trigger, f.code)]));
  const sharpened = new Map<Found, Found>();
  for (const f of found) {
    const lift = liftedCode(tree, f, readings.get(f)?.value ?? 'asserted');
    if (!lift || !speaksForActor(tree, f, lift.trigger)) continue;
    // "threatened to ban…" is coded by the threatening verb's own pattern already; the threat
    // read off the complement would be a second event of the same kind.
    const twin = found.find(
      (g) => g.trigger === lift.trigger && g.code.slice(0, 2) === lift.code.slice(0, 2),
    );
    if (!twin)
      lifted.push(changed(f, { code: lift.code, rule: `${f.rule}+intent`, liftedFrom: lift.trigger }));
    else if (!sharpened.has(twin)) sharpened.set(twin, sharpenedBy(tree, twin, f, lift.code));
  }
  // "promised to expel the group's leaders": a promise of a hostile act is a threat (lifted
  // below), no generic intent to cooperate (030) besides; nor is a vow not to yield ("vowed that
  // the government would not back down": a refusal, 12x).
  const threatening = new Set(
    lifted.filter((l) => l.code.startsWith('13') || l.code.startsWith('12')).map((l) => l.liftedFrom),
  );
  const kept = found
    .filter((g) => !(g.code === '030' && threatening.has(g.trigger)))
    .map((g) => bluntedBy(tree, sharpened.get(g) ?? g, found))
    .map((g) => intentOfWhatIsHeld(tree, g, found))
    .map((g) => threatOfWhatIsResumed(tree, g, found));
  for (const given of [...kept, ...lifted]) {
    let f = given.bySide ? bySide(given, story) : given;
    f = salvoOfAttack(tree, f, story);
    const anchor = f.liftedFrom ?? f.trigger;
    // A reported promise or threat happened when it was said, unless the saying is negated.
    const reading =
      f.liftedFrom === undefined
        ? (readings.get(f) ?? factualityOf(tree, res.factuality, f.trigger, f.code))
        : assertedUnlessNegated(factualityOf(tree, res.factuality, anchor, f.code));
    const when = eventDate(doc, tree, anchor, story);
    let factuality = reading.value;
    // A date after publication makes an event future, unless its verb is in the past tense.
    const pastTense = ['VBD', 'VBN'].includes(doc.tokens[f.trigger].xpos ?? '');
    if (factuality === 'asserted' && when.future && f.liftedFrom === undefined && !pastTense)
      factuality = 'future';
    // "called on its supporters to rally later this week": what an actor calls its own side to do
    // on a day still to come (or in a span that starts today) is its plan, announced.
    const ahead = when.future || stillToCome(when.value, doc.meta.published);
    if (factuality === 'hypothetical' && ahead && reading.cue && ownCall(tree, reading.cue, f.sources))
      factuality = 'future';
    // "said Trump would meet Putin on Friday": a "would" with a day still to come is what was
    // announced for that day, not a mere possibility; so is a "would" in a clause the actor's
    // own saying reports with no condition on it ("said it would shut its frontier posts": the
    // backshifted "will" of an announcement).
    // (Not one put on a condition: "would respond if Niamey did nothing" is only possible.)
    if (
      factuality === 'hypothetical' &&
      reading.cue &&
      doc.slice(reading.cue).toLowerCase() === 'would' &&
      (when.future || announced(tree, reading.cue, anchor, f.sources)) &&
      !onCondition(tree, anchor)
    )
      factuality = 'future';
    // "instructed border units to raise the alert status": an order to change a force's posture
    // (15x) is carried out by being given; other ordered acts are still to come.
    if (
      factuality === 'future' &&
      reading.cue &&
      ORDERING.has(doc.tokens[tokenStartingAt(doc, reading.cue.start)]?.lemma ?? '') &&
      f.code.startsWith('15')
    )
      factuality = 'asserted';
    // "did not comment on the strike": declining to comment (011), done, not a comment negated;
    // "declined to comment" is coded on "declined" already.
    if (f.code === '010' && factuality === 'negated' && tree.lemma(f.trigger) === 'comment') {
      const head = tree.head(f.trigger);
      if (found.some((g) => g.code === '011' && (g.trigger === head || g.trigger === f.trigger))) continue;
      f = changed(f, { code: '011', targets: [] });
      factuality = 'asserted';
    }
    if (f.betweenSides) {
      // Only talks set for later or not held: talks that took place, or might, need their parties
      // named (the story's sides may not be the ones: "told Israel that talks would resume").
      if (factuality !== 'future' && factuality !== 'negated') continue;
      const sides = mainParties(doc);
      if (sides.length < 2) continue;
      f = changed(f, { sources: sides, reciprocal: true });
    }
    // "will attend" with nothing named: the gathering is the one just mentioned, and so is its place.
    const elided = elidedGathering(tree, f);
    const gathering = elided ? gatheringPlace(doc, f.trigger) : null;
    const place =
      objectPlace(tree, f) ??
      wherePlace(tree, f.trigger) ??
      locativePlace(
        doc,
        sentence.tokenStart,
        sentence.tokenEnd,
        f.trigger,
        f.code.startsWith('042'),
        (p) =>
          whereTheSpeakerIs(tree, p, f.trigger) ||
          inOtherActsClause(tree, p, f.trigger) ||
          namesWhoseAct(tree, res, p),
      ) ??
      gathering;
    const trigger = doc.tokens[f.trigger];
    for (const [source, given] of withSides(doc, f, pairs(f))) {
      // An actor with neither state nor organisation ("a man", "residents" of nowhere) cannot be coded.
      if (!codable(doc, source.actor)) continue;
      // A state does not act on itself: "the minister ordered all units to…" leaves the target open.
      // "shot at men who were hurling rocks": a target of no state leaves it to the story too.
      const own =
        given &&
        (selfPair(doc, source.actor, given.actor) ||
          !codable(doc, given.actor) ||
          ownPeople(doc, source.actor, given.actor, f.code));
      const addressedOwn = given !== null && own && addressesOwnSide(tree, f, source.actor, given);
      // "were flown to Moscow" of Russian servicemen: going home is no visit to anyone, and no
      // other party of the story stands in for the place.
      if (
        given &&
        f.code.startsWith('042') &&
        selfPair(doc, source.actor, given.actor) &&
        isDestination(tree, f, given)
      )
        continue;
      let code = refinedCode(tree, f, doc.actors[source.actor], res);
      const people =
        given && !codable(doc, given.actor) ? peopleHere(doc, code, source, given, place, res.states) : null;
      const rawTarget = addressedOwn
        ? null
        : (accuserOfCharge(tree, f, source.actor, res, index) ??
          (own ? null : given) ??
          people ??
          (shipAtSea(tree, f, place)
            ? null
            : (placeHit(tree, f, code, source, place, res) ??
              aimOfAct(tree, f, source.actor, actTargets) ??
              homeSide(
                tree,
                f,
                code,
                source,
                place,
                counterpart(tree, f, source.actor, story, res, index),
                res,
              ))));
      let target =
        rawTarget && codable(doc, rawTarget.actor) && !selfPair(doc, source.actor, rawTarget.actor)
          ? rawTarget
          : protestedState(tree, code, source, res.states);
      // "a car bomb outside a hotel in Mogadishu", "threatened to hit Beirut": a capital attacked
      // is a place of the state, not its government speaking.
      // (Not forces there: "attacked army positions in South Kivu" hit the army.)
      if (
        target &&
        ATTACK_ROOTS.has(code.slice(0, 2)) &&
        namesPlace(doc, target.span) &&
        !forcesOfState(doc, target)
      )
        target = asState(doc, res, target);
      // "Guyana's president said Venezuelan soldiers had fired on a patrol boat": the reporting side
      // stands in for the boat as a state; its president was not fired on.
      if (given === null && target && ATTACK_ROOTS.has(code.slice(0, 2)) && reportsAct(tree, f, target))
        target = asState(doc, res, target);
      // "said it would suspend intelligence sharing with Washington": the threat is aimed where
      // the act it names is, whichever party of the story would stand in for it on its own.
      const actKey = `${f.trigger}:${source.actor}`;
      if (f.liftedFrom === undefined) actTargets.set(actKey, target);
      else if ((given === null || own) && actTargets.get(actKey)) target = actTargets.get(actKey) ?? null;
      // "would continue to patrol the area", "will deploy a joint force to the region": a show of
      // force aimed at no one (15x, coded as such) threatens no one either; a party of the story
      // put in as its target would be a threat never made.
      else if (given === null && actTargets.has(actKey) && code.startsWith('13') && showOfForce(found, f))
        continue;
      // Attending a gathering another state hosts, named in the sentence before ("the committee
      // is to meet in Amman… the envoy will attend too"), is a visit to that state.
      // With no such gathering found, "attend" alone names nothing to code.
      if (elided) {
        const host = gathering === null ? null : doc.places[gathering];
        if (!host?.country || host.country === doc.actors[source.actor]?.country) continue;
        target = { actor: res.states.state(host.country, null), span: { start: host.start, end: host.end } };
        // (An intent read off "confirmed he will attend" stays an intent, aimed at the host.)
        if (code === '040') code = '042';
      }
      // Bans and restrictions one state imposes on another's people are sanctions (163); the
      // administrative sanctions of 172 are a state's measures at home.
      // Concern aimed at someone ("Japan expressed concern" over China's act) criticises them;
      // pessimism (012) is concern about a situation.
      if (code === '012' && target) code = '111';
      // "will attend a summit in Dar es Salaam": attending what another state hosts, with that
      // state as the only one it is aimed at, is a visit to it (042), not a consultation.
      if (
        code === '040' &&
        target &&
        ATTENDING.has(tree.lemma(f.trigger)) &&
        hostOf(tree, f, place, source, target)
      )
        code = '042';
      // "Iran charged Britain with meddling": a state is charged with a deed, not arrested (112).
      if (code === '173' && target && CHARGING.has(tree.lemma(f.trigger)) && namedState(doc, target))
        code = '112';
      if (code.startsWith('172') && target && !selfPair(doc, source.actor, target.actor)) {
        const own = doc.actors[source.actor]?.country;
        const other = doc.actors[target.actor]?.country;
        if (own && other && own !== other) code = '163';
      }
      // "welcomed the agreement" after "India and Pakistan agreed…": a comment on a deal the story
      // told as made between two sides is aimed at both.
      let partner =
        target && COMMENT_ON_DEALS.has(code.slice(0, 2))
          ? story.partnerOfTold(objectLemma(tree, f.trigger), target.actor)
          : null;
      // "China and the United States both welcomed the deal": a deal named by no one's name is
      // the one the story told made, aimed at both its sides.
      if (given === null && !partner && COMMENT_ON_DEALS.has(code.slice(0, 2))) {
        const sides = story.sidesOfDeal(objectLemma(tree, f.trigger), source.actor);
        if (sides) [target, partner] = sides;
      }
      const weapons = [code, ...otherWeaponCodes(tree, f, code)];
      const aims: [string, Participant | null][] = weapons.map((c) => [c, target]);
      if (partner && !selfPair(doc, source.actor, partner.actor)) aims.push([code, partner]);
      // "mortars and drones hit Sumy": one attack by each kind of weapon named.
      for (const [weaponCode, target] of aims) {
        const key = `${actorKey(doc, source.actor)}>${target ? actorKey(doc, target.actor) : '-'}:${weaponCode}:${factuality}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          sentence: sentence.index,
          source: source.actor,
          sourceSpan: source.span,
          target: target?.actor ?? null,
          targetSpan: target?.span ?? null,
          trigger,
          cameo: weaponCode,
          factuality,
          factualityCue: reading.cue,
          date: when.value,
          dateSpan: when.span,
          place: place ?? fallbackPlace(doc, f, weaponCode, source.actor, target, story),
          evidence: evidenceSpan(trigger, source.span, target?.span ?? null),
          rule: f.rule,
        });
        story.add(out.slice(-1));
      }
    }
  }
  return withoutUnaimedTwins(out);
}

const ATTENDING = new Set(['attend']);

/** Praise, criticism and rejection: comments whose object may be a deal two sides made. */
const COMMENT_ON_DEALS = new Set(['05', '11', '12']);

/** The lemma of the verb's object, or "" when it has none. */
function objectLemma(tree: SentenceTree, verb: number): string {
  const obj = tree.kid(verb, 'obj');
  return obj >= 0 ? tree.lemma(obj) : '';
}
const SHIPS = WORDS['merchant-ship'];

/**
 * "boarded and seized a tanker off the coast": force at a ship, away from any state's
 * land, with no party named, hits a thing of no side; no other party of the story stands in.
 * (A ship hit in a port, "a cargo ship in Odesa", is hit where the port is.)
 */
function shipAtSea(tree: SentenceTree, f: Found, place: number | null): boolean {
  // (Also its release: "released the tanker" is aimed at whoever owns it, not at a party of the
  // story; and its escort: "escorted more than 30 vessels through the strait".)
  // (And a claim of an attack on one: "claimed a missile attack on a ship".)
  const kinds = ['17', '084', '074', '015'];
  if (!ATTACK_ROOTS.has(f.code.slice(0, 2)) && !kinds.some((k) => f.code.startsWith(k))) return false;
  if (place !== null && tree.doc.places[place].country) return false;
  // (The object may be shared with a verb joined by "and": "attacked and seized a carrier".)
  const obj = ownOrSharedObject(tree, f.trigger);
  if (obj >= 0 && lemmaIn(tree, contentOf(tree, obj), SHIPS)) return true;
  // "fired missiles at a tanker", "opened fire on a ferry": the ship is what the fire is aimed at
  // (also when the parser hangs it on what was fired: "fired two missiles at a cargo ship").
  // (An attack named by a noun: "missile attack on ship".)
  const aimed = [
    ...tree.kidsBy(f.trigger, tree.isVerb(f.trigger) ? 'obl' : 'nmod'),
    ...(obj >= 0 ? tree.kidsBy(obj, 'nmod') : []),
  ];
  return aimed.some((k) => AIMED_AT.has(tree.caseOf(k)) && lemmaIn(tree, contentOf(tree, k), SHIPS));
}

/** Objects that are the speech act a verb performs ("lodged a protest"), not another's act it comments on. */
const OWN_ACT_NOUNS = new Set([
  'protest',
  'complaint',
  'objection',
  'demarche',
  'démarche',
  // ("Iran also expressed support for the deal": its own support, no earlier supporter's.)
  'support',
  'solidarity',
  'concern',
  'condolence',
  'condolences',
  'regret',
]);
/** Verbs that perform the act their object names ("lodged a protest", "expressed support"). */
const PERFORMING = new Set(['lodge', 'register', 'deliver', 'express', 'voice', 'offer', 'extend', 'convey']);

/** Verbs of striking back, aimed at whoever struck first. */
const RETALIATION = new Set(['retaliate', 'avenge', 'revenge', 'respond']);

/** Prepositions of what fire is aimed at. */
const AIMED_AT = new Set(['at', 'on']);

/**
 * "…, the French embassy in Amman said": a place in the phrase naming who reports the event says
 * where the speaker is, not where the event happened; nor does one inside an actor's name or title.
 */
function whereTheSpeakerIs(tree: SentenceTree, place: number, trigger: number): boolean {
  const { doc } = tree;
  // ("spoke to Lebanon's foreign minister": a state in a person's title says whom he serves, not
  // where anything happened.)
  // (A list of places, "to Amman and Beirut", is no one's title.)
  const where = doc.places[place];
  // ("according to the U.S. Africa Command": nor does a state in the name of one of its bodies.)
  const titled = (m: (typeof doc.mentions)[number]) =>
    m.kind !== 'compound' && (m.kind !== 'state' || (doc.actors[m.actor]?.sector ?? null) !== null);
  if (doc.mentions.some((m) => titled(m) && m.start <= where.start && where.end < m.end)) return true;
  let k = placeTop(doc, where, (i) => tree.head(i));
  if (k < 0) return false;
  // Up through the nouns the place modifies (and a participle on them: "the agency operating in
  // Iraq said"), to the phrase's role.
  for (;;) {
    const rel = tree.rel(k);
    if (rel === 'nmod' || rel === 'compound' || rel === 'appos') k = tree.head(k);
    else if (rel === 'obl' && tree.rel(tree.head(k)) === 'acl') k = tree.head(tree.head(k));
    else break;
  }
  const verb = tree.head(k);
  return tree.rel(k) === 'nsubj' && verb >= 0 && verb !== trigger && WORDS.reporting.has(tree.lemma(verb));
}

/**
 * "exchanged prisoners…, officials said, hours after Russian drones struck an energy facility in
 * the Odesa region": a place in a clause that dates another act ("after", "before", "since"), or
 * in a relative clause that tells one ("a drone strike that killed three people near Sinjar"), is
 * where that act happened, not the one being placed.
 */
function inOtherActsClause(tree: SentenceTree, place: number, trigger: number): boolean {
  const at = tokenStartingAt(tree.doc, tree.doc.places[place].start);
  if (at < 0) return false;
  for (let h = tree.head(at), steps = 0; h >= 0 && steps < 20; h = tree.head(h), steps++) {
    if (h === trigger || tree.dominates(h, trigger)) return false;
    if (tree.rel(h) === 'advcl' && tree.kidsBy(h, 'mark').some((m) => DATING_MARKS.has(tree.lemma(m))))
      return true;
    // ("the first exchange since talks in Istanbul stalled", with "since" read as the noun's case.)
    if (tree.isNominal(h) && tree.kidsBy(h, 'case').some((m) => DATING_MARKS.has(tree.lemma(m)))) return true;
    // ("summoned Turkey's ambassador to protest a drone strike that killed three people near
    // Sinjar": so is a relative clause's, whose verb tells another act.)
    if (tree.deprel(h) === 'acl:relcl' && tree.isVerb(h)) return true;
  }
  return false;
}

const DATING_MARKS = new Set(['after', 'before', 'since']);

/**
 * "denied the seizure was linked to the U.S. sanctions": a place set before an event noun says
 * whose act it is (the state's), not where anything happened.
 */
function namesWhoseAct(tree: SentenceTree, res: CoderResources, place: number): boolean {
  const { doc } = tree;
  const { end } = doc.places[place];
  let last = tokenStartingAt(doc, doc.places[place].start);
  if (last < 0) return false;
  while (last + 1 < tree.sentence.tokenEnd && doc.tokens[last + 1].end <= end) last++;
  const noun = tree.head(last);
  return (
    noun === last + 1 &&
    ['compound', 'amod'].includes(tree.rel(last)) &&
    tree.token(noun).upos === 'NOUN' &&
    res.lexicon.nouns.has(tree.lemma(noun))
  );
}

/** "is expected to attend": a verb of attending with no object, whose gathering is named before. */
function elidedGathering(tree: SentenceTree, f: Found): boolean {
  return ATTENDING.has(tree.lemma(f.trigger)) && tree.isVerb(f.trigger) && tree.kid(f.trigger, 'obj') < 0;
}

/** Words that hold a gathering in a place: "a summit … held in Nairobi", "to meet in Amman". */
const GATHERING_PLACES = WORDS['gathering-place'];

/**
 * The place of the gathering mentioned last before `trigger`, in its sentence or the one before:
 * a place hung (through its preposition) on a word that holds a gathering; null if none.
 */
function gatheringPlace(doc: Doc, trigger: number): number | null {
  const sentence = doc.tokens[trigger].sentence;
  let best: number | null = null;
  for (let index = 0; index < doc.places.length; index++) {
    const place = doc.places[index];
    const first = tokenStartingAt(doc, place.start);
    if (first < 0 || first >= trigger) continue;
    const at = doc.tokens[first].sentence;
    if (at !== sentence && at !== sentence - 1) continue;
    const top = placeTop(doc, place, (i) => doc.tokens[i].head ?? -1);
    const head = top >= 0 ? (doc.tokens[top].head ?? -1) : -1;
    if (head >= 0 && GATHERING_PLACES.has((doc.tokens[head].lemma ?? '').toLowerCase())) best = index;
  }
  return best;
}

/** Whether an if/unless clause hangs on the verb (as a complement too, by a parser slip). */
function onCondition(tree: SentenceTree, verb: number): boolean {
  return tree
    .kidsBy(verb, 'advcl', 'ccomp')
    .some((k) => tree.kidsBy(k, 'mark').some((m) => ['if', 'unless'].includes(tree.lemma(m))));
}

/**
 * Whether the target is the state the event's place is in, a state the source does not belong
 * to, the place named right on what is attended or on the verb ("a summit in Switzerland", not
 * "a conference on the crisis in Iran").
 */
function hostOf(
  tree: SentenceTree,
  f: Found,
  place: number | null,
  source: Participant,
  target: Participant,
): boolean {
  const { doc } = tree;
  const where = place === null ? null : doc.places[place];
  const host = doc.actors[target.actor];
  if (host?.type !== 'state' || doc.actors[source.actor]?.country === host.country) return false;
  if (namesTheGathering(tree, f, target)) return true;
  if (!where?.country || host.country !== where.country) return false;
  const top = placeTop(doc, where, (i) => tree.head(i));
  const h = top >= 0 ? tree.head(top) : -1;
  return h === f.trigger || (h >= 0 && h === tree.kid(f.trigger, 'obj'));
}

/**
 * The word of a place's name that hangs outside it ("Salaam" of "Dar es Salaam"), found by going
 * up from its first word; its head is what the place says where of. -1 if no token starts it.
 */
function placeTop(doc: Doc, where: Span, head: (i: number) => number): number {
  let k = tokenStartingAt(doc, where.start);
  while (k >= 0) {
    const h = head(k);
    if (h < 0 || doc.tokens[h].start < where.start || doc.tokens[h].end > where.end) return k;
    k = h;
  }
  return k;
}

/** "attended the Minsk summit": the target is the city written into the name of what is attended. */
function namesTheGathering(tree: SentenceTree, f: Found, target: Participant): boolean {
  const word = tokenStartingAt(tree.doc, target.span.start);
  const obj = tree.kid(f.trigger, 'obj');
  return word >= 0 && obj >= 0 && tree.rel(word) === 'compound' && tree.head(word) === obj;
}

/**
 * "threatened to declare a curfew in Cairo": a bare threat (130) says what is threatened
 * through the act it reports, so it takes that act's threat code (1323) and, when it names no one
 * else itself, whom the act falls on (the people of Cairo).
 */
function sharpenedBy(tree: SentenceTree, threat: Found, act: Found, code: string): Found {
  const generic = threat.code.length === 3 && threat.code.endsWith('0');
  const { doc } = tree;
  const aimless = threat.targets.every((t) => threat.sources.some((s) => selfPair(doc, s.actor, t.actor)));
  if (!generic && !aimless) return threat;
  return changed(threat, {
    code: generic ? code : threat.code,
    targets: aimless && act.targets.length > 0 ? act.targets : threat.targets,
  });
}

/**
 * "threatened to block the package": a threat of force named by its complement's verb (1381, a
 * blockade) is a plain threat (130) when that complement is coded as an act short of force of
 * its own (129, a veto). "threatened to block the strait" (191) keeps its blockade.
 */
function bluntedBy(tree: SentenceTree, threat: Found, found: readonly Found[]): Found {
  if (!threat.code.startsWith('138')) return threat;
  const complements = tree.kidsBy(threat.trigger, 'xcomp');
  const act = found.find((g) => complements.includes(g.trigger));
  if (!act || Number(act.code.slice(0, 2)) >= 13) return threat;
  return changed(threat, { code: '130' });
}

/**
 * "criticised the strike" after "condemned a US military strike on a boat": the state an earlier
 * mention of the act names as its owner, when the story told no such event (its target was no
 * actor). The nearest earlier mention that names one, other than the critic.
 */
function ownerOfNamed(
  tree: SentenceTree,
  res: CoderResources,
  index: MentionIndex,
  noun: number,
  source: number,
): Participant | null {
  const { doc } = tree;
  const lemma = tree.lemma(noun);
  for (let i = noun - 1; i >= 0; i--) {
    const t = doc.tokens[i];
    if (t.lemma !== lemma || t.upos !== 'NOUN') continue;
    const sentence = doc.sentences[t.sentence];
    const other = sentence === tree.sentence ? tree : new SentenceTree(doc, sentence);
    const owner = stateModifiers(other, index, res.states, i).find(
      (p) => !selfPair(doc, source, p.actor) && actorKey(doc, p.actor) !== actorKey(doc, source),
    );
    if (owner) return owner;
  }
  return null;
}

/**
 * "agreed to hold a joint air drill": an intent to meet (036) read off a complement that is coded
 * as something other than a meeting is the intent of what that complement codes (062 → 031).
 * "agreed to hold talks" (046) stays an intent to meet.
 */
function intentOfWhatIsHeld(tree: SentenceTree, intent: Found, found: readonly Found[]): Found {
  if (intent.code !== '036') return intent;
  const complements = tree.kidsBy(intent.trigger, 'xcomp');
  const act = found.find((g) => complements.includes(g.trigger));
  if (!act || act.code.startsWith('04')) return intent;
  const code = intentOf(act.code);
  return code ? changed(intent, { code }) : intent;
}

/**
 * "threatened to resume military operations": a plain threat (130) whose complement's object is
 * an act coded of its own (the operations, 190) is the threat of that act (138).
 */
function threatOfWhatIsResumed(tree: SentenceTree, threat: Found, found: readonly Found[]): Found {
  if (threat.code !== '130') return threat;
  const objects = tree.kidsBy(threat.trigger, 'xcomp').map((c) => tree.kid(c, 'obj'));
  const act = found.find((g) => objects.includes(g.trigger));
  const code = act ? threatOf(act.code) : undefined;
  return code ? changed(threat, { code }) : threat;
}

/** Roots of measures a threat holds out: sanctions, reduced relations, force. */
const FORCE_OR_SANCTION = new Set(['16', '17', '18', '19', '20']);

/**
 * The actor that must meet an if/unless condition on `trigger`'s clause (hung on it, on a verb
 * above it in its clause, or inside what a threat says), other than `source`; null without one.
 */
function conditionedActor(
  tree: SentenceTree,
  trigger: number,
  source: number,
  res: CoderResources,
  index: MentionIndex,
  story: StoryMemory,
): Participant | null {
  const { doc } = tree;
  const verbs = [trigger];
  for (
    let k = tree.head(trigger), steps = 0;
    k >= 0 && steps < 2 && tree.isVerb(k);
    k = tree.head(k), steps++
  )
    verbs.push(k);
  for (let i = 0; i < verbs.length && verbs.length < 12; i++)
    for (const c of tree.kidsBy(verbs[i], 'ccomp', 'xcomp')) if (!verbs.includes(c)) verbs.push(c);
  for (const v of verbs) {
    for (const clause of tree.kidsBy(v, 'advcl')) {
      if (!tree.kidsBy(clause, 'mark').some((m) => CONDITIONS.has(tree.lemma(m)))) continue;
      const subject = tree.kid(clause, 'nsubj');
      // ("would not stand by if Kosovo Serbs were harmed": the subject of a passive suffers the
      // act; whoever must meet the condition is its unnamed doer.)
      if (subject < 0 || sufferedBy(tree, clause)) continue;
      const found = participantsOf(tree, index, res.states, subject).find(
        (p) =>
          codable(doc, p.actor) &&
          !selfPair(doc, source, p.actor) &&
          actorKey(doc, p.actor) !== actorKey(doc, source),
      );
      if (found) return found;
      // "threatened further measures if the crackdown continues": an act named as the condition
      // is aimed at whoever the story told doing it.
      const named = res.lexicon.nouns.get(tree.lemma(subject))?.find((r) => r.words.length === 1 && r.code);
      if (named?.code) {
        const doer = story.doerOf(tree.lemma(subject), source, named.code);
        if (doer) return doer;
      }
    }
  }
  return null;
}

const CONDITIONS = new Set(['if', 'unless']);

const STATEMENT_NOUN_WORDS = WORDS['statement-noun'];

/**
 * Who issued the statement, report or letter `noun` names: the subject of the verb the same noun
 * hung on when the story last named it ("the IAEA said in a confidential report", "issued a
 * statement"), in the three sentences before; not `source` itself.
 */
function issuerOf(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  noun: number,
  source: number,
): Participant | null {
  const { doc } = tree;
  const lemma = tree.lemma(noun);
  // (Within five sentences: a resolution or report is a story's matter longer than a passing act.)
  const from = doc.sentences[Math.max(0, tree.sentence.index - 5)].tokenStart;
  for (let i = tree.sentence.tokenStart - 1; i >= from; i--) {
    const t = doc.tokens[i];
    if (t.lemma !== lemma) continue;
    // ("a resolution drafted by Britain, France and Germany": its by-agent issued it.)
    const drafter = draftedBy(doc, index, i, source);
    if (drafter) return drafter;
    if (t.deprel !== 'obj' && t.deprel !== 'obl') continue;
    const verb = t.head ?? -1;
    if (verb < 0) continue;
    const sentence = doc.sentences[t.sentence];
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (doc.tokens[k].head !== verb || doc.tokens[k].deprel !== 'nsubj') continue;
      const m = index.mentionAt(k);
      if (m && m.actor >= 0 && m.actor !== source && codable(doc, m.actor))
        return { actor: m.actor, span: { start: m.start, end: m.end } };
    }
  }
  return null;
}

/** The first codable by-agent of a participle on the noun at token `i` ("drafted by Britain"), or null. */
function draftedBy(doc: Doc, index: MentionIndex, i: number, source: number): Participant | null {
  for (let k = i + 1; k < doc.tokens.length && k < i + 12; k++) {
    const p = doc.tokens[k];
    if (p.head !== i || p.deprel !== 'acl' || p.xpos !== 'VBN') continue;
    for (let a = k + 1; a < doc.tokens.length && a < k + 8; a++) {
      if (doc.tokens[a].head !== k || doc.tokens[a].deprel !== 'obl:agent') continue;
      const m = index.mentionAt(a);
      if (m && m.actor >= 0 && m.actor !== source && codable(doc, m.actor))
        return { actor: m.actor, span: { start: m.start, end: m.end } };
    }
  }
  return null;
}

/** A passive clause, or a participle after "be" read as an adjective ("were harmed"). */
function sufferedBy(tree: SentenceTree, clause: number): boolean {
  if (tree.kid(clause, 'aux:pass') >= 0) return true;
  const { xpos } = tree.token(clause);
  return (
    tree.kid(clause, 'cop') >= 0 && (xpos === 'VBN' || (xpos === 'JJ' && /ed$/.test(tree.lemma(clause))))
  );
}

/** The code of a verb by the row its object names ("ease the embargo": 085), if any. */
function complementCode(tree: SentenceTree, res: CoderResources, verb: number): string | undefined {
  const obj = contentOf(tree, tree.kid(verb, 'obj'));
  if (obj < 0) return undefined;
  const rows = res.lexicon.verbs.get(tree.lemma(verb)) ?? [];
  return rows.find((r) => r.code && r.obj?.has(tree.lemma(obj)) && r.preps.length === 0)?.code ?? undefined;
}

/** The codes of the other kinds of weapon a verb's subject names besides the one `code` took. */
function otherWeaponCodes(tree: SentenceTree, f: Found, code: string): string[] {
  if ((f.code !== '190' && f.code !== '195') || !tree.isVerb(f.trigger)) return [];
  const subject = tree.kid(f.trigger, 'nsubj');
  const codes = new Set<string>();
  for (const word of subject >= 0 ? tree.conjuncts(subject) : []) {
    // ("tanks and guided bombs", parsed with "tanks and guided" as a compound of "bombs".)
    const joined = tree.kidsBy(word, 'compound').filter((k) => tree.kidsBy(k, 'conj').length > 0);
    for (const w of [word, ...joined]) {
      const weapon = WEAPON_CODES.get(tree.lemma(w));
      if (weapon && weapon !== code) codes.add(weapon);
    }
  }
  return [...codes];
}

/**
 * The place of an event whose clause names none: for force, where its target is; for a speaker
 * who goes on talking in a sentence attributed to "he" or "she", where it spoke just before.
 */
function fallbackPlace(
  doc: Doc,
  f: Found,
  code: string,
  source: number,
  target: Participant | null,
  story: StoryMemory,
): number | null {
  if (FORCE_ROOTS.has(f.code.slice(0, 2))) return placeOf(doc, target?.span ?? null);
  const sentence = doc.tokens[f.trigger].sentence;
  // ("…dispersed a rally in Yerevan. Demonstrators had marched from the central square": a crowd goes on
  // where the story's last sentences put the unrest, a city of its own state.)
  if (/^14[1-5]/.test(code)) return cityJustBefore(doc, sentence, doc.actors[source]?.country ?? null);
  if (!SPEECH_ROOTS.has(code.slice(0, 2)) || sentence === 0) return null;
  if (!continuesSpeaker(doc, doc.sentences[sentence])) return null;
  return story.placeSpokenFrom(sentence - 1, source);
}

/**
 * "employed batons in order to break up a march": one act read twice, once with no target. An
 * event with none is dropped when the sentence has the same source doing the same (same code,
 * same reading) to someone.
 */
function withoutUnaimedTwins(events: DocEvent[]): DocEvent[] {
  return events.filter(
    (e) =>
      e.target !== null ||
      !events.some(
        (o) =>
          o.target !== null && o.source === e.source && o.cameo === e.cameo && o.factuality === e.factuality,
      ),
  );
}

/** Modifiers that name the weapon of an attack: air and missile (195), artillery (194), small arms (193). */
const WEAPON_CODES: ReadonlyMap<string, string> = new Map([
  ...[
    'air',
    'missile',
    'drone',
    'rocket',
    'aerial',
    'airstrike',
    'bomb',
    'bombing',
    'warplane',
    'aircraft',
  ].map((w): [string, string] => [w, '195']),
  ...['artillery', 'shelling', 'mortar', 'tank', 'shell', 'howitzer'].map((w): [string, string] => [
    w,
    '194',
  ]),
  ...['gun', 'gunfire', 'rifle', 'sniper'].map((w): [string, string] => [w, '193']),
]);

/** Sectors whose obstructions are protests rather than blockades. */
const PROTESTING = new Set(['OPP', 'CVL', 'LAB', 'EDU', 'PTY']);

/**
 * The code as the actor and the words around the trigger make it precise: an obstruction by a
 * state's forces is a blockade (191, not a protesters' 144); a generic attack whose noun names
 * its weapons ("missile and drone attacks", "tank shelling") takes the weapon's code.
 */
function refinedCode(tree: SentenceTree, f: Found, source: Actor | undefined, res: CoderResources): string {
  if (f.code === '144' && source && source.type === 'state' && !PROTESTING.has(source.sector ?? ''))
    return '191';

  // "demonstrators blocked a road": the same obstruction by people is a protest's (144).
  if (f.code === '191' && source && PROTESTING.has(source.sector ?? '') && tree.isVerb(f.trigger))
    return '144';
  // "Russian artillery struck the city", "drones hit the depot": the weapon is the subject.
  if ((f.code === '190' || f.code === '195') && tree.isVerb(f.trigger)) {
    const subject = tree.kid(f.trigger, 'nsubj');
    for (const word of subject >= 0 ? tree.conjuncts(subject) : []) {
      const code = WEAPON_CODES.get(tree.lemma(word));
      if (code) return code;
    }
  }
  // "M23 rebels captured Goma": a town or region taken is occupied (192), not a person arrested
  // or property seized.
  if ((f.code === '173' || f.code === '171') && tree.isVerb(f.trigger) && TAKING.has(tree.lemma(f.trigger))) {
    const obj = tree.kid(f.trigger, 'obj');
    if (obj >= 0 && isTerritory(tree, obj)) return '192';
  }
  // "Kenyan peacekeepers arrived in Haiti": forces arriving are deployed, not visiting.
  if (f.code.startsWith('042') && tree.isVerb(f.trigger)) {
    const deployed = forcesArriving(tree, f.trigger);
    if (deployed) return deployed;
    // "Japan's donation to Ukraine arrived": aid that arrives is delivered; only people visit.
    const delivered = aidArriving(tree, f.trigger, res.lexicon.synsets);
    if (delivered) return delivered;
  }
  if (f.code !== '190') return f.code;
  const obj = tree.kid(f.trigger, 'obj');
  const heads = tree.isVerb(f.trigger) ? (obj >= 0 ? [contentOf(tree, obj)] : []) : [f.trigger];
  for (const head of heads)
    for (const k of tree.kidsBy(head, 'compound', 'amod')) {
      for (const word of tree.conjuncts(k)) {
        const code = WEAPON_CODES.get(tree.lemma(word));
        if (code) return code;
      }
    }
  return f.code;
}

const TAKING = new Set(['capture', 'seize', 'take', 'overrun', 'recapture', 'retake']);

/** A town, region or district the gazetteer knows, named by the word (not a country: "seized Iran"). */
function isTerritory(tree: SentenceTree, k: number): boolean {
  const token = tree.token(k);
  return tree.doc.places.some(
    (p) => p.start <= token.start && token.end <= p.end && (p.kind === 'city' || p.kind === 'region'),
  );
}

/**
 * The code of forces arriving somewhere: peacekeeping (074) when they are peacekeepers, else a
 * deployment (154); null when the subject is no armed force. The subject may be named through
 * what it is made of ("a contingent of Kenyan peacekeepers", "a battalion of troops").
 */
function forcesArriving(tree: SentenceTree, verb: number): string | null {
  const subject = arrivingSubject(tree, verb);
  if (subject < 0) return null;
  const of = tree.kidsBy(subject, 'nmod').find((k) => tree.caseOf(k) === 'of');
  const armed = (k: number) => lemmaIn(tree, k, MILITARY_HEADS) || lemmaIn(tree, k, PEACEKEEPERS);
  const noun = armed(subject) ? subject : of !== undefined && armed(of) ? of : -1;
  if (noun < 0) return null;
  const words = [noun, ...tree.kidsBy(noun, 'compound', 'amod')];
  return words.some((k) => lemmaIn(tree, k, PEACEKEEPERS)) ? '074' : '154';
}

const PEACEKEEPERS = WORDS.peacekeeping;

/** Who arrives: the verb's subject, or the one of the word it completes ("troops are due to arrive"). */
function arrivingSubject(tree: SentenceTree, verb: number): number {
  const subject = tree.kid(verb, 'nsubj');
  if (subject >= 0) return subject;
  // (The parser may hang the to-clause of "due" as an adverbial clause.)
  const head = tree.head(verb);
  const completes =
    tree.rel(verb) === 'xcomp' || (tree.rel(verb) === 'advcl' && tree.token(head).upos === 'ADJ');
  return completes ? tree.kid(head, 'nsubj', 'nsubj:pass') : -1;
}

/** The code of aid arriving somewhere (07x by kind), or null when the subject is no aid. */
function aidArriving(
  tree: SentenceTree,
  verb: number,
  synsets: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  const subject = arrivingSubject(tree, verb);
  if (subject < 0) return null;
  const of = tree.kidsBy(subject, 'nmod').find((k) => tree.caseOf(k) === 'of');
  const kinds: [string, string][] = [
    ['@MILAID', '072'],
    ['@HUMAID', '073'],
    ['@AID', '070'],
  ];
  for (const noun of of === undefined ? [subject] : [of, subject])
    for (const [set, code] of kinds) if (synsets.get(set)?.has(tree.lemma(noun))) return code;
  return null;
}

/** Seizing, blockading and striking happen at the place they take or hit ("seized the town of Nyabibwe"). */
function objectPlace(tree: SentenceTree, f: Found): number | null {
  if (!OBJECT_PLACE_CODES.some((c) => f.code.startsWith(c)) || !tree.isVerb(f.trigger)) return null;
  const obj = describedThing(tree, f.trigger, tree.kid(f.trigger, 'obj'));
  if (obj < 0) return null;
  // ("set fire to the oil terminal in the port of Novorossiysk": or what the act is done to.)
  const aimedAt = tree.kidsBy(f.trigger, 'obl').filter((k) => AIMED_CASES.has(tree.caseOf(k)));
  const covered = [obj, ...aimedAt].flatMap((k) => tree.subtree(k)).map((i) => tree.token(i));
  const index = tree.doc.places.findIndex(
    (p) => p.kind !== 'country' && covered.some((t) => t.start >= p.start && t.end <= p.end),
  );
  return index >= 0 ? index : null;
}

const OBJECT_PLACE_CODES = ['190', '191', '192', '193', '194', '195', '171', '1245'];
const AIMED_CASES = new Set(['to', 'on', 'at', 'against']);

/**
 * "…have fled to Tawila, where U.N. agencies distributed food": an act in a where-clause happens
 * at the place the clause describes, not at another the sentence names.
 */
function wherePlace(tree: SentenceTree, trigger: number): number | null {
  let clause = trigger;
  while (clause >= 0 && ['conj', 'xcomp'].includes(tree.rel(clause))) clause = tree.head(clause);
  if (clause < 0 || tree.deprel(clause) !== 'acl:relcl') return null;
  if (!tree.kidsBy(clause, 'advmod').some((k) => tree.lemma(k) === 'where')) return null;
  const noun = tree.token(tree.head(clause));
  const index = tree.doc.places.findIndex(
    (p) => p.kind !== 'country' && p.start <= noun.start && noun.end <= p.end,
  );
  return index >= 0 ? index : null;
}

/** The last city of `country` named in the two sentences before `sentence`, or null. */
function cityJustBefore(doc: Doc, sentence: number, country: string | null): number | null {
  if (!country) return null;
  for (let i = doc.places.length - 1; i >= 0; i--) {
    const p = doc.places[i];
    if (p.sentence >= sentence || p.sentence < sentence - 2) continue;
    if (p.kind === 'city' && p.country === country) return i;
  }
  return null;
}

/** Force aimed at a place happens there ("struck Kherson", "attacks on Kyiv"). */
function placeOf(doc: Doc, span: Span | null): number | null {
  if (!span) return null;
  const index = doc.places.findIndex((p) => p.start < span.end && span.start < p.end && p.kind !== 'country');
  return index >= 0 ? index : null;
}

function assertedUnlessNegated(reading: ReturnType<typeof factualityOf>): ReturnType<typeof factualityOf> {
  return reading.value === 'negated' ? reading : { value: 'asserted', cue: null };
}

/**
 * An act of force denied with no one named ("no shots were fired") is denied of the side that
 * first used force in the story; the target is left to the story, as for any act without one.
 */
function bySide(f: Found, story: StoryMemory): Found {
  const side = story.firstToUseForce();
  return side ? changed(f, { sources: [side] }) : f;
}

/** One (source, target) pair per member; both directions for reciprocal events; no self-pairs. */
function pairs(f: Found): [Participant, Participant | null][] {
  const out: [Participant, Participant | null][] = [];
  if (f.reciprocal) {
    for (const a of f.sources) for (const b of f.sources) if (a.actor !== b.actor) out.push([a, b]);
    return out;
  }
  for (const s of f.sources) {
    // An actor does not act on itself; "its positions" read as the actor's own leaves the target open.
    const others = f.targets.filter((t) => t.actor !== s.actor);
    if (others.length === 0) out.push([s, null]);
    for (const t of others) out.push([s, t]);
  }
  return out;
}

/**
 * "troops fired 30 rockets and 90 drones, most of them intercepted": missiles fired
 * at no named target by a side the story has already told attacking someone are more of that
 * attack (195 on the same target), not a show of force (150, "fired missiles into the sea").
 */
function salvoOfAttack(tree: SentenceTree, f: Found, story: StoryMemory): Found {
  if (f.code !== '150' || f.targets.length > 0 || f.sources.length === 0) return f;
  if (!SALVO_VERBS.has(tree.lemma(f.trigger))) return f;
  const victim = story.victimOf(f.sources[0].actor);
  return victim ? changed(f, { code: '195', targets: [victim], rule: `${f.rule}+salvo` }) : f;
}

const SALVO_VERBS = new Set(['fire', 'launch']);

/** A mediator with no named target acts between the two sides the story is about. */
function withSides(
  doc: Doc,
  f: Found,
  list: [Participant, Participant | null][],
): [Participant, Participant | null][] {
  if (!MEDIATION.has(f.code)) return list;
  return list.flatMap(([source, given]): [Participant, Participant | null][] => {
    if (given !== null) return [[source, given]];
    const sides = mainParties(doc).filter(
      (p) => p.actor !== source.actor && !selfPair(doc, source.actor, p.actor),
    );
    return sides.length === 2 ? sides.map((side) => [source, side]) : [[source, null]];
  });
}

/**
 * "the parliament asked the president to act", "the premier discussed it with his defence
 * minister": an appeal or consultation whose addressee (its object, or its with-partner) is of
 * the same side is domestic, and names its target; no other party of the story stands in. (An
 * appeal "for access to its fishermen" names only whom it concerns, so the story says whom it
 * is made to.)
 */
function addressesOwnSide(tree: SentenceTree, f: Found, source: number, given: Participant): boolean {
  if (!ADDRESSED_ROOTS.has(f.code.slice(0, 2)) || !selfPair(tree.doc, source, given.actor)) return false;
  // The parser often reads "urged President X to…" with X as an indirect object.
  const partners = [
    ...tree.kidsBy(f.trigger, 'obj', 'iobj'),
    ...tree.kidsBy(f.trigger, 'obl').filter((k) => tree.caseOf(k) === 'with'),
  ];
  return partners.some((k) => {
    const token = tree.token(k);
    return given.span.start <= token.start && token.end <= given.span.end;
  });
}

/** `given` is the place a verb of travel goes to ("flew to Moscow", "flew back to Moscow"). */
function isDestination(tree: SentenceTree, f: Found, given: Participant): boolean {
  const { tokenStart, tokenEnd } = tree.sentence;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const token = tree.token(k);
    if (token.start < given.span.start || token.end > given.span.end) continue;
    if (tree.caseOf(k) === 'to' && tree.dominates(f.trigger, k)) return true;
  }
  return false;
}

/** Appeals and consultations: acts addressed to someone. */
const ADDRESSED_ROOTS = new Set(['02', '04']);

/** Verbs of bringing charges, which take a person to court but accuse a state. */
const CHARGING = new Set(['charge', 'indict']);

/** A state named as such ("Britain"), not its government, forces or people ("two Egyptian citizens"). */
function namedState(doc: Doc, p: Participant): boolean {
  const a = doc.actors[p.actor];
  if (a?.type !== 'state' || a.sector) return false;
  // ("its neighbour", standing for a state named before, is that state.)
  if (NEIGHBOURS.has(doc.slice(p.span).toLowerCase())) return true;
  return doc.mentions.some((m) => m.start === p.span.start && m.end === p.span.end && m.kind === 'state');
}

/**
 * A state's own civilians are the target of what it does to them by force ("police fired on
 * protesters") but not of what it says or does about them abroad ("summoned the envoy to protest
 * the killing of two villagers").
 */
function ownPeople(doc: Doc, source: number, target: number, code: string): boolean {
  const a = doc.actors[source];
  const b = doc.actors[target];
  return (
    a.country !== null &&
    a.country === b.country &&
    stateSide(a.sector) &&
    b.sector === 'CVL' &&
    // (Nor is a threat of such force against them: "threatened to impose a curfew in the city".)
    !['13', '17', '18', '19', '20'].includes(code.slice(0, 2)) &&
    // (Easing a curfew or an emergency at home is aimed at the people it held.)
    !code.startsWith('081')
  );
}

/**
 * "Myanmar's military carried out air strikes on a village in Sagaing region": an attack in the
 * attacker's own state, in its own clause, with no one named, is aimed at a side in that state
 * (an armed group the story names, "the army struck RSF positions"), never at a foreign state
 * the story names (China, named later as the junta's backer, was taken for its target).
 */
function homeSide(
  tree: SentenceTree,
  f: Found,
  code: string,
  source: Participant,
  place: number | null,
  stand: Participant | null,
  res: CoderResources,
): Participant | null {
  // ("Gangs attacked a police station in the capital" in a Haiti story filed from Nairobi: a
  // state's own gangs or rebels attacking no one named attack no foreign state the story names;
  // what they attacked stands for their own.)
  const attacker = tree.doc.actors[source.actor];
  const standing = stand ? tree.doc.actors[stand.actor] : undefined;
  if (
    ATTACK_ROOTS.has(code.slice(0, 2)) &&
    attacker?.org === null &&
    (attacker.sector === 'CRM' || attacker.sector === 'REB') &&
    standing?.org === null &&
    (standing.sector === null || standing.sector === 'GOV') &&
    standing.country !== attacker.country
  ) {
    const hit = tree.kid(f.trigger, 'obj');
    if (hit < 0 || !attacker.country) return null;
    let { start, end } = tree.token(hit);
    for (let k = tree.sentence.tokenStart; k < tree.sentence.tokenEnd; k++)
      if (tree.dominates(hit, k)) {
        start = Math.min(start, tree.doc.tokens[k].start);
        end = Math.max(end, tree.doc.tokens[k].end);
      }
    return { actor: res.states.state(attacker.country, null), span: { start, end } };
  }
  if (!stand || !attackAtHome(tree, f, code, source, place)) return stand;
  const a = tree.doc.actors[stand.actor];
  const own = tree.doc.actors[source.actor]?.country;
  return a && a.org === null && a.country !== own ? null : stand;
}

function attackAtHome(
  tree: SentenceTree,
  f: Found,
  code: string,
  source: Participant,
  place: number | null,
): boolean {
  if (place === null || !ATTACK_ROOTS.has(code.slice(0, 2))) return false;
  const where = tree.doc.places[place];
  const own = tree.doc.actors[source.actor]?.country;
  if (!where.country || where.country !== own || where.kind === 'country') return false;
  const clause = clauseOfAct(tree, f);
  const at = tokenStartingAt(tree.doc, where.start);
  if (!placeInClause(tree, f, where)) return false;
  // (Not a place of another clause inside it: "officers, who seized power in Cairo, closed the border".)
  for (let h = tree.head(at), steps = 0; h >= 0 && h !== clause && steps < 12; h = tree.head(h), steps++)
    if (tree.isVerb(h)) return false;
  return true;
}

/** The clause of the act: its verb, or the verb above an event noun. */
function clauseOfAct(tree: SentenceTree, f: Found): number {
  return tree.isVerb(f.trigger) ? f.trigger : tree.head(f.trigger);
}

/** The place is named inside the act's own clause. */
function placeInClause(tree: SentenceTree, f: Found, where: Span): boolean {
  const clause = clauseOfAct(tree, f);
  const at = tokenStartingAt(tree.doc, where.start);
  return clause >= 0 && at >= 0 && tree.dominates(clause, at);
}

/**
 * "Israeli air strikes killed 25 people across the Gaza Strip": an attack with no one named as
 * its target falls on the state of the place where it happened, when that is not the attacker's
 * own (the story's other main party is no better guess).
 */
function placeHit(
  tree: SentenceTree,
  f: Found,
  code: string,
  source: Participant,
  place: number | null,
  res: CoderResources,
): Participant | null {
  if (place === null || !ATTACK_ROOTS.has(code.slice(0, 2))) return null;
  const { doc } = tree;
  const where = doc.places[place];
  const own = doc.actors[source.actor]?.country;
  if (!where.country || !own || where.country === own) return null;
  // Only a place in the attack's own clause ("held talks in Cairo as Israeli strikes killed 30
  // across the territory" does not put the strikes in Cairo).
  if (!placeInClause(tree, f, where)) return null;
  return { actor: res.states.state(where.country, null), span: { start: where.start, end: where.end } };
}

/** Where a gathering is held: `gathering-place` in word-roles.tsv (its nouns). */
const GATHERINGS = WORDS['gathering-place'];

/** `noun` names a government or officials the mentions stage could place in no one state. */
function unplacedOfficials(tree: SentenceTree, index: MentionIndex, noun: number): boolean {
  // ("recalled its ambassador": one's own official, whom the story's other side hosts.)
  if (tree.kid(noun, 'nmod:poss') >= 0) return false;
  const mention = index.mentionAt(noun);
  const actor = mention ? tree.doc.actors[mention.actor] : undefined;
  return actor !== undefined && actor.sector === 'GOV' && !codable(tree.doc, mention?.actor ?? -1);
}

/**
 * The gathering's of-phrase names a body its convener calls its own ("of his cabinet", "of its
 * council"), or a common noun of such a body qualifies it ("a national security council meeting",
 * "an emergency cabinet session"; not a named one: "a UN Security Council meeting").
 */
function ofOwnBody(tree: SentenceTree, gathering: number): boolean {
  const ofOwn = tree
    .kidsBy(gathering, 'nmod')
    .some(
      (k) =>
        tree.caseOf(k) === 'of' && tree.kidsBy(k, 'nmod:poss').some((p) => OWN_PRONOUNS.has(tree.lemma(p))),
    );
  return ofOwn || tree.kidsBy(gathering, 'compound', 'amod').some((k) => ownBodyNoun(tree, k));
}

/** A common noun of a state's own body, with no proper name among its compounds. */
function ownBodyNoun(tree: SentenceTree, word: number): boolean {
  if (!OWN_BODIES.has(tree.lemma(word)) || tree.token(word).upos === 'PROPN') return false;
  return !tree.kidsBy(word, 'compound', 'amod').some((k) => tree.token(k).upos === 'PROPN');
}

const OWN_BODIES = WORDS['own-body'];

const OWN_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'he', 'she', 'it', 'they']);

/**
 * "Hungary and Slovakia had blocked the package for weeks, demanding guarantees": a saying told
 * as a participle of the same side's act, naming no one, is aimed where that act was.
 */
function aimOfAct(
  tree: SentenceTree,
  f: Found,
  source: number,
  actTargets: ReadonlyMap<string, Participant | null>,
): Participant | null {
  if (!SPEECH_ROOTS.has(f.code.slice(0, 2)) || tree.token(f.trigger).xpos !== 'VBG') return null;
  if (tree.rel(f.trigger) !== 'advcl') return null;
  return actTargets.get(`${tree.head(f.trigger)}:${source}`) ?? null;
}

/**
 * "The UAE, which Khartoum accuses of arming the RSF, has denied supplying the group": a denier
 * described as accused denies to its accuser (not to whom it is said to have helped or hit).
 */
function accuserOfDenier(
  tree: SentenceTree,
  f: Found,
  source: number,
  res: CoderResources,
  index: MentionIndex,
): Participant | null {
  const denier = tree.kid(f.trigger, 'nsubj');
  if (denier < 0) return null;
  for (const clause of tree.kidsBy(denier, 'acl:relcl')) {
    if (!WORDS.claiming.has(tree.lemma(clause))) continue;
    const accuser = tree.kid(clause, 'nsubj');
    // ("…, which accuses Khartoum of…": the denier is then the accuser.)
    if (accuser < 0 || tree.token(accuser).upos === 'PRON') continue;
    const found = otherSide(tree, index, res, source, accuser);
    if (found) return found;
  }
  return null;
}

/** The first codable actor of `noun` on no side of `source`, or null. */
function otherSide(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  source: number,
  noun: number,
): Participant | null {
  const { doc } = tree;
  return (
    participantsOf(tree, index, res.states, noun).find(
      (p) => codable(doc, p.actor) && p.actor !== source && !selfPair(doc, source, p.actor),
    ) ?? null
  );
}

/**
 * "Congo has long accused Rwanda of arming the M23, a charge Kigali denies": a denial of the
 * charge set beside an accusation is aimed at the accuser, whoever the story is most about.
 */
function accuserOfCharge(
  tree: SentenceTree,
  f: Found,
  source: number,
  res: CoderResources,
  index: MentionIndex,
): Participant | null {
  if (f.code !== '016') return null;
  const accused = accuserOfDenier(tree, f, source, res, index);
  if (accused || tree.deprel(f.trigger) !== 'acl:relcl') return accused;
  const charge = tree.head(f.trigger);
  if (charge < 0 || tree.rel(charge) !== 'appos' || !CHARGES.has(tree.lemma(charge))) return null;
  // (The parser may hang the charge on the accusation's last noun: "arming the M23, a charge…".)
  let accusing = tree.head(charge);
  for (let steps = 0; accusing >= 0 && steps < 4 && !WORDS.claiming.has(tree.lemma(accusing)); steps++)
    accusing = tree.head(accusing);
  if (accusing < 0 || !WORDS.claiming.has(tree.lemma(accusing))) return null;
  const subject = tree.kid(accusing, 'nsubj');
  return subject < 0 ? null : otherSide(tree, index, res, source, subject);
}

/** Nouns that name a charge made against someone. */
const CHARGES = new Set(['charge', 'allegation', 'accusation', 'claim']);

/** Whom an act with no actor as target was aimed at ("condemned the launch"): see counterpart.ts. */
function counterpart(
  tree: SentenceTree,
  f: Found,
  source: number,
  story: StoryMemory,
  res: CoderResources,
  index: MentionIndex,
): Participant | null {
  const root = f.code.slice(0, 2);
  if (!DIRECTED_ROOTS.has(root)) return null;
  // "warned of famine", "warned that new attacks were likely": a gloomy forecast is aimed at no one.
  if (f.code === '012' && tree.lemma(f.trigger) === 'warn') return null;
  // "declined to comment": no comment is addressed to anyone.
  if (f.code === '011') return null;
  // "warned they would restore sanctions if Iran did not cooperate": a threat, or a measure it
  // holds out, is aimed at whoever must meet the condition.
  if (root === '13' || (FORCE_OR_SANCTION.has(root) && f.liftedFrom === undefined)) {
    const conditioned = conditionedActor(tree, f.trigger, source, res, index, story);
    if (conditioned) return conditioned;
  }
  // "Hezbollah rejected a government plan to disarm the group": a thing of "the government" named
  // by a bare compound is that of the source's own state.
  const bodyOwned = bodyCompound(tree, tree.kid(f.trigger, 'obj'));
  const home = tree.doc.actors[source]?.country;
  if (bodyOwned && home && GROUPS_APART.has(tree.doc.actors[source]?.sector ?? ''))
    return { actor: res.states.state(home, bodyOwned), span: tree.token(tree.kid(f.trigger, 'obj')) };
  // "urged the government to release Machar and return to dialogue": talks joined to an act on
  // someone are with that one.
  if (root === '04') {
    const joined = jointObject(tree, index, f.trigger, source);
    if (joined) return joined;
  }
  // "attacked themselves": the act names its target, the actor itself, which is no counterpart.
  const acted = tree.kid(f.trigger, 'obj');
  if (acted >= 0 && REFLEXIVES.has(tree.lemma(acted))) return null;
  // "accused European governments of…", "urged Western officials to…": the act names officials of
  // several states or of none known; no party of the story stands in for them.
  if (acted >= 0 && unplacedOfficials(tree, index, acted)) return null;
  // "demanded that its allies send arms", "urged its partners to act": the act
  // names whom it is aimed at by relation alone; no other party of the story stands in.
  // ("stood with its ally": a phrase with "with", "by" or "behind" names whom too.)
  const addressed = [
    acted,
    ...tree
      .kidsBy(f.trigger, 'ccomp', 'iobj')
      .map((k) => (tree.rel(k) === 'iobj' ? k : tree.kid(k, 'nsubj'))),
    ...tree.kidsBy(f.trigger, 'obl').filter((k) => SIDING_CASES.has(tree.caseOf(k))),
  ];
  if (addressed.some((k) => k >= 0 && lemmaIn(tree, k, RELATION_NOUNS))) return null;
  // "would impose sanctions on anyone who undermined the peace process": aimed at whoever may do
  // it, no one yet; no party of the story stands in.
  const aimed = [acted, ...tree.kidsBy(f.trigger, 'obl'), ...(acted >= 0 ? tree.kidsBy(acted, 'nmod') : [])];
  // ("free to sell its uranium to any buyer": "any" one is no one yet either.)
  // ("vowed to punish those responsible", "hunt down the perpetrators": doers the story does not
  // know are no party of it.)
  const indefinite = (k: number) =>
    INDEFINITES.has(tree.lemma(k)) ||
    UNKNOWN_DOERS.has(tree.lemma(k)) ||
    (THOSE.has(tree.lemma(k)) && tree.kids(k).some((r) => tree.lemma(r) === 'responsible')) ||
    (ANY_ONE.has(tree.lemma(k)) && tree.kidsBy(k, 'det').some((d) => tree.lemma(d) === 'any'));
  const wanted = tree.kidsBy(f.trigger, 'xcomp').map((k) => tree.kid(k, 'obj'));
  if ([...aimed, ...wanted].some((k) => k >= 0 && indefinite(k))) return null;
  // ("ordered an investigation", "vows probe": one's own inquiry into nothing named is aimed at no
  // one yet; not a demand or appeal for one, which is made of someone.)
  const ownInquiry = root !== '10' && root !== '02' && acted >= 0 && INQUIRIES.has(tree.lemma(acted));
  if (ownInquiry && tree.kidsBy(acted, 'nmod').length === 0) return null;
  // "opened a case against the vessel's operator", "sued the company": aimed at a business, which
  // is no party of the story; none stands in.
  if (aimedAtBusiness(tree, f.trigger, acted)) return null;
  // "accused ExxonMobil of stoking the dispute": a name the knowledge base does not know is still
  // whom the act names; no party of the story stands in for it.
  if (acted >= 0 && unknownName(tree, index, acted)) return null;
  // "soldiers escorted a fuel convoy", "a convoy escorted by the army": whose convoy is guarded
  // the act does not say; no party of the story stands in.
  const guarded = acted >= 0 ? acted : tree.rel(f.trigger) === 'acl' ? tree.head(f.trigger) : -1;
  if (guarded >= 0 && f.code === '074' && WORDS.guarding.has(tree.lemma(f.trigger))) return null;
  // "the junta, which seized power in 2022": a coup is taken within the taker's own state; no
  // party of the story stands in as its target.
  if (acted >= 0 && WORDS.power.has(tree.lemma(acted))) return null;
  // "The Arab League held an emergency meeting", "ECOWAS leaders will hold a summit": a body of
  // states meeting with no partner named meets among its members; no party of the story stands in.
  if (
    root === '04' &&
    tree.doc.actors[source]?.org &&
    tree.doc.actors[source]?.code?.startsWith('IGO') &&
    acted >= 0 &&
    GATHERINGS.has(tree.lemma(acted))
  )
    return null;
  // "convened an emergency meeting of his national security council": a body of the actor's own
  // meets; no party of the story stands in.
  if (root === '04' && acted >= 0 && GATHERINGS.has(tree.lemma(acted)) && ofOwnBody(tree, acted)) return null;
  const { doc, sentence } = tree;
  const partners = new Set(f.sources.map((s) => s.actor));
  const disapproving = DISAPPROVING_ROOTS.has(root) || f.code === '012' || f.code === '016';
  const obj = contentOf(tree, f.about >= 0 ? f.about : tree.kid(f.trigger, 'obj'));
  // "praised the visit", "condemned the launch", "rejected the sanctions": aimed at whoever
  // made the visit, the launch or the sanctions the story told of.
  // ("condemned the abduction" after "gunmen kidnapped…": the same act under another name.)
  // ("lodged a protest": the object is the act itself, no one else's; "rejected the protest" is
  // still aimed at whoever protested.)
  const ownAct = OWN_ACT_NOUNS.has(tree.lemma(obj)) && PERFORMING.has(tree.lemma(f.trigger));
  if (obj >= 0 && !ownAct) {
    // (Any of its codes, those for any object first: "assault" is 190, and 182 only "on
    // protesters"; "expulsion" is 174, and 166 of diplomats.)
    const rows = (res.lexicon.nouns.get(tree.lemma(obj)) ?? []).filter(
      (r) => r.words.length === 1 && r.code !== null,
    );
    const open = rows.filter((r) => r.preps.every((p) => p.lemmas === null));
    const codes = [...open, ...rows.filter((r) => !open.includes(r))].map((r) => r.code ?? '');
    const doer =
      story.doerOf(tree.lemma(obj), source, codes, aimOfNoun(tree, obj)) ??
      (disapproving && tree.kid(obj, 'det') >= 0 ? ownerOfNamed(tree, res, index, obj, source) : null);
    if (doer && !partners.has(doer.actor)) return doer;
  }
  // "condemned the decision to drop the tariffs": aimed at whoever the story told dropping them (or
  // doing the same kind of thing under another verb: "will lift the tariffs").
  const decided = obj >= 0 && REFERENTIAL.has(tree.lemma(obj)) ? tree.kid(obj, 'acl') : -1;
  if (decided >= 0 && tree.isVerb(decided)) {
    const doer = story.doerOf(tree.lemma(decided), source, complementCode(tree, res, decided));
    if (doer && !partners.has(doer.actor)) return doer;
  }
  // "rejected the report" after "the agency said in a confidential report": aimed at whoever the
  // story told issuing it.
  if (obj >= 0 && STATEMENT_NOUN_WORDS.has(tree.lemma(obj)) && tree.kid(obj, 'det') >= 0) {
    const issuer = issuerOf(tree, index, res, obj, source);
    if (issuer && !partners.has(issuer.actor)) return issuer;
  }
  // "criticised the decision", "oppose the move", "vetoed a suggested embargo", "welcomed the
  // decision": aimed at whoever just decided, moved or proposed.
  if (
    (disapproving || root === '05' || f.code === '129') &&
    obj >= 0 &&
    (REFERENTIAL.has(tree.lemma(obj)) || f.code === '129')
  ) {
    const author = story.author(source, sentence.index, partners, DEED_NOUNS.has(tree.lemma(obj)));
    if (author && !partners.has(author.actor)) return author;
  }
  // "JNIM claimed the attack": aimed at whom the claimed attack hit. So is a truce or pullback
  // in a sentence that names no other party ("the group said it would observe a ceasefire"): it
  // ends the fighting the story told.
  const truce = f.code.startsWith('087') || (f.code === '035' && f.liftedFrom !== undefined);
  if (f.code === '015' || (truce && !namesOtherParty(doc, sentence.index, source))) {
    const hit = story.victimOf(source);
    if (hit && !partners.has(hit.actor)) return hit;
  }
  // "called on the authorities to release those held": a release frees whom that side took.
  if (f.code === '0841') {
    const held = story.heldBy(source);
    if (held && !partners.has(held.actor)) return held;
  }
  // "demanded their immediate release": aimed at whoever holds them.
  if (RELEASE_DEMANDS.has(f.code)) {
    const captor = story.captor(source);
    if (captor && !partners.has(captor.actor)) return captor;
  }
  // "the army said its jets bombed positions, killing dozens of gunmen": a state's attack
  // with no target named hits the armed group the story is about.
  if (ATTACK_ROOTS.has(root) && stateSide(doc.actors[source]?.sector ?? null)) {
    const group = story.aggressor();
    const a = group ? doc.actors[group.actor] : undefined;
    if (
      group &&
      a?.org &&
      a.type !== 'state' &&
      !partners.has(group.actor) &&
      !selfPair(doc, source, group.actor)
    )
      return group;
  }
  // "The Houthis vowed to retaliate" after "the United States and Britain struck Houthi targets":
  // retaliation with no party named answers whoever the story last told attacking the avenger.
  // (So is the threat that names it: "vowed to retaliate".)
  const retaliating =
    RETALIATION.has(tree.lemma(f.trigger)) ||
    tree.kidsBy(f.trigger, 'xcomp').some((k) => RETALIATION.has(tree.lemma(k)));
  if (retaliating) {
    const attacker = story.attackerOf(source);
    if (attacker && !partners.has(attacker.actor)) return attacker;
  }
  // "urged … to press Israel to stop its attacks and withdraw from positions it holds": halting
  // or pulling back is aimed at the state the side's attacks in the story hit, not at whoever
  // urges it.
  if (f.code.startsWith('087') && f.liftedFrom === undefined) {
    const hit = story.victimOf(source, true);
    if (hit && !partners.has(hit.actor) && !selfPair(doc, source, hit.actor)) return hit;
  }
  // "Hezbollah said it had attacked the base" after "Hezbollah fired rockets at a military base in
  // the Galilee": an attack with no party named hits whom the story told the same side hitting.
  if (ATTACK_ROOTS.has(root)) {
    const hit = story.victimOf(source);
    if (hit && !partners.has(hit.actor) && !selfPair(doc, source, hit.actor)) return hit;
  }
  // "The U.S. ambassador condemned China's actions. Japan and Australia also expressed concern":
  // an act done "also" answers whom the act just told was aimed at.
  if (tree.kidsBy(f.trigger, 'advmod').some((k) => ALSO.has(tree.lemma(k)))) {
    const same = story.lastTarget(sentence.index, root);
    if (same && !partners.has(same.actor) && !selfPair(doc, source, same.actor)) return same;
  }
  const blamed = disapproving ? story.aggressor() : null;
  const notSides = new Set([
    ...partners,
    // (A meeting or praise may well be with the go-between: "Iran welcomed the role of our Omani
    // brothers", "said after the meeting" with the Omani minister.)
    ...(root === '04' || root === '05' ? [] : story.mediators()),
    ...backersOfSources(tree, f),
    ...partnersOfAct(tree, f.trigger),
    ...(SPEECH_ROOTS.has(root) || stateSide(doc.actors[source]?.sector ?? null)
      ? []
      : monitorsReporting(tree, index, f.trigger)),
  ]);
  notSides.delete(source);
  // "protested to the UN about drone strikes": an international body is the addressee of
  // the story, hardly ever the unnamed target of force.
  // (Nor is a monitor or a news outlet of its own that reports the attack; a state's media are
  // its state, which may well be the target.)
  if (ATTACK_ROOTS.has(root))
    doc.actors.forEach((a, i) => {
      // (Nor is an international body's envoy: "the UN envoy" is a person coded IGOUNO.)
      if (
        a.sector === 'IGO' ||
        a.code?.startsWith('IGO') ||
        (a.org !== null && (a.sector === 'NGO' || a.sector === 'MED'))
      )
        notSides.add(i);
    });
  // "made a statement in Doha": where a statement was made is not whom it addresses.
  if (SPEECH_ROOTS.has(root)) for (const actor of placesOfSaying(tree, f.trigger, obj)) notSides.add(actor);
  // ("opposition supporters marched on the election commission": people apart from their state
  // who protest face their own state, not the other side the story is about or a state named in
  // the sentence before, unless their own sentence names one; crowds.ts.)
  // (Nor does a group apart from any state that frees people no party holds: "gangs attacked the
  // town, freeing more than 500 inmates from the local prison".)
  const apart = (root === '14' || f.code === '0841') && !stateSide(doc.actors[source]?.sector ?? null);
  // ("Demonstrators, some waving NATO banners, marched to parliament": what the crowd's own phrase
  // names is theirs, not whom they face.)
  if (apart) {
    const subject = tree.kid(f.trigger, 'nsubj');
    const own = subject >= 0 ? tree.subtree(subject) : [];
    for (const k of own) {
      const m = index.mentionAt(k);
      if (m && m.actor >= 0 && m.actor !== source) notSides.add(m.actor);
    }
  }
  // "will travel to Brussels to meet European Council President Antonio Costa", with the name read
  // as another verb's subject: a meeting with no object meets whom its clause names next, before
  // any comma.
  if (root === '04' && tree.isVerb(f.trigger) && tree.kid(f.trigger, 'obj') < 0) {
    const end = doc.tokens[f.trigger].end;
    const next = doc.mentions.find((m) => m.sentence === sentence.index && m.start >= end);
    if (
      next &&
      !next.quoted &&
      next.kind !== 'pronoun' &&
      !/[,;]/.test(doc.text.slice(end, next.start)) &&
      codable(doc, next.actor) &&
      !notSides.has(next.actor) &&
      !selfPair(doc, source, next.actor)
    )
      return { actor: next.actor, span: next };
  }
  return counterpartOf(doc, sentence.index, source, doc.tokens[f.trigger].start, notSides, blamed, !apart);
}

/**
 * The token is a proper name no mention, place or time expression covers ("ExxonMobil"): someone
 * the knowledge base does not know.
 */
function unknownName(tree: SentenceTree, index: MentionIndex, k: number): boolean {
  const { doc } = tree;
  const token = tree.token(k);
  // (Written with a capital: "ended his march(PROPN) on the capital" is no name.)
  if (token.upos !== 'PROPN' || index.mentionAt(k) !== null || !/^\p{Lu}/u.test(doc.slice(token)))
    return false;
  const covers = (s: { start: number; end: number }) => s.start <= token.start && token.end <= s.end;
  return !doc.places.some(covers) && !doc.timexes.some(covers) && !doc.mentions.some(covers);
}

/** The sector of a bare state-body compound on `noun` ("a government plan"), or null. */
function bodyCompound(tree: SentenceTree, noun: number): string | null {
  if (noun < 0) return null;
  for (const k of tree.kidsBy(noun, 'compound')) {
    const sector = BODY_COMPOUNDS.get(tree.lemma(k));
    if (sector && tree.token(k).upos === 'NOUN') return sector;
  }
  return null;
}

const BODY_COMPOUNDS = new Map([
  ['government', 'GOV'],
  ['army', 'MIL'],
  ['military', 'MIL'],
]);

/** The actor named as object of the verb `trigger` is conjoined to (either way), or null. */
function jointObject(
  tree: SentenceTree,
  index: MentionIndex,
  trigger: number,
  source: number,
): Participant | null {
  const verbs = tree.rel(trigger) === 'conj' ? [tree.head(trigger)] : tree.kidsBy(trigger, 'conj');
  for (const v of verbs) {
    const obj = v >= 0 && tree.isVerb(v) ? tree.kid(v, 'obj') : -1;
    const m = obj >= 0 ? index.mentionAt(obj) : null;
    if (m && m.actor >= 0 && codable(tree.doc, m.actor) && !selfPair(tree.doc, source, m.actor))
      return { actor: m.actor, span: m };
  }
  return null;
}

/** Adverbs by which an act repeats the one told before it. */
const ALSO = new Set(['also', 'too', 'likewise', 'similarly']);

/**
 * "Gangs … attacked the town, freeing more than 500 inmates from the local prison, the U.N. said":
 * an international body or a monitor that reports a non-state group's act (the subject of a
 * saying above it, or of one set beside its clause) only tells of it. (Not a state's act: "Grossi
 * said Tehran had granted access" is access granted to the IAEA; nor a state reporting an act,
 * which may well be its target.)
 */
function monitorsReporting(tree: SentenceTree, index: MentionIndex, trigger: number): number[] {
  const out: number[] = [];
  const sayers = (verb: number) => {
    for (const k of tree.kidsBy(verb, 'nsubj')) {
      const m = index.mentionAt(k);
      const a = m && m.actor >= 0 ? tree.doc.actors[m.actor] : undefined;
      if (m && a?.org && (a.sector === 'IGO' || a.sector === 'NGO' || a.sector === 'MED')) out.push(m.actor);
    }
  };
  let top = trigger;
  for (let h = tree.head(trigger), steps = 0; h >= 0 && steps < 12; h = tree.head(h), steps++) {
    if (WORDS.reporting.has(tree.lemma(h))) sayers(h);
    top = h;
  }
  for (const k of tree.kidsBy(top, 'parataxis')) if (WORDS.reporting.has(tree.lemma(k))) sayers(k);
  return out;
}

/**
 * "carried out an airstrike in coordination with the Somali government": whoever a phrase of
 * partnership on the act names works with the doer, no stand-in target.
 */
function partnersOfAct(tree: SentenceTree, trigger: number): number[] {
  const { doc } = tree;
  const out: number[] = [];
  for (const noun of tree.kidsBy(trigger, 'obl')) {
    if (!WORDS.partnering.has(tree.lemma(noun))) continue;
    for (const partner of tree.kidsBy(noun, 'nmod')) {
      if (tree.caseOf(partner) !== 'with') continue;
      const at = tree.token(partner);
      for (const m of doc.mentions)
        if (m.actor >= 0 && m.start <= at.start && at.end <= m.end) out.push(m.actor);
    }
  }
  return out;
}

/**
 * "Kenyan police, backed by Somali troops, repelled an attack": whoever the source's own
 * phrase names as backing it is on its side, no stand-in target.
 */
function backersOfSources(tree: SentenceTree, f: Found): number[] {
  const { doc } = tree;
  const out: number[] = [];
  for (const p of f.sources) {
    const t = tokenStartingAt(doc, p.span.start);
    if (t < 0) continue;
    let noun = t;
    while (tree.head(noun) >= 0 && tree.token(tree.head(noun)).end <= p.span.end) noun = tree.head(noun);
    for (const k of tree.kidsBy(noun, 'acl')) {
      if (!BACKING_VERBS.has(tree.lemma(k)) || tree.token(k).xpos !== 'VBN') continue;
      for (const agent of tree.kidsBy(k, 'obl:agent', 'obl')) {
        const at = tree.token(agent);
        for (const m of doc.mentions)
          if (m.actor >= 0 && m.start <= at.start && at.end <= m.end) out.push(m.actor);
      }
    }
  }
  return out;
}

const BACKING_VERBS = new Set([
  'back',
  'support',
  'assist',
  'aid',
  'arm',
  'fund',
  'finance',
  'train',
  'equip',
  'reinforce',
  'join',
]);

/** Referential nouns that name a deed, not a statement ("welcomed the decision"). */
const DEED_NOUNS = new Set(['decision', 'move', 'step', 'measure', 'measures', 'policy']);

/** Pronouns that name no one in particular. */
const INDEFINITES = new Set(['anyone', 'anybody', 'whoever', 'everyone', 'everybody', 'someone', 'somebody']);
/** Nouns of doers the story does not know ("the perpetrators"). */
const UNKNOWN_DOERS = new Set(['perpetrator', 'culprit', 'assailant']);
/** "those" (lemma "that" when read as a determiner) in "those responsible". */
const THOSE = new Set(['those', 'that']);
/** Nouns of an inquiry. */
const INQUIRIES = new Set(['investigation', 'probe', 'inquiry']);
/** Nouns of a party that "any" leaves open ("to any buyer", "any country"). */
const ANY_ONE = new Set([
  'buyer',
  'seller',
  'country',
  'state',
  'nation',
  'party',
  'side',
  'customer',
  'client',
  'one',
]);

/** Prepositions of taking a side ("stood with its ally", "stands behind its partners"). */
const SIDING_CASES = new Set(['with', 'by', 'behind', 'alongside']);

const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself']);
/** Nouns of relation ("allies", "partners"): whom they name depends on whose they are. */
const RELATION_NOUNS = WORDS.relation;
/** Nouns of companies and their people (`business` in word-roles.tsv). */
const BUSINESS_NOUNS = WORDS.business;

/** The act's object, or a phrase "against"/"on" it or its object, is a business ("the operator"). */
function aimedAtBusiness(tree: SentenceTree, trigger: number, acted: number): boolean {
  const aimed = [acted];
  for (const h of [trigger, acted]) {
    if (h < 0) continue;
    for (const k of tree.kidsBy(h, 'obl', 'nmod'))
      if (['against', 'on'].includes(tree.caseOf(k))) aimed.push(k);
  }
  return aimed.some((k) => k >= 0 && lemmaIn(tree, contentOf(tree, k), BUSINESS_NOUNS));
}

/** Nouns that refer back to what someone just did or said. */
const REFERENTIAL = WORDS.referential;

/** Demands, criticism, rejection and threats (with concern and denial): aimed at whoever used force. */
const DISAPPROVING_ROOTS = new Set(['10', '11', '12', '13']);

function evidenceSpan(trigger: Span, source: Span, target: Span | null): Span {
  const spans = [trigger, source, ...(target ? [target] : [])];
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * A "would" on a clause that a verb of saying reports (its ccomp, or the saying hung on it), with
 * no condition, reason, comparison or terms ("under the plan") on that clause: "said it would shut the posts" announces
 * what will be done. ("said a deal was unlikely because Slovakia would veto it" does not.)
 */
function announced(tree: SentenceTree, cue: Span, trigger: number, sources: readonly Participant[]): boolean {
  const would = tokenStartingAt(tree.doc, cue.start);
  const clause = would >= 0 ? tree.head(would) : -1;
  // The event is that clause's own verb, or one joined to it or completing it ("would begin
  // collecting"), not one in a clause below it ("would continue until the group disarmed").
  let own = trigger;
  for (let steps = 0; own !== clause && ['conj', 'xcomp'].includes(tree.rel(own)) && steps < 3; steps++)
    own = tree.head(own);
  if (clause < 0 || own !== clause) return false;
  const above = tree.head(clause);
  const saying =
    tree.rel(clause) === 'ccomp' && above >= 0 && ANNOUNCING.has(tree.lemma(above))
      ? above
      : (tree.kidsBy(clause, 'parataxis').find((k) => ANNOUNCING.has(tree.lemma(k))) ?? -1);
  if (saying < 0 || !saysForItself(tree, saying, sources)) return false;
  const marks = [clause, ...tree.kidsBy(clause, 'advcl')].flatMap((c) => tree.kidsBy(c, 'mark'));
  // ("Under the plan, Hamas would release…": what a proposal provides for is only possible.)
  const underTerms = tree.kidsBy(clause, 'obl').some((k) => tree.caseOf(k) === 'under');
  return !underTerms && !marks.some((m) => !['that', 'to'].includes(tree.lemma(m)));
}

/** The cue is a call or appeal ("called on", "urged") made by the actor itself or its side. */
function ownCall(tree: SentenceTree, cue: Span, sources: readonly Participant[]): boolean {
  const verb = tokenStartingAt(tree.doc, cue.start);
  return verb >= 0 && APPEALING.has(tree.lemma(verb)) && saysForItself(tree, verb, sources);
}

const APPEALING = new Set(['call', 'urge']);

/**
 * The one saying it is the one who acts, or speaks for it ("Chad said it would",
 * "the secretary-general said the alliance's council would convene"): what a third party says an actor would do is
 * a forecast, not an announcement.
 */
function saysForItself(tree: SentenceTree, saying: number, sources: readonly Participant[]): boolean {
  const { doc } = tree;
  // ("condemned the vote and said Israel would…": a conjoined saying shares the subject.)
  let verb = saying;
  while (tree.kid(verb, 'nsubj') < 0 && tree.rel(verb) === 'conj' && tree.head(verb) >= 0)
    verb = tree.head(verb);
  const subject = tree.kid(verb, 'nsubj');
  if (subject < 0) return false;
  const at = tree.token(subject).start;
  const sayer = doc.mentions.find((m) => m.start <= at && at < m.end && m.actor >= 0);
  if (!sayer) return false;
  return sources.some(
    (p) =>
      p.actor === sayer.actor ||
      selfPair(doc, p.actor, sayer.actor) ||
      actorKey(doc, p.actor) === actorKey(doc, sayer.actor),
  );
}

/** Verbs of ordering (word-roles.tsv). */
const ORDERING = WORDS.ordering;

/** Verbs of saying whose reported "would" is the speaker's announcement. */
const ANNOUNCING = WORDS.saying;
