/**
 * Read queries the dashboard needs and the `Store` interface does not offer yet: cursor
 * pagination over merged events with many filters, actors, quotes by speaker, an article with
 * every annotation's span, places, interactions, and outlet sourcing shares. They run on the
 * store's own better-sqlite3 handle. Every value is a bound parameter; the only SQL assembled
 * at run time is a join of the constant fragments in EVENT_FILTERS (chosen by which filters are
 * present), so the planner gets a WHERE clause it can use indexes for.
 * Candidates to move into `Store` later: events page, event by id, article view, actors, quotes.
 */
import type Database from 'better-sqlite3';
import type { OutEvent } from '../output/record.js';
import { dayNumber } from '../store/merge.js';
import { ftsQuery, mergedFromRow } from '../store/sqlite.js';
import type { DyadLevel, Factuality, MergedEvent } from '../store/types.js';

type Db = Database.Database;
type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export interface EventQuery {
  dyad?: { source: string; target: string; level: DyadLevel };
  actor?: string;
  country?: string;
  /** CAMEO code prefix. */
  code?: string;
  /** CAMEO root (two digits). */
  root?: string;
  plover?: string;
  quad?: number;
  /** Omitted: every factuality. */
  factuality?: Factuality;
  from?: string;
  to?: string;
  text?: string;
  limit: number;
  cursor?: EventCursor;
}

/** Position after the last row of a page: events are listed newest day first, then newest id. */
export interface EventCursor {
  day: number | null;
  id: number;
}

/** Constant WHERE fragments; which ones are joined depends only on which filters are present. */
const EVENT_FILTERS = {
  dyadCountry: 'm.source_key = @dyadSource AND m.target_key = @dyadTarget',
  dyadActor: 'm.source_code = @dyadSource AND m.target_code = @dyadTarget',
  actor: `(m.source_key = @actor OR m.target_key = @actor OR m.source_code = @actor OR m.target_code = @actor
           OR m.source_name = @actor OR m.target_name = @actor)`,
  country: '(m.source_country = @country OR m.target_country = @country OR m.place_country = @country)',
  code: "m.cameo LIKE @code || '%'",
  root: 'm.cameo_root = @root',
  plover: 'm.plover = @plover',
  quad: 'm.quad = @quad',
  factuality: 'm.factuality = @factuality',
  from: 'm.day_start >= @from',
  to: 'm.day_start <= @to',
  text: `m.id IN (SELECT r.merged_id FROM reports r WHERE r.article_id IN
           (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text))`,
  // Newest day first; undated events (NULL sorts last in DESC) after every dated one.
  afterDated:
    '(m.day_start < @cursorDay OR (m.day_start = @cursorDay AND m.id < @cursorId) OR m.day_start IS NULL)',
  afterUndated: '(m.day_start IS NULL AND m.id < @cursorId)',
} as const;

type FilterName = keyof typeof EVENT_FILTERS;

export class Queries {
  private readonly cache = new Map<string, Database.Statement>();
  private readonly s: ReturnType<typeof prepareAll>;

  constructor(private readonly db: Db) {
    this.s = prepareAll(db);
  }

  /** A number that changes whenever articles or events are added (by this process or another). */
  version(): string {
    const r = this.s.version.get() as Row;
    return `${r.a ?? 0}:${r.m ?? 0}`;
  }

