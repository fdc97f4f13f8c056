/**
 * When an event happened: the time expression that governs its clause ("Fidan hosted … on
 * Friday"), else one governing the clause it depends on, else the only time expression of the
 * sentence. Never the publication date by default: no clue in the text gives null.
 */
import type { Doc, EventInterval, Sentence, Span, Timex } from '../../doc/doc.js';
import { addMonths, formatIsoDay, formatRange, parseIsoDay } from '../07-time/dates.js';
import type { StoryMemory } from './story.js';
import { byAgentOf, SentenceTree } from './tree.js';
import { WORDS } from './word-roles.js';

export interface EventDate {
  value: string | null;
  span: Span | null;
  /** The date lies after the article's publication day (the event is still to come). */
  future: boolean;
}

const NONE: EventDate = { value: null, span: null, future: false };

export function eventDate(
  doc: Doc,
  tree: SentenceTree,
  trigger: number,
  story: StoryMemory | null = null,
  depth = 0,
): EventDate {
  const interval = fromAnchoringEvent(doc, tree, trigger, story, depth);
  if (interval) return interval;
  // ("discussed a possible meeting later this week": a span still to come dates the meeting, not
  // the discussion a past tense reports.)
  const past = pastForm(tree, trigger);
  const inSentence = doc.timexes.filter(
    (t) =>
      t.sentence === tree.sentence.index &&
      t.value !== null &&
      !t.dateline &&
      !contentsTime(doc, tree, trigger, t) &&
      !(past && stillToCome(t.value, doc.meta.published)) &&
      !namesAThing(tree, t, trigger) &&
      !bounds(tree, t, trigger),
  );
  if (inSentence.length === 0)
    return (
      toldBefore(doc, tree, trigger) ?? carriedOver(doc, tree.sentence.index, !toldAsDone(tree, trigger))
    );
  // "condemned on Monday the shooting of three fishermen by the coast
  // guard": an act of another agent that the sentence reacts to took place before; only a time
  // in its own phrase dates it.
  if (reactedTo(tree, trigger)) {
    const own = inSentence.find((t) => tree.dominates(trigger, headToken(tree, t)));
    return own ? dated(doc, own) : (toldBefore(doc, tree, trigger) ?? NONE);
  }
  // Failing a governing one, the nearest that belongs to no other clause when there is one
  // ("restored ties in 2023" dates the restoring, not the visit the sentence reports).
  // A clause opened by "since" or "until" is another event's time ("the worst fighting since they
  // signed a deal in March"); its date never dates this one by default. ("Said after meeting X on
  // Saturday" is the same day, so "after" does not count.)
  // ("Egypt and Qatar, which mediated a truce in March, urged…": a relative clause set off by
  // commas on an argument tells of another event, with its own time.)
  const free = inSentence.filter((t) => {
    const anchor = clauseOf(tree, headToken(tree, t));
    if (anotherEventsTime(tree, anchor, trigger) || relativeBelow(tree, anchor, trigger)) return false;
    // ("accusing them of organising an attack last month": the time of what a charge says is
    // that act's, not the charge's.)
    if (anchor !== trigger && CLAIMING.has(tree.lemma(trigger)) && tree.dominates(trigger, anchor))
      return false;
    return anchor < 0 || tree.dominates(anchor, trigger) || tree.dominates(trigger, anchor);
  });
  // Among those, one in a clause above the event beats one in a clause of its own below it
  // ("landed on Sunday, her first trip since relations resumed in 2019").
  const above = free.filter((t) => {
    const anchor = clauseOf(tree, headToken(tree, t));
    return anchor < 0 || anchor === trigger || tree.dominates(anchor, trigger);
  });
  // A date that belongs to another verb's clause ("ordered a deployment and called on volunteers
  // to report over the weekend") dates that clause, not this event.
  const unclaimed = inSentence.filter((t) => {
    const anchor = clauseOf(tree, headToken(tree, t));
    // (Nor a noun's inside an aside: "Qatar, which brokered a truce in October, urged…".)
    return (
      anchor < 0 ||
      (!tree.isVerb(anchor) &&
        !anotherEventsTime(tree, anchor, trigger) &&
        !relativeBelow(tree, anchor, trigger, true) &&
        !inOtherAside(tree, anchor, trigger))
    );
  });
  const loose = above.length > 0 ? above : free.length > 0 ? free : unclaimed;
  // A news event is dated to the day; a year or month beside a day usually dates background
  // ("landed on Sunday, … since relations resumed in 2019").
  const days = loose.filter((t) => spanDays(t.value) <= 7);
  const candidates = days.length > 0 ? days : loose;
  const fallback =
    candidates.length === 0
      ? null
      : candidates.length === 1
        ? candidates[0]
        : nearest(tree, candidates, trigger);
  // Failing all, the day the report was made ("…, the envoy said after meeting Aoun on
  // Saturday"), as a sentence with no date takes the day the one before it names.
  const saying = inSentence.find((t) => {
    const anchor = clauseOf(tree, headToken(tree, t));
    return anchor >= 0 && SAYING.has(tree.lemma(anchor));
  });
  const chosen = governing(tree, inSentence, trigger) ?? fallback ?? saying ?? null;
  if (!chosen) return NONE;
  const value = joinedDays(tree, inSentence, chosen) ?? chosen.value;
  return { value, span: chosen, future: startsAfter(value, doc.meta.published) };
}

