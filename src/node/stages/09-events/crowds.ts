/**
 * Crowds and the people of a place: whose people a crowd of no state is (where it marches, or whose
 * call it answers), whom a protest is aimed at, when a crowd's violence is a riot, and which state's
 * government or people stand in as the target of a protest or of force on people of no state.
 * Apart because the verb and noun rules both find crowds, and the writer of events places them.
 */

import type { Doc, Span } from '../../doc/doc.js';
import { locativePlace } from '../08-places/index.js';
import type { CoderResources } from './found.js';
import { type MentionIndex, type Participant, participantsOf, type StateMaker } from './participants.js';
import { codable, stateSide } from './sides.js';
import { subjectOf } from './subjects.js';
import { obliqueTarget } from './targets.js';
import type { SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

/**
 * "Chilean students marched in Santiago", "miners rioted in Potosí": a protest names
 * no target when it is aimed at the protesters' own state, which is the one it faces unless
 * the story names another. Only for people apart from their state (civilians, opposition,
 * workers, students…), never for a state or a named organisation, whose boycott or strike
 * need not be aimed at anyone. The target is the state's government; its span is the state's
 * name in the sentence if there is one, else the words that gave the protesters their country.
 */
export function protestedState(
  tree: SentenceTree,
  code: string,
  source: Participant,
  states: StateMaker,
): Participant | null {
  if (!code.startsWith('14')) return null;
  const { doc, sentence } = tree;
  const who = doc.actors[source.actor];
  if (!who || who.org !== null || who.country === null || !PEOPLE_APART.has(who.sector ?? '')) return null;
  const state = states.state(who.country, 'GOV');
  const named = doc.mentions.find(
    (m) =>
      m.sentence === sentence.index &&
      !m.quoted &&
      doc.actors[m.actor]?.type === 'state' &&
      doc.actors[m.actor]?.country === who.country,
  );
  return { actor: state, span: named ?? source.span };
}

/**
 * "police fired on demonstrators", "troops detained opposition activists in Kayes": force or
 * coercion aimed at people the text gives no state (a crowd, activists, civilians) hits the
 * people of the state where it happens — the place the clause names, else, for a state's organs
 * that act at home (police, courts, government), their own. Forces abroad are not assumed home.
 */
export function peopleHere(
  doc: Doc,
  code: string,
  source: Participant,
  given: Participant,
  place: number | null,
  states: StateMaker,
): Participant | null {
  if (!FORCE_AND_COERCION.has(code.slice(0, 2))) return null;
  const who = doc.actors[source.actor];
  const whom = doc.actors[given.actor];
  if (!who || who.country === null || !stateSide(who.sector)) return null;
  if (whom?.type !== 'group' || whom.org !== null || !TARGETS_APART.has(whom.sector ?? '')) return null;
  const country =
    (place === null ? null : doc.places[place].country) ??
    (HOME_ORGANS.has(who.sector ?? '') ? who.country : null);
  return country === null ? null : { actor: states.state(country, whom.sector), span: given.span };
}

/** Coercion, assault, fighting and mass violence. */
const FORCE_AND_COERCION = new Set(['17', '18', '19', '20']);
/** A state's organs that act on its own ground. */
const HOME_ORGANS = new Set(['COP', 'JUD', 'GOV']);

/** Verbs that call people out (`object-control` in word-roles.tsv): their object's protest answers the call. */
const CALLING = WORDS['object-control'];

/** Sectors whose protests face their own state when no one else is named. */
const PEOPLE_APART = new Set(['CVL', 'OPP', 'LAB', 'EDU', 'REL', 'HLH', 'PTY', 'ELI', 'AGR']);
/** Those, and unnamed armed groups ("killed 12 militants in a raid in Waziristan"), as targets of force. */
const TARGETS_APART = new Set([...PEOPLE_APART, 'REB', 'INS', 'UAF']);

/**
 * "Thousands of students marched in Dhaka": a crowd with no state of its own protests as the
 * people of the state where it marches ("opposition parties in Nepal": as that state's opposition).
 */
export function crowdSources(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  t: number,
  sources: Participant[],
): Participant[] {
  if (sources.some((p) => codable(tree.doc, p.actor))) return sources;
  // "the movement called on its followers to rally": the caller's side rallies.
  const h = tree.head(t);
  // (Only a call: "police arrested students protesting fees" is no call by the police.)
  const onObject =
    tree.rel(t) === 'acl' &&
    h >= 0 &&
    ['obl', 'obj', 'iobj'].includes(tree.rel(h)) &&
    CALLING.has(tree.lemma(tree.head(h)));
  // (Not a clause with a subject of its own: "detained two opposition leaders as thousands of
  // protesters rallied" is no call by the police.)
  const called = ['xcomp', 'advcl'].includes(tree.rel(t)) && tree.kid(t, 'nsubj') < 0;
  const caller = called ? h : onObject ? tree.head(h) : -1;
  const callers = caller >= 0 ? subjectOf(tree, index, res, caller, 0) : [];
  if (callers.some((p) => codable(tree.doc, p.actor))) return callers;
  const place = locativePlace(tree.doc, tree.sentence.tokenStart, tree.sentence.tokenEnd, t);
  const country = place === null ? null : tree.doc.places[place].country;
  if (!country) return sources;
  const sector = sources.map((p) => tree.doc.actors[p.actor]?.sector).find((x) => x === 'OPP') ?? 'CVL';
  return [{ actor: res.states.state(country, sector), span: tree.doc.places[place as number] }];
}

/**
 * Whom a protest is against, named in its purpose: "rallied to press the governor to quit",
 * "sat in the street to voice anger at the United States", "a strike in protest against the
 * arrests by the police". The first actor of that clause other than the protesters.
 */
export function protestedActor(
  tree: SentenceTree,
  index: MentionIndex,
  res: CoderResources,
  verb: number,
  own: ReadonlySet<number>,
): Participant[] {
  // "blocked a bridge to voice…" is often parsed with the purpose on the object.
  const obj = tree.kid(verb, 'obj');
  const clauses = [
    ...tree.kidsBy(verb, 'advcl', 'xcomp', 'obl'),
    ...(obj >= 0 ? tree.kidsBy(obj, 'acl') : []),
  ];
  for (const k of clauses) {
    if (
      tree.rel(k) === 'obl'
        ? !PROTEST_NOUNS.has(tree.lemma(k))
        : tree.caseOf(k) !== 'to' && !hasMarkTo(tree, k)
    )
      continue;
    for (const i of tree.subtree(k)) {
      // "their disapproval" is the protesters' own.
      const mention = index.mentionAt(i);
      if (!mention || mention.kind === 'pronoun') continue;
      const found = participantsOf(tree, index, res.states, i).filter(
        (p) => !own.has(p.actor) && codable(tree.doc, p.actor),
      );
      if (found.length > 0) return found;
    }
    // "went on strike to protest at Israeli settlement": what the purpose's verb is aimed at.
    if (tree.rel(k) !== 'obl') {
      const aimed = obliqueTarget(tree, index, res, k, tree.kid(k, 'obj'), '141', (p) => own.has(p.actor));
      if (aimed.length > 0) return aimed;
    }
  }
  return [];
}

function hasMarkTo(tree: SentenceTree, k: number): boolean {
  return tree.kidsBy(k, 'mark').some((m) => tree.lemma(m) === 'to');
}

/** "in protest against", "in solidarity with", "in defiance of": an oblique that names the cause. */
const PROTEST_NOUNS = new Set(['protest', 'defiance', 'opposition', 'anger', 'outrage']);

/**
 * Seizing or destroying property, assault and plain force: done by a crowd, rioting. (Blocking a
 * road is a protest of its own, 144; a crowd firing artillery or missiles is fighting.)
 */
export function riotous(code: string): boolean {
  return code.startsWith('17') || code.startsWith('18') || code === '190';
}

/** The source is named as a crowd ("Egyptian protesters", "a mob"), by the head of its phrase. */
export function namesCrowd(tree: SentenceTree, span: Span): boolean {
  const { tokenStart, tokenEnd } = tree.sentence;
  let last = -1;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const token = tree.token(i);
    if (token.start >= span.start && token.end <= span.end) last = i;
  }
  return last >= 0 && WORDS.crowd.has(tree.lemma(last));
}
