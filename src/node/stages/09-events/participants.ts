/**
 * Who a nominal stands for: the actors of the mention that covers its head token (every member
 * of a compound: "Turkey, Egypt, and Qatar"), or, for a phrase whose head is no actor ("Israeli
 * jets", "a U.S. strike"), the state named by a demonym or state-name modifier.
 */
import type { Doc, Mention, Span } from '../../doc/doc.js';
import { mainParties } from './counterpart.js';
import { antecedent, type Descriptors, type StateGroups } from './descriptors.js';
import { GROUPS_APART } from './sides.js';
import type { SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

export interface Participant {
  readonly actor: number;
  readonly span: Span;
}

/** For each token, the innermost plain mention and the outermost compound that cover it. */
export class MentionIndex {
  private readonly plain: Int32Array;
  private readonly compound: Int32Array;

  constructor(
    private readonly doc: Doc,
    readonly descriptors: Descriptors = new Map(),
    readonly groups: StateGroups = new Map(),
  ) {
    this.plain = new Int32Array(doc.tokens.length).fill(-1);
    this.compound = new Int32Array(doc.tokens.length).fill(-1);
    // Mentions are sorted outer-first, so later (inner) plain mentions overwrite outer ones.
    doc.mentions.forEach((m, index) => {
      const target = m.kind === 'compound' ? this.compound : this.plain;
      for (let t = firstToken(doc, m); t < doc.tokens.length && doc.tokens[t].start < m.end; t++) {
        if (m.kind === 'compound' && target[t] >= 0) continue;
        target[t] = index;
      }
    });
  }

  /** The two parties the article is most about ("both sides"), but `without`; see counterpart.ts. */
  mainParties(without: string | null = null): Participant[] {
    return mainParties(this.doc, without);
  }

  mentionAt(token: number): Mention | null {
    const i = this.plain[token];
    return i >= 0 ? this.doc.mentions[i] : null;
  }

  compoundAt(token: number): Mention | null {
    const i = this.compound[token];
    return i >= 0 ? this.doc.mentions[i] : null;
  }
}

function firstToken(doc: Doc, span: Span): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface StateMaker {
  /** The doc.actors index of a state (creating it when the document has none yet). */
  state(iso3: string, sector: string | null): number;
  /** ISO3 of a demonym or state name used as a modifier ("Israeli", "U.S."), or null. */
  countryOfWord(word: string): string | null;
}

/**
 * The participants a nominal token stands for. Conjoined nominals ("Washington and Tehran")
 * each count; a compound mention gives all its members.
 */
export function participantsOf(
  tree: SentenceTree,
  index: MentionIndex,
  states: StateMaker,
  token: number,
  placeFallback = false,
): Participant[] {
  const out = new ParticipantList();
  // "Fidan hoped to see Araghchi… The two men never met": the last two people named.
  if (isPairOfPeople(tree, token)) {
    const people = lastTwoPeople(tree, token);
    if (people.length === 2) {
      for (const p of people) out.add(p.actor, p.span);
      return out.list;
    }
  }
  // "Senegal and Guinea offered troops, but Bamako accepted troops from neither country": each
  // of the last two other states named.
  if (eitherOfTwo(tree, token)) {
    const named = lastTwoNamed(tree, token, clauseSubjectCountries(tree, token));
    if (named.length === 2) {
      for (const p of named) out.add(p.actor, p.span);
      return out.list;
    }
  }
  // "Niger, Mali and Burkina Faso … talks with the three countries": the last three named.
  const counted = countedSides(tree, token);
  if (counted > 2) {
    const named = lastNamedStates(tree, token, counted);
    if (named.length === counted) {
      for (const p of named) out.add(p.actor, p.span);
      return out.list;
    }
  }
  // "kept in touch with both sides and urged them to…": "them" after "both sides" is both sides.
  // (Not "two gang leaders": two of a group apart from any state are no sides of the story.)
  if (
    (isBothSides(tree, token) && !ofGroupApart(tree, index, token)) ||
    (PLURAL_PRONOUNS.has(tree.lemma(token)) && bothSidesBefore(tree, token) && !besideItsSubject(tree, token))
  ) {
    // "Fidan hosted Iran's foreign minister, and the two discussed…": a bare "the two" is the
    // two just named in its sentence, when it names two sides before it.
    const acting = bareTwo(tree, token)
      ? lastTwoSides(tree, index, states, token)
      : subjectPairBefore(tree, index, token);
    // "accused France and Ukraine of…, charges both countries deny": as a subject, the pair the
    // sentence acted on before, when no pair acted.
    const named =
      acting.length === 2 || !tree.deprel(token).startsWith('nsubj')
        ? acting
        : pairBefore(tree, index, token);
    if (named.length === 2) {
      for (const p of named) out.add(p.actor, p.span);
      return out.list;
    }
    // Both sides are two: in a story that names one party, they are no one known. (Not the
    // one acting on them: "Qatari mediators held talks with both sides".)
    const parties = index.mainParties(actingOn(tree, index, states, token));
    if (parties.length === 2)
      for (const p of parties) out.add(asNamedLevel(tree, states, token, p.actor), tree.token(token));
    return out.list;
  }
  for (const t of tree.conjuncts(token)) {
    // "delegations from Congo and the rebel alliance": a body drawn from several sides is each of them.
    const drawn = drawnFromSeveral(tree, index, states, t);
    if (drawn.length > 1) {
      for (const p of drawn) out.add(p.actor, p.span);
      continue;
    }
    // "Poland's allies", "Iran's enemies": others, named only by their relation to a state;
    // "the ship's Greek operator": a company, which is no state actor.
    if ((RELATION_HEADS.has(tree.lemma(t)) || BUSINESS_HEADS.has(tree.lemma(t))) && !index.mentionAt(t)) {
      const neighbour = namedNeighbour(tree, index, t);
      if (neighbour) out.add(neighbour.actor, neighbour.span);
      continue;
    }
    // "expelled two French embassy employees, accusing them of spying": "them" is who was expelled.
    const antecedent = objectPronounAntecedent(tree, t);
    if (antecedent >= 0) {
      // "froze its participation in the CSTO, accusing it of failing to…": "it", accused as an
      // actor, is the body the thing acted on belongs to, not that thing's owner.
      const inner =
        tree.lemma(t) === 'it'
          ? tree.kidsBy(antecedent, 'nmod').find((k) => tree.deprel(k) === 'nmod')
          : undefined;
      const body = inner === undefined ? [] : participantsOf(tree, index, states, inner);
      const found = body.length > 0 ? body : participantsOf(tree, index, states, antecedent);
      for (const p of found) out.add(p.actor, p.span);
      continue;
    }
    const group = groupMembers(tree, index, t);
    if (group.length > 0) {
      for (const iso3 of group) out.add(states.state(iso3, null), tree.token(t));
      continue;
    }
    const compound = index.compoundAt(t);
    if (compound?.members) {
      const body = sharedBody(tree, states, compound.members);
      for (const m of compound.members) {
        const member = tree.doc.mentions[m];
        const state = body && member.kind === 'state' ? tree.doc.actors[member.actor]?.country : null;
        out.add(body && state ? states.state(state, body) : member.actor, member);
      }
      continue;
    }
    const mention = index.mentionAt(t);
    const placed = mention && mention.actor >= 0 && isPlaced(tree.doc, mention.actor);
    // An unnamed group's state may only have been guessed from context; its possessor is surer.
    const guessed = mention?.kind === 'agent';
    const owner =
      (placed && !guessed) || stateModifierWord(tree, states, t) ? null : possessiveOwner(tree, index, t);
    if (owner) {
      // "his forces", "its army": the forces of the person or body the possessive stands for
      // ("his Saudi counterpart" names its own state and keeps it); "its citizens": a state's
      // own people, a side apart from it.
      const ownerCountry = tree.doc.actors[owner.actor]?.country;
      const people = mention?.kind === 'agent' && tree.doc.actors[mention.actor]?.sector === 'CVL';
      out.add(people && ownerCountry ? states.state(ownerCountry, 'CVL') : owner.actor, owner.span);
      continue;
    }
    if (mention?.members && mention.kind === 'pronoun') {
      // "they" standing for a compound ("Lithuania and Latvia … they").
      for (const m of mention.members) out.add(tree.doc.mentions[m].actor, mention);
      continue;
    }
    // "troops from either country", "officials of both sides": that body of each of the two.
    const ofTwo = bodyOfTwo(tree, index, states, t, mention);
    if (ofTwo.length > 0) {
      for (const actor of ofTwo) out.add(actor, mention ?? tree.token(t));
      continue;
    }
    if (mention && mention.actor >= 0 && placed) {
      out.add(mention.actor, mention);
      // "officials in Egypt and Qatar", "Egypt and Qatar officials": the same body of each state.
      for (const other of otherStatesOfAgent(tree, index, states, t, mention))
        out.add(other.actor, other.span);
      continue;
    }
    // "two French trading firms": a group of no state of its own belongs to the state
    // that modifies it.
    const modifiers = stateModifiers(tree, index, states, t);
    if (modifiers.length > 0) {
      for (const m of modifiers) out.add(m.actor, m.span);
      continue;
    }
    // "the guerrillas", "the junta": a group of no known side that the text names only by its
    // kind stands for the actor of that kind named before.
    const described = describedActor(tree, index, t);
    if (mention && mention.actor >= 0 && !described) {
      out.add(mention.actor, mention);
      continue;
    }
    if (described) {
      out.add(described.actor, described.span);
      continue;
    }
    // "a contingent of troops from Kenya": a body that names no actor is what it is made of.
    const members = COLLECTIVES.has(tree.lemma(t))
      ? tree.kidsBy(t, 'nmod').find((k) => tree.caseOf(k) === 'of')
      : undefined;
    if (members !== undefined) {
      const made = participantsOf(tree, index, states, members, placeFallback);
      for (const p of made) out.add(p.actor, p.span);
      if (made.length > 0) continue;
    }
    // "attacked a fuel convoy escorted by the army": a thing stands for the forces that guard it.
    const guards = guardsOf(tree, index, states, t);
    if (guards.length > 0) {
      for (const p of guards) out.add(p.actor, p.span);
      continue;
    }
    // "withdrew from the Azerbaijani to the Armenian side": a state's adjective standing
    // for a noun left out is that state's side.
    const demonym =
      placeFallback && ['ADJ', 'PROPN'].includes(tree.token(t).upos ?? '')
        ? states.countryOfWord(tree.doc.slice(tree.token(t)))
        : null;
    if (demonym) {
      out.add(states.state(demonym, null), tree.token(t));
      continue;
    }
    // "struck a depot in a border province": a target that is a place stands for its state.
    const place = placefallback(tree, states, t, placeFallback);
    if (place) out.add(place.actor, place.span);
  }
  return out.list;
}

/** The by-agents of a guarding participle on `t` ("a convoy escorted by the army"). */
function guardsOf(tree: SentenceTree, index: MentionIndex, states: StateMaker, t: number): Participant[] {
  for (const participle of tree.kidsBy(t, 'acl')) {
    if (!GUARDING.has(tree.lemma(participle)) || tree.token(participle).xpos !== 'VBN') continue;
    for (const agent of tree.kidsBy(participle, 'obl'))
      if (tree.deprel(agent) === 'obl:agent') return participantsOf(tree, index, states, agent);
  }
  return [];
}

const GUARDING = WORDS.guarding;

/**
 * "The ambassadors of Egypt, Qatar and Turkey": a list that opens with a body of a state named
 * at its end ("ambassadors of Egypt") goes on naming that body of each later state; the sector
 * they share, or null.
 */
function sharedBody(tree: SentenceTree, states: StateMaker, members: readonly number[]): string | null {
  const first = tree.doc.mentions[members[0]];
  const actor = first?.kind === 'agent' ? tree.doc.actors[first.actor] : undefined;
  if (!actor?.country || !stateBody(actor.sector)) return null;
  const last = tree.doc.tokens.findLast((k) => k.end === first.end);
  const named = last ? states.countryOfWord(tree.doc.slice(last)) : null;
  const before = last ? tree.doc.tokens[tree.doc.tokens.indexOf(last) - 1] : undefined;
  const linked = before !== undefined && PHRASE_CASES.has(tree.doc.slice(before).toLowerCase());
  return named === actor.country && linked ? actor.sector : null;
}

/** Sectors of a state's own bodies ("officials", "lawmakers", "police"), not of groups within it. */
function stateBody(sector: string | null): boolean {
  return sector !== null && STATE_BODIES.has(sector);
}

const STATE_BODIES = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'MED', 'SPY']);