/**
 * "met on Monday and Tuesday": days joined by "and" to the chosen one make one range, from the
 * first to the last. Null when no day is joined to it.
 */
function joinedDays(tree: SentenceTree, timexes: Timex[], chosen: Timex): string | null {
  const head = headToken(tree, chosen);
  if (head < 0 || spanDays(chosen.value) !== 1) return null;
  const days = timexes.filter((t) => {
    const h = headToken(tree, t);
    return (
      t !== chosen && h >= 0 && tree.rel(h) === 'conj' && tree.head(h) === head && spanDays(t.value) === 1
    );
  });
  if (days.length === 0) return null;
  const all = [chosen, ...days].map((t) => t.value as string).sort();
  return `${all[0]}/${all[all.length - 1]}`;
}

/**
 * "struck Beirut on Sunday, two days after the group fired rockets": an event in a clause or
 * phrase opened by "after" or "before" with an interval is dated from the clause that phrase
 * modifies, less the interval. That clause's date is the day the story told its subject ("the
 * raid came two days after…": the day of the raid), else its own date.
 */
function fromAnchoringEvent(
  doc: Doc,
  tree: SentenceTree,
  trigger: number,
  story: StoryMemory | null,
  depth: number,
): EventDate | null {
  let clause = trigger;
  for (let steps = 0; CLAUSE_LINKS.has(tree.rel(clause)) && tree.head(clause) >= 0 && steps < 4; steps++)
    clause = tree.head(clause);
  const opener = tree.kidsBy(clause, 'mark', 'case').find((k) => INTERVAL_OPENERS.has(tree.lemma(k)));
  if (opener === undefined) return null;
  const end = tree.token(opener).end;
  const timex = doc.timexes.find((t) => t.sentence === tree.sentence.index && t.fromEvent && t.end === end);
  const governor = tree.head(clause);
  if (!timex?.fromEvent || governor < 0) return null;
  const day = anchorDay(doc, tree, governor, story, depth);
  const value = day === null ? null : shifted(day, timex.fromEvent, -1);
  return value === null ? null : { value, span: timex, future: startsAfter(value, doc.meta.published) };
}

const INTERVAL_OPENERS = new Set(['after', 'before']);
/** Links to the head of a clause: "after X struck and seized", "before they are due to meet". */
const CLAUSE_LINKS = new Set(['conj', 'xcomp']);

