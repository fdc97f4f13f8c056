import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineBatches } from './line-batches.js';

async function batchesOf(chunks: (string | Buffer)[], max: number) {
  async function* stream() {
    for (const c of chunks) yield c;
  }
  const out: string[][] = [];
  for await (const batch of lineBatches(stream(), max)) out.push(batch.map((l) => `${l.line}:${l.text}`));
  return out;
}

describe('lineBatches', () => {
  const cases: { name: string; chunks: (string | Buffer)[]; max: number; want: string[][] }[] = [
    { name: 'one chunk, small batches', chunks: ['a\nb\nc\n'], max: 2, want: [['1:a', '2:b'], ['3:c']] },
    {
      name: 'a line split across chunks waits for its end',
      chunks: ['a\nb', 'c\nd\n'],
      max: 10,
      want: [['1:a'], ['2:bc', '3:d']],
    },
    { name: 'last line without a newline', chunks: ['a\nb'], max: 10, want: [['1:a'], ['2:b']] },
    { name: 'CRLF line ends', chunks: ['a\r\nb\r\n'], max: 10, want: [['1:a', '2:b']] },
    { name: 'blank lines keep their numbers', chunks: ['a\n\nb\n'], max: 10, want: [['1:a', '2:', '3:b']] },
    {
      name: 'a multi-byte character split across Buffer chunks',
      chunks: [Buffer.from('é\n').subarray(0, 1), Buffer.from('é\n').subarray(1)],
      max: 10,
      want: [['1:é']],
    },
    { name: 'empty stream', chunks: [], max: 10, want: [] },
  ];
  for (const { name, chunks, max, want } of cases) {
    it(name, async () => {
      assert.deepEqual(await batchesOf(chunks, max), want);
    });
  }
});
