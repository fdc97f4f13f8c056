/**
 * The SQLite implementation of `Store`: one file, WAL journal, versioned migrations, every
 * value passed as a bound parameter. Statements are prepared once per store.
 */
import Database from 'better-sqlite3';
import { SitrepError } from '../errors.js';
import type { FeedState } from '../feeds/types.js';
import type { OutEvent, OutputRecord } from '../output/record.js';
import {
  bands,
  contentHash,
  fromSigned64,
  hamming,
  NEAR_DUPLICATE_BITS,
  normalizeUrl,
  simhash,
  toSigned64,
} from './hash.js';
import {
  actorCode,
  type Candidate,
  chooseCandidate,
  dayNumber,
  dayString,
  eventDays,
  mergeKey,
} from './merge.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type {
  ArticleStatus,
  BatchItem,
  DyadDay,
  DyadQuery,
  EventFilter,
  Factuality,
  IngestOutcome,
  ItemProblem,
  MergedEvent,
  Report,
  SearchHit,
  Store,
  StoreCounts,
} from './types.js';

type Db = Database.Database;
type Row = Record<string, unknown>;

export interface SqliteStoreOptions {
  /** Fail (E051) instead of creating an empty database: for export and queries. */
  mustExist?: boolean;
}

/** Runs the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA takes no bound parameters; the version is a number from our own list.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Db;
  private readonly stmt: ReturnType<typeof prepare>;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    try {
      this.db = new Database(path, { fileMustExist: options.mustExist === true });
    } catch (error) {
      const code = options.mustExist ? 'E051' : 'E050';
      throw new SitrepError(code, { file: path, reason: (error as Error).message });
    }
    try {
      this.db.pragma('journal_mode = WAL');
      // NORMAL is durable across process crashes in WAL mode (only power loss can drop the last commit).
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('cache_size = -65536');
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION)
        throw new SitrepError('E052', { file: path, version, supported: SCHEMA_VERSION });
      migrate(this.db);
    } catch (error) {
      this.db.close();
      if (error instanceof SitrepError) throw error;
      throw new SitrepError('E050', { file: path, reason: (error as Error).message });
    }
    this.stmt = prepare(this.db);
  }

  /** For benchmarks and tests that need to look underneath (row counts, bulk synthetic data). */
  get database(): Db {
    return this.db;
  }

  findDuplicate(text: string, url: string | null): number | null {
    const row = this.stmt.findByHash.get(contentHash(text)) as Row | undefined;
    if (row) return Number(row.id);
    const u = normalizeUrl(url);
    if (!u) return null;
    const byUrl = this.stmt.findByUrl.get(u) as Row | undefined;
    return byUrl ? Number(byUrl.id) : null;
  }

  ingestBatch(items: readonly BatchItem[]): IngestOutcome[] {
    return this.db.transaction(() => items.map((item) => this.ingestOne(item)))();
  }

  private ingestOne(item: BatchItem): IngestOutcome {
    const { article, record } = item;
    const hash = contentHash(article.text);
    const url = normalizeUrl(article.url);
    const existing =
      (this.stmt.findByHash.get(hash) as Row | undefined) ??
      (url ? (this.stmt.findByUrl.get(url) as Row | undefined) : undefined);
    if (existing) {
      return {
        externalId: article.externalId,
        result: 'duplicate',
        articleId: Number(existing.id),
        storyId: Number(existing.story_id),
        nearDuplicate: false,
        status: null,
        events: 0,
        newMergedEvents: 0,
        newReports: 0,
      };
    }
    const fingerprint = simhash(article.text);
    const status: ArticleStatus = record === null ? 'extraction-error' : article.published ? 'ok' : 'no-date';
    const now = new Date().toISOString();
    const articleId = Number(
      this.stmt.insertArticle.run(
        article.externalId,
        hash,
        url,
        article.outlet,
        article.title,
        article.published,
        article.text,
        article.origin,
        toSigned64(fingerprint),
        status,
        JSON.stringify(article.warnings),
        now,
      ).lastInsertRowid,
    );
    const nearStory = this.nearDuplicateStory(fingerprint);
    const storyId = nearStory ?? articleId;
    this.stmt.setStory.run(storyId, articleId);
    for (const b of bands(fingerprint).map((v, i) => i * 65536 + v)) this.stmt.insertBand.run(b, articleId);
    this.stmt.insertArticleFts.run(articleId, article.title ?? '', article.text);
    this.stmt.insertExtraction.run(
      articleId,
      JSON.stringify(record?.dates ?? []),
      JSON.stringify(record?.sentences ?? []),
      JSON.stringify(record?.warnings ?? []),
      item.error ?? null,
    );
    let newMerged = 0;
    let newReports = 0;
    if (record) {
      this.storeReading(articleId, record);
      const context = {
        articleId,
        storyId,
        outlet: article.outlet ?? '',
        published: article.published,
        reportedAt: article.published ?? now.slice(0, 10),
      };
      for (const event of record.events) {
        const r = this.storeEvent(event, context);
        if (r.created) newMerged++;
        if (r.reported) newReports++;
      }
    }
    return {
      externalId: article.externalId,
      result: 'stored',
      articleId,
      storyId,
      nearDuplicate: nearStory !== null,
      status,
      events: record?.events.length ?? 0,
      newMergedEvents: newMerged,
      newReports,
    };
  }

  /** The story of the closest stored article within 3 bits, found through the band index. */
  private nearDuplicateStory(fingerprint: bigint): number | null {
    const keys = bands(fingerprint).map((v, i) => i * 65536 + v);
    let best: { story: number; distance: number } | null = null;
    for (const row of this.stmt.bandCandidates.iterate(
      keys[0],
      keys[1],
      keys[2],
      keys[3],
    ) as IterableIterator<Row>) {
      const distance = hamming(fingerprint, fromSigned64(row.simhash as bigint));
      if (distance > NEAR_DUPLICATE_BITS) continue;
      const story = Number(row.story_id);
      if (!best || distance < best.distance || (distance === best.distance && story < best.story)) {
        best = { story, distance };
      }
    }
    return best?.story ?? null;
  }

  private storeReading(articleId: number, record: OutputRecord) {
    for (const a of record.actors) {
      this.stmt.insertActor.run(
        articleId,
        a.id,
        a.name,
        a.type,
        a.country,
        a.org,
        a.code,
        a.sector,
        a.role,
        JSON.stringify(a.aliases),
        JSON.stringify(a.spans),
      );
    }
    for (const q of record.quotes) {
      const id = this.stmt.insertQuote.run(
        articleId,
        q.text,
        q.span[0],
        q.span[1],
        q.sentence,
        q.speaker?.name ?? null,
        q.speaker?.country ?? null,
        q.speaker?.org ?? null,
        q.speaker?.anonymous ? 1 : 0,
        q.speaker?.description ?? null,
        q.speaker?.span ? JSON.stringify(q.speaker.span) : null,
        q.cue,
      ).lastInsertRowid;
      this.stmt.insertQuoteFts.run(id, q.text, q.speaker?.name ?? '');
    }
    for (const s of record.sources) {
      this.stmt.insertSource.run(
        articleId,
        s.text,
        s.kind,
        s.via,
        s.span[0],
        s.span[1],
        s.sentence,
        JSON.stringify(s.also),
      );
    }
  }

  /**
   * Stores one coded event and attaches it to the merged event it reports (creating one when
   * none fits). It counts as a new report unless its article, or the same outlet's copy of
   * the same story, already reports that merged event.
   */
  private storeEvent(
    event: OutEvent,
    ctx: { articleId: number; storyId: number; outlet: string; published: string | null; reportedAt: string },
  ): { created: boolean; reported: boolean } {
    const key = mergeKey(event);
    const days = eventDays(event.date, ctx.published);
    let candidate: Candidate | null = null;
    if (days) {
      const rows = this.stmt.mergeCandidates.all(
        key.sourceKey,
        key.targetKey,
        key.cameoRoot,
        key.factuality,
        days.end + 1,
        days.start - 1,
      ) as Row[];
      candidate = chooseCandidate(
        days,
        event.location?.gazetteer ?? null,
        rows.map((r) => ({
          id: Number(r.id),
          dayStart: Number(r.day_start),
          dayEnd: Number(r.day_end),
          placeName: (r.place_name as string | null) ?? null,
        })),
      );
    }
    const created = candidate === null;
    const mergedId = candidate ? candidate.id : this.createMerged(event, key, days, ctx.reportedAt);
    const eventId = Number(
      this.stmt.insertEvent.run(
        ctx.articleId,
        event.id,
        mergedId,
        event.source ? JSON.stringify(event.source) : null,
        event.target ? JSON.stringify(event.target) : null,
        event.cameo,
        event.plover,
        event.ploverMode,
        event.goldstein,
        event.quad,
        event.factuality,
        event.date,
        event.location ? JSON.stringify(event.location) : null,
        event.sentence,
        event.evidence,
        JSON.stringify(event.spans),
        event.rule,
      ).lastInsertRowid,
    );
    if (created) this.stmt.setFirstEvent.run(eventId, mergedId);
    else if (event.location) {
      this.stmt.fillPlace.run(
        event.location.gazetteer,
        event.location.country,
        event.location.lat,
        event.location.lon,
        mergedId,
      );
    }
    // OR IGNORE: the table's keys are the rule (one report per article; none from the same outlet's copy of a story).
    const reported =
      this.stmt.insertReport.run(mergedId, ctx.articleId, eventId, ctx.outlet, ctx.storyId, ctx.reportedAt)
        .changes > 0;
    if (reported)
      this.stmt.refreshCounts.run(
        ctx.reportedAt,
        ctx.reportedAt,
        mergedId,
        mergedId,
        mergedId,
        mergedId,
        mergedId,
      );
    return { created, reported };
  }

  private createMerged(
    event: OutEvent,
    key: ReturnType<typeof mergeKey>,
    days: { start: number; end: number } | null,
    reportedAt: string,
  ): number {
    return Number(
      this.stmt.insertMerged.run(
        key.sourceKey,
        key.targetKey,
        actorCode(event.source),
        actorCode(event.target),
        event.source?.name ?? null,
        event.target?.name ?? null,
        event.source?.country ?? null,
        event.target?.country ?? null,
        event.cameo,
        key.cameoRoot,
        event.plover,
        event.ploverMode,
        event.goldstein,
        event.quad,
        event.factuality,
        days?.start ?? null,
        days?.end ?? null,
        event.location?.gazetteer ?? null,
        event.location?.country ?? null,
        event.location?.lat ?? null,
        event.location?.lon ?? null,
        reportedAt,
        reportedAt,
      ).lastInsertRowid,
    );
  }

  logProblems(problems: readonly ItemProblem[]): void {
    if (problems.length === 0) return;
    const at = new Date().toISOString();
    this.db.transaction(() => {
      for (const p of problems) this.stmt.insertProblem.run(p.origin, p.item, p.status, p.message, at);
    })();
  }

  feedState(url: string): FeedState | null {
    const row = this.stmt.getFeed.get(url) as Row | undefined;
    return row ? feedFromRow(row) : null;
  }

  saveFeedState(state: FeedState, newItems: number): void {
    this.stmt.upsertFeed.run(
      state.url,
      state.etag,
      state.lastModified,
      state.failures,
      state.nextPollAt,
      state.lastStatus,
      new Date().toISOString(),
      newItems,
    );
  }

  feeds(): FeedState[] {
    return (this.stmt.allFeeds.all() as Row[]).map(feedFromRow);
  }

  counts(): StoreCounts {
    const row = this.stmt.counts.get() as Record<string, number>;
    return {
      articles: row.articles,
      stories: row.stories,
      events: row.events,
      mergedEvents: row.merged,
      reports: row.reports,
      actors: row.actors,
      quotes: row.quotes,
      sources: row.sources,
      feeds: row.feeds,
      itemLog: row.item_log,
    };
  }

  searchArticles(query: string, limit = 20): SearchHit[] {
    return (this.stmt.searchArticles.all(ftsQuery(query), limit) as Row[]).map((r) => ({
      id: Number(r.id),
      title: (r.title as string | null) ?? null,
      snippet: String(r.snippet),
    }));
  }

  searchQuotes(query: string, limit = 20): SearchHit[] {
    return (this.stmt.searchQuotes.all(ftsQuery(query), limit) as Row[]).map((r) => ({
      id: Number(r.id),
      title: (r.title as string | null) ?? null,
      snippet: String(r.snippet),
    }));
  }

  dyadSeries(query: DyadQuery): DyadDay[] {
    const statement = query.level === 'actor' ? this.stmt.dyadActor : this.stmt.dyadCountry;
    const rows = statement.all(
      query.source,
      query.target,
      query.factuality ?? 'asserted',
      dayNumber(query.from) ?? -1e9,
      dayNumber(query.to) ?? 1e9,
    ) as Row[];
    return rows.map((r) => ({
      day: dayString(Number(r.day)),
      events: Number(r.n),
      scored: Number(r.ns),
      quad: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)],
      goldsteinSum: Number(r.gsum ?? 0),
      goldsteinMean: r.gmean === null ? null : Number(r.gmean),
    }));
  }

  *mergedEvents(filter: EventFilter): IterableIterator<MergedEvent> {
    const params = {
      dyadLevel: filter.dyad?.level === 'actor' ? 1 : 0,
      dyadSource: filter.dyad?.source ?? null,
      dyadTarget: filter.dyad?.target ?? null,
      actor: filter.actor ?? null,
      codePrefix: filter.code ? `${filter.code}%` : null,
      from: dayNumber(filter.from) ?? null,
      to: dayNumber(filter.to) ?? null,
      factuality: filter.factuality ?? null,
    };
    for (const row of this.stmt.mergedEvents.iterate(params) as IterableIterator<Row>)
      yield mergedFromRow(row);
  }

  reportsOf(mergedId: number): Report[] {
    return (this.stmt.reportsOf.all(mergedId) as Row[]).map((r) => ({
      mergedId,
      eventId: Number(r.event_id),
      articleId: Number(r.article_id),
      articleExternalId: String(r.external_id),
      outlet: (r.outlet as string) || null,
      url: (r.url as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      storyId: Number(r.story_id),
      reportedAt: String(r.reported_at),
      evidence: String(r.evidence),
      sentence: Number(r.sentence),
      spans: JSON.parse(String(r.spans)) as OutEvent['spans'],
      date: (r.date as string | null) ?? null,
    }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** User text becomes FTS5 phrase terms, so its punctuation can never be read as query syntax. */
export function ftsQuery(text: string): string {
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((t) => `"${t}"`).join(' ') || '""';
}

function feedFromRow(row: Row): FeedState {
  return {
    url: String(row.url),
    etag: (row.etag as string | null) ?? null,
    lastModified: (row.last_modified as string | null) ?? null,
    failures: Number(row.failures),
    nextPollAt: (row.next_poll_at as string | null) ?? null,
    lastStatus: (row.last_status as string | null) ?? null,
  };
}

/** A merged_events row (joined with its first report) as the store's MergedEvent. */
export function mergedFromRow(r: Row): MergedEvent {
  const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  return {
    id: Number(r.id),
    sourceKey: String(r.source_key),
    targetKey: String(r.target_key),
    sourceCode: str(r.source_code),
    targetCode: str(r.target_code),
    sourceName: str(r.source_name),
    targetName: str(r.target_name),
    sourceCountry: str(r.source_country),
    targetCountry: str(r.target_country),
    cameo: String(r.cameo),
    cameoRoot: String(r.cameo_root),
    plover: str(r.plover),
    ploverMode: str(r.plover_mode),
    goldstein: num(r.goldstein),
    quad: num(r.quad),
    factuality: String(r.factuality) as Factuality,
    dateStart: r.day_start === null ? null : dayString(Number(r.day_start)),
    dateEnd: r.day_end === null ? null : dayString(Number(r.day_end)),
    placeName: str(r.place_name),
    placeCountry: str(r.place_country),
    lat: num(r.lat),
    lon: num(r.lon),
    firstReport: String(r.first_report),
    lastReport: String(r.last_report),
    reports: Number(r.n_reports),
    articles: Number(r.n_articles),
    outlets: Number(r.n_outlets),
    stories: Number(r.n_stories),
    evidence: String(r.evidence ?? ''),
    firstUrl: str(r.url),
    firstArticleId: Number(r.article_id ?? 0),
    firstSentence: Number(r.sentence ?? 0),
    firstOutlet: str(r.outlet),
  };
}

function prepare(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  const write = p;
  return {
    findByHash: p('SELECT id, story_id FROM articles WHERE content_hash = ?'),
    findByUrl: p('SELECT id, story_id FROM articles WHERE url = ?'),
    insertArticle: write(
      `INSERT INTO articles (external_id, content_hash, url, outlet, title, published, text, origin, simhash, story_id, status, warnings, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    ),
    setStory: write('UPDATE articles SET story_id = ? WHERE id = ?'),
    insertBand: write('INSERT OR IGNORE INTO simhash_bands (band_key, article_id) VALUES (?, ?)'),
    bandCandidates: p(
      `SELECT DISTINCT a.id, a.simhash, a.story_id FROM simhash_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band_key IN (?, ?, ?, ?)`,
    ).safeIntegers(true),
    insertArticleFts: write('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    insertExtraction: write(
      'INSERT INTO extractions (article_id, dates, sentences, warnings, error) VALUES (?, ?, ?, ?, ?)',
    ),
    insertActor: write(
      `INSERT INTO actors (article_id, local_id, name, type, country, org, code, sector, role, aliases, spans)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: write(
      `INSERT INTO quotes (article_id, text, span_start, span_end, sentence, speaker_name, speaker_country, speaker_org,
         speaker_anonymous, speaker_description, speaker_span, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuoteFts: write('INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (?, ?, ?)'),
    insertSource: write(
      `INSERT INTO sources (article_id, text, kind, via, span_start, span_end, sentence, also)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    mergeCandidates: p(
      `SELECT id, day_start, day_end, place_name FROM merged_events
       WHERE source_key = ? AND target_key = ? AND cameo_root = ? AND factuality = ?
         AND day_start <= ? AND day_end >= ? ORDER BY id LIMIT 50`,
    ),
    insertMerged: write(
      `INSERT INTO merged_events (source_key, target_key, source_code, target_code, source_name, target_name,
         source_country, target_country, cameo, cameo_root, plover, plover_mode, goldstein, quad, factuality,
         day_start, day_end, place_name, place_country, lat, lon, first_report, last_report,
         n_reports, n_articles, n_outlets, n_stories, first_event)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)`,
    ),
    setFirstEvent: write('UPDATE merged_events SET first_event = ? WHERE id = ?'),
    fillPlace: write(
      `UPDATE merged_events SET place_name = ?, place_country = ?, lat = ?, lon = ?
       WHERE id = ? AND place_name IS NULL`,
    ),
    insertEvent: write(
      `INSERT INTO events (article_id, local_id, merged_id, source, target, cameo, plover, plover_mode, goldstein, quad,
         factuality, date, location, sentence, evidence, spans, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertReport: write(
      `INSERT OR IGNORE INTO reports (merged_id, article_id, event_id, outlet, story_id, reported_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    refreshCounts: write(
      `UPDATE merged_events SET
         first_report = min(first_report, ?), last_report = max(last_report, ?),
         n_reports = (SELECT count(*) FROM reports WHERE merged_id = ?),
         n_articles = (SELECT count(DISTINCT article_id) FROM reports WHERE merged_id = ?),
         n_outlets = (SELECT count(DISTINCT outlet) FROM reports WHERE merged_id = ?),
         n_stories = (SELECT count(DISTINCT story_id) FROM reports WHERE merged_id = ?)
       WHERE id = ?`,
    ),
    insertProblem: write(
      'INSERT OR IGNORE INTO item_log (origin, item, status, message, at) VALUES (?, ?, ?, ?, ?)',
    ),
    getFeed: p('SELECT * FROM feeds WHERE url = ?'),
    allFeeds: p('SELECT * FROM feeds ORDER BY url'),
    upsertFeed: write(
      `INSERT INTO feeds (url, etag, last_modified, failures, next_poll_at, last_status, last_polled_at, items_stored)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         failures = excluded.failures, next_poll_at = excluded.next_poll_at, last_status = excluded.last_status,
         last_polled_at = excluded.last_polled_at, items_stored = feeds.items_stored + excluded.items_stored`,
    ),
    counts: p(
      `SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(DISTINCT story_id) FROM articles) AS stories,
         (SELECT count(*) FROM events) AS events,
         (SELECT count(*) FROM merged_events) AS merged,
         (SELECT count(*) FROM reports) AS reports,
         (SELECT count(*) FROM actors) AS actors,
         (SELECT count(*) FROM quotes) AS quotes,
         (SELECT count(*) FROM sources) AS sources,
         (SELECT count(*) FROM feeds) AS feeds,
         (SELECT count(*) FROM item_log) AS item_log`,
    ),
    searchArticles: p(
      `SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    ),
    searchQuotes: p(
      `SELECT q.id, a.title, snippet(quotes_fts, 0, '[', ']', '…', 12) AS snippet
       FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
       WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?`,
    ),
    dyadCountry: p(dyadSql('source_key', 'target_key')),
    dyadActor: p(dyadSql('source_code', 'target_code')),
    mergedEvents: p(
      `SELECT m.*, e.evidence, e.sentence, e.article_id, a.url, a.outlet FROM merged_events m
       JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id
       WHERE (@dyadSource IS NULL
              OR (@dyadLevel = 0 AND m.source_key = @dyadSource AND m.target_key = @dyadTarget)
              OR (@dyadLevel = 1 AND m.source_code = @dyadSource AND m.target_code = @dyadTarget))
         AND (@actor IS NULL OR m.source_key = @actor OR m.target_key = @actor
              OR m.source_code = @actor OR m.target_code = @actor)
         AND (@codePrefix IS NULL OR m.cameo LIKE @codePrefix)
         AND (@from IS NULL OR m.day_start >= @from)
         AND (@to IS NULL OR m.day_start <= @to)
         AND (@factuality IS NULL OR m.factuality = @factuality)
       ORDER BY m.day_start, m.id`,
    ),
    reportsOf: p(
      `SELECT r.article_id, r.event_id, r.outlet, r.story_id, r.reported_at, a.external_id, a.url, a.title,
         e.evidence, e.sentence, e.spans, e.date
       FROM reports r JOIN articles a ON a.id = r.article_id JOIN events e ON e.id = r.event_id
       WHERE r.merged_id = ? ORDER BY r.reported_at, r.article_id`,
    ),
  };
}

/** The daily series of one dyad; the column names are ours (two fixed variants), never input. */
function dyadSql(sourceColumn: string, targetColumn: string): string {
  return `SELECT day_start AS day, count(*) AS n,
      sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4,
      count(goldstein) AS ns, sum(goldstein) AS gsum, avg(goldstein) AS gmean
    FROM merged_events
    WHERE ${sourceColumn} = ? AND ${targetColumn} = ? AND factuality = ? AND day_start BETWEEN ? AND ?
    GROUP BY day_start ORDER BY day_start`;
}