/** The day of the clause an interval is counted from (see fromAnchoringEvent), or null. */
function anchorDay(
  doc: Doc,
  tree: SentenceTree,
  governor: number,
  story: StoryMemory | null,
  depth: number,
): string | null {
  const subject = tree.kid(governor, 'nsubj');
  if (
    story &&
    subject >= 0 &&
    tree.token(subject).upos === 'NOUN' &&
    tree.kidsBy(subject, 'det').some((d) => tree.lemma(d) === 'the')
  ) {
    const told = story.dayOfTold(tree.lemma(subject), tree.sentence.index);
    if (told) return told;
  }
  // One step only: the clause above is dated the ordinary way, not by another interval.
  if (depth > 0) return null;
  const own = eventDate(doc, tree, governor, story, depth + 1);
  return own.value !== null && spanDays(own.value) === 1 ? own.value : null;
}

/**
 * An ISO day moved by `sign` times the interval. A week or more is a loose measure in news copy
 * ("a week after" may be six days or eight), so such a move gives a day either side.
 */
function shifted(day: string, interval: EventInterval, sign: 1 | -1): string | null {
  const d = parseIsoDay(day);
  if (d === null) return null;
  const n = sign * interval.n;
  if (interval.unit !== 'day') return formatIsoDay(addMonths(d, interval.unit === 'month' ? n : 12 * n));
  return Math.abs(n) >= 7 ? formatRange(d + n - 1, d + n + 1) : formatIsoDay(d + n);
}

/**
 * "At the talks, hosted by Fidan, …": an event told again by a definite noun takes the date the
 * article gave it before ("talks in Geneva last month"), from the noun itself, the clause it
 * belongs to, or the participle that hangs on it.
 */
function toldBefore(doc: Doc, tree: SentenceTree, trigger: number): EventDate | null {
  for (const noun of referringNouns(tree, trigger)) {
    const lemma = tree.lemma(noun);
    for (let back = tree.sentence.index - 1; back >= Math.max(0, tree.sentence.index - 6); back--) {
      const times = doc.timexes.filter((t) => t.sentence === back && t.value !== null && !t.dateline);
      if (times.length === 0) continue;
      const earlier = new SentenceTree(doc, doc.sentences[back]);
      for (let i = earlier.sentence.tokenStart; i < earlier.sentence.tokenEnd; i++) {
        if (earlier.lemma(i) !== lemma || earlier.token(i).upos !== 'NOUN') continue;
        const own = times.find((t) => {
          const anchor = clauseOf(earlier, headToken(earlier, t));
          return anchor === i || (anchor >= 0 && anchor === earlier.head(i));
        });
        if (own) return dated(doc, own);
      }
    }
  }
  return null;
}

/** Definite nouns that name the event at `trigger`: itself, the noun it describes, or its "at the …". */
function referringNouns(tree: SentenceTree, trigger: number): number[] {
  const candidates = [trigger];
  // "held at the palace and hosted by Fidan": a conjoined participle describes the same noun.
  let clause = trigger;
  while (tree.rel(clause) === 'conj' && tree.head(clause) >= 0) clause = tree.head(clause);
  const h = tree.head(clause);
  if (h >= 0 && tree.rel(clause) === 'acl') candidates.push(h);
  for (const k of tree.kidsBy(trigger, 'obl'))
    if (['at', 'during'].includes(tree.caseOf(k))) candidates.push(k);
  // The same phrase above the clause when the parser made it the head ("At the talks, …, the
  // delegation … rejected" parsed with "talks" as the root).
  for (let a = tree.head(trigger), steps = 0; a >= 0 && steps < 8; a = tree.head(a), steps++)
    if (['at', 'during'].includes(tree.caseOf(a))) candidates.push(a);
  return candidates.filter(
    (n) => tree.token(n).upos === 'NOUN' && tree.kidsBy(n, 'det').some((d) => tree.lemma(d) === 'the'),
  );
}

