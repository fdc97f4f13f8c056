import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ArticleExtractor, extractEach } from './extract-each.js';
import type { OutputRecord } from './record.js';

/** A stand-in record naming the article it came from. */
const record = (text: string) => ({ id: text }) as unknown as OutputRecord;
const outcome = (o: OutputRecord | Error) => (o instanceof Error ? `error: ${o.message}` : o.id);

const oneByOne: ArticleExtractor<string> = {
  extract: (text) => {
    if (text === 'bad') throw new Error('cannot read');
    return record(text);
  },
};

describe('extractEach', () => {
  const cases: [string, ArticleExtractor<string>, string[]][] = [
    ['one by one, a failure costs only its article', oneByOne, ['a', 'error: cannot read', 'c']],
    [
      'the batch path when there is one',
      { ...oneByOne, extractMany: (list) => list.map((t) => record(`batch ${t}`)) },
      ['batch a', 'batch bad', 'batch c'],
    ],
    [
      'one by one again when the batch call itself fails',
      {
        ...oneByOne,
        extractMany: () => {
          throw new Error('bug');
        },
      },
      ['a', 'error: cannot read', 'c'],
    ],
  ];
  for (const [name, extractor, expected] of cases) {
    it(name, () => assert.deepEqual(extractEach(extractor, ['a', 'bad', 'c']).map(outcome), expected));
  }
});