  events(q: EventQuery): { items: MergedEvent[]; nextCursor: EventCursor | null } {
    const names: FilterName[] = [];
    const params: Record<string, string | number | null> = { limit: q.limit + 1 };
    if (q.dyad) {
      names.push(q.dyad.level === 'actor' ? 'dyadActor' : 'dyadCountry');
      params.dyadSource = q.dyad.source;
      params.dyadTarget = q.dyad.target;
    }
    const simple: Array<[FilterName, string | number | undefined]> = [
      ['actor', q.actor],
      ['country', q.country],
      ['code', q.code],
      ['root', q.root],
      ['plover', q.plover],
      ['quad', q.quad],
      ['factuality', q.factuality],
      ['from', dayNumber(q.from) ?? undefined],
      ['to', dayNumber(q.to) ?? undefined],
      ['text', q.text === undefined ? undefined : ftsQuery(q.text)],
    ];
    for (const [name, value] of simple) {
      if (value === undefined) continue;
      names.push(name);
      params[name] = value;
    }
    if (q.cursor) {
      names.push(q.cursor.day === null ? 'afterUndated' : 'afterDated');
      params.cursorId = q.cursor.id;
      if (q.cursor.day !== null) params.cursorDay = q.cursor.day;
    }
    const rows = this.eventStatement(names).all(params) as Row[];
    const more = rows.length > q.limit;
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(mergedFromRow),
      nextCursor: more && last ? { day: num(last.day_start), id: Number(last.id) } : null,
    };
  }

  private eventStatement(names: readonly FilterName[]): Database.Statement {
    const key = names.join(',');
    let statement = this.cache.get(key);
    if (!statement) {
      const where = names.length > 0 ? `WHERE ${names.map((n) => EVENT_FILTERS[n]).join(' AND ')}` : '';
      statement = this.db.prepare(
        `SELECT m.*, e.evidence, e.sentence, e.article_id, a.url, a.outlet FROM merged_events m
         LEFT JOIN events e ON e.id = m.first_event LEFT JOIN articles a ON a.id = e.article_id
         ${where} ORDER BY m.day_start DESC, m.id DESC LIMIT @limit`,
      );
      this.cache.set(key, statement);
    }
    return statement;
  }

  event(id: number): MergedEvent | null {
    const row = this.s.event.get(id) as Row | undefined;
    return row ? mergedFromRow(row) : null;
  }

  /** The merged events of one dyad between two days, for the index's drivers. */
  dyadEvents(
    level: DyadLevel,
    source: string,
    target: string,
    factuality: Factuality,
    from: number,
    to: number,
  ) {
    const statement = level === 'actor' ? this.s.dyadEventsActor : this.s.dyadEventsCountry;
    return (statement.all(source, target, factuality, from, to) as Row[]).map(mergedFromRow);
  }

  /** The most active dyads with both sides known: the overview's default watch list. */
  topDyads(limit: number): Array<{ source: string; target: string; events: number }> {
    return (this.s.topDyads.all(limit) as Row[]).map((r) => ({
      source: String(r.source_key),
      target: String(r.target_key),
      events: Number(r.n),
    }));
  }

  article(id: number): ArticleView | null {
    const a = this.s.article.get(id) as Row | undefined;
    if (!a) return null;
    const extraction = this.s.extraction.get(id) as Row | undefined;
    const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : fallback);
    return {
      id,
      externalId: String(a.external_id),
      title: str(a.title),
      outlet: str(a.outlet),
      url: str(a.url),
      published: str(a.published),
      status: String(a.status),
      storyId: Number(a.story_id),
      text: String(a.text),
      sentences: json<[number, number][]>(extraction?.sentences, []),
      dates: json<DateAnnotation[]>(extraction?.dates, []),
      actors: (this.s.articleActors.all(id) as Row[]).map((r) => ({
        ...actorIdentity(r),
        spans: json<[number, number][]>(r.spans, []),
      })),
      quotes: (this.s.articleQuotes.all(id) as Row[]).map(quoteFromRow),
      sources: (this.s.articleSources.all(id) as Row[]).map((r) => ({
        text: String(r.text),
        kind: String(r.kind),
        via: str(r.via),
        span: [Number(r.span_start), Number(r.span_end)] as [number, number],
        also: json<[number, number][]>(r.also, []),
      })),
      events: (this.s.articleEvents.all(id) as Row[]).map((r) => ({
        id: Number(r.id),
        mergedId: Number(r.merged_id),
        cameo: String(r.cameo),
        plover: str(r.plover),
        quad: num(r.quad),
        goldstein: num(r.goldstein),
        factuality: String(r.factuality) as Factuality,
        date: str(r.date),
        source: json<{ name: string } | null>(r.source, null)?.name ?? null,
        target: json<{ name: string } | null>(r.target, null)?.name ?? null,
        evidence: String(r.evidence),
        spans: json<OutEvent['spans']>(r.spans, {
          evidence: [0, 0],
          trigger: [0, 0],
          source: null,
          target: null,
          date: null,
          factuality: null,
        }),
      })),
    };
  }

  quotes(q: QuoteQuery): { items: QuoteRow[]; nextCursor: number | null } {
    const rows = this.s.quotes.all({
      speaker: q.speaker ?? null,
      actor: q.actor ?? null,
      text: q.text === undefined ? null : ftsQuery(q.text),
      cursor: q.cursor ?? null,
      limit: q.limit + 1,
    }) as Row[];
    const page = rows.slice(0, q.limit).map(quoteFromRow);
    return { items: page, nextCursor: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null };
  }

  /** Per outlet: quotes and sources, and how many of each are anonymous. */
  outlets(): OutletSourcing[] {
    return (this.s.outlets.all() as Row[]).map((r) => {
      const quotes = Number(r.quotes);
      const sources = Number(r.sources);
      return {
        outlet: String(r.outlet),
        articles: Number(r.articles),
        quotes,
        anonymousQuotes: Number(r.anon_quotes),
        sources,
        anonymousSources: Number(r.anon_sources),
        anonymousShare:
          quotes + sources > 0 ? (Number(r.anon_quotes) + Number(r.anon_sources)) / (quotes + sources) : 0,
      };
    });
  }

  actors(text: string | undefined, limit: number): ActorSummary[] {
    return (this.s.actors.all({ text: text ?? null, limit }) as Row[]).map(actorFromRow);
  }

  actor(name: string, recent: number): ActorProfile | null {
    const summary = this.s.actorSummary.get(name) as Row | undefined;
    const events = (this.s.actorEvents.all({ name, limit: recent }) as Row[]).map(mergedFromRow);
    if (!summary && events.length === 0) return null;
    const aliases = new Set<string>();
    for (const r of this.s.actorAliases.all(name) as Row[])
      for (const alias of JSON.parse(String(r.aliases)) as string[]) aliases.add(alias);
    return {
      ...(summary ? actorFromRow(summary) : emptyActor(name)),
      aliases: [...aliases].slice(0, 20),
      events,
      recentQuotes: this.quotes({ actor: name, limit: recent }).items,
    };
  }

  /** Where events happened, one row per place with coordinates. */
  places(from: string | undefined, to: string | undefined, factuality: Factuality | null): Place[] {
    return (
      this.s.places.all({
        from: dayNumber(from) ?? null,
        to: dayNumber(to) ?? null,
        factuality,
      }) as Row[]
    ).map((r) => ({
      name: String(r.place_name),
      country: str(r.place_country),
      lat: Number(r.lat),
      lon: Number(r.lon),
      events: Number(r.n),
      conflict: Number(r.conflict),
    }));
  }

  /** Who acts on whom: directed dyads with their counts, both sides known. */
  interactions(
    from: string | undefined,
    to: string | undefined,
    factuality: Factuality | null,
    limit: number,
  ) {
    return (
      this.s.interactions.all({
        from: dayNumber(from) ?? null,
        to: dayNumber(to) ?? null,
        factuality,
        limit,
      }) as Row[]
    ).map((r) => ({
      source: String(r.source_key),
      target: String(r.target_key),
      events: Number(r.n),
      cooperation: Number(r.coop),
      conflict: Number(r.conflict),
      goldsteinMean: num(r.gmean),
    }));
  }

  counts(): Record<string, number> {
    const r = this.s.counts.get() as Row;
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
  }

  /** Quotes stored after the given id (for alert rules). */
  quotesAfter(id: number): QuoteRow[] {
    return (this.s.quotesAfter.all(id) as Row[]).map(quoteFromRow);
  }

  eventsAfter(id: number): MergedEvent[] {
    return (this.s.eventsAfter.all(id) as Row[]).map(mergedFromRow);
  }
}

