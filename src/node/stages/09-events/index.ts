/**
 * The events stage: codes each sentence's events from its parse, actors, quotes, time
 * expressions and places. See coder.ts for how, factuality.ts for whether it happened.
 */
import type { Doc, DocEvent, Sector } from '../../doc/doc.js';
import { countryCodeOn, loadKnowledgeBaseData } from '../../kb/load.js';
import type { Country, KnowledgeBaseData } from '../../kb/types.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { type CoderResources, codeEvents } from './coder.js';
import { loadFactualityLexicon } from './factuality.js';
import { type EventLexicon, loadEventLexicon } from './lexicon.js';
import type { StateMaker } from './participants.js';
import { loadQuoteActs, type QuoteActRule, quotedActs } from './quoted-acts.js';
import { actorKey, GROUPS_APART } from './sides.js';
import { StoryMemory } from './story.js';

export { type CameoInfo, CameoTable, type EventLexicon, loadEventLexicon, withVerbRows } from './lexicon.js';

export interface EventResources {
  readonly lexicon: EventLexicon;
  readonly factuality: ReturnType<typeof loadFactualityLexicon>;
  /** Demonyms and state names usable as modifiers ("Israeli", "U.S.") → ISO3. */
  readonly stateWords: ReadonlyMap<string, string>;
  readonly stateNames: ReadonlyMap<string, string>;
  /** ISO3 → the state's record, for its actor code on the article's day. */
  readonly states: ReadonlyMap<string, Country>;
  readonly quoteActs: readonly QuoteActRule[];
}

export function loadEventResources(
  kb: KnowledgeBaseData = loadKnowledgeBaseData(),
  lexicon = loadEventLexicon(),
): EventResources {
  const stateWords = new Map<string, string>();
  const stateNames = new Map<string, string>();
  const states = new Map<string, Country>();
  for (const c of kb.countries) {
    stateNames.set(c.iso3, c.name);
    states.set(c.iso3, c);
    for (const w of [c.name, ...c.aliases, ...c.demonyms]) if (!stateWords.has(w)) stateWords.set(w, c.iso3);
  }
  return {
    lexicon,
    factuality: loadFactualityLexicon(),
    stateWords,
    stateNames,
    states,
    quoteActs: loadQuoteActs(),
  };
}

