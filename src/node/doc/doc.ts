/**
 * The annotated Document: one per article. It owns the original text, never altered; every
 * annotation is stand-off, a span of character offsets [start, end) into `text`, added by a
 * pipeline stage. Annotations refer to each other by index (a mention names its actor by the
 * actor's index in `doc.actors`), so nothing is copied and provenance is never lost.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'quote';

export interface Token extends Span {
  /** Position in doc.tokens. */
  readonly index: number;
  /** Index of the sentence holding the token. */
  sentence: number;
  readonly kind: TokenKind;
  /** True when white space follows the token in the text. */
  readonly spaceAfter: boolean;
  /** Universal POS tag, once the syntax stage ran. */
  upos?: string;
  /** Penn Treebank tag, once the syntax stage ran. */
  xpos?: string;
  lemma?: string;
  /** doc.tokens index of the syntactic head; -1 for the root of its sentence. */
  head?: number;
  /** Universal Dependencies relation to the head. */
  deprel?: string;
}

export interface Sentence extends Span {
  readonly index: number;
  /** doc.tokens index of the first token. */
  readonly tokenStart: number;
  /** doc.tokens index one past the last token. */
  readonly tokenEnd: number;
  /** Paragraph number (0-based); a blank or line break starts a new paragraph. */
  readonly paragraph: number;
}

export type Sector =
  | 'GOV'
  | 'MIL'
  | 'COP'
  | 'JUD'
  | 'LEG'
  | 'OPP'
  | 'REB'
  | 'IGO'
  | 'NGO'
  | 'MED'
  | 'BUS'
  | 'CVL'
  | 'SPY'
  | 'ELI'
  | 'CRM'
  | 'REL'
  | 'EDU'
  | 'HLH'
  | 'LAB'
  | 'AGR'
  | 'REF'
  | 'UAF'
  | 'PTY';

export type ActorType = 'person' | 'state' | 'organization' | 'group';

/** A political actor the article talks about: one entry however many times it is mentioned. */
export interface Actor {
  /** Stable id within the document. */
  readonly id: string;
  /** Id of the knowledge-base entry when the actor is known, else null. */
  kbId: string | null;
  type: ActorType;
  /** Canonical name: the full name of a person, the short name of an organisation. */
  name: string;
  /** ISO 3166-1 alpha-3 of the state the actor belongs to or acts for. */
  country: string | null;
  /** Short name of the organisation the actor is or acts for ("UN", "Hamas"). */
  org: string | null;
  sector: Sector | null;
  /** Role at the article's date ("Foreign Minister"). */
  role: string | null;
  /** CAMEO actor code (country + sector, "IRNGOV"). */
  code: string | null;
  /** Grammatical gender for pronoun resolution, when known. */
  gender: 'm' | 'f' | null;
  /** True for an unnamed person or group ("a senior U.S. official"). */
  anonymous: boolean;
}

export type MentionKind =
  | 'name' // full or partial proper name: "Abbas Araghchi", "Araghchi"
  | 'title' // a title or description standing for a person: "the minister", "Iran's foreign minister"
  | 'pronoun' // he, she, they
  | 'state' // a state by its name, capital or seat: "Iran", "Washington", "the Kremlin"
  | 'demonym' // a demonym with a group noun: "Iranian officials"
  | 'organization' // "the UN", "Hezbollah"
  | 'agent' // an unnamed group or person: "officials", "one official", "troops"
  | 'compound'; // "Turkey, Egypt, and Qatar": members are the parts

export interface Mention extends Span {
  readonly sentence: number;
  readonly kind: MentionKind;
  /** Index into doc.actors; -1 for a compound, whose actors are its members'. */
  actor: number;
  /** Indexes into doc.mentions of the parts of a compound mention. */
  readonly members?: readonly number[];
  /** Set by the coref stage: the mention stands inside a quotation (the speaker's words). */
  quoted?: boolean;
  /** Set by the coref stage: the mention is the subject of its clause. */
  subject?: boolean;
}

export interface Speaker {
  /** doc.actors index of the speaker, null when unresolved. */
  actor: number | null;
  /** The phrase naming the speaker in the text ("he", "one diplomat close to the talks"). */
  mention: Span | null;
  anonymous: boolean;
}

export interface Quote extends Span {
  /** Sentence holding the opening quotation mark. */
  readonly sentence: number;
  /** Span including the quotation marks. */
  readonly outer: Span;
  /** The speech verb or phrase introducing it ("said", "according to"), if any. */
  cue: Span | null;
  speaker: Speaker | null;
}

export type SourceKind = 'named' | 'anonymous' | 'outlet' | 'document' | 'social';