export interface DateAnnotation {
  text: string;
  value: string | null;
  span: [number, number];
}

export interface ArticleView {
  id: number;
  externalId: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  status: string;
  storyId: number;
  text: string;
  sentences: [number, number][];
  dates: DateAnnotation[];
  actors: Array<{
    name: string;
    type: string;
    country: string | null;
    org: string | null;
    code: string | null;
    role: string | null;
    spans: [number, number][];
  }>;
  quotes: QuoteRow[];
  sources: Array<{
    text: string;
    kind: string;
    via: string | null;
    span: [number, number];
    also: [number, number][];
  }>;
  events: Array<{
    id: number;
    mergedId: number;
    cameo: string;
    plover: string | null;
    quad: number | null;
    goldstein: number | null;
    factuality: Factuality;
    date: string | null;
    source: string | null;
    target: string | null;
    evidence: string;
    spans: OutEvent['spans'];
  }>;
}

export interface QuoteQuery {
  speaker?: string;
  actor?: string;
  text?: string;
  cursor?: number;
  limit: number;
}

export interface QuoteRow {
  id: number;
  articleId: number;
  text: string;
  span: [number, number];
  speaker: string | null;
  speakerCountry: string | null;
  speakerOrg: string | null;
  anonymous: boolean;
  description: string | null;
  speakerSpan: [number, number] | null;
  cue: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

function quoteFromRow(r: Row): QuoteRow {
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    text: String(r.text),
    span: [Number(r.span_start), Number(r.span_end)],
    speaker: str(r.speaker_name),
    speakerCountry: str(r.speaker_country),
    speakerOrg: str(r.speaker_org),
    anonymous: Number(r.speaker_anonymous) === 1,
    description: str(r.speaker_description),
    speakerSpan: typeof r.speaker_span === 'string' ? (JSON.parse(r.speaker_span) as [number, number]) : null,
    cue: str(r.cue),
    outlet: str(r.outlet),
    title: str(r.title),
    published: str(r.published),
  };
}

