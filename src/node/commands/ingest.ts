/**
 * `sitrep ingest`: articles from text, HTML and JSON Lines files, folders, and RSS/Atom feeds
 * (files or URLs) into the store. Extraction runs on each new article; articles already stored
 * (same normalised text or URL) are skipped before extraction. Articles are written in batches,
 * one transaction each, so a killed run leaves whole batches and a rerun completes the rest.
 */

import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { SitrepError } from '../errors.js';
import {
  type FeedItem,
  type FeedState,
  fetchArticle,
  fetchFeed,
  isFeed,
  readFeedFile,
} from '../feeds/index.js';
import { normalizePublished, parseArticleLine } from '../io/article.js';
import { htmlToArticle, looksLikeHtml } from '../io/html.js';
import type { OutputRecord } from '../output/record.js';
import type { ArticleToStore, BatchItem, IngestOutcome, ItemProblem, Store } from '../store/types.js';

/** Reads one article: in process (a Reader) or on worker threads (an ExtractPool). */
export interface Extractor {
  extract(article: ArticleToStore & { id: string }): OutputRecord | Promise<OutputRecord>;
}

export interface IngestOptions {
  inputs: string[];
  /** Keep polling the feed URLs among the inputs every `intervalSeconds`, until `signal` aborts. */
  watch: boolean;
  intervalSeconds: number;
  /** Fetch each feed item's page for the full text (feeds often carry a summary only). */
  fetchArticles: boolean;
  allowPrivate: boolean;
  /** Articles per transaction. */
  batchSize: number;
  /** 'bar' at a terminal; 'log' writes JSON lines (problems and a summary) to `log`. */
  progress: 'bar' | 'log' | 'none';
  log: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  nearDuplicates: number;
  noDate: number;
  extractionErrors: number;
  problems: number;
  events: number;
  newMergedEvents: number;
  newReports: number;
  seconds: number;
  articlesPerSecond: number;
}

type Kind = 'jsonl' | 'text' | 'html' | 'feed-file' | 'feed-url';

interface Source {
  kind: Kind;
  location: string;
  /** Articles expected, for the progress bar (0 when unknown until read, as for feeds). */
  expected: number;
}

/** What a source yields: an article, a problem with one item, or a feed's new state (saved once its items are). */
type Item =
  | { article: ArticleToStore }
  | { problem: ItemProblem }
  | { feedState: FeedState; newItems: number };

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);

/** Ingests local files once, with no progress and no log: for seeding a store (serve, tests, benches). */
export function ingestQuietly(store: Store, extractor: Extractor, files: string[]): Promise<IngestSummary> {
  return ingestCommand(store, () => extractor, {
    inputs: files,
    watch: false,
    intervalSeconds: 300,
    fetchArticles: false,
    allowPrivate: false,
    batchSize: 100,
    progress: 'none',
    log: new PassThrough(),
  });
}

/** Runs an ingest over all inputs (and, with watch, keeps polling feeds); returns the totals. */
export async function ingestCommand(
  store: Store,
  extractor: () => Extractor,
  options: IngestOptions,
): Promise<IngestSummary> {
  const sources = options.inputs.flatMap((input) => expand(input));
  const run = new IngestRun(
    store,
    extractor,
    options,
    sources.reduce((n, s) => n + s.expected, 0),
  );
  await run.start();
  try {
    for (const source of sources) await run.consume(itemsOf(source, options, store));
    while (options.watch && !options.signal?.aborted) {
      const feeds = sources.filter((s) => s.kind === 'feed-url');
      if (feeds.length === 0) break;
      await sleep(options.intervalSeconds * 1000, options.signal);
      for (const feed of feeds)
        if (!options.signal?.aborted) await run.consume(itemsOf(feed, options, store));
    }
  } finally {
    await run.stop();
  }
  return run.summary();
}

/** An input path or URL as the sources it holds (a folder: its files, recursively). */
function expand(input: string): Source[] {
  if (/^https?:\/\//i.test(input)) return [{ kind: 'feed-url', location: input, expected: 0 }];
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(input);
  } catch (error) {
    throw new SitrepError('E055', { input, reason: (error as Error).message });
  }
  if (stat.isDirectory()) {
    return readdirSync(input)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .flatMap((name) => {
        const path = join(input, name);
        if (statSync(path).isDirectory()) return expand(path);
        const ext = extname(name).toLowerCase();
        const known = TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext);
        return known ? expand(path) : [];
      });
  }
  const kind = kindOf(input);
  return [
    { kind, location: input, expected: kind === 'jsonl' ? countLines(input) : kind === 'feed-file' ? 0 : 1 },
  ];
}

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (HTML_EXT.has(ext)) return 'html';
  if (FEED_EXT.has(ext)) return 'feed-file';
  if (TEXT_EXT.has(ext)) return 'text';
  // No telling extension: look at the start of the file.
  const head = readFileSync(path, 'utf8').slice(0, 4096);
  if (head.trimStart().startsWith('<') && isFeed(readFileSync(path, 'utf8'))) return 'feed-file';
  return looksLikeHtml(head) ? 'html' : 'text';
}

