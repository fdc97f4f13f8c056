/**
 * What the event coder's finders hand on: a reading of one trigger (`Found`: its code, sources and
 * targets, before it is written as events) and the resources every rule consults. Apart so that the
 * sentence driver, the verb and noun finders and the writer of events share these types without
 * importing one another.
 */

import type { FactualityLexicon } from './factuality.js';
import type { EventLexicon } from './lexicon.js';
import type { Participant, StateMaker } from './participants.js';

export interface CoderResources {
  readonly lexicon: EventLexicon;
  readonly factuality: FactualityLexicon;
  readonly states: StateMaker;
}

export interface Found {
  readonly trigger: number;
  readonly code: string;
  readonly rule: string;
  readonly sources: Participant[];
  readonly targets: Participant[];
  readonly reciprocal: boolean;
  /** For an intent or threat read off a reported future event: the verb that reports it. */
  readonly liftedFrom?: number;
  /**
   * No one is named as acting, and the sentence denies the act outright ("no shots were fired"):
   * it is the story's, done (or not) by the side that has used force in it.
   */
  readonly bySide?: boolean;
  /**
   * Talks with no party named ("no date has been fixed for the next session of negotiations"): between the
   * two sides the story is about, when they are set for later or did not take place.
   */
  readonly betweenSides?: boolean;
  /**
   * The word naming what the act is about when it is not the trigger's object ("said the arrests
   * were a provocation": "arrests"), or -1.
   */
  readonly about: number;
}

/**
 * A reading with every field of `Found` present, in one order. Every reading the coder makes goes
 * through here or `changed` rather than an object literal of its own or a spread (`{ ...f, code }`):
 * V8 gives each object shape its own hidden class, and a spread over readings of many shapes makes
 * a new hidden class at nearly every call. The functions that read readings then met shapes their
 * optimised code had not seen and were recompiled over and over (`toEvents` alone about once every
 * five passes over the dev articles, 100+ ms of compiler time each); with one shape they are not.
 */
export function reading(r: {
  trigger: number;
  code: string;
  rule: string;
  sources: Participant[];
  targets: Participant[];
  reciprocal: boolean;
  liftedFrom?: number;
  bySide?: boolean;
  betweenSides?: boolean;
  about?: number;
}): Found {
  return {
    trigger: r.trigger,
    code: r.code,
    rule: r.rule,
    sources: r.sources,
    targets: r.targets,
    reciprocal: r.reciprocal,
    liftedFrom: r.liftedFrom,
    bySide: r.bySide ?? false,
    betweenSides: r.betweenSides ?? false,
    about: r.about ?? -1,
  };
}

/** `f` with the given fields changed (see `reading` for why not `{ ...f, … }`). */
export function changed(f: Found, c: Partial<Found>): Found {
  return {
    trigger: c.trigger ?? f.trigger,
    code: c.code ?? f.code,
    rule: c.rule ?? f.rule,
    sources: c.sources ?? f.sources,
    targets: c.targets ?? f.targets,
    reciprocal: c.reciprocal ?? f.reciprocal,
    liftedFrom: c.liftedFrom ?? f.liftedFrom,
    bySide: c.bySide ?? f.bySide ?? false,
    betweenSides: c.betweenSides ?? f.betweenSides ?? false,
    about: c.about ?? f.about,
  };
}