/**
 * The other states named with the agent's own, as that body of each: in its "in/from/of" phrase
 * ("officials in Egypt and Qatar" → Qatar's officials too), or joined to the state that modifies
 * its noun ("Egypt and Qatar officials", "South Korea, Japan leaders").
 */
function otherStatesOfAgent(
  tree: SentenceTree,
  index: MentionIndex,
  states: StateMaker,
  t: number,
  mention: Mention,
): Participant[] {
  const actor = tree.doc.actors[mention.actor];
  if (mention.kind !== 'agent' || !actor?.country || !stateBody(actor.sector)) return [];
  const out: Participant[] = [];
  for (const k of tree.kidsBy(t, 'nmod')) {
    if (!PHRASE_CASES.has(tree.caseOf(k))) continue;
    const members = index.compoundAt(k)?.members ?? [];
    const countries = members.map((m) => {
      const a = tree.doc.actors[tree.doc.mentions[m].actor];
      return a?.type === 'state' ? a.country : null;
    });
    if (!countries.includes(actor.country)) continue;
    for (const c of countries)
      if (c && c !== actor.country) out.push({ actor: states.state(c, actor.sector), span: mention });
  }
  for (const k of tree.kidsBy(t, 'compound', 'amod')) {
    const joined = tree.kidsBy(k, 'conj');
    if (joined.length === 0) continue;
    for (const c of [k, ...joined]) {
      const m = index.mentionAt(c);
      const a = m && m.actor >= 0 ? tree.doc.actors[m.actor] : undefined;
      const country = a?.type === 'state' ? a.country : states.countryOfWord(tree.doc.slice(tree.token(c)));
      if (country && country !== actor.country)
        out.push({ actor: states.state(country, actor.sector), span: m ?? tree.token(c) });
    }
  }
  return out;
}