export interface OutletSourcing {
  outlet: string;
  articles: number;
  quotes: number;
  anonymousQuotes: number;
  sources: number;
  anonymousSources: number;
  anonymousShare: number;
}

export interface ActorSummary {
  id: string;
  name: string;
  type: string;
  country: string | null;
  org: string | null;
  code: string | null;
  role: string | null;
  articles: number;
  mentions: number;
  quotes: number;
}

export interface ActorProfile extends ActorSummary {
  aliases: string[];
  events: MergedEvent[];
  recentQuotes: QuoteRow[];
}

/** Who an actor row names: the fields an article's actor and an actor summary share. */
function actorIdentity(r: Row) {
  return {
    name: String(r.name),
    type: String(r.type),
    country: str(r.country),
    org: str(r.org),
    code: str(r.code),
    role: str(r.role),
  };
}

function actorFromRow(r: Row): ActorSummary {
  return {
    id: String(r.name),
    ...actorIdentity(r),
    articles: Number(r.articles),
    mentions: Number(r.mentions),
    quotes: Number(r.quotes ?? 0),
  };
}

function emptyActor(name: string): ActorSummary {
  return {
    id: name,
    name,
    type: 'group',
    country: null,
    org: null,
    code: null,
    role: null,
    articles: 0,
    mentions: 0,
    quotes: 0,
  };
}

export interface Place {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  conflict: number;
}

const EVENT_COLUMNS = `m.*, e.evidence, e.sentence, e.article_id, a.url, a.outlet FROM merged_events m
  LEFT JOIN events e ON e.id = m.first_event LEFT JOIN articles a ON a.id = e.article_id`;

const QUOTE_COLUMNS = `q.*, a.outlet, a.title, a.published FROM quotes q JOIN articles a ON a.id = q.article_id`;

