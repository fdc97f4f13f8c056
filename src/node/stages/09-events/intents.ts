/**
 * Intents, threats and refusals read off a reported future or refused act ("said it would strike":
 * a threat, 138; "would not pull its troops back": a refusal, 12x): the code lifted, the verb that
 * commits the speaker to it, and whether the speaker speaks for the actor. Apart because it adds a
 * reading to what was found; it neither finds events nor writes them.
 */

import type { Found } from './found.js';
import { MEDIATION, selfPair } from './sides.js';
import type { SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

/**
 * CAMEO codes a reported promise or threat as its own, asserted event: "X said it would meet Y"
 * is an intent to meet (036) that happened, beside a meeting that is only future. These are the
 * codes of the intent (cooperative roots) or threat (conflictual roots) for each root.
 */
const INTENT_OF_ROOT: Record<string, string> = {
  '04': '036',
  '05': '032',
  '06': '031',
  '07': '033',
  '08': '035',
  '09': '030',
};
const THREAT_OF_ROOT: Record<string, string> = {
  // "said they would boycott the summit": a threat of protest (133).
  '14': '133',
  '15': '138',
  '16': '131',
  '17': '137',
  '18': '138',
  '19': '138',
  '20': '138',
};
/**
 * Acts whose threat CAMEO codes apart, longest prefix first: "would cut aid" 1311, "would impose
 * sanctions" 1312, "would break off relations" 1313, "will institute a curfew" 1323, "would
 * impose martial law" 1324, "would occupy" 1382.
 */
const THREAT_OF_CODE: Record<string, string> = {
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '172': '132',
  '192': '1382',
};

/**
 * Acts whose intent CAMEO codes apart: "would send troops to keep the peace" 0334, "pledged
 * military aid" 0332, "would ease sanctions" 0354, "would free the prisoners" 0353.
 */
const INTENT_OF_CODE: Record<string, string> = {
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '081': '0351',
  '082': '0352',
  '0841': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
};

/** The intent of doing `code` (a cooperative act): its own row where CAMEO has one, else its root's. */
export function intentOf(code: string): string | undefined {
  for (let n = code.length; n >= 3; n--) {
    const own = INTENT_OF_CODE[code.slice(0, n)];
    if (own) return own;
  }
  return INTENT_OF_ROOT[code.slice(0, 2)];
}

/** The threat of doing `code`: its own row where CAMEO has one, else its root's. */
export function threatOf(code: string): string | undefined {
  for (let n = code.length; n >= 3; n--) {
    const own = THREAT_OF_CODE[code.slice(0, n)];
    if (own) return own;
  }
  return THREAT_OF_ROOT[code.slice(0, 2)];
}
/** Nouns of proposed terms ("under the plan"). */
const TERMS = new Set([
  'plan',
  'proposal',
  'deal',
  'agreement',
  'accord',
  'term',
  'terms',
  'framework',
  'initiative',
  'arrangement',
  'draft',
  'scheme',
]);
/** Verbs and adjectives through which a speaker commits to, or threatens, what follows. */
const COMMITTING = WORDS.committing;

/** Words that commit the speaker by themselves; with plain "say" only a reported "would" does. */
export const INTENT_WORDS = WORDS.intent;

export function liftedCode(
  tree: SentenceTree,
  f: Found,
  factuality: string,
): { code: string; trigger: number } | null {
  // "Under the proposal, the rebels would free ten captives": what a proposal provides for commits
  // no one yet.
  if (tree.kidsBy(f.trigger, 'obl').some((k) => tree.caseOf(k) === 'under' && TERMS.has(tree.lemma(k))))
    return null;
  // "has not said whether it would back the resolution": a question left open commits no one.
  if (tree.kidsBy(f.trigger, 'mark').some((k) => tree.lemma(k) === 'whether')) return null;
  // ("will keep striking Hezbollah": the auxiliaries of the verb of going on are the act's.)
  const h = tree.head(f.trigger);
  const carriedOn = tree.rel(f.trigger) === 'xcomp' && h >= 0 && GOING_ON.has(tree.lemma(h));
  const auxes = [...tree.kidsBy(f.trigger, 'aux'), ...(carriedOn ? tree.kidsBy(h, 'aux') : [])].map((k) =>
    tree.doc.slice(tree.token(k)).toLowerCase(),
  );
  // "Russia said it will strike": a speaker announcing its own next act commits to it, as with
  // "would"; "officials said talks will resume" announces a schedule, not a commitment.
  const would =
    auxes.some((a) => WOULD.has(a)) ||
    (auxes.some((a) => WILL.has(a)) && ownActSubject(tree, carriedOn ? h : f.trigger));
  const root = f.code.slice(0, 2);
  let code: string | undefined;
  // "ready to host the next talks": an intent to mediate (039), between the two sides.
  // Closing one's own border (191) is a measure announced, not a threat of force.
  if ((factuality === 'future' || factuality === 'hypothetical') && !f.code.startsWith('191'))
    code = MEDIATION.has(f.code) ? '039' : (intentOf(f.code) ?? threatOf(f.code));
  // "the capital would not pull its troops back", "we will not accept partition": a reported
  // refusal, said and so asserted, though what is refused is negated.
  else if (factuality === 'negated' && auxes.some((a) => WOULD.has(a) || WILL.has(a))) {
    code = REFUSAL_OF_ROOT[root];
    if (code) return committedBy(tree, f.trigger, true, code);
  }
  if (!code) return null;
  // "will withdraw its troops unless the talks resume": a promise with a condition the other
  // side must meet is a threat (130), whatever the act.
  if (code.startsWith('03') && hasUnless(tree, f.trigger)) code = '130';
  // ("said the consulate could be closed 'if the provocations continue'": a measure a state's
  // own spokesman holds out on a condition, naming no one else to take it, is a threat, "could"
  // or "would"; "Washington could impose sanctions if…, a diplomat said" is only possible.)
  const heldOut =
    code.startsWith('13') &&
    MEASURES.has(root) &&
    tree.kid(f.trigger, 'aux:pass') >= 0 &&
    hasCondition(tree, f.trigger);
  return committedBy(tree, f.trigger, would || heldOut, code);
}

/** Roots of measures a state holds out: reducing relations, sanctions, expulsions, demonstrations of force. */
const MEASURES = new Set(['16', '17']);

/** An if/unless clause on `trigger` (a quoted one may be read as an apposition). */
function hasCondition(tree: SentenceTree, trigger: number): boolean {
  return conditionOn(tree, trigger, IF_OR_UNLESS, ['advcl', 'appos', 'parataxis']);
}

function hasUnless(tree: SentenceTree, trigger: number): boolean {
  return conditionOn(tree, trigger, UNLESS, ['advcl']);
}

/** A clause on `trigger`, hung by one of `rels`, opened by one of `marks`. */
function conditionOn(
  tree: SentenceTree,
  trigger: number,
  marks: ReadonlySet<string>,
  rels: string[],
): boolean {
  return tree
    .kidsBy(trigger, ...rels)
    .some((k) => tree.kidsBy(k, 'mark').some((m) => marks.has(tree.lemma(m))));
}

const UNLESS = new Set(['unless']);
const IF_OR_UNLESS = new Set(['if', 'unless']);

export const WOULD = new Set(['would', "'d", '’d']);

/** Verbs of going on with an act ("will keep striking", "would continue to fire"). */
const GOING_ON = new Set(['keep', 'continue']);
export const WILL = new Set(['will', 'wo', "'ll", '’ll', 'shall']);

/** Subject pronouns that, under a verb of saying, stand for the speaker itself. */
const SELF_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'he', 'she']);