/**
 * A sentence with no time expression continues the time of the one before it ("Russian drones
 * struck Kyiv overnight. Five people were killed in the Podil district."), across a paragraph
 * break too: news paragraphs go on telling the same day until a new date is named.
 */
export function carriedOver(doc: Doc, index: number, laterDays = true): EventDate {
  // A day named inside a quotation is the speaker's, not the narrative's.
  // The nearest dated sentence among the three before; further back the thread is lost. The first
  // day a sentence names is its main event's ("struck Kyiv overnight, officials said on
  // Monday"; "exchanged prisoners on Thursday under a deal reached last week").
  // (A day still to come dates no act told as done or doing: "…would hold its fire from
  // Friday. Sudan denies backing the militia.")
  // (A month is a day's background when a day was told just before it: "agreed on Tuesday to
  // restore the truce. … violated it 40 times this month. Pakistan said…" goes on with Tuesday.)
  // (Past a month, the day of the story is looked for two sentences further back: "…on Sunday.
  // The PKK announced in May that it would disband. Erdogan welcomed the move. … The DEM Party urged
  // Ankara…" goes on with Sunday.)
  let month: Timex | null = null;
  for (let back = index - 1; back >= Math.max(0, index - (month ? 5 : 3)); back--) {
    const first = narrativeDay(doc, back);
    if (!first) continue;
    if (!laterDays && startsAfter(first.value, doc.meta.published)) return NONE;
    // (Not a day still to come found past the usual three sentences: "vowed to return on Monday".)
    if (back < index - 3 && startsAfter(first.value, doc.meta.published)) continue;
    if (spanDays(first.value) <= 7) return dated(doc, first);
    month ??= first;
  }
  if (month) return dated(doc, month);
  // Nothing before: a paragraph that opens undated ("Kallas criticised the holdouts.") is dated
  // by the sentence that goes on with its speaker ("“…,” she told reporters on Tuesday").
  const next = doc.sentences[index + 1];
  if (next && next.paragraph === doc.sentences[index].paragraph && continuesSpeaker(doc, next)) {
    const ahead = narrativeDay(doc, next.index);
    if (ahead) return dated(doc, ahead);
  }
  return NONE;
}

/**
 * The first dated time expression of a sentence outside its quotations that can go on dating
 * the story: not a year or longer ("brokered a ceasefire in 2020" is background, not the day the
 * next sentence tells), nor one in a relative clause ("Russia, which brokered a ceasefire in
 * March, said…"), nor the start of a state still going on ("since April 2023").
 */
function narrativeDay(doc: Doc, sentence: number): Timex | undefined {
  return doc.timexes.find(
    (t) =>
      t.sentence === sentence &&
      t.value !== null &&
      !t.dateline &&
      !doc.quotes.some((q) => q.start <= t.start && t.end <= q.end) &&
      !(Number.isFinite(spanDays(t.value)) && spanDays(t.value) > 31) &&
      !inRelativeClause(doc, t) &&
      !SINCE.test(doc.text.slice(Math.max(0, t.start - 12), t.start)),
  );
}

/**
 * Text ending in "since": the time after it starts a state still going on ("has been fighting the
 * RSF since April 2023"), no day the next sentence goes on telling.
 */
const SINCE = /\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i;

/**
 * Whether the timex is in a relative clause set off by a comma ("Israel, which struck … on
 * Monday,"): an aside. A clause with no comma before it ("a drone that approached the ship on
 * Tuesday night") tells what is being reported and is no aside.
 */
function inRelativeClause(doc: Doc, timex: Timex): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[timex.sentence];
  let i = tokenStart;
  while (i < tokenEnd && doc.tokens[i].end <= timex.start) i++;
  for (let steps = 0; i >= 0 && i < tokenEnd && steps < 8; steps++) {
    if (doc.tokens[i].deprel === 'acl:relcl') return afterComma(doc, i, tokenStart, tokenEnd);
    i = doc.tokens[i].head ?? -1;
  }
  return false;
}

