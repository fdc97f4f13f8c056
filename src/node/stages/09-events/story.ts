/** The story told so far, which the coder asks for targets a clause leaves implicit. */
import type { Doc, DocEvent, Span } from '../../doc/doc.js';
import type { Participant } from './participants.js';
import { ATTACK_ROOTS, actorKey, CAPTURES, FORCE_ROOTS, MEDIATION, SPEECH_ROOTS, selfPair } from './sides.js';

/** Speech acts and approval: their object is the act they are about ("condemned the strike"). */
const COMMENT_ROOTS = new Set([...SPEECH_ROOTS, '05']);
/** Roots of acts that are only words said: statements and denials, appeals, demands, criticism, rejections, threats. */
const SAID_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);
/** Roots of acts done in words: statements, appeals, intents, consultations, comments, demands, criticism. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '09', '10', '11', '12', '13']);

/** Opinions of another's act: criticism (11) and praise (05). */
const OPINION_ROOTS = new Set(['05', '11']);

/**
 * What the story has told so far, for targets the clause leaves implicit: who has used force
 * (the source of the most asserted material-conflict events), at whom a bystander's condemnation
 * with no named target is aimed ("two neighbours also expressed concern"); and who did the
 * latest thing, whose "decision" or "move" a reaction answers ("criticised the decision").
 */
export class StoryMemory {
  private readonly counts = new Map<string, { n: number; actor: number; span: Span }>();
  /** Each event told, with the lemmas that name it: its trigger and the trigger's object ("imposed sanctions"). */
  private readonly told: { event: DocEvent; lemmas: string[]; aside: boolean }[] = [];
  /** Sources of the asserted mediation events told so far. */
  private readonly mediating = new Set<number>();
  constructor(private readonly doc: Doc) {}

  private namesOf(e: DocEvent): string[] {
    const i = tokenStartingAt(this.doc, e.trigger.start);
    if (i < 0) return [];
    const { tokens } = this.doc;
    const names = [tokens[i].lemma ?? ''];
    // "condemned a US strike", "praised the deal": what a comment is about is another act, which
    // the comment does not name.
    if (COMMENT_ROOTS.has(e.cameo.slice(0, 2))) return names;
    const { tokenStart, tokenEnd } = this.doc.sentences[tokens[i].sentence];
    for (let j = tokenStart; j < tokenEnd; j++)
      if (tokens[j].head === i && (tokens[j].deprel === 'obj' || tokens[j].deprel === 'nsubj:pass'))
        names.push(tokens[j].lemma ?? '');
    return names;
  }

  /** Told in a relative clause ("a member, which had vetoed such steps before, abstained"): background. */
  private isAside(e: DocEvent): boolean {
    const { tokens } = this.doc;
    for (let i = tokenStartingAt(this.doc, e.trigger.start), steps = 0; i >= 0 && steps < 6; steps++) {
      if (tokens[i].deprel === 'acl:relcl') return true;
      i = tokens[i].head ?? -1;
    }
    return false;
  }

  add(events: readonly DocEvent[]): void {
    for (const e of events) {
      if (e.source === null || !e.sourceSpan) continue;
      this.told.push({ event: e, lemmas: this.namesOf(e), aside: this.isAside(e) });
      if (MEDIATION.has(e.cameo) && e.factuality === 'asserted') this.mediating.add(e.source);
      if (e.factuality !== 'asserted' || !FORCE_ROOTS.has(e.cameo.slice(0, 2))) continue;
      const key = actorKey(this.doc, e.source);
      const seen = this.counts.get(key);
      if (seen) seen.n++;
      else this.counts.set(key, { n: 1, actor: e.source, span: e.sourceSpan });
    }
  }