/**
 * "it will strike", "its forces will strike", "Portugal will support Turkey, Portugal's president
 * said": the subject is the speaker, belongs to it, or is a state or body named outright (whether
 * the speaker speaks for it is checked apart, by speaksForActor).
 */
function ownActSubject(tree: SentenceTree, trigger: number): boolean {
  const subject = tree.kid(trigger, 'nsubj');
  if (subject < 0) return false;
  if (SELF_PRONOUNS.has(tree.lemma(subject).toLowerCase())) return true;
  if (namesStateOrBody(tree, subject)) return true;
  const owner = tree.kid(subject, 'nmod:poss');
  return owner >= 0 && OWN_POSSESSIVES.has(tree.lemma(owner).toLowerCase());
}

const OWN_POSSESSIVES = new Set(['its', 'their', 'our', 'my', 'his', 'her']);

function namesStateOrBody(tree: SentenceTree, t: number): boolean {
  const at = tree.token(t).start;
  const mention = tree.doc.mentions.find(
    (m) => m.sentence === tree.sentence.index && m.start <= at && at < m.end,
  );
  return mention !== undefined && (mention.kind === 'state' || mention.kind === 'organization');
}

/** CAMEO refusals of the cooperation each root names (reject, refuse aid, refuse to yield…). */
export const REFUSAL_OF_ROOT: Record<string, string> = {
  '03': '120',
  '04': '125',
  '05': '120',
  '06': '121',
  '07': '122',
  '08': '124',
};

