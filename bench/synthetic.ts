/**
 * A synthetic world of merged events for the load and query benchmarks: 16 actors, a skewed
 * dyad mix (one event in twenty is USA→IRN), five CAMEO codes, three years of days, one event in
 * ten hypothetical. Written straight into a store's database with its indexes in place.
 */

import { dayNumber } from '../src/node/store/merge.js';
import type { SqliteStore } from '../src/node/store/sqlite.js';

export const KEYS = [
  'USA',
  'IRN',
  'ISR',
  'RUS',
  'UKR',
  'CHN',
  'TUR',
  'SAU',
  'QAT',
  'OMN',
  'EGY',
  'SYR',
  'LBN',
  'IRQ',
  'YEM',
  'UN',
];

const CODES: Array<[string, number, number, string]> = [
  ['190', -10, 4, 'ASSAULT'],
  ['111', -2, 3, 'ACCUSE'],
  ['036', 4, 1, 'CONSULT'],
  ['057', 8, 2, 'AGREE'],
  ['173', -5, 4, 'COERCE'],
];

/** Inserts `total` merged events (deterministic: a fixed linear congruential generator). */
export function fillSyntheticEvents(store: SqliteStore, total: number): void {
  const db = store.database;
  const insert = db.prepare(
    `INSERT INTO merged_events (source_key, target_key, source_code, target_code, cameo, cameo_root, plover, goldstein, quad,
       factuality, day_start, day_end, first_report, last_report, n_reports, n_articles, n_outlets, n_stories, first_event)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01', 1, 1, 1, 1, 0)`,
  );
  const start = dayNumber('2023-01-01') ?? 0;
  let x = 12345;
  const rand = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const chunk = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) {
      const hot = rand(20) === 0;
      const s = hot ? 'USA' : KEYS[rand(KEYS.length)];
      let t = hot ? 'IRN' : KEYS[rand(KEYS.length)];
      if (t === s) t = KEYS[(KEYS.indexOf(s) + 1) % KEYS.length];
      const [cameo, g, q, plover] = CODES[rand(CODES.length)];
      const day = start + rand(3 * 365);
      const fact = rand(10) === 0 ? 'hypothetical' : 'asserted';
      insert.run(s, t, `${s}GOV`, `${t}GOV`, cameo, cameo.slice(0, 2), plover, g, q, fact, day, day);
    }
  });
  for (let done = 0; done < total; done += 50_000) chunk(Math.min(50_000, total - done));
  db.exec('ANALYZE');
}