function prepareAll(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  const dyadEvents = (s: string, t: string) =>
    p(`SELECT ${EVENT_COLUMNS} WHERE m.${s} = ? AND m.${t} = ? AND m.factuality = ?
       AND m.day_start BETWEEN ? AND ? ORDER BY m.day_start, m.id`);
  return {
    version: p('SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM merged_events) AS m'),
    event: p(`SELECT ${EVENT_COLUMNS} WHERE m.id = ?`),
    dyadEventsCountry: dyadEvents('source_key', 'target_key'),
    dyadEventsActor: dyadEvents('source_code', 'target_code'),
    topDyads: p(
      `SELECT source_key, target_key, count(*) AS n FROM merged_events
       WHERE source_key <> '' AND target_key <> '' AND source_key <> target_key AND factuality = 'asserted'
       GROUP BY source_key, target_key ORDER BY n DESC, source_key, target_key LIMIT ?`,
    ),
    article: p('SELECT * FROM articles WHERE id = ?'),
    extraction: p('SELECT * FROM extractions WHERE article_id = ?'),
    articleActors: p('SELECT * FROM actors WHERE article_id = ? ORDER BY id'),
    articleQuotes: p(`SELECT ${QUOTE_COLUMNS} WHERE q.article_id = ? ORDER BY q.span_start`),
    articleSources: p('SELECT * FROM sources WHERE article_id = ? ORDER BY span_start'),
    articleEvents: p('SELECT * FROM events WHERE article_id = ? ORDER BY sentence, id'),
    quotes: p(
      `SELECT ${QUOTE_COLUMNS}
       WHERE (@speaker IS NULL OR q.speaker_name LIKE '%' || @speaker || '%' OR q.speaker_description LIKE '%' || @speaker || '%')
         AND (@actor IS NULL OR q.speaker_name = @actor OR q.speaker_country = @actor OR q.speaker_org = @actor)
         AND (@text IS NULL OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text))
         AND (@cursor IS NULL OR q.id < @cursor)
       ORDER BY q.id DESC LIMIT @limit`,
    ),
    quotesAfter: p(`SELECT ${QUOTE_COLUMNS} WHERE q.id > ? ORDER BY q.id`),
    eventsAfter: p(`SELECT ${EVENT_COLUMNS} WHERE m.id > ? ORDER BY m.id`),
    outlets: p(
      `SELECT ifnull(a.outlet, '(unknown)') AS outlet, count(*) AS articles,
         sum((SELECT count(*) FROM quotes q WHERE q.article_id = a.id)) AS quotes,
         sum((SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.speaker_anonymous = 1)) AS anon_quotes,
         sum((SELECT count(*) FROM sources s WHERE s.article_id = a.id)) AS sources,
         sum((SELECT count(*) FROM sources s WHERE s.article_id = a.id AND s.kind = 'anonymous')) AS anon_sources
       FROM articles a GROUP BY 1 ORDER BY articles DESC, outlet`,
    ),
    actors: p(
      `SELECT name, max(type) AS type, max(country) AS country, max(org) AS org, max(code) AS code, max(role) AS role,
         count(DISTINCT article_id) AS articles, sum(json_array_length(spans)) AS mentions,
         (SELECT count(*) FROM quotes q WHERE q.speaker_name = actors.name) AS quotes
       FROM actors WHERE @text IS NULL OR name LIKE '%' || @text || '%'
       GROUP BY name ORDER BY articles DESC, mentions DESC, name LIMIT @limit`,
    ),
    actorSummary: p(
      `SELECT name, max(type) AS type, max(country) AS country, max(org) AS org, max(code) AS code, max(role) AS role,
         count(DISTINCT article_id) AS articles, sum(json_array_length(spans)) AS mentions,
         (SELECT count(*) FROM quotes q WHERE q.speaker_name = actors.name) AS quotes
       FROM actors WHERE name = ? GROUP BY name`,
    ),
    actorAliases: p('SELECT aliases FROM actors WHERE name = ?'),
    actorEvents: p(
      `SELECT ${EVENT_COLUMNS}
       WHERE m.source_name = @name OR m.target_name = @name OR m.source_key = @name OR m.target_key = @name
       ORDER BY m.day_start DESC, m.id DESC LIMIT @limit`,
    ),
    places: p(
      `SELECT place_name, max(place_country) AS place_country, avg(lat) AS lat, avg(lon) AS lon, count(*) AS n,
         sum(quad >= 3) AS conflict
       FROM merged_events
       WHERE lat IS NOT NULL AND lon IS NOT NULL
         AND (@from IS NULL OR day_start >= @from) AND (@to IS NULL OR day_start <= @to)
         AND (@factuality IS NULL OR factuality = @factuality)
       GROUP BY place_name ORDER BY n DESC LIMIT 500`,
    ),
    interactions: p(
      `SELECT source_key, target_key, count(*) AS n, sum(quad <= 2) AS coop, sum(quad >= 3) AS conflict,
         avg(goldstein) AS gmean
       FROM merged_events
       WHERE source_key <> '' AND target_key <> '' AND source_key <> target_key
         AND (@from IS NULL OR day_start >= @from) AND (@to IS NULL OR day_start <= @to)
         AND (@factuality IS NULL OR factuality = @factuality)
       GROUP BY source_key, target_key ORDER BY n DESC LIMIT @limit`,
    ),
    counts: p(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM merged_events) AS events,
         (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM quotes) AS quotes`,
    ),
  };
}