const PHRASE_CASES = new Set(['in', 'from', 'of']);

/** The agent's body of each side an "either"/"both" phrase on it names, as actors; [] if none. */
function bodyOfTwo(
  tree: SentenceTree,
  index: MentionIndex,
  states: StateMaker,
  t: number,
  mention: Mention | null,
): number[] {
  const sector = mention?.kind === 'agent' ? (tree.doc.actors[mention.actor]?.sector ?? null) : null;
  if (!stateBody(sector)) return [];
  // (The phrase may be parsed onto the verb: "took in no soldiers from either nation".)
  const verb = tree.rel(t) === 'obj' ? tree.head(t) : -1;
  const phrases = [
    ...tree.kidsBy(t, 'nmod'),
    ...(verb >= 0 ? tree.kidsBy(verb, 'obl').filter((k) => k > t && tree.caseOf(k) === 'from') : []),
  ];
  // ("the two countries' leaders": a possessive names the two as well.)
  const two = phrases.find(
    (k) =>
      (PHRASE_CASES.has(tree.caseOf(k)) || tree.deprel(k) === 'nmod:poss') &&
      (eitherOfTwo(tree, k) || isBothSides(tree, k)),
  );
  if (two === undefined) return [];
  const sides = participantsOf(tree, index, states, two);
  const countries = sides.map((p) => tree.doc.actors[p.actor]?.country ?? null);
  if (countries.some((c) => c === null)) return [];
  return countries.map((c) => states.state(c as string, sector));
}

/** Participants in the order found, each actor once (-1, no actor, is left out). */
class ParticipantList {
  readonly list: Participant[] = [];
  private readonly seen = new Set<number>();

  add(actor: number, span: Span): void {
    if (actor < 0 || this.seen.has(actor)) return;
    this.seen.add(actor);
    this.list.push({ actor, span });
  }
}

const BUSINESS_HEADS = WORDS.business;
const COLLECTIVES = WORDS.collective;

