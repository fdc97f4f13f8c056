import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { exportFilter } from '../commands/export.js';
import { exportEvents } from './export.js';
import { EXPORT_FORMATS, type ExportFormat, GDELT_COLUMNS, ICEWS_COLUMNS } from './formats.js';
import { actor, type EventSpec, makeArticle, makeRecord, tempStore } from './test-support.js';
import type { EventFilter } from './types.js';

function fill(store: ReturnType<typeof tempStore>['store']) {
  const events: Array<EventSpec & { outlet: string; url: string }> = [
    {
      outlet: 'AP',
      url: 'https://ap.example/1',
      cameo: '190',
      place: 'Natanz',
      date: '2026-02-02',
      evidence: 'US forces struck, "the site"\tat Natanz.',
    },
    { outlet: 'BBC', url: 'https://bbc.example/1', cameo: '193', date: '2026-02-03' },
    { outlet: 'AP', url: 'https://ap.example/2', cameo: '036', goldstein: 4, quad: 1, date: '2026-02-10' },
    {
      outlet: 'AP',
      url: 'https://ap.example/3',
      cameo: '010',
      goldstein: 0,
      quad: 1,
      date: '2026-02-11',
      source: actor('IRN', 'IRNGOV', null, 'Iran'),
    },
    {
      outlet: 'AP',
      url: 'https://ap.example/4',
      cameo: '190',
      factuality: 'hypothetical',
      date: '2026-02-12',
    },
  ];
  events.forEach((e, i) => {
    store.ingestBatch([
      {
        article: makeArticle({ externalId: `x${i}`, outlet: e.outlet, url: e.url }),
        record: makeRecord({ id: `x${i}`, events: [e] }),
      },
    ]);
  });
}

async function run(format: ExportFormat, filter: EventFilter, header = false): Promise<string[]> {
  const t = tempStore();
  try {
    fill(t.store);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportEvents(t.store, { format, filter, header, out });
    out.end();
    return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
  } finally {
    t.done();
  }
}

describe('export', () => {
  it('writes GDELT 2.0 rows of 61 tab-separated columns', async () => {
    const lines = await run('gdelt', { factuality: 'asserted' }, true);
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(lines[0].split('\t')[60], 'SOURCEURL');
    const row = lines[1].split('\t');
    assert.equal(row.length, 61);
    const col = (name: string) => row[GDELT_COLUMNS.indexOf(name)];
    assert.equal(col('SQLDATE'), '20260202');
    assert.equal(col('MonthYear'), '202602');
    assert.equal(col('EventCode'), '190');
    assert.equal(col('EventRootCode'), '19');
    assert.equal(col('Actor1CountryCode'), 'USA');
    assert.equal(col('NumSources'), '2', 'AP and BBC reported the strike');
    assert.equal(col('ActionGeo_FullName'), 'Natanz');
    assert.equal(col('SOURCEURL'), 'https://ap.example/1');
    assert.equal(lines.length, 4, 'header + 3 asserted merged events');
  });

  it('writes ICEWS rows of 20 columns, without header by default', async () => {
    const lines = await run('icews', {});
    assert.equal(ICEWS_COLUMNS.length, 20);
    for (const l of lines) assert.equal(l.split('\t').length, 20);
    const row = lines[0].split('\t');
    assert.equal(row[1], '2026-02-02');
    assert.equal(row[6], '190');
    assert.match(row[5], /military force/i);
  });

  it('writes PLOVER records, skipping codes PLOVER has no category for', async () => {
    const lines = await run('plover', { factuality: 'asserted' });
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of records) {
      for (const field of ['id', 'date', 'actor', 'event']) assert.ok(field in r, field);
      assert.ok(Array.isArray(r.event));
    }
    assert.deepEqual((records[0].actor as Array<{ code: string }>)[0].code, 'USA');
  });

  it('writes CSV with quoting, and JSON Lines with every report', async () => {
    const csv = await run('csv', { code: '19', factuality: 'asserted' });
    assert.equal(csv.length, 2);
    assert.match(csv[1], /"US forces struck, ""the site""\tat Natanz\."$/);
    const jsonl = (await run('jsonl', {})).map(
      (l) => JSON.parse(l) as { reports: number; reportList: unknown[] },
    );
    assert.equal(jsonl[0].reports, 2);
    assert.equal(jsonl[0].reportList.length, 2);
  });

  const filters: Array<{ name: string; filter: EventFilter; count: number }> = [
    { name: 'all (the two strike reports are one event)', filter: {}, count: 4 },
    { name: 'dyad', filter: { dyad: { source: 'USA', target: 'IRN' } }, count: 3 },
    { name: 'actor either side', filter: { actor: 'IRNGOV' }, count: 1 },
    { name: 'code prefix', filter: { code: '19' }, count: 2 },
    { name: 'dates', filter: { from: '2026-02-03', to: '2026-02-11' }, count: 2 },
    { name: 'factuality', filter: { factuality: 'hypothetical' }, count: 1 },
  ];
  for (const f of filters) {
    it(`filters: ${f.name}`, async () => {
      assert.equal((await run('jsonl', f.filter)).length, f.count);
    });
  }

  it('reads the command-line filter flags, rejecting bad ones', () => {
    const base = { dyad: null, actor: null, code: null, from: null, to: null, factuality: null };
    assert.deepEqual(exportFilter({ ...base, dyad: 'USA:IRN', from: '2026-02-01' }), {
      dyad: { source: 'USA', target: 'IRN' },
      from: '2026-02-01',
      factuality: 'asserted',
    });
    assert.deepEqual(exportFilter({ ...base, factuality: 'any' }), {});
    assert.throws(() => exportFilter({ ...base, dyad: 'USA' }), /E053/);
    assert.throws(() => exportFilter({ ...base, to: 'yesterday' }), /E054/);
    assert.throws(() => exportFilter({ ...base, factuality: 'maybe' }), /E030/);
    assert.ok(EXPORT_FORMATS.includes('gdelt'));
  });
});
