import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { bands, contentHash, hamming, normalizeUrl, simhash } from './hash.js';
import { placesCompatible } from './merge.js';
import { SCHEMA_VERSION } from './schema.js';
import { SqliteStore } from './sqlite.js';
import { actor, articleText, type EventSpec, makeArticle, makeRecord, tempStore } from './test-support.js';

/** Ingests one article per spec, each from its own outlet unless given, and returns the store's counts. */
function ingestAll(
  store: SqliteStore,
  specs: Array<{
    id: string;
    outlet?: string;
    text?: string;
    published?: string | null;
    events: EventSpec[];
  }>,
) {
  for (const s of specs) {
    const article = makeArticle({
      externalId: s.id,
      outlet: s.outlet ?? `outlet-${s.id}`,
      ...(s.text ? { text: s.text } : {}),
      published: s.published === undefined ? '2026-02-02' : s.published,
    });
    store.ingestBatch([
      { article, record: makeRecord({ id: s.id, published: article.published, events: s.events }) },
    ]);
  }
  return store.counts();
}

describe('hashing', () => {
  it('gives the same content hash across whitespace and case', () => {
    assert.equal(contentHash('Iran  struck\n\nIsrael.'), contentHash(' iran struck israel. '));
    assert.notEqual(contentHash('Iran struck Israel.'), contentHash('Israel struck Iran.'));
  });
  it('normalises URLs', () => {
    assert.equal(normalizeUrl('https://www.Example.com/a/?utm_source=x#top'), 'https://example.com/a');
    assert.equal(normalizeUrl(null), null);
  });
  it('puts small edits within 3 bits and different texts far apart', () => {
    const base = articleText(1, 400);
    const edited = base.replace('w', 'W').replace(/ (\S+)$/, ' changed');
    assert.ok(hamming(simhash(base), simhash(edited)) <= 3);
    assert.ok(hamming(simhash(base), simhash(articleText(2, 400))) > 10);
  });
  it('splits fingerprints into four 16-bit bands', () => {
    assert.deepEqual(bands(0x0001000200030004n), [4, 3, 2, 1]);
  });
});

describe('merge rule', () => {
  const cases: Array<{ name: string; a: EventSpec; b: EventSpec; merged: boolean }> = [
    { name: 'same dyad, root, day', a: {}, b: { cameo: '193' }, merged: true },
    { name: 'dates one day apart', a: { date: '2026-02-02' }, b: { date: '2026-02-03' }, merged: true },
    { name: 'dates two days apart', a: { date: '2026-02-02' }, b: { date: '2026-02-04' }, merged: false },
    {
      name: 'overlapping ranges',
      a: { date: '2026-02-01/2026-02-05' },
      b: { date: '2026-02-04' },
      merged: true,
    },
    { name: 'other root', a: {}, b: { cameo: '180' }, merged: false },
    { name: 'reversed dyad', a: {}, b: { source: actor('IRN'), target: actor('USA') }, merged: false },
    {
      name: 'actor codes differ, country same',
      a: { source: actor('USA', 'USAMIL') },
      b: { source: actor('USA', 'USAGOV') },
      merged: true,
    },
    { name: 'same place', a: { place: 'Natanz' }, b: { place: 'natanz' }, merged: true },
    { name: 'one place missing', a: { place: 'Natanz' }, b: {}, merged: true },
    { name: 'different places', a: { place: 'Natanz' }, b: { place: 'Isfahan' }, merged: false },
    { name: 'asserted vs hypothetical', a: {}, b: { factuality: 'hypothetical' }, merged: false },
    { name: 'no date falls back to published', a: { date: null }, b: {}, merged: true },
  ];
  for (const c of cases) {
    it(`${c.merged ? 'merges' : 'keeps apart'}: ${c.name}`, () => {
      const t = tempStore();
      try {
        const counts = ingestAll(t.store, [
          { id: 'a', events: [c.a] },
          { id: 'b', events: [c.b] },
        ]);
        assert.equal(counts.events, 2);
        assert.equal(counts.mergedEvents, c.merged ? 1 : 2);
        if (c.merged) {
          const [m] = [...t.store.mergedEvents({})];
          assert.equal(m.reports, 2);
          assert.equal(m.outlets, 2);
          assert.equal(t.store.reportsOf(m.id).length, 2);
        }
      } finally {
        t.done();
      }
    });
  }

  it('never merges events without any date', () => {
    const t = tempStore();
    try {
      const counts = ingestAll(t.store, [
        { id: 'a', published: null, events: [{ date: null }] },
        { id: 'b', published: null, events: [{ date: null }] },
      ]);
      assert.equal(counts.mergedEvents, 2);
    } finally {
      t.done();
    }
  });

  it('compares places case-insensitively and accepts a missing one', () => {
    assert.ok(placesCompatible('Gaza City', 'gaza  city'));
    assert.ok(placesCompatible(null, 'Gaza'));
    assert.ok(!placesCompatible('Gaza', 'Rafah'));
  });
});