/**
 * A plural object pronoun of a participle hung on a verb that has its own object ("expelled
 * two employees …, accusing them of spying"): that object. -1 when there is none.
 */
function objectPronounAntecedent(tree: SentenceTree, t: number): number {
  if (!(PLURAL_PRONOUNS.has(tree.lemma(t)) || tree.lemma(t) === 'it') || tree.rel(t) !== 'obj') return -1;
  const verb = tree.head(t);
  if (verb < 0 || !['advcl', 'xcomp', 'conj'].includes(tree.rel(verb))) return -1;
  const main = tree.head(verb);
  const obj = main >= 0 ? tree.kid(main, 'obj') : -1;
  return obj >= 0 && obj !== t ? obj : -1;
}

const RELATION_HEADS = WORDS.relation;

const PLACE_KINDS = new Set(['city', 'region', 'country', 'site']);

/** Prepositions by which an act's noun names whom it is aimed at. */
const AIMING_CASES = new Set(['against', 'on', 'at']);

/**
 * "attacked army positions in South Kivu", "a police station in Kano": a thing of the forces
 * is theirs; the sector its compound names (MIL or COP), or null.
 */
export function forcesOfThing(tree: SentenceTree, t: number): string | null {
  for (const k of tree.kidsBy(t, 'compound')) {
    const sector = FORCES_OF_THING.get(tree.lemma(k));
    if (sector) return sector;
  }
  return null;
}

const FORCES_OF_THING = new Map([
  ['army', 'MIL'],
  ['military', 'MIL'],
  ['troop', 'MIL'],
  ['police', 'COP'],
]);

function placefallback(
  tree: SentenceTree,
  states: StateMaker,
  t: number,
  enabled: boolean,
): Participant | null {
  if (!enabled) return null;
  // (Not when the thing names whom it is aimed at: "an airstrike against Al Shabaab near Jilib".)
  const aimed = tree
    .kidsBy(t, 'nmod')
    .some(
      (k) =>
        AIMING_CASES.has(tree.caseOf(k)) &&
        tree.doc.mentions.some(
          (m) => m.actor >= 0 && tree.token(k).start >= m.start && tree.token(k).end <= m.end,
        ),
    );
  if (aimed) return null;
  // (Not where a source of the report is: "helped the army escort convoys, according to a diplomat
  // in Bamako", with the attribution hung on the object.)
  const all = tree.subtree(t);
  const according = all.some((k) => tree.lemma(k) === 'accord');
  const attributed = according
    ? new Set(
        all.filter((k) => k !== t && tree.caseOf(k).startsWith('accord')).flatMap((k) => tree.subtree(k)),
      )
    : null;
  const tokens = (attributed ? all.filter((k) => !attributed.has(k)) : all).slice(0, 40);
  for (const place of tree.doc.places) {
    if (place.country === null || !PLACE_KINDS.has(place.kind)) continue;
    if (tokens.some((i) => tree.token(i).start >= place.start && tree.token(i).end <= place.end)) {
      return { actor: states.state(place.country, forcesOfThing(tree, t)), span: place };
    }
  }
  return null;
}

/** "the Baltic states", "the Baltics": the members of a group of states named as one. */
function groupMembers(tree: SentenceTree, index: MentionIndex, t: number): readonly string[] {
  if (index.groups.size === 0) return [];
  const lemma = tree.lemma(t).toLowerCase();
  if (!headsOf(index.groups).has(lemma)) return [];
  const alone = index.groups.get(`- ${lemma}`);
  if (alone) return alone;
  for (const k of tree.kidsBy(t, 'compound', 'amod')) {
    const members = index.groups.get(`${tree.doc.slice(tree.token(k))} ${lemma}`);
    if (members) return members;
  }
  return [];
}

const groupHeads = new WeakMap<StateGroups, ReadonlySet<string>>();

/**
 * Every word that can end a group's key ("modifier head"), so that a noun that heads no group
 * ("talks", "minister") is passed over without building keys from its modifiers.
 */
function headsOf(groups: StateGroups): ReadonlySet<string> {
  let heads = groupHeads.get(groups);
  if (!heads) {
    const found = new Set<string>();
    for (const key of groups.keys())
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1))
        found.add(key.slice(space + 1));
    heads = found;
    groupHeads.set(groups, heads);
  }
  return heads;
}

/** "the agency", "the kingdom", "the rebels": the actor named earlier that the noun describes. */
function describedActor(tree: SentenceTree, index: MentionIndex, t: number): Participant | null {
  const descriptor = index.descriptors.get(tree.lemma(t));
  if (!descriptor || !tree.kids(t).some((k) => tree.lemma(k) === 'the')) return null;
  const token = tree.token(t);
  const found = antecedent(tree.doc, descriptor, token.start, tree.sentence.index);
  return found ? { actor: found.actor, span: token } : null;
}

/**
 * "lodged a protest with Albania, charging its neighbour with…": a state's neighbour is the one
 * other state its sentence has named before, when there is just one.
 */
function namedNeighbour(tree: SentenceTree, index: MentionIndex, t: number): Participant | null {
  if (!NEIGHBOURS.has(tree.lemma(t)) || tree.token(t).xpos !== 'NN') return null;
  const owner = possessiveOwner(tree, index, t);
  const { doc, sentence } = tree;
  const own = owner ? doc.actors[owner.actor]?.country : null;
  if (!own) return null;
  const before = tree.token(t).start;
  const others = new Set<number>();
  for (const m of doc.mentions) {
    if (m.sentence !== sentence.index || m.kind !== 'state' || m.actor < 0 || m.end > before) continue;
    const country = doc.actors[m.actor].country;
    if (country && country !== own) others.add(m.actor);
  }
  if (others.size !== 1) return null;
  const token = tree.token(t);
  return { actor: [...others][0], span: { start: token.start, end: token.end } };
}