/**
 * A promise or threat is the actor's own only when the actor, or its side, makes it: "Russia said
 * it would strike" is Russia's threat, "a European diplomat said Hungary would block them" is a
 * forecast, not Hungary's threat. (Words of commitment — vow, pledge, threaten — have the actor
 * as their own subject; an unknown speaker leaves the reading as it was.)
 */
export function speaksForActor(tree: SentenceTree, f: Found, saying: number): boolean {
  if (INTENT_WORDS.has(tree.lemma(saying))) return true;
  const subject = tree.kid(saying, 'nsubj');
  if (subject < 0) return true;
  const { doc } = tree;
  const at = doc.tokens[subject].start;
  const mention = doc.mentions.find((m) => m.sentence === tree.sentence.index && m.start <= at && at < m.end);
  if (!mention) return true;
  const speakers =
    mention.kind === 'compound' ? (mention.members ?? []).map((i) => doc.mentions[i].actor) : [mention.actor];
  return speakers.some(
    (a) =>
      a >= 0 &&
      f.sources.some((p) => p.actor === a || selfPair(doc, a, p.actor) || selfPair(doc, p.actor, a)),
  );
}

const CONDITIONS = new Set(['if', 'unless', 'should', 'whether', 'until', 'till']);

/** Auxiliaries that put an obligation, not a commitment, on the subject. */
const OBLIGING = new Set(['must', 'should', 'ought']);

function obliged(tree: SentenceTree, t: number): boolean {
  return tree.kidsBy(t, 'aux').some((k) => OBLIGING.has(tree.lemma(k)));
}

/**
 * A word of intent, or "is prepared to" (a passive participle: readiness, where the active
 * "the army prepared to advance" is getting ready, a posture of its own).
 */
function commitsByItself(tree: SentenceTree, h: number): boolean {
  if (INTENT_WORDS.has(tree.lemma(h))) return true;
  return (
    tree.lemma(h) === 'prepare' &&
    tree.token(h).xpos === 'VBN' &&
    tree.kidsBy(h, 'aux:pass', 'cop').length > 0
  );
}

/** The verb through which the speaker commits to the event at `trigger`, as the lifted trigger. */
function committedBy(
  tree: SentenceTree,
  trigger: number,
  would: boolean,
  code: string,
): { code: string; trigger: number } | null {
  for (
    let h = tree.head(trigger), child = trigger, steps = 0;
    h >= 0 && steps < 4;
    child = h, h = tree.head(h), steps++
  ) {
    // "said its troops guard the border and that it would not pull them back": a conjoined
    // clause hangs on the first one, which hangs on the saying.
    const rel = tree.rel(child);
    const readyFor = rel === 'obl' && tree.token(h).upos === 'ADJ' && INTENT_WORDS.has(tree.lemma(h));
    if (!readyFor && !['ccomp', 'xcomp', 'advcl', 'parataxis', 'conj'].includes(rel)) return null;
    // "wants Hamas to release them": the clause is the object's act, wished by the subject.
    if (rel === 'xcomp' && tree.kidsBy(h, 'obj', 'iobj').length > 0) return null;
    // "threatened to shut the port if its tankers are seized": the condition is not threatened.
    if (rel === 'advcl' && tree.kidsBy(child, 'mark').some((m) => CONDITIONS.has(tree.lemma(m)))) return null;
    // "said France must be ready to withdraw": a readiness demanded of the actor is not its own.
    if (obliged(tree, h)) return null;
    if (commitsByItself(tree, h) || (would && COMMITTING.has(tree.lemma(h)))) return { code, trigger: h };
  }
  // "Portugal will support Turkey, its president said": the saying hangs on what it reports.
  const after = tree
    .kidsBy(trigger, 'parataxis', 'ccomp')
    .find((k) => k > trigger && would && COMMITTING.has(tree.lemma(k)) && tree.kid(k, 'nsubj') >= 0);
  return after === undefined ? null : { code, trigger: after };
}
