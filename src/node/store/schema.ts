/**
 * The SQLite schema as an ordered list of migrations. `PRAGMA user_version` records how many
 * have run; opening a store runs the missing ones in one transaction each, so an old database
 * is upgraded in place and a half-applied migration is never left behind.
 */

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, stories, extractions, events, merged events, feeds, full-text search',
    sql: `
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  external_id   TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  url           TEXT UNIQUE,
  outlet        TEXT,
  title         TEXT,
  published     TEXT,
  text          TEXT NOT NULL,
  origin        TEXT NOT NULL,
  simhash       INTEGER NOT NULL,
  story_id      INTEGER NOT NULL,
  status        TEXT NOT NULL,
  warnings      TEXT NOT NULL DEFAULT '[]',
  ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);

-- The four 16-bit bands of each SimHash: fingerprints within 3 bits share at least one band.
CREATE TABLE simhash_bands (
  band_key    INTEGER NOT NULL,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE TABLE extractions (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id),
  dates       TEXT NOT NULL,
  sentences   TEXT NOT NULL,
  warnings    TEXT NOT NULL,
  error       TEXT
);

CREATE TABLE actors (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  local_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  country     TEXT,
  org         TEXT,
  code        TEXT,
  sector      TEXT,
  role        TEXT,
  aliases     TEXT NOT NULL,
  spans       TEXT NOT NULL
);
CREATE INDEX actors_article ON actors(article_id);
CREATE INDEX actors_name ON actors(name);

CREATE TABLE quotes (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES articles(id),
  text             TEXT NOT NULL,
  span_start       INTEGER NOT NULL,
  span_end         INTEGER NOT NULL,
  sentence         INTEGER NOT NULL,
  speaker_name     TEXT,
  speaker_country  TEXT,
  speaker_org      TEXT,
  speaker_anonymous INTEGER NOT NULL,
  speaker_description TEXT,
  speaker_span     TEXT,
  cue              TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);

CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  via         TEXT,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  also        TEXT NOT NULL
);
CREATE INDEX sources_article ON sources(article_id);

-- One happening, many reports. Days are day numbers since 1970-01-01 (cheap range tests);
-- keys are the country/org-level actor ("USA", "UN"), codes the CAMEO actor code.
CREATE TABLE merged_events (
  id             INTEGER PRIMARY KEY,
  source_key     TEXT NOT NULL,
  target_key     TEXT NOT NULL,
  source_code    TEXT NOT NULL,
  target_code    TEXT NOT NULL,
  source_name    TEXT,
  target_name    TEXT,
  source_country TEXT,
  target_country TEXT,
  cameo          TEXT NOT NULL,
  cameo_root     TEXT NOT NULL,
  plover         TEXT,
  plover_mode    TEXT,
  goldstein      REAL,
  quad           INTEGER,
  factuality     TEXT NOT NULL,
  day_start      INTEGER,
  day_end        INTEGER,
  place_name     TEXT,
  place_country  TEXT,
  lat            REAL,
  lon            REAL,
  first_report   TEXT NOT NULL,
  last_report    TEXT NOT NULL,
  n_reports      INTEGER NOT NULL,
  n_articles     INTEGER NOT NULL,
  n_outlets      INTEGER NOT NULL,
  n_stories      INTEGER NOT NULL,
  first_event    INTEGER NOT NULL
);
CREATE INDEX merged_candidates ON merged_events(source_key, target_key, cameo_root, factuality, day_start);
-- Covering indexes for the dyad series (country level and actor level).
CREATE INDEX merged_dyad ON merged_events(source_key, target_key, factuality, day_start, quad, goldstein);
CREATE INDEX merged_dyad_actor ON merged_events(source_code, target_code, factuality, day_start, quad, goldstein);
CREATE INDEX merged_day ON merged_events(day_start);

CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id),
  local_id        TEXT NOT NULL,
  merged_id       INTEGER NOT NULL REFERENCES merged_events(id),
  source          TEXT,
  target          TEXT,
  cameo           TEXT NOT NULL,
  plover          TEXT,
  plover_mode     TEXT,
  goldstein       REAL,
  quad            INTEGER,
  factuality      TEXT NOT NULL,
  date            TEXT,
  location        TEXT,
  sentence        INTEGER NOT NULL,
  evidence        TEXT NOT NULL,
  spans           TEXT NOT NULL,
  rule            TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_merged ON events(merged_id);

-- The articles that count as reports of a merged event: at most one per article, and none
-- from an outlet that already reported the same event in the same story (wire copies).
CREATE TABLE reports (
  merged_id    INTEGER NOT NULL REFERENCES merged_events(id),
  article_id   INTEGER NOT NULL REFERENCES articles(id),
  event_id     INTEGER NOT NULL REFERENCES events(id),
  outlet       TEXT NOT NULL,
  story_id     INTEGER NOT NULL,
  reported_at  TEXT NOT NULL,
  PRIMARY KEY (merged_id, article_id),
  UNIQUE (merged_id, story_id, outlet)
) WITHOUT ROWID;

CREATE TABLE feeds (
  url            TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  failures       INTEGER NOT NULL DEFAULT 0,
  next_poll_at   TEXT,
  last_status    TEXT,
  last_polled_at TEXT,
  items_stored   INTEGER NOT NULL DEFAULT 0
);

-- Per-item problems of ingest runs: bad lines, failed fetches, items without text.
CREATE TABLE item_log (
  origin   TEXT NOT NULL,
  item     TEXT NOT NULL,
  status   TEXT NOT NULL,
  message  TEXT NOT NULL,
  at       TEXT NOT NULL,
  PRIMARY KEY (origin, item, message)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id');
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