/** Nouns of the state next door ("its neighbour"). */
export const NEIGHBOURS = new Set(['neighbour', 'neighbor']);

/** The actor a possessive pronoun on an unnamed group stands for ("his forces"). */
function possessiveOwner(tree: SentenceTree, index: MentionIndex, t: number): Participant | null {
  if (!['NOUN'].includes(tree.token(t).upos ?? '')) return null;
  const poss = tree.kidsBy(t, 'nmod:poss').find((k) => tree.token(k).upos === 'PRON');
  if (poss === undefined) return null;
  const mention = index.mentionAt(poss);
  return mention && mention.actor >= 0 ? { actor: mention.actor, span: mention } : null;
}

const PLURAL_PRONOUNS = new Set(['they', 'them']);

/**
 * "when both sides want them to": a pronoun that is the object of a verb whose subject is
 * "both sides" is someone or something else (that would be "themselves").
 */
function besideItsSubject(tree: SentenceTree, token: number): boolean {
  const verb = tree.head(token);
  if (verb < 0 || !['obj', 'iobj'].includes(tree.deprel(token))) return false;
  return tree.kidsBy(verb, 'nsubj').some((k) => isBothSides(tree, k));
}

function bothSidesBefore(tree: SentenceTree, token: number): boolean {
  for (let k = tree.sentence.tokenStart; k < token; k++) if (isBothSides(tree, k)) return true;
  return false;
}

const PAIR_NOUNS = WORDS['pair-of-people'];

/** "the two men", "both ministers". */
function isPairOfPeople(tree: SentenceTree, t: number): boolean {
  if (!PAIR_NOUNS.has(tree.lemma(t))) return false;
  const kids = tree.kids(t).map((k) => tree.lemma(k));
  return kids.includes('both') || (kids.includes('two') && kids.includes('the'));
}

/**
 * The last two people named before token `t`, in its sentence or the two before it, nearest last
 * (by name, not by title or pronoun, and each person once).
 */
function lastTwoPeople(tree: SentenceTree, t: number): Participant[] {
  const { doc } = tree;
  const before = tree.token(t).start;
  // ("congratulated both leaders": the last two heads of state or government named, passing over
  // a spokeswoman named since, within a sentence more.)
  const leaders = tree.lemma(t) === 'leader';
  const first = tree.sentence.index - (leaders ? 3 : 2);
  const found: Participant[] = [];
  for (let i = doc.mentions.length - 1; i >= 0 && found.length < 2; i--) {
    const m = doc.mentions[i];
    if (m.end > before || m.sentence < first || m.kind !== 'name' || m.actor < 0) continue;
    if (doc.actors[m.actor]?.type !== 'person' || found.some((p) => p.actor === m.actor)) continue;
    if (leaders && !LEADER_ROLE.test(doc.actors[m.actor]?.role ?? '')) continue;
    found.unshift({ actor: m.actor, span: m });
  }
  return found;
}

/** Roles of heads of state or government. */
const LEADER_ROLE =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|leader)\b/i;

/** "the two" standing alone. */
function bareTwo(tree: SentenceTree, t: number): boolean {
  return tree.lemma(t) === 'two' && tree.kids(t).some((k) => tree.lemma(k) === 'the');
}

/** "either country", "neither side": one of two named before. */
function eitherOfTwo(tree: SentenceTree, t: number): boolean {
  if (!SIDE_NOUNS.has(tree.lemma(t))) return false;
  return tree.kids(t).some((k) => EITHER.has(tree.lemma(k)));
}

const EITHER = new Set(['either', 'neither']);

/** The states or bodies of the subject of the clause `t` is in (not one of the "either" two). */
function clauseSubjectCountries(tree: SentenceTree, t: number): Set<string> {
  let verb = tree.head(t);
  while (verb >= 0 && !tree.isVerb(verb)) verb = tree.head(verb);
  const out = new Set<string>();
  const subject = verb >= 0 ? tree.kid(verb, 'nsubj') : -1;
  for (const m of tree.doc.mentions) {
    if (subject < 0 || m.actor < 0 || m.sentence !== tree.sentence.index) continue;
    const token = tree.token(subject);
    if (m.start <= token.start && token.end <= m.end) {
      const a = tree.doc.actors[m.actor];
      const key = a?.org ?? a?.country;
      if (key) out.add(key);
    }
  }
  return out;
}

/**
 * "Egypt's foreign minister phoned his Qatari counterpart, and the two agreed…": the last two
 * sides of the sentence's phrases before token `t`, nearest last — named, or given by a demonym
 * ("his Qatari counterpart"), which the mentions alone miss.
 */
function lastTwoSides(tree: SentenceTree, index: MentionIndex, states: StateMaker, t: number): Participant[] {
  const found: Participant[] = [];
  const keys: string[] = [];
  for (let k = t - 1; k >= tree.sentence.tokenStart && found.length < 2; k--) {
    const { upos } = tree.token(k);
    if ((upos !== 'NOUN' && upos !== 'PROPN') || NAME_PARTS.has(tree.rel(k))) continue;
    const sides = participantsOf(tree, index, states, k);
    if (sides.length !== 1) continue;
    const a = tree.doc.actors[sides[0].actor];
    const key = a?.org ?? a?.country;
    if (!key || keys.includes(key)) continue;
    keys.push(key);
    found.unshift(sides[0]);
  }
  return found.length === 2 ? found : lastTwoNamed(tree, t);
}