export interface SourceRef extends Span {
  readonly sentence: number;
  kind: SourceKind;
  /** Outlet or channel that carried it, when the text says ("Axios", "X"). */
  via: string | null;
  viaSpan: Span | null;
  /** doc.actors index when the source is an actor of the article. */
  actor: number | null;
}

/** How far one event lies from another: "two days after" is { unit: 'day', n: 2 }. */
export interface EventInterval {
  unit: 'day' | 'month' | 'year';
  n: number;
}

export interface Timex extends Span {
  readonly sentence: number;
  /** ISO day "2026-02-01", range "2026-01-31/2026-02-01", or null when it cannot be resolved. */
  value: string | null;
  /** How the value was obtained, for the reader and for debugging. */
  anchor: 'absolute' | 'published' | 'previous' | 'none';
  /** Why value is null or uncertain. */
  note?: string;
  /**
   * Set on an expression dated by an event named after it ("two days after the vote"): how far
   * the clause it modifies lies from that event. The events stage uses it to date the vote.
   */
  fromEvent?: EventInterval;
  /**
   * The date of a dateline ("KHARTOUM, Nov 21 (Reuters) -"): the day the report was filed, which
   * dates no event, as the publication date does not.
   */
  dateline?: true;
}

/** A place named in the text, geocoded to a gazetteer entry (set by the places stage). */
export interface Place extends Span {
  readonly sentence: number;
  /** Gazetteer id of the place. */
  readonly placeId: string;
  /** Canonical name ("Ankara", "Persian Gulf"). */
  readonly name: string;
  /** ISO3 of the country it lies in; null for seas and regions spanning states. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly kind: 'city' | 'region' | 'country' | 'sea' | 'site' | 'vehicle';
}

export type Factuality = 'asserted' | 'negated' | 'hypothetical' | 'future';

/** One coded interaction: who did what to whom, whether it happened, when and where. */
export interface DocEvent {
  readonly sentence: number;
  /** doc.actors index of the actor who acts; null when the text gives none. */
  source: number | null;
  sourceSpan: Span | null;
  /** doc.actors index of the actor acted upon; null when there is none. */
  target: number | null;
  targetSpan: Span | null;
  /** The verb or noun that names the event ("hosted", "air strikes"). */
  trigger: Span;
  /** CAMEO event code, 3 or 4 digits ("043", "0871"). */
  cameo: string;
  factuality: Factuality;
  /** What made the factuality other than asserted ("could", "if", "denied"). */
  factualityCue: Span | null;
  /** ISO day or range, null when the text gives no clue. */
  date: string | null;
  dateSpan: Span | null;
  /** doc.places index of where it happened, null when not said. */
  place: number | null;
  /** The clause the event was read from. */
  evidence: Span;
  /** Lexicon entry that coded it, for provenance ("verbs.tsv:412"). */
  rule: string;
}

export interface DocWarning {
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

export interface ArticleMeta {
  readonly id: string;
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD) the article was published, or null when unknown. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

export class Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  actors: Actor[] = [];
  mentions: Mention[] = [];
  quotes: Quote[] = [];
  sources: SourceRef[] = [];
  timexes: Timex[] = [];
  places: Place[] = [];
  events: DocEvent[] = [];
  warnings: DocWarning[] = [];

  constructor(text: string, meta: Partial<ArticleMeta> = {}) {
    this.text = text;
    this.meta = {
      id: meta.id ?? '',
      title: meta.title ?? null,
      published: meta.published ?? null,
      outlet: meta.outlet ?? null,
      url: meta.url ?? null,
    };
  }

  /**
   * Puts the mentions back in text order (a compound before the members it spans) after a stage
   * added some, keeping each compound's `members` pointing at the same mentions: they are indexes
   * into this array.
   */
  sortMentions(): void {
    const order = this.mentions.map((m, i) => ({ m, i }));
    const compoundFirst = (m: Mention) => (m.kind === 'compound' ? 0 : 1);
    order.sort(
      (a, b) =>
        a.m.start - b.m.start || b.m.end - a.m.end || compoundFirst(a.m) - compoundFirst(b.m) || a.i - b.i,
    );
    const newIndex = new Map<number, number>();
    order.forEach(({ i }, n) => {
      newIndex.set(i, n);
    });
    this.mentions = order.map(({ m }) => m);
    // Renumbered in place: a spread copy (`{ ...m, members }`) would give each compound a hidden
    // class of its own (see `reading` in the events stage).
    for (const m of this.mentions) {
      if (m.members)
        (m as { members?: readonly number[] }).members = m.members.map((x) => newIndex.get(x) ?? x);
    }
  }

  /** The characters of a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Tokens of one sentence. */
  sentenceTokens(sentence: Sentence): Token[] {
    return this.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  }

  warn(code: string, message: string, span?: Span): void {
    this.warnings.push(span ? { code, message, span } : { code, message });
  }
}
