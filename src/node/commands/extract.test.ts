import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Reader } from '../reader.js';
import { type ExtractOptions, extractCommand } from './extract.js';

// One Reader for the whole file: loading the data is the slow part.
const reader = new Reader();

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    text: () => chunks.join(''),
  };
}

async function run(inputs: string[], stdinText = '', overrides: Partial<ExtractOptions> = {}) {
  const out = sink();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const result = await extractCommand(reader, {
    inputs,
    format: null,
    published: null,
    title: null,
    outlet: null,
    id: null,
    out: out.stream,
    stdin,
    ...overrides,
  });
  return { result, lines: out.text().trim().split('\n').filter(Boolean), text: out.text() };
}

describe('extract JSON Lines', () => {
  it('writes one line per input line, same ids, same order, with error records for bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Officials met in Doha on Sunday.', published: '2026-02-02' }),
      'not json at all',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: '' }),
    ].join('\n');
    const { result, lines } = await run(['-'], input);
    const records = lines.map((l) => JSON.parse(l) as { id: string | null; error?: string; line?: number });
    assert.deepEqual(
      records.map((r) => r.id),
      ['a', null, 'c', 'd'],
    );
    assert.equal(records[1].line, 2);
    assert.match(records[1].error ?? '', /E020/);
    assert.match(records[2].error ?? '', /E021/);
    assert.equal(records[3].error, undefined, 'empty text is processed, not an error');
    assert.deepEqual(result, { articles: 2, errors: 2 });
  });

  it('keeps order and ids across batches, with a bad line in the second batch and CRLF ends', async () => {
    const input = Array.from({ length: 70 }, (_, i) =>
      i === 40
        ? '{"id": "broken"'
        : JSON.stringify({ id: `n${i}`, text: `Officials met in Doha on day ${i}.` }),
    ).join('\r\n');
    const { result, lines } = await run(['-'], input);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string | null }).id);
    assert.equal(ids.length, 70);
    assert.equal(ids[40], null);
    assert.deepEqual(
      ids.filter((id) => id !== null),
      Array.from({ length: 70 }, (_, i) => `n${i}`).filter((_, i) => i !== 40),
    );
    assert.deepEqual(result, { articles: 69, errors: 1 });
  });

  it('survives junk, huge and foreign-language articles', async () => {
    const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)).toString('latin1');
    // ~1 MB with unbalanced quotes (5 MB is exercised by the benchmark: the parse is linear).
    const huge = 'The minister said “talks continue. '.repeat(30_000);
    const input = [
      { id: 'junk', text: junk },
      { id: 'huge', text: huge, published: '2026-02-02' },
      { id: 'ar', text: 'قال وزير الخارجية إن المحادثات مستمرة.' },
      { id: 'zh', text: '外交部长表示，谈判仍在继续。' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { result, lines } = await run(['-'], input);
    assert.equal(result.errors, 0);
    assert.deepEqual(
      lines.map((l) => (JSON.parse(l) as { id: string }).id),
      ['junk', 'huge', 'ar', 'zh'],
    );
  });

  it('says when relative dates cannot be resolved for lack of a publication date', async () => {
    const { lines } = await run(['-'], JSON.stringify({ id: 'x', text: 'Officials met on Sunday.' }));
    const record = JSON.parse(lines[0]) as { warnings: string[]; dates: { value: string | null }[] };
    assert.ok(record.warnings.some((w) => w.startsWith('no-published')));
    assert.ok(record.dates.every((d) => d.value === null));
  });
});

describe('extract a text file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'article.txt');
  writeFileSync(
    file,
    'Turkish Foreign Minister Hakan Fidan met his Qatari counterpart in Doha on Sunday. “We are hopeful,” Fidan said.',
  );

  it('prints a readable summary by default', async () => {
    const { text } = await run([file], '', { published: '2026-02-02' });
    assert.match(text, /Hakan Fidan \[TUR GOV/);
    assert.match(text, /Hakan Fidan \(TUR\): “We are hopeful,”/);
    assert.match(text, /“Sunday” → 2026-02-01/);
  });

  it('prints the full record with --format json', async () => {
    const { text } = await run([file], '', { published: '2026-02-02', format: 'json' });
    const record = JSON.parse(text) as { quotes: { span: [number, number]; text: string }[] };
    const [start, end] = record.quotes[0].span;
    assert.equal(record.quotes[0].text, 'We are hopeful,');
    assert.equal(end - start, 'We are hopeful,'.length);
  });
});
