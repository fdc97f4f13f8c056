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
}