/** Whether the phrase of token `head` opens with or right after a comma. */
function afterComma(doc: Doc, head: number, tokenStart: number, tokenEnd: number): boolean {
  const within = (k: number) => {
    for (let h = k, steps = 0; h >= tokenStart && h < tokenEnd && steps < 12; steps++) {
      if (h === head) return true;
      h = doc.tokens[h].head ?? -1;
    }
    return false;
  };
  let first = head;
  for (let k = tokenStart; k < head; k++)
    if (within(k)) {
      first = k;
      break;
    }
  // (The comma itself may be hung inside the clause.)
  if (doc.slice(doc.tokens[first]) === ',') return true;
  return first > tokenStart && doc.slice(doc.tokens[first - 1]) === ',';
}

function dated(doc: Doc, timex: Timex): EventDate {
  return { value: timex.value, span: timex, future: startsAfter(timex.value, doc.meta.published) };
}

/** A sentence that opens with a quotation or whose quotation is attributed to a pronoun. */
export function continuesSpeaker(doc: Doc, sentence: Sentence): boolean {
  const quote = doc.quotes.find((q) => q.sentence === sentence.index);
  const speaker = quote?.speaker?.mention;
  return speaker !== null && speaker !== undefined && /^(?:he|she|they)$/i.test(doc.slice(speaker));
}

/** An event noun with its own agent, the object of a verb: what that verb reacts to. */
function reactedTo(tree: SentenceTree, trigger: number): boolean {
  const h = tree.head(trigger);
  return (
    tree.token(trigger).upos === 'NOUN' &&
    tree.rel(trigger) === 'obj' &&
    h >= 0 &&
    byAgentOf(tree, trigger) >= 0
  );
}

/** The timex attached under the trigger, or under the clauses above it (not under other verbs). */
function governing(tree: SentenceTree, timexes: Timex[], trigger: number): Timex | null {
  const anchors = new Map<Timex, number>();
  for (const t of timexes) anchors.set(t, clauseOf(tree, headToken(tree, t)));
  // "an appeal, lodged earlier this month": a participle describing an event noun dates it.
  if (!tree.isVerb(trigger))
    for (const [timex, anchor] of anchors)
      if (
        anchor >= 0 &&
        tree.head(anchor) === trigger &&
        tree.deprel(anchor) === 'acl' &&
        tree.token(anchor).xpos === 'VBN'
      )
        return timex;
  for (let h = trigger, steps = 0; h >= 0 && steps < 6; h = tree.head(h), steps++) {
    for (const [timex, anchor] of anchors) if (anchor === h) return timex;
    if (!['xcomp', 'conj', 'advcl', 'acl', 'obj', 'nmod', 'obl'].includes(tree.rel(h))) break;
  }
  return null;
}

/**
 * "the 2015 nuclear deal", "last year's election": a year or month set before a noun names that
 * thing and dates no other event (a day may still be the event's own: "the Friday opening").
 */
function namesAThing(tree: SentenceTree, timex: Timex, trigger: number): boolean {
  const head = headToken(tree, timex);
  if (head < 0 || !ATTRIBUTIVE.has(tree.deprel(head)) || spanDays(timex.value) <= 7) return false;
  return tree.head(head) !== trigger;
}

/**
 * "for the first time since November", "until March": a time that opens or closes a span is
 * another moment than the event's own.
 */
function bounds(tree: SentenceTree, timex: Timex, trigger: number): boolean {
  const head = headToken(tree, timex);
  if (head < 0) return false;
  if (SEQUENCE.has(tree.caseOf(head))) return true;
  if (answersEarlierAct(tree, timex, trigger)) return true;
  // ("since Moscow's invasion of Ukraine in 2022", with "in 2022" hung on the verb: a time
  // right after a since-phrase is that phrase's, and dates only the event it names.)
  const before = firstTokenOf(tree, timex) - 2;
  if (before < tree.sentence.tokenStart || tree.lemma(before + 1) !== 'in') return false;
  for (let k = before, steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++)
    if (SEQUENCE.has(tree.caseOf(k))) return k !== trigger;
  return false;
}