describe('report counting', () => {
  it('a wire copy from the same outlet adds no report; from another outlet it does', () => {
    const t = tempStore();
    try {
      const base = articleText(7, 400);
      const copy = `${base} extra`;
      const copy2 = `${base} more words`;
      ingestAll(t.store, [
        { id: 'a', outlet: 'AP', text: base, events: [{}] },
        { id: 'b', outlet: 'AP', text: copy, events: [{}] },
        { id: 'c', outlet: 'BBC', text: copy2, events: [{}] },
      ]);
      const [m] = [...t.store.mergedEvents({})];
      assert.equal(t.store.counts().stories, 1);
      assert.equal(m.reports, 2);
      assert.equal(m.outlets, 2);
      assert.equal(m.stories, 1);
      assert.equal(t.store.counts().events, 3, 'every extraction is kept, counted or not');
    } finally {
      t.done();
    }
  });

  it('two events of one article count as one report', () => {
    const t = tempStore();
    try {
      ingestAll(t.store, [{ id: 'a', events: [{}, { cameo: '195' }] }]);
      const [m] = [...t.store.mergedEvents({})];
      assert.equal(m.reports, 1);
    } finally {
      t.done();
    }
  });

  it('re-ingesting, or ingesting with other whitespace or URL tracking, adds nothing', () => {
    const t = tempStore();
    try {
      const text = articleText(3, 200);
      const first = t.store.ingestBatch([
        {
          article: makeArticle({ externalId: 'x', text, url: 'https://ex.com/a' }),
          record: makeRecord({ events: [{}] }),
        },
      ]);
      assert.equal(first[0].result, 'stored');
      const before = t.store.counts();
      const again = t.store.ingestBatch([
        {
          article: makeArticle({ externalId: 'x2', text: text.replace(/ /g, '\n  ').toUpperCase() }),
          record: makeRecord({ events: [{}] }),
        },
        {
          article: makeArticle({
            externalId: 'x3',
            text: 'other',
            url: 'https://www.ex.com/a?utm_source=rss',
          }),
          record: makeRecord(),
        },
      ]);
      assert.deepEqual(
        again.map((o) => o.result),
        ['duplicate', 'duplicate'],
      );
      assert.deepEqual(t.store.counts(), before);
      assert.equal(t.store.findDuplicate(` ${text} `, null), first[0].articleId);
    } finally {
      t.done();
    }
  });
});

describe('store', () => {
  it('migrates a new file to the current schema in WAL mode', () => {
    const t = tempStore();
    t.store.close();
    const db = new Database(t.path);
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    // Reopening runs nothing and keeps the data.
    const again = new SqliteStore(t.path);
    assert.equal(again.counts().articles, 0);
    again.close();
    t.done();
  });

  it('refuses a database from a newer sitrep', () => {
    const t = tempStore();
    t.store.database.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    t.store.close();
    assert.throws(() => new SqliteStore(t.path), /E052/);
    t.done();
  });

  it('refuses to create a database when it must exist', () => {
    assert.throws(() => new SqliteStore('/nonexistent-dir/x.db', { mustExist: true }), /E051/);
  });

  it('searches articles and quotes, treating punctuation as text', () => {
    const t = tempStore();
    try {
      t.store.ingestBatch([
        {
          article: makeArticle({
            externalId: 'q',
            text: 'Iran said the talks in Muscat were constructive.',
            title: 'Talks',
          }),
          record: makeRecord({ quotes: ['We will not negotiate under pressure'] }),
        },
      ]);
      assert.equal(t.store.searchArticles('muscat')[0]?.title, 'Talks');
      assert.match(t.store.searchQuotes('pressure')[0]?.snippet ?? '', /\[pressure\]/);
      assert.deepEqual(t.store.searchArticles('"); DROP TABLE articles; --'), []);
      assert.equal(t.store.counts().articles, 1);
    } finally {
      t.done();
    }
  });

  it('stores an article without date or extraction with a clear status', () => {
    const t = tempStore();
    try {
      const [a, b] = t.store.ingestBatch([
        {
          article: makeArticle({ externalId: 'nd', published: null }),
          record: makeRecord({ published: null }),
        },
        { article: makeArticle({ externalId: 'err' }), record: null, error: 'boom' },
      ]);
      assert.equal(a.status, 'no-date');
      assert.equal(b.status, 'extraction-error');
    } finally {
      t.done();
    }
  });

  it('keeps feed state and logs each problem once', () => {
    const t = tempStore();
    try {
      const state = {
        url: 'https://ex.com/feed',
        etag: '"1"',
        lastModified: null,
        failures: 0,
        nextPollAt: null,
        lastStatus: 'ok',
      };
      t.store.saveFeedState(state, 3);
      t.store.saveFeedState({ ...state, etag: '"2"', failures: 1 }, 2);
      assert.deepEqual(t.store.feedState(state.url), { ...state, etag: '"2"', failures: 1 });
      const problem = { origin: 'f.jsonl', item: 'line 3', status: 'error' as const, message: 'bad JSON' };
      t.store.logProblems([problem]);
      t.store.logProblems([problem]);
      assert.equal(t.store.counts().itemLog, 1);
    } finally {
      t.done();
    }
  });

  it('rolls back a whole batch when one item fails', () => {
    const t = tempStore();
    try {
      const bad = makeRecord({ events: [{}] });
      // A NOT NULL column left null: the second item throws inside the transaction.
      (bad.events[0] as { cameo: string | null }).cameo = null;
      assert.throws(() =>
        t.store.ingestBatch([
          { article: makeArticle({ externalId: 'ok' }), record: makeRecord() },
          { article: makeArticle({ externalId: 'bad' }), record: bad },
        ]),
      );
      assert.equal(t.store.counts().articles, 0);
    } finally {
      t.done();
    }
  });
});
