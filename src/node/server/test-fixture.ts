/**
 * For the server's tests: the demo corpus ingested into a throwaway database (once per test
 * file), plus an article whose text carries markup, to prove every view shows it as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestQuietly } from '../commands/ingest.js';
import { Reader } from '../reader.js';
import { SqliteStore } from '../store/sqlite.js';

export const DEMO = fileURLToPath(new URL('../../../data/demo/articles.jsonl', import.meta.url));

export const XSS_TEXT =
  'WASHINGTON — The United States accused Iran on Monday of attacking a tanker <script>window.__xss = 1</script> ' +
  'in the Gulf. "We will respond <img src=x onerror="window.__xss = 2"> firmly," Secretary of State Marco Rubio said.';

export interface Fixture {
  dir: string;
  store: SqliteStore;
  reader: Reader;
  xssArticleId: number;
  cleanup(): void;
}

/** Ingests the demo corpus (`data/demo/articles.jsonl`) into a store, quietly. */
export async function ingestDemo(store: SqliteStore, reader: Reader, file = DEMO): Promise<void> {
  await ingestQuietly(store, reader, [file]);
}

export async function demoFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  const store = new SqliteStore(join(dir, 'demo.db'));
  const reader = new Reader();
  await ingestDemo(store, reader);
  const article = {
    externalId: 'xss-1',
    text: XSS_TEXT,
    title: 'Markup <b>in</b> a title <img src=x onerror="window.__xss = 3">',
    published: '2026-10-20',
    outlet: 'Test <i>Outlet</i>',
    url: null,
    origin: 'test',
    warnings: [],
  };
  const [outcome] = store.ingestBatch([
    { article, record: reader.extract({ ...article, id: article.externalId }) },
  ]);
  return {
    dir,
    store,
    reader,
    xssArticleId: outcome.articleId,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