/**
 * "attacked a police station in response to the killing of one of its commanders last week",
 * with "last week" hung on "attacked": a time right after a phrase of response names when the
 * act answered happened, not the answer.
 */
function answersEarlierAct(tree: SentenceTree, timex: Timex, trigger: number): boolean {
  const before = firstTokenOf(tree, timex) - 1;
  if (before < tree.sentence.tokenStart) return false;
  for (let k = before, steps = 0; k >= 0 && steps < 6; k = tree.head(k), steps++) {
    if (k === trigger) return false;
    if (RESPONSE_NOUNS.has(tree.lemma(k))) return tree.head(k) === trigger;
  }
  return false;
}

/** Nouns of a response to an earlier act ("in response to", "in retaliation for"). */
const RESPONSE_NOUNS = new Set(['response', 'retaliation', 'revenge', 'reprisal', 'answer']);

function firstTokenOf(tree: SentenceTree, timex: Timex): number {
  for (let i = tree.sentence.tokenStart; i < tree.sentence.tokenEnd; i++)
    if (tree.token(i).start >= timex.start) return i;
  return -1;
}

/** Relations of a time expression set before a noun to describe it. */
const ATTRIBUTIVE = new Set(['compound', 'amod', 'nummod', 'nmod:poss']);

function headToken(tree: SentenceTree, timex: Timex): number {
  for (let i = tree.sentence.tokenStart; i < tree.sentence.tokenEnd; i++) {
    const tok = tree.token(i);
    if (tok.start < timex.start || tok.end > timex.end) continue;
    const h = tree.head(i);
    if (h < 0 || tree.token(h).start < timex.start || tree.token(h).end > timex.end) return i;
  }
  return -1;
}

/** The nearest verb or event noun above a token: the clause a time expression belongs to. */
function clauseOf(tree: SentenceTree, token: number): number {
  for (let h = tree.head(token), steps = 0; h >= 0 && steps < 8; h = tree.head(h), steps++) {
    const upos = tree.token(h).upos;
    // A gerund with no subject of its own takes the time of the verb above it ("summoned the
    // acting envoy on Saturday", parsed with the date under "acting").
    // (Not a participle clause that follows its verb after a comma, which tells an act of its
    // own: "arrested two employees on Monday, deepening a row over the downing of a plane last
    // year"; "Zelensky, speaking on Sunday, said…" is the saying's time.)
    const clause =
      tree.deprel(h) === 'advcl' &&
      tree.head(h) < h &&
      tree.token(tree.head(h)).upos === 'VERB' &&
      h > tree.sentence.tokenStart &&
      tree.doc.slice(tree.token(h - 1)) === ',';
    // (Nor what someone is accused of: "accusing them of organising an attack last month".)
    const charge =
      tree.head(h) >= 0 &&
      CLAIMING.has(tree.lemma(tree.head(h))) &&
      tree.kidsBy(h, 'mark').some((m) => ['of', 'for'].includes(tree.lemma(m)));
    if (
      upos === 'VERB' &&
      tree.token(h).xpos === 'VBG' &&
      tree.kid(h, 'nsubj') < 0 &&
      tree.head(h) >= 0 &&
      !clause &&
      !charge
    )
      continue;
    if (upos === 'VERB' || upos === 'NOUN' || upos === 'ADJ') return h;
  }
  return -1;
}

function nearest(tree: SentenceTree, timexes: Timex[], trigger: number): Timex {
  const at = tree.token(trigger).start;
  return timexes.reduce((best, t) => (Math.abs(t.start - at) < Math.abs(best.start - at) ? t : best));
}

const SEQUENCE = new Set(['since', 'until']);

