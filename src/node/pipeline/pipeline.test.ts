import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../doc/doc.js';
import { SitrepError } from '../errors.js';
import { createPipeline, type Stage } from './pipeline.js';

/** A stage that records which docs it saw, in order, and throws on texts containing "boom". */
function recorder(name: string, seen: string[]): Stage {
  return {
    name,
    requires: [],
    assigns: [],
    run(doc: Doc) {
      if (doc.text.includes('boom')) throw new Error(`${name} cannot read this`);
      seen.push(`${name}:${doc.meta.id}`);
    },
  };
}

describe('Pipeline.runMany', () => {
  it('runs each stage over the whole batch before the next stage', () => {
    const seen: string[] = [];
    const pipeline = createPipeline([recorder('a', seen), recorder('b', seen)]);
    const docs = ['x', 'y'].map((id) => new Doc('text', { id }));
    const out = pipeline.runMany(docs);
    assert.deepEqual(seen, ['a:x', 'a:y', 'b:x', 'b:y']);
    assert.deepEqual(out, docs);
  });

  const failures = [
    { batch: ['ok', 'boom', 'ok'], failedAt: 1, seenByB: ['b:d0', 'b:d2'] },
    { batch: ['boom'], failedAt: 0, seenByB: [] },
    { batch: ['ok', 'ok', 'boom'], failedAt: 2, seenByB: ['b:d0', 'b:d1'] },
  ];
  for (const { batch, failedAt, seenByB } of failures) {
    it(`keeps the batch going when a stage throws on doc ${failedAt} of ${batch.length}`, () => {
      const seen: string[] = [];
      const pipeline = createPipeline([recorder('a', seen), recorder('b', seen)]);
      const out = pipeline.runMany(batch.map((text, i) => new Doc(text, { id: `d${i}` })));
      assert.equal(out.length, batch.length);
      const failure = out[failedAt];
      assert.ok(failure instanceof SitrepError);
      assert.equal(failure.code, 'E003');
      assert.match(failure.message, /Stage "a" failed on document d\d: a cannot read this/);
      assert.deepEqual(
        seen.filter((s) => s.startsWith('b:')),
        seenByB,
      );
      out.forEach((doc, i) => {
        if (i !== failedAt) assert.ok(doc instanceof Doc);
      });
    });
  }

  /** A stage with a batch method that records its calls and throws on a batch holding "bad". */
  function batcher(calls: string[]): Stage {
    return {
      ...recorder('batch', calls),
      runMany(docs: readonly Doc[]) {
        if (docs.some((doc) => doc.text.includes('bad'))) throw new Error('cannot batch this');
        calls.push(`many:${docs.map((doc) => doc.meta.id).join(',')}`);
      },
    };
  }
  const batchCases = [
    {
      name: 'runs a stage’s batch method once over the live docs',
      texts: ['ok', 'boom', 'ok'],
      calls: ['many:d0,d2'],
    },
    {
      name: 'falls back to doc by doc when the batch method throws',
      texts: ['ok', 'bad', 'ok'],
      calls: ['batch:d0', 'batch:d1', 'batch:d2'],
    },
  ];
  for (const { name, texts, calls } of batchCases) {
    it(name, () => {
      const seen: string[] = [];
      // The first stage fails on "boom", so the batch stage never sees that doc.
      const pipeline = createPipeline([recorder('a', []), batcher(seen)]);
      const out = pipeline.runMany(texts.map((text, i) => new Doc(text, { id: `d${i}` })));
      assert.deepEqual(seen, calls);
      assert.equal(out.length, texts.length);
    });
  }

  it('returns an empty batch for no docs', () => {
    assert.deepEqual(createPipeline([]).runMany([]), []);
  });
});