  /**
   * Where `source` last spoke in sentence `sentence` (the doc.places index of a speech act's
   * place), for a speaker who goes on talking in the next one: "Addressing a rally in Tabriz, she
   * condemned… “…,” she added" was added in Tabriz too. Null when it spoke nowhere named there.
   */
  placeSpokenFrom(sentence: number, source: number): number | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (e.sentence < sentence) break;
      if (
        e.sentence === sentence &&
        e.source === source &&
        e.place !== null &&
        SPEECH_ROOTS.has(e.cameo.slice(0, 2))
      )
        return e.place;
    }
    return null;
  }

  /**
   * The day of the latest event told before `sentence` that a word akin to `lemma` names: "the
   * seizure" is the event told with "seized". Null when there is none or its date is no day.
   */
  dayOfTold(lemma: string, sentence: number): string | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const { event, lemmas } = this.told[i];
      if (event.sentence >= sentence || !lemmas.some((l) => akin(l, lemma))) continue;
      if (event.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(event.date)) return event.date;
    }
    return null;
  }

  /**
   * The target of the latest event with a target told in sentence `sentence` or the one before,
   * of the same root (`root`) or, failing that, of a comment (criticism or praise).
   */
  lastTarget(sentence: number, root: string): Participant | null {
    const recent = this.told.filter(
      ({ event: e }) =>
        e.sentence >= sentence - 1 && e.sentence <= sentence && e.target !== null && e.targetSpan,
    );
    const pick =
      recent.findLast(({ event: e }) => e.cameo.startsWith(root)) ??
      recent.findLast(({ event: e }) => COMMENT_ROOTS.has(e.cameo.slice(0, 2)));
    const e = pick?.event;
    return e?.target != null && e.targetSpan ? { actor: e.target, span: e.targetSpan } : null;
  }

  /** Who used force first in the story: the side a denied, unattributed act of force belongs to. */
  firstToUseForce(): Participant | null {
    for (const { event: e } of this.told) {
      if (e.factuality !== 'asserted' || !FORCE_ROOTS.has(e.cameo.slice(0, 2))) continue;
      if (e.source !== null && e.sourceSpan) return { actor: e.source, span: e.sourceSpan };
    }
    return null;
  }

  aggressor(): Participant | null {
    let best: { n: number; actor: number; span: Span } | null = null;
    for (const c of this.counts.values()) if (!best || c.n > best.n) best = c;
    return best ? { actor: best.actor, span: best.span } : null;
  }

  /**
   * The source of the latest event told with the noun or verb `lemma`, else (given the code the
   * noun names) of the latest of the same three-digit kind, by someone other than `source`. The
   * word comes first: "condemned the attack" after "fighters attacked a base … paramilitaries took
   * part in the counter-offensive" is aimed at the attackers, not at the later act of force.
   */
  doerOf(lemma: string, source: number, codes?: string | readonly string[], on = ''): Participant | null {
    // (By its family: "the agreement" after "agreed", "the seizure" after "seized".)
    const named = this.latestDoer(source, (i) =>
      this.told[i].lemmas.some((l) => l === lemma || akin(l, lemma)),
    );
    if (named || codes === undefined || codes.length === 0) return named;
    // (A noun may code several acts, tried in turn: "expulsion" of people 174, of diplomats 166.)
    const all = typeof codes === 'string' ? [codes] : codes;
    const code = all[0];
    // "condemned the attack on the camp" after "the RSF shelled a camp": an act of the same root
    // told with that object.
    const onIt =
      on === ''
        ? null
        : this.latestDoer(
            source,
            (i) =>
              this.told[i].event.cameo.slice(0, 2) === code.slice(0, 2) &&
              this.told[i].lemmas.indexOf(on) > 0,
          );
    if (onIt) return onIt;
    for (const c of all) {
      const doer = this.latestDoer(source, (i) => this.told[i].event.cameo.slice(0, 3) === c.slice(0, 3));
      if (doer) return doer;
    }
    return null;
  }

  /** The source of the latest event told that `fits`, by someone other than `source`. */
  private latestDoer(source: number, fits: (i: number) => boolean): Participant | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (!fits(i) || e.source === null || !e.sourceSpan) continue;
      if (selfPair(this.doc, source, e.source) || actorKey(this.doc, e.source) === actorKey(this.doc, source))
        continue;
      return { actor: e.source, span: e.sourceSpan };
    }
    return null;
  }

  /**
   * The other side of the latest deal told with the noun or verb `lemma` ("the agreement" after
   * "India and Pakistan agreed…") whose one side is `side`: told both ways (or as a deal code
   * between the two), so a comment on it is aimed at both. Null when there is none.
   */
  /**
   * The two sides of the latest deal told both ways with the noun or verb `lemma` (or a deal code
   * of that noun): "welcomed the deal" after "Thailand and Cambodia agreed…". Null when none was.
   */
  sidesOfDeal(lemma: string, source: number): [Participant, Participant] | null {
    if (!DEAL_NOUNS.has(lemma)) return null;
    for (let i = this.told.length - 1; i >= 0; i--) {
      const { event: e, lemmas } = this.told[i];
      if (!lemmas.some((l) => akin(l, lemma)) && !DEAL_NOUNS.get(lemma)?.has(e.cameo.slice(0, 2))) continue;
      if (e.source === null || e.target === null || !e.sourceSpan || !e.targetSpan) continue;
      if (selfPair(this.doc, source, e.source) || selfPair(this.doc, source, e.target)) continue;
      const mutual = this.told.some(
        ({ event: o }) => o.sentence === e.sentence && o.source === e.target && o.target === e.source,
      );
      if (mutual)
        return [
          { actor: e.source, span: e.sourceSpan },
          { actor: e.target, span: e.targetSpan },
        ];
    }
    return null;
  }

  partnerOfTold(lemma: string, side: number): Participant | null {
    if (lemma === '') return null;
    for (let i = this.told.length - 1; i >= 0; i--) {
      const { event: e, lemmas } = this.told[i];
      if (!lemmas.some((l) => akin(l, lemma)) && !DEAL_NOUNS.get(lemma)?.has(e.cameo.slice(0, 2))) continue;
      if (e.source !== side || e.target === null || !e.targetSpan) continue;
      const mutual = this.told.some(
        ({ event: o }) => o.sentence === e.sentence && o.source === e.target && o.target === e.source,
      );
      if (mutual) return { actor: e.target, span: e.targetSpan };
    }
    return null;
  }

  /**
   * Whom the latest attack by `source` hit: what its claim of responsibility for "the attack" is
   * aimed at (with `statesOnly`, the latest state it hit).
   */
  victimOf(source: number, statesOnly = false): Participant | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (e.factuality !== 'asserted' || !ATTACK_ROOTS.has(e.cameo.slice(0, 2))) continue;
      if (e.source === null || actorKey(this.doc, e.source) !== actorKey(this.doc, source)) continue;
      if (e.target === null || !e.targetSpan || selfPair(this.doc, source, e.target)) continue;
      if (!statesOnly || this.doc.actors[e.target]?.org === null)
        return { actor: e.target, span: e.targetSpan };
    }
    return null;
  }

  /**
   * The latest act told as done to `victim`'s side by another side: what "would respond in kind"
   * answers with the same act. A deed (expelling envoys, sanctions, force) before words, which
   * are answered in words ("rejected the allegations and said it would respond in kind" answers
   * the expulsion told beside them); never a mere statement (01). Of the deeds of one sentence,
   * the first, told in the main clause ("ordered the diplomats out, a day after … had fired on a
   * patrol boat"). Null when none was told.
   */
  lastActAgainst(victim: number): { code: string; by: Participant } | null {
    const key = actorKey(this.doc, victim);
    let words: { code: string; by: Participant } | null = null;
    let deed: { code: string; by: Participant } | null = null;
    let deedSentence = -1;
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (deed && e.sentence !== deedSentence) break;
      if (e.factuality !== 'asserted' || e.cameo.startsWith('01')) continue;
      if (e.target === null || e.source === null || !e.sourceSpan) continue;
      if (selfPair(this.doc, victim, e.source)) continue;
      if (actorKey(this.doc, e.target) !== key && !selfPair(this.doc, victim, e.target)) continue;
      const act = { code: e.cameo, by: { actor: e.source, span: e.sourceSpan } };
      if (VERBAL_ROOTS.has(e.cameo.slice(0, 2))) words ??= act;
      else {
        deed = act;
        deedSentence = e.sentence;
      }
    }
    return deed ?? words;
  }

  /**
   * Who made the latest attack told on `victim`'s side: whom its retaliation answers. Of joint
   * attackers ("the United States and Britain struck…") the first named.
   */
  attackerOf(victim: number): Participant | null {
    const key = actorKey(this.doc, victim);
    const hits = (e: DocEvent): boolean =>
      e.factuality === 'asserted' &&
      ATTACK_ROOTS.has(e.cameo.slice(0, 2)) &&
      e.target !== null &&
      e.source !== null &&
      e.sourceSpan !== null &&
      (actorKey(this.doc, e.target) === key || selfPair(this.doc, victim, e.target));
    for (let i = this.told.length - 1; i >= 0; i--) {
      if (!hits(this.told[i].event)) continue;
      const trigger = this.told[i].event.trigger.start;
      let first = i;
      while (
        first > 0 &&
        this.told[first - 1].event.trigger.start === trigger &&
        hits(this.told[first - 1].event)
      )
        first--;
      const e = this.told[first].event;
      return e.source !== null && e.sourceSpan ? { actor: e.source, span: e.sourceSpan } : null;
    }
    return null;
  }

  /** Who has mediated in the story: a go-between is not a side ("Egyptian mediators"). */
  mediators(): ReadonlySet<number> {
    return this.mediating;
  }

  /** Who took the people or property a release is asked of: the latest seizure, abduction or arrest. */
  /** Whom `source`'s side took, by the latest seizure, abduction or arrest told: those it may release. */
  heldBy(source: number): Participant | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (e.factuality !== 'asserted' || !CAPTURES.some((c) => e.cameo.startsWith(c))) continue;
      if (e.source === null || e.target === null || !e.targetSpan) continue;
      if (
        !selfPair(this.doc, source, e.source) &&
        actorKey(this.doc, source) !== actorKey(this.doc, e.source)
      )
        continue;
      return { actor: e.target, span: e.targetSpan };
    }
    return null;
  }

  captor(source: number): Participant | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (e.factuality !== 'asserted' || !CAPTURES.some((c) => e.cameo.startsWith(c))) continue;
      if (e.source === null || !e.sourceSpan || selfPair(this.doc, source, e.source)) continue;
      return { actor: e.source, span: e.sourceSpan };
    }
    return null;
  }

  /**
   * The source of the latest event, within three sentences, by someone other than `source`: who
   * made the decision or move a reaction answers. An opinion of another's act (criticism, praise)
   * is no such move: "Zelenskiy welcomed the decision" after "the Kremlin condemned the sanctions"
   * the EU approved welcomes the EU's.
   */
  author(
    source: number,
    sentence: number,
    partners: ReadonlySet<number> = new Set(),
    deed = false,
  ): Participant | null {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const e = this.told[i].event;
      if (e.sentence < sentence - 3) break;
      if (OPINION_ROOTS.has(e.cameo.slice(0, 2))) continue;
      // ("welcomed the decision" after "Lukashenko has denied using migrants": a decision or
      // measure is a deed, not a statement, denial, appeal, demand, criticism or threat.)
      if (deed && SAID_ROOTS.has(e.cameo.slice(0, 2))) continue;
      // (A rejection of a third party's move is a reply, not the move reacted to: "The RSF dismissed
      // the sanctions. The government welcomed the move" welcomes the sanctions; one aimed at the
      // reacting side is: "Iran rejected the US proposal. Washington criticised the decision.")
      if (e.cameo.startsWith('12') && e.target !== null && !selfPair(this.doc, source, e.target)) continue;
      if (e.source === null || !e.sourceSpan || selfPair(this.doc, source, e.source)) continue;
      if (partners.has(e.source) || this.told[i].aside) continue;
      if (actorKey(this.doc, e.source) === actorKey(this.doc, source)) continue;
      return { actor: e.source, span: e.sourceSpan };
    }
    return null;
  }
}

/** The index of the token that starts at character `offset`, -1 when none does (binary search). */
export function tokenStartingAt(doc: Doc, offset: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid].start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Words of one family by their spelling: the same, or sharing their first four letters ("seize", "seizure"). */
function akin(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && a.slice(0, 4) === b.slice(0, 4);
}

/** Nouns that name a deal, and the roots of the events that make one ("the agreement" for 057). */
const DEAL_NOUNS = new Map<string, ReadonlySet<string>>(
  ['agreement', 'deal', 'accord', 'truce', 'ceasefire', 'pact', 'treaty', 'settlement'].map((w) => [
    w,
    new Set(['03', '05', '08']),
  ]),
);
