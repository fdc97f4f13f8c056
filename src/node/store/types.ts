/**
 * The monitor's memory, as callers see it: one `Store` interface over articles, extractions,
 * merged events, feeds and aggregates. `SqliteStore` implements it; a PostgreSQL store can be
 * added later behind the same interface without touching the commands that call it.
 */
import type { FeedState } from '../feeds/types.js';
import type { OutEvent, OutputRecord } from '../output/record.js';

export type Factuality = OutEvent['factuality'];

/** An article as it arrives at the store: the input plus where it came from. */
export interface ArticleToStore {
  /** The id given by the input (JSONL id, file path, feed item id). */
  externalId: string;
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** The file or feed it was read from. */
  origin: string;
  warnings: string[];
}

/** One article of an ingest batch with its extraction (null when extraction failed). */
export interface BatchItem {
  article: ArticleToStore;
  record: OutputRecord | null;
  /** Why extraction failed, when it did: the article is still stored, with status "extraction-error". */
  error?: string;
}

export type ArticleStatus = 'ok' | 'no-date' | 'extraction-error';

export interface IngestOutcome {
  externalId: string;
  /** stored: new article; duplicate: same normalised text or URL as a stored one, nothing written. */
  result: 'stored' | 'duplicate';
  articleId: number;
  storyId: number;
  /** The article was linked to an existing story (a near-duplicate of a stored article). */
  nearDuplicate: boolean;
  status: ArticleStatus | null;
  events: number;
  newMergedEvents: number;
  newReports: number;
}

export interface StoreCounts {
  articles: number;
  stories: number;
  events: number;
  mergedEvents: number;
  reports: number;
  actors: number;
  quotes: number;
  sources: number;
  feeds: number;
  itemLog: number;
}

/** A merged event: one happening, however many articles reported it. */
export interface MergedEvent {
  id: number;
  sourceKey: string;
  targetKey: string;
  sourceCode: string | null;
  targetCode: string | null;
  sourceName: string | null;
  targetName: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  cameo: string;
  cameoRoot: string;
  plover: string | null;
  ploverMode: string | null;
  goldstein: number | null;
  quad: number | null;
  factuality: Factuality;
  /** YYYY-MM-DD, null when neither the text nor the article gave a date. */
  dateStart: string | null;
  dateEnd: string | null;
  placeName: string | null;
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  firstReport: string;
  lastReport: string;
  reports: number;
  articles: number;
  outlets: number;
  stories: number;
  /** The first report's evidence sentence. */
  evidence: string;
  firstUrl: string | null;
  firstArticleId: number;
  firstSentence: number;
  firstOutlet: string | null;
}

export interface Report {
  mergedId: number;
  eventId: number;
  articleId: number;
  articleExternalId: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  storyId: number;
  reportedAt: string;
  evidence: string;
  sentence: number;
  spans: OutEvent['spans'];
  date: string | null;
}

export interface EventFilter {
  /** A dyad: source and target keys, at country/org level (default) or CAMEO actor-code level. */
  dyad?: { source: string; target: string; level?: DyadLevel };
  /** Either side, at country/org level or CAMEO actor code. */
  actor?: string;
  /** CAMEO code prefix ("19", "190", "0412"). */
  code?: string;
  from?: string;
  to?: string;
  factuality?: Factuality;
}

export type DyadLevel = 'country' | 'actor';

export interface DyadQuery {
  level: DyadLevel;
  source: string;
  target: string;
  from?: string;
  to?: string;
  /** Default asserted: what is reported as having happened. */
  factuality?: Factuality;
}

export interface DyadDay {
  day: string;
  events: number;
  /** Events with a Goldstein score (the mean's denominator). */
  scored: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number | null;
}

export interface ItemProblem {
  origin: string;
  item: string;
  status: 'skipped' | 'error' | 'warning';
  message: string;
}

export interface SearchHit {
  id: number;
  title: string | null;
  snippet: string;
}

export interface Store {
  readonly path: string;
  /** The stored article with this normalised content hash or URL, if any: lets ingest skip extraction. */
  findDuplicate(text: string, url: string | null): number | null;
  /** Stores a batch of extracted articles in one transaction: all of it lands, or none. */
  ingestBatch(items: readonly BatchItem[]): IngestOutcome[];
  /** Per-item problems (bad lines, failed fetches); recording the same one twice adds nothing. */
  logProblems(problems: readonly ItemProblem[]): void;
  feedState(url: string): FeedState | null;
  saveFeedState(state: FeedState, newItems: number): void;
  feeds(): FeedState[];
  counts(): StoreCounts;
  searchArticles(query: string, limit?: number): SearchHit[];
  searchQuotes(query: string, limit?: number): SearchHit[];
  dyadSeries(query: DyadQuery): DyadDay[];
  /** Merged events matching the filter, oldest first; streamed, so exports need no memory. */
  mergedEvents(filter: EventFilter): IterableIterator<MergedEvent>;
  reportsOf(mergedId: number): Report[];
  close(): void;
}