function countLines(path: string): number {
  const bytes = readFileSync(path);
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

async function* itemsOf(source: Source, options: IngestOptions, store: Store): AsyncGenerator<Item> {
  if (source.kind === 'jsonl') yield* jsonlItems(source.location);
  else if (source.kind === 'feed-url') yield* feedUrlItems(source.location, options, store);
  else if (source.kind === 'feed-file') yield* feedFileItems(source.location, options);
  else yield fileItem(source);
}

async function* jsonlItems(path: string): AsyncGenerator<Item> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    const parsed = parseArticleLine(raw, n);
    if (!parsed.ok) {
      yield { problem: { origin: path, item: `line ${n}`, status: 'error', message: parsed.failure.error } };
      continue;
    }
    const a = parsed.article;
    yield {
      article: {
        externalId: a.id,
        text: a.text,
        title: a.title,
        published: a.published,
        outlet: a.outlet,
        url: a.url,
        origin: path,
        warnings: a.warnings,
      },
    };
  }
}

function fileItem(source: Source): Item {
  let text: string;
  try {
    text = readFileSync(source.location, 'utf8');
  } catch (error) {
    return {
      problem: {
        origin: source.location,
        item: source.location,
        status: 'error',
        message: (error as Error).message,
      },
    };
  }
  const page = source.kind === 'html' ? htmlToArticle(text) : null;
  return {
    article: {
      externalId: source.location,
      text: page ? page.text : text,
      title: page?.title ?? null,
      published: normalizePublished(page?.published) ?? null,
      outlet: null,
      url: null,
      origin: source.location,
      warnings: [],
    },
  };
}

async function* feedFileItems(path: string, options: IngestOptions): AsyncGenerator<Item> {
  let items: FeedItem[];
  try {
    items = readFeedFile(path);
  } catch (error) {
    yield { problem: { origin: path, item: path, status: 'error', message: (error as Error).message } };
    return;
  }
  for (const item of items) yield await feedItem(item, path, options);
}

async function* feedUrlItems(url: string, options: IngestOptions, store: Store): AsyncGenerator<Item> {
  const previous = store.feedState(url);
  if (previous?.nextPollAt && Date.parse(previous.nextPollAt) > Date.now()) return; // backing off
  const result = await fetchFeed(url, previous, { allowPrivate: options.allowPrivate });
  for (const warning of result.warnings ?? []) {
    yield { problem: { origin: url, item: url, status: 'warning', message: warning } };
  }
  if (result.status === 'error') {
    yield {
      problem: { origin: url, item: url, status: 'error', message: result.error ?? 'feed fetch failed' },
    };
  }
  let stored = 0;
  for (const item of result.items) {
    const out = await feedItem(item, url, options);
    if ('article' in out) stored++;
    yield out;
  }
  // The state (with its ETag) is saved only after the items are stored: a crash in between
  // means fetching them again, never skipping them.
  yield { feedState: result.state, newItems: stored };
}

/** A feed item as an article: its text, its HTML converted, or (with --fetch-articles) its page. */
async function feedItem(item: FeedItem, origin: string, options: IngestOptions): Promise<Item> {
  let text = item.text ?? (item.html ? htmlToArticle(item.html).text : '');
  let published = item.published;
  if (options.fetchArticles && item.url) {
    const page = await fetchArticle(item.url, { allowPrivate: options.allowPrivate });
    if (page.ok) {
      const article = htmlToArticle(page.html);
      // The page wins when it holds more than the feed's summary.
      if (article.text.length > text.length) text = article.text;
      published = published ?? normalizePublished(article.published);
    } else {
      return { problem: { origin, item: item.url, status: 'error', message: page.error } };
    }
  }
  if (text.trim() === '') {
    return {
      problem: {
        origin,
        item: item.id,
        status: 'skipped',
        message: 'feed item has no text (try --fetch-articles)',
      },
    };
  }
  return {
    article: {
      externalId: item.id,
      text,
      title: item.title,
      published,
      outlet: item.outlet,
      url: item.url,
      origin,
      warnings: [],
    },
  };
}

interface ProgressBar {
  start(total: number, value: number, payload: Record<string, string | number>): void;
  update(value: number, payload: Record<string, string | number>): void;
  setTotal(total: number): void;
  stop(): void;
}

