import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../store/sqlite.js';
import { makeRecord } from '../store/test-support.js';
import { type Extractor, type IngestOptions, ingestCommand } from './ingest.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Extraction stand-in: one US→IRN strike per article that mentions "strike", dated by the article. */
const fakeExtractor = (): Extractor => ({
  extract: (a) =>
    makeRecord({ id: a.id, published: a.published, events: /strike/i.test(a.text) ? [{ date: null }] : [] }),
});

function options(inputs: string[], extra: Partial<IngestOptions> = {}): IngestOptions {
  return {
    inputs,
    watch: false,
    intervalSeconds: 1,
    fetchArticles: false,
    allowPrivate: true,
    batchSize: 7,
    progress: 'log',
    log: new PassThrough(),
    ...extra,
  };
}

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>w1</guid><title>One</title><link>https://wire.example/1</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>
<description>US strike on Iranian radar reported by the wire service on Monday morning.</description></item>
<item><guid>w2</guid><title>Two</title><link>https://wire.example/2</link><description></description></item>
</channel></rss>`;

/** Sentences built from a seed: distinct articles that still read like news. */
function newsText(i: number): string {
  const who = ['Iran', 'Israel', 'the United States', 'Turkey', 'Qatar', 'Oman'][i % 6];
  const what = ['condemned', 'praised', 'threatened', 'met', 'warned', 'accused'][(i * 7) % 6];
  const lines: string[] = [];
  for (let k = 0; k < 6; k++) {
    lines.push(
      `${who} ${what} officials in report ${i} paragraph ${k}, said a spokesman on Monday, citing figure ${(i * 31 + k * 17) % 997}.`,
    );
  }
  return lines.join('\n');
}

function writeCorpus(dir: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 10 === 9 ? newsText(i - 1).replace(/\n/g, '  \n ') : newsText(i); // whitespace copies
    lines.push(
      JSON.stringify({
        id: `g${i}`,
        text,
        outlet: `outlet${i % 5}`,
        published: `2026-02-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    );
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('ingest', () => {
  it('loads JSONL, text, HTML and feed files from a folder, logging bad items and going on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    try {
      const input = join(dir, 'in');
      mkdirSync(join(input, 'sub'), { recursive: true });
      writeFileSync(
        join(input, 'a.jsonl'),
        [
          JSON.stringify({ id: 'j1', text: 'A strike hit the port.', outlet: 'AP', published: '2026-02-02' }),
          '{not json',
          JSON.stringify({ id: 'j2', text: 'No date on this one.' }),
          JSON.stringify({
            id: 'j3',
            text: '  a STRIKE hit the   port. ',
            outlet: 'AP',
            published: '2026-02-02',
          }),
          '',
        ].join('\n'),
      );
      writeFileSync(join(input, 'sub', 'b.txt'), 'Plain text article about talks.');
      writeFileSync(
        join(input, 'sub', 'c.html'),
        '<html><body><article><p>Hello from an HTML page about diplomacy and talks in Muscat.</p></article></body></html>',
      );
      writeFileSync(join(input, 'feed.xml'), RSS);
      writeFileSync(join(input, 'broken.rss'), '<rss><channel><item>');
      writeFileSync(join(input, 'ignored.bin'), 'x');
      const summary = await ingestCommand(store, fakeExtractor, options([input]));
      assert.equal(summary.stored, 5, 'j1, j2, b.txt, c.html, w1');
      assert.equal(summary.duplicates, 1, 'j3 is j1 with other whitespace and case');
      assert.equal(summary.noDate, 3, 'j2, b.txt, c.html');
      assert.equal(summary.problems, 3, 'bad JSON line, empty feed item, malformed feed');
      assert.equal(summary.newMergedEvents, 1);
      assert.equal(summary.newReports, 2, 'AP (j1) and the wire feed');
      const db = store.database;
      assert.equal(
        (db.prepare("SELECT count(*) AS n FROM articles WHERE status = 'no-date'").get() as { n: number }).n,
        3,
      );
      assert.equal(store.counts().itemLog, 3);

      const before = store.counts();
      const again = await ingestCommand(store, fakeExtractor, options([input]));
      assert.equal(again.stored, 0);
      assert.deepEqual(store.counts(), before, 're-ingesting adds no rows anywhere');
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('polls a feed URL with conditional requests and keeps its state', async () => {
    let requests = 0;
    let conditional = 0;
    const server = createServer((req, res) => {
      requests++;
      if (req.headers['if-none-match'] === '"v1"') {
        conditional++;
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed`;
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    try {
      const stop = new AbortController();
      const run = ingestCommand(
        store,
        fakeExtractor,
        options([url], { watch: true, intervalSeconds: 0.05, signal: stop.signal }),
      );
      while (requests < 3) await new Promise((r) => setTimeout(r, 20));
      stop.abort();
      const summary = await run;
      assert.equal(summary.stored, 1);
      assert.ok(conditional >= 2, 'later polls are conditional');
      assert.equal(store.feedState(url)?.etag, '"v1"');
      assert.equal(store.feeds().length, 1);
    } finally {
      store.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('survives SIGKILL at 5 random moments: the final store equals an uninterrupted run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
    try {
      const corpus = writeCorpus(dir, 200);
      const cli = (db: string): ChildProcess =>
        spawn(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'src/node/cli.ts'), 'ingest', corpus, '--db', db, '--batch', '10'],
          {
            cwd: ROOT,
            stdio: ['ignore', 'ignore', 'ignore'],
          },
        );
      const finish = (child: ChildProcess) =>
        new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      // A first run warms the transpiler's cache, so the timed run measures what the killed runs do.
      assert.equal(await finish(cli(join(dir, 'warm.db'))), 0);
      const clean = join(dir, 'clean.db');
      const t0 = performance.now();
      assert.equal(await finish(cli(clean)), 0);
      const full = performance.now() - t0;

      const killed = join(dir, 'killed.db');
      let kills = 0;
      for (let k = 0; k < 5; k++) {
        const child = cli(killed);
        // Anywhere from start-up to the end of the run; later kills land on a fuller database.
        const delay = full * (0.15 + 0.7 * Math.random());
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        const code = await finish(child);
        clearTimeout(timer);
        if (code === null) kills++;
      }
      // On a machine faster than the timed run suggested, kill earlier until one run is cut short.
      for (let extra = 0; kills === 0 && extra < 5; extra++) {
        const child = cli(killed);
        const timer = setTimeout(() => child.kill('SIGKILL'), full * 0.1);
        const code = await finish(child);
        clearTimeout(timer);
        if (code === null) kills++;
      }
      assert.ok(kills >= 1, 'at least one run was killed mid-way');
      assert.equal(await finish(cli(killed)), 0);

      const snapshot = (path: string) => {
        const db = new Database(path, { readonly: true });
        const rows = db
          .prepare('SELECT external_id, content_hash, story_id, status FROM articles ORDER BY external_id')
          .all();
        const counts = db
          .prepare(
            `SELECT (SELECT count(*) FROM articles) a, (SELECT count(DISTINCT content_hash) FROM articles) h,
               (SELECT count(*) FROM extractions) x, (SELECT count(*) FROM actors) ac, (SELECT count(*) FROM quotes) q,
               (SELECT count(*) FROM sources) s, (SELECT count(*) FROM events) e, (SELECT count(*) FROM merged_events) m,
               (SELECT count(*) FROM reports) r, (SELECT count(*) FROM simhash_bands) b`,
          )
          .get() as Record<string, number>;
        db.close();
        return { rows, counts };
      };
      const a = snapshot(clean);
      const b = snapshot(killed);
      assert.equal(a.counts.a, 180, '200 lines, 20 whitespace copies');
      assert.equal(b.counts.a, b.counts.h, 'no article stored twice');
      assert.deepEqual(b.counts, a.counts);
      assert.deepEqual(b.rows, a.rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
