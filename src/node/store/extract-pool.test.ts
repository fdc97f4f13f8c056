import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Reader } from '../reader.js';
import { ExtractPool } from './extract-pool.js';

describe('ExtractPool', () => {
  const pool = new ExtractPool(1);
  after(() => pool.close());

  it('extracts articles sent together (one batch in the worker) as a Reader does one by one', async () => {
    const articles = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      text: i === 3 ? '' : `Egypt hosted talks between Iran and Qatar in Cairo on day ${i}.`,
      title: null,
      published: '2026-02-02',
      outlet: null,
      url: null,
      warnings: [],
    }));
    const records = await Promise.all(articles.map((a) => pool.extract(a)));
    const reader = new Reader();
    assert.deepEqual(
      records,
      articles.map((a) => reader.extract(a)),
    );
  });
});
