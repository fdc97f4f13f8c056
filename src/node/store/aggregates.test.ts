import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escalationFromSeries, escalationIndex, STD_FLOOR } from './escalation.js';
import { dayNumber, dayString } from './merge.js';
import { mediatorNetwork } from './network.js';
import { actor, type EventSpec, makeArticle, makeRecord, tempStore } from './test-support.js';
import type { DyadDay } from './types.js';

function day(iso: string, mean: number, n = 1): DyadDay {
  return { day: iso, events: n, scored: n, quad: [0, 0, 0, n], goldsteinSum: mean * n, goldsteinMean: mean };
}

const plus = (iso: string, days: number) => dayString((dayNumber(iso) ?? 0) + days);

describe('dyad series', () => {
  it('counts merged events by day and quad class, asserted only by default', () => {
    const t = tempStore();
    try {
      const specs: EventSpec[] = [
        { date: '2026-02-01', cameo: '190', goldstein: -10, quad: 4 },
        { date: '2026-02-01', cameo: '172', goldstein: -5, quad: 4, place: 'Tabriz' },
        { date: '2026-02-01', cameo: '036', goldstein: 4, quad: 1 },
        { date: '2026-02-03', cameo: '111', goldstein: -2, quad: 3 },
        { date: '2026-02-03', cameo: '190', goldstein: -10, quad: 4, factuality: 'hypothetical' },
        {
          date: '2026-02-03',
          cameo: '111',
          goldstein: -2,
          quad: 3,
          source: actor('IRN'),
          target: actor('USA'),
        },
      ];
      specs.forEach((e, i) => {
        t.store.ingestBatch([
          { article: makeArticle({ externalId: `a${i}` }), record: makeRecord({ id: `a${i}`, events: [e] }) },
        ]);
      });
      const series = t.store.dyadSeries({ level: 'country', source: 'USA', target: 'IRN' });
      assert.deepEqual(
        series.map((d) => [d.day, d.events, d.quad, d.goldsteinSum]),
        [
          ['2026-02-01', 3, [1, 0, 0, 2], -11],
          ['2026-02-03', 1, [0, 0, 1, 0], -2],
        ],
      );
      assert.equal(
        t.store.dyadSeries({ level: 'country', source: 'USA', target: 'IRN', factuality: 'hypothetical' })
          .length,
        1,
      );
      assert.equal(
        t.store.dyadSeries({ level: 'actor', source: 'USA', target: 'IRN', from: '2026-02-02' }).length,
        1,
      );
    } finally {
      t.done();
    }
  });
});

describe('escalation index', () => {
  const asOf = '2026-03-31';
  const cases: Array<{ name: string; series: DyadDay[]; z: number | null; std?: number }> = [
    {
      name: 'steady dyad is near 0',
      series: [day(plus(asOf, -20), -2), day(plus(asOf, -15), -2), day(plus(asOf, -2), -2)],
      z: 0,
      std: STD_FLOOR,
    },
    {
      name: 'sharper conflict is negative (floored std)',
      series: [day(plus(asOf, -20), -1), day(plus(asOf, -10), -1), day(plus(asOf, -1), -10)],
      z: -18,
    },
    {
      name: 'uses the std of daily means when above the floor',
      series: [day(plus(asOf, -30), 2), day(plus(asOf, -20), -2), day(asOf, -4)],
      z: -2,
      std: 2,
    },
    { name: 'no recent events gives no index', series: [day(plus(asOf, -20), -1)], z: null },
    { name: 'no baseline gives no index', series: [day(asOf, -1)], z: null },
    {
      name: 'events older than the baseline are ignored',
      series: [day(plus(asOf, -60), 9), day(plus(asOf, -10), 1), day(asOf, 1)],
      z: 0,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const w = escalationFromSeries(c.series, dayNumber(asOf) ?? 0);
      if (c.z === null) assert.equal(w.z, null);
      else assert.ok(Math.abs((w.z ?? Number.NaN) - c.z) < 1e-9, `z = ${w.z}`);
      if (c.std !== undefined) assert.equal(w.baselineStd, c.std);
    });
  }

  it('names the events that move it most', () => {
    const t = tempStore();
    try {
      const events: EventSpec[] = [
        { date: '2026-03-01', cameo: '111', goldstein: -2, quad: 3 },
        { date: '2026-03-10', cameo: '112', goldstein: -2, quad: 3 },
        { date: '2026-03-29', cameo: '190', goldstein: -10, quad: 4 },
        { date: '2026-03-31', cameo: '036', goldstein: 4, quad: 1 },
      ];
      events.forEach((e, i) => {
        t.store.ingestBatch([
          { article: makeArticle({ externalId: `e${i}` }), record: makeRecord({ id: `e${i}`, events: [e] }) },
        ]);
      });
      const r = escalationIndex(t.store, { source: 'USA', target: 'IRN' });
      assert.equal(r.asOf, '2026-03-31');
      assert.equal(r.recentEvents, 2);
      assert.equal(r.baselineMean, -2);
      assert.equal(r.z, (-3 - -2) / STD_FLOOR);
      assert.equal(r.drivers[0].cameo, '190');
    } finally {
      t.done();
    }
  });
});

describe('mediator network', () => {
  it('links a third party acting on both sides to the pair', () => {
    const t = tempStore();
    try {
      const events: EventSpec[] = [
        { source: actor('OMN'), target: actor('USA'), cameo: '045', goldstein: 5, quad: 1 },
        { source: actor('OMN'), target: actor('IRN'), cameo: '043', goldstein: 2.8, quad: 1 },
        { source: actor('QAT'), target: actor('IRN'), cameo: '045', goldstein: 5, quad: 1 },
        { source: actor('USA'), target: actor('IRN'), cameo: '190', goldstein: -10, quad: 4 },
        { source: actor('OMN'), target: actor('ISR'), cameo: '111', goldstein: -2, quad: 3 },
      ];
      events.forEach((e, i) => {
        t.store.ingestBatch([
          { article: makeArticle({ externalId: `m${i}` }), record: makeRecord({ id: `m${i}`, events: [e] }) },
        ]);
      });
      const edges = mediatorNetwork(t.store);
      assert.equal(edges.length, 1);
      assert.equal(edges[0].mediator, 'OMN');
      assert.deepEqual(edges[0].pair, ['IRN', 'USA']);
      assert.deepEqual(edges[0].codes, { '043': 1, '045': 1 });
      assert.equal(edges[0].mediates, true);
      assert.equal(mediatorNetwork(t.store, { from: '2026-03-01' }).length, 0);
    } finally {
      t.done();
    }
  });
});
