import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePublished, parseArticleLine } from './article.js';

describe('parseArticleLine', () => {
  const failures: [string, string, string][] = [
    ['not JSON', 'this is not json', 'E020'],
    ['JSON array', '[1,2]', 'E020'],
    ['no text', '{"id": "x"}', 'E021'],
    ['text not a string', '{"id": "x", "text": 42}', 'E021'],
  ];
  for (const [label, raw, code] of failures) {
    it(`rejects ${label} with ${code}`, () => {
      const parsed = parseArticleLine(raw, 7);
      assert.equal(parsed.ok, false, label);
      if (!parsed.ok) {
        assert.ok(parsed.failure.error.startsWith(code), `${label}: ${parsed.failure.error}`);
        assert.equal(parsed.failure.line, 7);
      }
    });
  }

  it('keeps the id of a line that lacks text, for the error record', () => {
    const parsed = parseArticleLine('{"id": "a-9"}', 3);
    assert.ok(!parsed.ok && parsed.failure.id === 'a-9');
  });

  it('reads a full article and ignores unknown fields', () => {
    const parsed = parseArticleLine(
      '{"id":"a","title":"T","text":"Body.","published":"2026-02-02T10:00:00Z","outlet":"O","url":null,"x":1}',
      1,
    );
    assert.ok(parsed.ok);
    if (parsed.ok) {
      assert.deepEqual(parsed.article, {
        id: 'a',
        text: 'Body.',
        title: 'T',
        published: '2026-02-02',
        outlet: 'O',
        url: null,
        warnings: [],
      });
    }
  });

  it('warns about an unreadable published date and goes on without it', () => {
    const parsed = parseArticleLine('{"text":"Body.","published":"last Tuesday"}', 4);
    assert.ok(parsed.ok);
    if (parsed.ok) {
      assert.equal(parsed.article.published, null);
      assert.equal(parsed.article.id, 'line-4');
      assert.match(parsed.article.warnings[0], /E023/);
    }
  });
});

describe('normalizePublished', () => {
  const cases: [unknown, string | null][] = [
    ['2026-02-02', '2026-02-02'],
    ['2026-02-02T23:59:00+03:00', '2026-02-02'],
    ['2026-02-30', null],
    ['02/02/2026', null],
    [20260202, null],
    [null, null],
  ];
  for (const [value, expected] of cases) {
    it(String(value), () => assert.equal(normalizePublished(value), expected));
  }
});