/**
 * Whether `anchor` lies in a relative clause set off by commas under `trigger` (on the way up
 * from it); "protesters who marched on Friday" tells the same occasion. `asideOnly`: only a
 * clause set off by a comma counts.
 */
function relativeBelow(tree: SentenceTree, anchor: number, trigger: number, asideOnly = false): boolean {
  const { tokenStart, tokenEnd } = tree.sentence;
  for (let h = anchor, steps = 0; h >= 0 && h !== trigger && steps < 8; h = tree.head(h), steps++) {
    // ("discussed their disputed frontier, where troops clashed in 2020", with the relative clause
    // read as a parataxis: a clause that opens with a relative word after a comma is one.)
    // ("urged both sides to return to the truce they agreed in May": so does a relative clause
    // whose subject is another than its noun, comma or none; not "fired at supporters who marched
    // on Friday", whose time may well be the act's.)
    if (tree.deprel(h) === 'acl:relcl' || opensAsRelative(tree, h))
      return (
        tree.dominates(trigger, anchor) &&
        (afterComma(tree.doc, h, tokenStart, tokenEnd) ||
          (!asideOnly && tree.deprel(h) === 'acl:relcl' && ownSubject(tree, h)))
      );
    // ("granted access under an agreement reached in Cairo last month": a participle on the
    // noun of a phrase of terms tells when that agreement was made.)
    // ("asked the UN to speed up the deployment of a force approved by the Security Council in
    // September": so does one with an agent of its own.)
    if (tree.deprel(h) === 'acl' && tree.token(h).xpos === 'VBN') {
      const noun = tree.head(h);
      const agent = tree.kidsBy(h, 'obl').some((k) => tree.deprel(k) === 'obl:agent');
      return (
        noun >= 0 && (BACKGROUND_CASES.has(tree.caseOf(noun)) || agent) && tree.dominates(trigger, anchor)
      );
    }
  }
  return false;
}

/**
 * `anchor` lies in a relative clause set off by commas that does not hold `trigger`: "The United
 * States, which brokered a deal in June, said it would impose sanctions" (June dates the deal).
 */
function inOtherAside(tree: SentenceTree, anchor: number, trigger: number): boolean {
  const { tokenStart, tokenEnd } = tree.sentence;
  for (let h = anchor, steps = 0; h >= 0 && steps < 8; h = tree.head(h), steps++) {
    if (tree.dominates(h, trigger)) return false;
    if (tree.deprel(h) === 'acl:relcl' && afterComma(tree.doc, h, tokenStart, tokenEnd)) return true;
  }
  return false;
}

/** The relative clause `verb` has a subject that is no relative pronoun ("the truce they agreed"). */
function ownSubject(tree: SentenceTree, verb: number): boolean {
  const subject = tree.kid(verb, 'nsubj');
  return (
    subject >= 0 && !['WP', 'WDT'].includes(tree.token(subject).xpos ?? '') && tree.lemma(subject) !== 'that'
  );
}

/** The clause of `verb` starts, right after a comma, with a relative word ("…, where troops clashed"). */
function opensAsRelative(tree: SentenceTree, verb: number): boolean {
  const first = Math.min(verb, ...tree.kids(verb).filter((k) => tree.rel(k) !== 'punct'));
  const before = first - 1;
  return (
    first < verb &&
    before >= tree.sentence.tokenStart &&
    tree.doc.slice(tree.token(before)) === ',' &&
    RELATIVE_WORDS.has(tree.lemma(first))
  );
}

const RELATIVE_WORDS = new Set(['where', 'when', 'which', 'who', 'whom', 'whose']);

/** Prepositions of a phrase that names a settled background to the act ("under a deal"). */
const BACKGROUND_CASES = new Set(['under', 'despite', 'following', 'per']);

