import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segments } from '../../client/highlight.js';

describe('article highlighting (client, pure part)', () => {
  it('cuts the text at every span edge and gives each piece the marks covering it', () => {
    const text = 'Iran seized a tanker on Tuesday.';
    const out = segments(text, [
      { start: 0, end: 32, cls: 'hl-evidence' },
      { start: 5, end: 11, cls: 'hl-trigger' },
      { start: 0, end: 4, cls: 'hl-actor' },
    ]);
    assert.equal(out.map((s) => s.text).join(''), text);
    const trigger = out.filter((s) => s.marks.some((m) => m.cls === 'hl-trigger'));
    assert.deepEqual(
      trigger.map((s) => s.text),
      ['seized'],
    );
    assert.deepEqual(out[0].marks.map((m) => m.cls).sort(), ['hl-actor', 'hl-evidence']);
  });

  it('drops spans outside the text and keeps markup as plain characters', () => {
    const text = '<script>x</script>';
    const out = segments(text, [
      { start: 5, end: 99, cls: 'bad' },
      { start: 0, end: 8, cls: 'ok' },
    ]);
    assert.equal(out.map((s) => s.text).join(''), text);
    assert.equal(out[0].text, '<script>');
    assert.ok(out.every((s) => s.marks.every((m) => m.cls === 'ok')));
  });
});
