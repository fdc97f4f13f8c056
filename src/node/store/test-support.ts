/**
 * Builders for tests: synthetic output records and events (the event coder is not written
 * yet, and tests need exact control over actors, codes, dates and places anyway), and
 * throwaway database files under the OS temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutActorRef, OutEvent, OutputRecord } from '../output/record.js';
import { SqliteStore } from './sqlite.js';
import type { ArticleToStore } from './types.js';

export function actor(
  country: string | null,
  code?: string | null,
  org?: string | null,
  name?: string,
): OutActorRef {
  return {
    name: name ?? org ?? code ?? country ?? 'someone',
    country,
    org: org ?? null,
    code: code ?? country,
  };
}

export interface EventSpec {
  source?: OutActorRef | null;
  target?: OutActorRef | null;
  cameo?: string;
  goldstein?: number | null;
  quad?: number | null;
  factuality?: OutEvent['factuality'];
  date?: string | null;
  place?: string | null;
  evidence?: string;
}

export function makeEvent(spec: EventSpec, n = 0, articleId = 'a'): OutEvent {
  const place = spec.place ?? null;
  return {
    id: `${articleId}#e${n}`,
    source: spec.source === undefined ? actor('USA') : spec.source,
    target: spec.target === undefined ? actor('IRN') : spec.target,
    cameo: spec.cameo ?? '190',
    plover: 'ASSAULT',
    ploverMode: null,
    goldstein: spec.goldstein === undefined ? -10 : spec.goldstein,
    quad: spec.quad === undefined ? 4 : spec.quad,
    factuality: spec.factuality ?? 'asserted',
    date: spec.date === undefined ? '2026-02-02' : spec.date,
    location: place ? { name: place, gazetteer: place, country: null, lat: 10, lon: 20, span: [0, 1] } : null,
    sentence: 0,
    evidence: spec.evidence ?? 'The United States struck Iran.',
    spans: {
      evidence: [0, 10],
      trigger: [4, 10],
      source: [0, 3],
      target: [11, 15],
      date: null,
      factuality: null,
    },
    rule: 'test',
  };
}

export interface RecordSpec {
  id?: string;
  published?: string | null;
  outlet?: string | null;
  events?: EventSpec[];
  quotes?: string[];
}

export function makeRecord(spec: RecordSpec = {}): OutputRecord {
  const id = spec.id ?? 'a';
  return {
    id,
    title: `Title ${id}`,
    published: spec.published === undefined ? '2026-02-02' : spec.published,
    outlet: spec.outlet ?? null,
    actors: [
      {
        id: 'A1',
        type: 'person',
        name: 'Abbas Araghchi',
        country: 'IRN',
        org: null,
        code: 'IRNGOV',
        sector: 'GOV',
        role: 'foreign minister',
        aliases: [],
        spans: [[0, 5]],
      },
    ],
    events: (spec.events ?? []).map((e, n) => makeEvent(e, n, id)),
    quotes: (spec.quotes ?? []).map((text, n) => ({
      text,
      span: [n * 10, n * 10 + text.length],
      sentence: n,
      speaker: {
        name: 'Abbas Araghchi',
        country: 'IRN',
        org: null,
        anonymous: false,
        description: null,
        span: [0, 5],
      },
      cue: 'said',
    })),
    sources: [{ text: 'Reuters', kind: 'agency', via: null, span: [0, 7], sentence: 0, also: [] }],
    dates: [],
    sentences: [[0, 10]],
    warnings: [],
  };
}

/** Article text unique to `seed`, long enough for SimHash to be meaningful. */
export function articleText(seed: number, words = 120): string {
  const out: string[] = [];
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(`w${x % 5000}`);
  }
  return out.join(' ');
}

export function makeArticle(partial: Partial<ArticleToStore> & { externalId: string }): ArticleToStore {
  return {
    text: articleText(
      partial.externalId.length * 7919 +
        [...partial.externalId].reduce((s, c) => s * 31 + c.charCodeAt(0), 0),
    ),
    title: null,
    published: '2026-02-02',
    outlet: null,
    url: null,
    origin: 'test',
    warnings: [],
    ...partial,
  };
}

/** A new store in a fresh temp folder; `done()` closes and deletes it. */
export function tempStore(): { store: SqliteStore; dir: string; path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  const path = join(dir, 'test.db');
  const store = new SqliteStore(path);
  return {
    store,
    dir,
    path,
    done: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