export function eventsStage(resources: EventResources = loadEventResources()): Stage {
  return {
    name: 'events',
    requires: ['syntax', 'mentions', 'coref', 'quotes', 'timexes', 'places'],
    assigns: ['events'],
    run: function codeDocEvents(doc: Doc) {
      const coder: CoderResources = {
        lexicon: resources.lexicon,
        factuality: resources.factuality,
        states: stateMaker(doc, resources),
      };
      const coded = codeEvents(doc, coder);
      const story = new StoryMemory(doc);
      story.add(coded);
      // A quotation's act that the sentence's own verb already codes ("vowed to fight") adds nothing;
      // nor does one read off the speech verb alone ("vowed" a quoted phrase) when the sentence
      // codes the speaker's act of that kind at anyone ("vowed that the group would keep
      // targeting ships linked to Israel 'until the aggression on Gaza stops'").
      // So is a few words quoted inside the reporter's own sentence ("called the expulsions
      // 'unjustified'"), whose act the sentence's verb codes.
      const cueOnly = new Set(resources.quoteActs.filter((r) => r.pattern === null).map((r) => r.rule));
      const loose = (q: DocEvent) => cueOnly.has(q.rule ?? '') || fragment(doc, q);
      const said = quotedActs(doc, resources.quoteActs, story.aggressor()).filter(
        (q) =>
          !coded.some(
            (e) =>
              e.sentence === q.sentence &&
              (e.source === q.source ||
                (loose(q) &&
                  e.source !== null &&
                  q.source !== null &&
                  actorKey(doc, e.source) === actorKey(doc, q.source))) &&
              (e.target === q.target || loose(q)) &&
              e.cameo.slice(0, 2) === q.cameo.slice(0, 2),
          ) &&
          // ("Zakharova warned that “outside players” were trying…": the saying verb the coder
          // already read, with the whole clause before it, is not read again from the quotation.)
          !coded.some((e) => e.trigger.start === q.trigger.start && e.source === q.source),
      );
      doc.events = dedupe(doc, [...coded, ...said]).sort(
        (a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start,
      );
    },
  };
}

/** The event is told in the article's opening line when that line has no closing punctuation. */
function inHeadline(doc: Doc, e: DocEvent): boolean {
  const sentence = doc.sentences[e.sentence];
  if (e.sentence !== 0 || sentence.paragraph !== 0) return false;
  const last = doc.tokens[sentence.tokenEnd - 1];
  return last !== undefined && !/^[.!?…"”’]$/.test(doc.slice(last));
}

/** A quotation of a few words set inside a sentence, not a sentence of its own. */
function fragment(doc: Doc, e: DocEvent): boolean {
  return doc.slice(e.evidence).split(/\s+/).length <= FRAGMENT_WORDS;
}

/** Words up to which a quotation is a fragment of the reporter's sentence. */
const FRAGMENT_WORDS = 6;

/**
 * One event per sides, code and factuality in an article, whichever reading found it first
 * (the annotation rule: an article that tells one condemnation twice reports one event). Events
 * whose own sentences name different days stay apart ("struck on Monday … struck again on
 * Wednesday"); a copy dated only by carrying a day over, or not at all, goes, and a copy dated
 * by its own sentence is kept before one that is not.
 */
function dedupe(doc: Doc, events: DocEvent[]): DocEvent[] {
  // (A state's gangs, rebels or opposition are a side apart from it: "Gangs attacked the town"
  // and "police fought the gangs" are two events within one state.)
  const side = (i: number | null) => {
    if (i === null) return '-';
    const a = doc.actors[i];
    const apart = a.sector !== null && GROUPS_APART.has(a.sector) ? `:${a.sector}` : '';
    return a.org ?? (a.country ? `${a.country}${apart}` : a.name);
  };
  const keyOf = (e: DocEvent) => `${side(e.source)}|${side(e.target)}|${e.cameo}|${e.factuality}`;
  const ownDay = (e: DocEvent) => {
    const s = doc.sentences[e.sentence];
    return e.date !== null && e.dateSpan !== null && e.dateSpan.start >= s.start && e.dateSpan.end <= s.end;
  };
  // The first reading dated by its own sentence stands for it when an undated one comes first (a
  // day merely carried over from the sentence before is no better than none).
  const firstDated = new Map<string, DocEvent>();
  for (const e of events) if (ownDay(e) && !firstDated.has(keyOf(e))) firstDated.set(keyOf(e), e);
  // A headline restates what the body tells with its day, place and speaker: the body's first
  // telling stands for the headline's.
  const firstInBody = new Map<string, DocEvent>();
  // ("Chinese coast guard fires water cannon at Philippine vessel": the headline may leave the
  // target unnamed that the body names; the body's telling with a target stands for it then.)
  const aimless = (e: DocEvent) => `${side(e.source)}|-|${e.cameo}|${e.factuality}`;
  for (const e of events) {
    if (inHeadline(doc, e)) continue;
    if (!firstInBody.has(keyOf(e))) firstInBody.set(keyOf(e), e);
    if (!firstInBody.has(aimless(e))) firstInBody.set(aimless(e), e);
  }
  const kept = new Map<string, DocEvent[]>();
  const out: DocEvent[] = [];
  for (const e of events) {
    const told = inHeadline(doc, e)
      ? (firstInBody.get(keyOf(e)) ?? (e.target === null ? firstInBody.get(aimless(e)) : undefined) ?? e)
      : e;
    const key = keyOf(told);
    const chosen = told.date === null ? (firstDated.get(key) ?? told) : told;
    const same = kept.get(key) ?? [];
    const distinct = same.every((k) => ownDay(k) && ownDay(chosen) && k.date !== chosen.date);
    if (same.includes(chosen) || (same.length > 0 && !distinct)) continue;
    kept.set(key, [...same, chosen]);
    out.push(chosen);
  }
  return out;
}

/** The state's actor code on the article's day (an analyst's dictionary may date its codes). */
function stateCode(resources: EventResources, doc: Doc, iso3: string): string {
  const state = resources.states.get(iso3);
  return state ? countryCodeOn(state, doc.meta.published ?? new Date().toISOString().slice(0, 10)) : iso3;
}

/** Finds or adds the Doc's actor for a state named only by a modifier ("Israeli jets"). */
function stateMaker(doc: Doc, resources: EventResources): StateMaker {
  return {
    countryOfWord: (word) => resources.stateWords.get(word.replace(/[’]/g, "'")) ?? null,
    state(iso3, sector) {
      const found = doc.actors.findIndex(
        (a) => a.type === 'state' && a.country === iso3 && a.sector === sector,
      );
      if (found >= 0) return found;
      const index = doc.actors.length;
      doc.actors.push({
        id: `a${index}`,
        kbId: iso3,
        type: 'state',
        name: resources.stateNames.get(iso3) ?? iso3,
        country: iso3,
        org: null,
        sector: sector as Sector | null,
        role: null,
        code: `${stateCode(resources, doc, iso3)}${sector ?? ''}`,
        gender: null,
        anonymous: false,
      });
      return index;
    },
  };
}