/** A clause (other than the event's own) opened by "since" or "until": its time is another event's. */
function anotherEventsTime(tree: SentenceTree, anchor: number, trigger: number): boolean {
  return (
    anchor >= 0 &&
    anchor !== trigger &&
    tree.kidsBy(anchor, 'mark', 'case').some((k) => SEQUENCE.has(tree.lemma(k)))
  );
}
/** Verbs whose content is a charge ("accused X of…"): `claiming` in word-roles.tsv. */
const CLAIMING = WORDS.claiming;

/** Verbs that report the news, whose date is the report's. */
const SAYING = WORDS.saying;

/** How many days a value covers: 1 for a day, 7 for a week, 365 for a year; Infinity if unknown. */
function spanDays(value: string | null): number {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(value ?? '');
  if (!m) return Number.POSITIVE_INFINITY;
  if (!m[2]) return 1;
  return (Date.parse(m[2]) - Date.parse(m[1])) / 86_400_000 + 1;
}

/**
 * A later day in what a past act agreed, said or feared is that content's own time, not the
 * act's ("agreed to meet again next week", "warned that Russia could attack in the spring";
 * "Russia could attack in the spring, officials warned", with the saying hung on what it says).
 */
function contentsTime(doc: Doc, tree: SentenceTree, trigger: number, timex: Timex): boolean {
  if (!startsAfter(timex.value, doc.meta.published) || !pastForm(tree, trigger)) return false;
  // ("called an emergency meeting for Saturday": a day a thing is set "for" is that thing's.)
  if (tree.caseOf(headToken(tree, timex)) === 'for') return true;
  const anchor = clauseOf(tree, headToken(tree, timex));
  if (anchor < 0 || anchor === trigger) return false;
  if (tree.dominates(trigger, anchor)) return true;
  const host = tree.head(trigger);
  return tree.rel(trigger) === 'parataxis' && host >= 0 && tree.dominates(host, anchor);
}

/** A verb in the past or present tense with no modal: an act told as done or being done. */
function toldAsDone(tree: SentenceTree, t: number): boolean {
  const xpos = tree.token(t).xpos ?? '';
  const aux = tree.kidsBy(t, 'aux');
  // ("Ruto spoke after meeting Haiti's prime minister": a gerund after "after" on a verb told as
  // done was done before it.)
  const head = tree.head(t);
  if (
    xpos === 'VBG' &&
    head >= 0 &&
    tree.kidsBy(t, 'mark').some((m) => ['after', 'before'].includes(tree.lemma(m))) &&
    toldAsDone(tree, head)
  )
    return true;
  // ("The mission, backed by the United Nations, has struggled": a participle describing a noun
  // tells what was done to it.)
  if (xpos === 'VBN' && tree.rel(t) === 'acl') return true;
  // ("does not recognise", "did strike": the tense is on "do".)
  const doSupport = xpos === 'VB' && aux.some((k) => tree.lemma(k) === 'do');
  if (!['VBD', 'VBZ', 'VBP'].includes(xpos) && !pastForm(tree, t) && !doSupport) return false;
  return !aux.some((k) => tree.token(k).xpos === 'MD');
}

/**
 * A verb in a past tense: "agreed", "has agreed", "had warned"; also a participle with a subject
 * of its own and no auxiliary, which is a past tense the tagger misread.
 */
function pastForm(tree: SentenceTree, t: number): boolean {
  const xpos = tree.token(t).xpos;
  if (xpos === 'VBD') return true;
  if (xpos !== 'VBN') return false;
  const aux = tree.kidsBy(t, 'aux');
  return aux.some((k) => tree.lemma(k) === 'have') || (aux.length === 0 && tree.kid(t, 'nsubj') >= 0);
}

/** A span of days that starts on the day of publication or later ("later this week"). */
export function stillToCome(value: string | null, published: string | null): boolean {
  if (!value || !published || !value.includes('/')) return false;
  return value.slice(0, 10) >= published;
}

function startsAfter(value: string | null, published: string | null): boolean {
  if (!value || !published) return false;
  return value.slice(0, 10) > published;
}