/** Relations of a word inside a noun phrase rather than at its head. */
const NAME_PARTS = new Set(['compound', 'flat', 'amod', 'nmod:poss', 'nummod', 'det']);

/**
 * The last two sides (states or bodies) named before token `t` in its sentence, nearest last,
 * leaving out those in `except`.
 */
function lastTwoNamed(tree: SentenceTree, t: number, except: ReadonlySet<string> = new Set()): Participant[] {
  const { doc } = tree;
  const before = tree.token(t).start;
  const found: Participant[] = [];
  const keys: string[] = [];
  const mentions = doc.mentions.filter(
    (m) => m.sentence === tree.sentence.index && m.end <= before && m.actor >= 0 && m.kind !== 'pronoun',
  );
  for (let i = mentions.length - 1; i >= 0 && found.length < 2; i--) {
    const a = doc.actors[mentions[i].actor];
    const key = a?.org ?? a?.country;
    if (!key || keys.includes(key) || except.has(key)) continue;
    keys.push(key);
    found.unshift({ actor: mentions[i].actor, span: mentions[i] });
  }
  return found;
}

/**
 * "Delegations from Sudan and the rebels met…, the first talks between the two sides": the two
 * sides joined in a subject earlier in the sentence (the last such pair), not the story's two
 * most named parties, which may count the host or the ministry reporting the meeting.
 */
function subjectPairBefore(tree: SentenceTree, index: MentionIndex, token: number): Participant[] {
  for (let k = token - 1; k >= tree.sentence.tokenStart; k--) {
    const conjuncts = tree.conjuncts(k);
    if (conjuncts.length !== 2 || conjuncts[0] !== k) continue;
    // ("Norway and Cuba urged both sides to…", "are trying to revive negotiations between the two
    // sides": not the pair that acts on them, when "the two sides" are no subject of their own.)
    const verb = subjectVerb(tree, k);
    if (verb < 0 || verb === tree.head(token)) continue;
    if (!tree.deprel(token).startsWith('nsubj') && actsOn(tree, verb, token)) continue;
    const sides = sidesOf(tree, index, conjuncts);
    if (sides.length === 2) return sides;
  }
  return [];
}

/** The last pair of two named sides joined by "and" before `token` in its sentence, in any role. */
function pairBefore(tree: SentenceTree, index: MentionIndex, token: number): Participant[] {
  for (let k = token - 1; k >= tree.sentence.tokenStart; k--) {
    const conjuncts = tree.conjuncts(k);
    if (conjuncts.length !== 2 || conjuncts[0] !== k) continue;
    const sides = sidesOf(tree, index, conjuncts);
    if (sides.length === 2) return sides;
  }
  return [];
}

/** The named sides of conjoined words, as long as each names a side of its own. */
function sidesOf(tree: SentenceTree, index: MentionIndex, conjuncts: readonly number[]): Participant[] {
  const sides: Participant[] = [];
  const keys = new Set<string>();
  for (const c of conjuncts) {
    const mention = index.mentionAt(c);
    const a = mention && mention.actor >= 0 ? tree.doc.actors[mention.actor] : undefined;
    const key = a?.org ?? a?.country;
    if (!mention || !key || keys.has(key)) break;
    keys.add(key);
    sides.push({ actor: mention.actor, span: mention });
  }
  return sides.length === 2 ? sides : [];
}

/**
 * Whether `verb` acts on `t`: `t` lies inside one of its arguments ("revive negotiations between
 * the two sides"), not in a phrase set beside the clause ("met in Doha, … the first talks between
 * the two sides", an apposition or an added clause).
 */
function actsOn(tree: SentenceTree, verb: number, t: number): boolean {
  for (let k = t, steps = 0; k >= 0 && steps < 30; k = tree.head(k), steps++) {
    if (k === verb) return true;
    if (BESIDE.has(tree.rel(k))) return false;
  }
  return false;
}

/** Relations of a phrase set beside a clause rather than inside its arguments. */
const BESIDE = new Set(['appos', 'parataxis', 'dislocated', 'dep', 'list', 'orphan']);

/** The verb whose subject token `t` is inside (up its nominal heads to an `nsubj`), or -1. */
function subjectVerb(tree: SentenceTree, t: number): number {
  for (let k = t, steps = 0; k >= 0 && steps < 8; k = tree.head(k), steps++) {
    if (tree.deprel(k).startsWith('nsubj')) return tree.head(k);
    if (tree.isVerb(k)) return -1;
  }
  return -1;
}

const COUNTS = new Map([
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
]);

/** "the three countries": how many sides a side noun after "the" counts (0 when none). */
function countedSides(tree: SentenceTree, t: number): number {
  if (!SIDE_NOUNS.has(tree.lemma(t)) || !tree.kids(t).some((k) => tree.lemma(k) === 'the')) return 0;
  for (const k of tree.kidsBy(t, 'nummod')) {
    const n = COUNTS.get(tree.lemma(k)) ?? Number(tree.lemma(k));
    if (Number.isInteger(n) && n > 2 && n <= 10) return n;
  }
  return 0;
}

/**
 * The `n` states named together before token `t` ("Niger, Mali and Burkina Faso"), in its sentence
 * or the two before it; else the last `n` states named there, nearest last.
 */