/** One ingest: counts, the pending batch, the extractor (built on first need) and the progress display. */
class IngestRun {
  private readonly totals: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    nearDuplicates: 0,
    noDate: 0,
    extractionErrors: 0,
    problems: 0,
    events: 0,
    newMergedEvents: 0,
    newReports: 0,
    seconds: 0,
    articlesPerSecond: 0,
  };
  private batch: BatchItem[] = [];
  /** Articles being extracted, in input order: stored in that order, so merges are deterministic. */
  private inFlight: Array<{ article: ArticleToStore; result: Promise<OutputRecord> }> = [];
  private problems: ItemProblem[] = [];
  private extractorInstance: Extractor | null = null;
  private bar: ProgressBar | null = null;
  private readonly started = performance.now();
  private expected: number;

  constructor(
    private readonly store: Store,
    private readonly makeExtractor: () => Extractor,
    private readonly options: IngestOptions,
    expected: number,
  ) {
    this.expected = expected;
  }

  async start() {
    if (this.options.progress !== 'bar') return;
    const { default: progress } = await import('cli-progress');
    const bar = new progress.SingleBar(
      {
        format: 'ingest |{bar}| {value}/{total} articles | {rate} art/s | ETA {eta_formatted} | {stored} new',
        stream: this.options.log,
        hideCursor: true,
        etaBuffer: 200,
      },
      progress.Presets.shades_classic,
    );
    bar.start(Math.max(1, this.expected), 0, { rate: '0', stored: 0 });
    this.bar = bar;
  }

  async consume(items: AsyncIterable<Item>) {
    for await (const item of items) {
      if (this.options.signal?.aborted) break;
      if ('problem' in item) this.addProblem(item.problem);
      else if ('feedState' in item) {
        await this.flush();
        this.store.saveFeedState(item.feedState, item.newItems);
      } else this.add(item.article);
      // Enough in flight to keep every worker busy while the main thread writes.
      while (this.inFlight.length >= 2 * this.options.batchSize) await this.settleOne();
      if (this.batch.length >= this.options.batchSize || this.problems.length >= this.options.batchSize)
        this.write();
    }
    await this.flush();
  }

  /** Waits for the oldest article in flight and puts it in the batch (as an extraction error if it failed). */
  private async settleOne() {
    const next = this.inFlight.shift();
    if (!next) return;
    const { article } = next;
    try {
      this.batch.push({ article, record: await next.result });
    } catch (error) {
      // A pipeline failure is a bug, but the article is kept (status extraction-error) and the run goes on.
      const message = error instanceof Error ? error.message : String(error);
      this.batch.push({ article, record: null, error: message });
      this.addProblem({
        origin: article.origin,
        item: article.externalId,
        status: 'error',
        message: `extraction failed: ${message}`,
      });
    }
  }

  private add(article: ArticleToStore) {
    this.totals.read++;
    if (this.totals.read > this.expected) {
      this.expected = this.totals.read;
      this.bar?.setTotal(this.expected);
    }
    if (article.text.trim() === '') {
      this.addProblem({
        origin: article.origin,
        item: article.externalId,
        status: 'skipped',
        message: 'empty text',
      });
      return;
    }
    // Known already: no need to spend extraction on it.
    if (this.store.findDuplicate(article.text, article.url) !== null) {
      this.totals.duplicates++;
      return;
    }
    this.extractorInstance ??= this.makeExtractor();
    const extractor = this.extractorInstance;
    // An in-process extractor throws synchronously; either way the failure lands in settleOne.
    const result = new Promise<OutputRecord>((resolve) =>
      resolve(extractor.extract({ ...article, id: article.externalId })),
    );
    result.catch(() => {}); // handled when settled; avoids an unhandled-rejection warning meanwhile
    this.inFlight.push({ article, result });
  }

  private addProblem(problem: ItemProblem) {
    this.totals.problems++;
    this.problems.push(problem);
    if (this.options.progress === 'log')
      this.logLine({ level: problem.status === 'warning' ? 'warn' : 'error', ...problem });
  }

  /** Everything in flight settled and written. */
  private async flush() {
    while (this.inFlight.length > 0) await this.settleOne();
    this.write();
  }

  /** The settled batch and the problems so far, each in one transaction. */
  private write() {
    if (this.batch.length > 0) {
      const outcomes = this.store.ingestBatch(this.batch);
      this.batch = [];
      for (const o of outcomes) this.count(o);
    }
    if (this.problems.length > 0) {
      this.store.logProblems(this.problems);
      this.problems = [];
    }
    const seconds = (performance.now() - this.started) / 1000;
    this.bar?.update(this.totals.read, {
      rate: (this.totals.read / Math.max(seconds, 1e-3)).toFixed(1),
      stored: this.totals.stored,
    });
  }

  private count(o: IngestOutcome) {
    if (o.result === 'duplicate') {
      this.totals.duplicates++;
      return;
    }
    this.totals.stored++;
    if (o.nearDuplicate) this.totals.nearDuplicates++;
    if (o.status === 'no-date') this.totals.noDate++;
    if (o.status === 'extraction-error') this.totals.extractionErrors++;
    this.totals.events += o.events;
    this.totals.newMergedEvents += o.newMergedEvents;
    this.totals.newReports += o.newReports;
  }

  logLine(fields: Record<string, unknown>) {
    this.options.log.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  }

  async stop() {
    await this.flush();
    this.bar?.stop();
    const s = this.summary();
    if (this.options.progress === 'log') this.logLine({ level: 'info', msg: 'ingest finished', ...s });
  }

  summary(): IngestSummary {
    const seconds = (performance.now() - this.started) / 1000;
    return {
      ...this.totals,
      seconds: Math.round(seconds * 1000) / 1000,
      articlesPerSecond: Math.round((this.totals.read / Math.max(seconds, 1e-3)) * 10) / 10,
    };
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
