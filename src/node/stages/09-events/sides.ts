/**
 * Who is on which side, for the event coder and the story memory: an actor's key, whether it can
 * be coded, whether two actors are one side, and the families of CAMEO codes the rules share.
 */
import type { Actor, Doc, Span } from '../../doc/doc.js';

/** Material-conflict and force-posture roots: a place hit stands for its state. */
export const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);
/** Attacks: abduction and assault, fighting, mass violence. */
export const ATTACK_ROOTS = new Set(['18', '19', '20']);

/** Mediation ("a truce brokered by a neighbour", "foreign mediators"), whose target is both sides. */
export const MEDIATION = new Set(['045', '039', '043']);

/** Seizing property, abducting and arresting: what a release undoes. */
export const CAPTURES = ['171', '181', '173'];

/** "the country's allies rallied behind it": a state does not act on itself. */
export function selfPair(doc: Doc, source: number, target: number): boolean {
  const a = doc.actors[source];
  const b = doc.actors[target];
  // ("He warned that the bloc would reimpose sanctions", he being the bloc's: one organisation;
  // so are two bodies of one code, "The U.N. humanitarian chief" of OCHA and the UN.)
  if (a.org && (a.org === b.org || (b.org && a.code !== null && a.code === b.code))) return true;
  // ("Kim Yo Jong warned that Pyongyang would respond": an official of a ruling party coded as her
  // state's government is that government.)
  if (a.code !== null && a.code === b.code && a.country !== null) return true;
  // Officials, forces and leaders of one state are that state; an organisation based there is not,
  // nor are its opposition, rebels or people facing the state ("Georgian protesters" and "the
  // Georgian government" are the two sides of a domestic conflict).
  if (a.country === null || a.country !== b.country || (a.org ?? null) !== (b.org ?? null)) return false;
  // A legislature or court acting on the government, or the reverse, is a domestic event between
  // branches ("parliament censured the cabinet", "the court ordered the minister to testify").
  if (branchOf(a.sector) !== branchOf(b.sector)) return false;
  // "Soldiers detained Guinea's president", "police arrested the minister": forces acting on a
  // named office-holder of their own state are a domestic event (a coup, an arrest).
  if ((a.sector === 'MIL' || a.sector === 'COP') && b.type === 'person' && b.sector === 'GOV') return false;
  return stateSide(a.sector) === stateSide(b.sector);
}

/** The branches of a state that act on one another. */
const BRANCHES = new Map([
  ['LEG', 'LEG'],
  ['JUD', 'JUD'],
]);

function branchOf(sector: string | null): string {
  return (sector && BRANCHES.get(sector)) ?? 'EXEC';
}

/**
 * Sectors that act against or apart from their own state. State media and state companies
 * (MED, BUS) are left on the state's side: sitrep codes a state-owned company as its state.
 */
export const NON_STATE_SECTORS = new Set(['OPP', 'REB', 'CVL', 'UAF', 'CRM', 'PTY', 'NGO', 'ELI']);

/** Armed or organised groups within a state that stand against it: rebels, gangs, an opposition. */
export const GROUPS_APART: ReadonlySet<string> = new Set(['REB', 'CRM', 'OPP']);

export function stateSide(sector: string | null): boolean {
  return sector === null || !NON_STATE_SECTORS.has(sector);
}

/** A state or organisation events are coded between (a person or group with no state cannot be). */
export function codable(doc: Doc, actor: number): boolean {
  const a = doc.actors[actor];
  return a !== undefined && (a.country !== null || a.org !== null);
}

/** One key per side: the organisation, else the state, else the name. */
export function actorKey(doc: Doc, actor: number): string {
  const a = doc.actors[actor];
  return sideKey(a) ?? a.name;
}

/**
 * The side an actor is on: its organisation, else its state. A member of a ruling party or a
 * movement in power coded as its state's government ("Kim Yo Jong", PRKGOV; the Taliban, AFGGOV)
 * is on the state's side.
 */
export function sideKey(a: Actor): string | null {
  if (
    a.org &&
    a.country &&
    (a.sector === 'GOV' || a.sector === 'MIL') &&
    a.code === `${a.country}${a.sector}`
  )
    return a.country;
  return a.org ?? a.country ?? null;
}

/**
 * "imposed a curfew in Cizre", "lifted the state of emergency in Darfur": a state's administrative
 * measure (172x) or its easing (081x) in a place falls on the people there; `target` is the state
 * the place stands for.
 */
export function measureOnItsPeople(doc: Doc, code: string, target: { actor: number; span: Span }): boolean {
  const a = doc.actors[target.actor];
  if (!(code.startsWith('172') || code.startsWith('081')) || a?.type !== 'state') return false;
  // Only a place named ("in Baghdad", a capital that otherwise stands for its government), not the
  // state's own name or "its".
  return doc.places.some((p) => p.start === target.span.start);
}

/** Two or more sides of different states ("French and Egyptian warships"). */
export function severalStates(doc: Doc, sides: readonly { actor: number }[]): boolean {
  const countries = new Set(sides.map((p) => doc.actors[p.actor]?.country).filter((c) => c));
  return countries.size > 1;
}

/** Consult, cooperate and yield: with a compound subject and no target, the members act on each other. */
export const MUTUAL_ROOTS = new Set(['04', '05', '06', '08']);

/**
 * Intents that two sides pledging together pledge to each other ("Congo and the M23 pledged to work
 * toward a ceasefire"): to cooperate, to cooperate diplomatically, to meet, to settle.
 */
export const MUTUAL_INTENTS = new Set(['030', '032', '036', '037']);

/** Roots of speech acts, whose target is often implicit: warn, condemn, reject, deny, demand. */
export const SPEECH_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);

/** Demands and appeals to release people. */
export const RELEASE_DEMANDS = new Set(['1053', '0253']);

/**
 * A state named as one, or its government or diplomats: those whose protest is a complaint. Named
 * so by a mention of its own ("Japan", "the foreign ministry"), not a group a demonym places
 * ("Egyptian dockers").
 */
export function stateVoice(doc: Doc, side: { actor: number; span: Span }): boolean {
  const a = doc.actors[side.actor];
  const named = doc.mentions.some(
    (m) => m.actor === side.actor && m.start === side.span.start && m.end === side.span.end,
  );
  return (
    named &&
    a !== undefined &&
    a.country !== null &&
    (a.sector === 'GOV' || (a.type === 'state' && a.sector === null))
  );
}