function lastNamedStates(tree: SentenceTree, t: number, n: number): Participant[] {
  const { doc } = tree;
  const before = tree.token(t).start;
  const first = tree.sentence.index - 2;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.end > before || m.sentence < first || m.kind !== 'compound' || m.members?.length !== n) continue;
    const members = m.members.map((k) => doc.mentions[k]);
    if (members.every((k) => k.kind === 'state')) return members.map((k) => ({ actor: k.actor, span: k }));
  }
  const found: Participant[] = [];
  const seen = new Set<string>();
  for (let i = doc.mentions.length - 1; i >= 0 && found.length < n; i--) {
    const m = doc.mentions[i];
    if (m.end > before || m.sentence < first || m.kind !== 'state' || m.quoted) continue;
    const country = doc.actors[m.actor]?.country;
    if (!country || seen.has(country)) continue;
    seen.add(country);
    found.unshift({ actor: m.actor, span: m });
  }
  return found;
}

/**
 * "both sides", "the two sides", "both governments", "the two armies", and the people who speak
 * for them: "the heads of the two armies", "leaders of both countries".
 */
function isBothSides(tree: SentenceTree, t: number): boolean {
  // "the two" standing alone as a subject or object.
  if (tree.lemma(t) === 'two' && tree.kids(t).some((k) => tree.lemma(k) === 'the')) return true;
  if (countedAsTwo(tree, t)) return true;
  return tree.kidsBy(t, 'nmod').some((k) => tree.caseOf(k) === 'of' && countedAsTwo(tree, k));
}

/** The mention at `t` is of a group apart from its state (rebels, gangs, an opposition). */
function ofGroupApart(tree: SentenceTree, index: MentionIndex, t: number): boolean {
  const m = index.mentionAt(t);
  const sector = m && m.actor >= 0 ? tree.doc.actors[m.actor]?.sector : null;
  return GROUPS_APART.has(sector ?? '');
}

/** Who stands between the sides: `go-between` in word-roles.tsv. */
const GO_BETWEENS = WORDS['go-between'];

/**
 * The state or organisation of a go-between acting on `token` ("Qatari mediators held talks with
 * both sides", "Oman, which mediates between them"): the subject of the verb it hangs on, when
 * that subject or verb says it stands between; null otherwise.
 */
function actingOn(tree: SentenceTree, index: MentionIndex, states: StateMaker, token: number): string | null {
  // (Up from "talks with both sides" to the verb of the talks.)
  let verb = tree.head(token);
  for (let steps = 0; verb >= 0 && !tree.isVerb(verb) && steps < 4; steps++) verb = tree.head(verb);
  if (verb < 0) return null;
  const subject = tree.kidsBy(verb, 'nsubj')[0];
  if (subject === undefined || subject === token) return null;
  if (!GO_BETWEENS.has(tree.lemma(subject)) && !GO_BETWEENS.has(tree.lemma(verb))) return null;
  const a = tree.doc.actors[participantsOf(tree, index, states, subject)[0]?.actor ?? -1];
  return a?.org ?? a?.country ?? null;
}

const SIDE_NOUNS = WORDS.sides;

/** Side nouns that name the states themselves ("both countries"), or their governments. */
const STATE_LEVEL: ReadonlyMap<string, string | null> = new Map([
  ['country', null],
  ['nation', null],
  ['state', null],
  ['neighbour', null],
  ['neighbor', null],
  ['government', 'GOV'],
  // ("both foreign ministers": the two states' governments.)
  ['minister', 'GOV'],
  ['president', 'GOV'],
  ['leader', 'GOV'],
  ['negotiator', 'GOV'],
  ['counterpart', 'GOV'],
]);

/**
 * "urged both neighbours to exercise restraint" in a story whose two sides were named most as
 * their armies: the sides at the level the phrase names, the states (or their governments).
 */
function asNamedLevel(tree: SentenceTree, states: StateMaker, t: number, actor: number): number {
  const lemma = tree.lemma(t);
  const a = tree.doc.actors[actor];
  // (A party of no state, or an organisation's people, stays as it is; a person stays a person
  // unless the noun names the state itself: "the two countries" after "Pakistan's envoy".)
  if (!STATE_LEVEL.has(lemma) || !a?.country || a.org) return actor;
  const sector = STATE_LEVEL.get(lemma) ?? null;
  if (a.type === 'person' && sector !== null) return actor;
  return a.sector === sector ? actor : states.state(a.country, sector);
}

const ALL_SIDES = new Set(['side', 'party']);

function countedAsTwo(tree: SentenceTree, t: number): boolean {
  if (!SIDE_NOUNS.has(tree.lemma(t))) return false;
  // ("both foreign ministers", with "both" parsed on the adjective.)
  if (
    tree.token(t).xpos === 'NNS' &&
    tree.kids(t).some((k) => tree.kids(k).some((b) => tree.lemma(b) === 'both'))
  )
    return true;
  // ("called on all parties to exercise restraint": all sides, which the story has two of;
  // "all countries" is everyone.)
  const allSides = ALL_SIDES.has(tree.lemma(t)) && tree.token(t).xpos === 'NNS';
  // ("talks between the warring parties": those at war, the story's two sides.)
  const atWar = tree.token(t).xpos === 'NNS' && tree.kids(t).some((k) => tree.lemma(k) === 'the');
  return tree
    .kids(t)
    .some(
      (k) =>
        ['both', 'two'].includes(tree.lemma(k)) ||
        (allSides && tree.lemma(k) === 'all') ||
        (atWar && AT_WAR.has(tree.doc.slice(tree.token(k)).toLowerCase())),
    );
}

