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

  it('returns an empty batch for no docs', () => {
    assert.deepEqual(createPipeline([]).runMany([]), []);
  });
});