/** Words that make "the … parties" the sides of a war or feud. */
const AT_WAR = new Set(['warring', 'feuding']);

function isPlaced(doc: SentenceTree['doc'], actor: number): boolean {
  const a = doc.actors[actor];
  return a !== undefined && (a.country !== null || a.org !== null);
}

/** Whether a demonym or state name modifies the head ("his Saudi counterpart"). */
function stateModifierWord(tree: SentenceTree, states: StateMaker, t: number): boolean {
  return tree
    .kidsBy(t, 'amod', 'compound')
    .some((k) => states.countryOfWord(tree.doc.slice(tree.token(k))) !== null);
}

/**
 * "Israeli jets", "U.S. forces", "Russia's attack", "ministers of Chile and Peru": the
 * state (or states) that own an unnamed head.
 */
export function stateModifiers(
  tree: SentenceTree,
  index: MentionIndex,
  states: StateMaker,
  t: number,
): Participant[] {
  // Named modifiers before pronouns: "his Saudi counterpart" is Saudi.
  // ("10 IRGC commanders" may come out with the name read as a number on the noun.)
  const kids = [
    ...tree.kidsBy(t, 'amod', 'compound', 'nmod:poss', 'nmod'),
    ...tree.kidsBy(t, 'nummod').filter((k) => index.mentionAt(k) !== undefined),
  ];
  kids.sort((a, b) => Number(tree.token(a).upos === 'PRON') - Number(tree.token(b).upos === 'PRON'));
  for (const k of kids) {
    if (tree.rel(k) === 'nmod' && tree.deprel(k) !== 'nmod:poss' && !['of', 'from'].includes(tree.caseOf(k)))
      continue;
    const compound = index.compoundAt(k);
    if (compound?.members)
      return compound.members.map((m) => ({ actor: tree.doc.mentions[m].actor, span: tree.doc.mentions[m] }));
    // "men from the Red Hand militia alliance", "militia rocket launchers": the name may sit
    // on the modifier's own modifier.
    const inner =
      tree.rel(k) === 'nmod' || tree.deprel(k) === 'compound' ? tree.kidsBy(k, 'compound', 'amod') : [];
    for (const w of [k, ...inner]) {
      const mention = index.mentionAt(w);
      if (mention && mention.actor >= 0) return [{ actor: mention.actor, span: mention }];
    }
    // "staff of the Dutch consulate": a demonym on the modifier.
    for (const w of inner) {
      const iso3 = states.countryOfWord(tree.doc.slice(tree.token(w)));
      if (iso3) return [{ actor: states.state(iso3, null), span: tree.token(w) }];
    }
    const token = tree.token(k);
    // "ethnic Albanian guerrillas" name an ethnicity, not the state of that name.
    if (k > tree.sentence.tokenStart && tree.lemma(k - 1) === 'ethnic') continue;
    // "the Gulf of Oman", "the Sea of Japan": a word of a longer place name is not the state.
    if (insideLongerPlace(tree, token)) continue;
    const iso3 = states.countryOfWord(tree.doc.slice(token));
    if (!iso3) continue;
    // "Israeli or American air strikes": each demonym joined to the first.
    const sector = sectorOfHead(tree.lemma(t));
    const found = [{ actor: states.state(iso3, sector), span: token }];
    for (const c of tree.kidsBy(k, 'conj')) {
      const other = states.countryOfWord(tree.doc.slice(tree.token(c)));
      if (other) found.push({ actor: states.state(other, sector), span: tree.token(c) });
    }
    return found;
  }
  return [];
}

function insideLongerPlace(tree: SentenceTree, token: Span): boolean {
  return tree.doc.places.some(
    (p) => p.start <= token.start && token.end <= p.end && (p.start < token.start || token.end < p.end),
  );
}

/**
 * The sides a body is drawn from when its of- or from-phrase names two or more ("delegations from
 * Congo and the M23", "a team of Egyptian and Qatari mediators" is not this: one noun, two
 * demonyms); a state named so stands for its government, or its forces for a military body.
 */
function drawnFromSeveral(
  tree: SentenceTree,
  index: MentionIndex,
  states: StateMaker,
  t: number,
): Participant[] {
  if (!COLLECTIVES.has(tree.lemma(t)) && !DELEGATES.has(tree.lemma(t))) return [];
  const phrase = tree.kidsBy(t, 'nmod').find((k) => ['from', 'of'].includes(tree.caseOf(k)));
  if (phrase === undefined || tree.conjuncts(phrase).length < 2) return [];
  const sector = MILITARY_HEADS.has(tree.lemma(t)) ? 'MIL' : 'GOV';
  const out: Participant[] = [];
  for (const k of tree.conjuncts(phrase)) {
    const mention = index.mentionAt(k);
    if (!mention || mention.actor < 0) continue;
    const actor = tree.doc.actors[mention.actor];
    const asBody = actor?.type === 'state' && !actor.sector && actor.country;
    out.push({ actor: asBody ? states.state(actor.country ?? '', sector) : mention.actor, span: mention });
  }
  return out;
}

/** People sent by a side to speak for it ("envoys from Egypt and Qatar"): `delegates` in word-roles.tsv. */
const DELEGATES = WORDS.delegates;

/** Heads like "jets", "troops", "forces" tell the sector of the state acting. */
function sectorOfHead(lemma: string): string | null {
  return MILITARY_HEADS.has(lemma) ? 'MIL' : null;
}

const MILITARY_HEADS = WORDS.military;
