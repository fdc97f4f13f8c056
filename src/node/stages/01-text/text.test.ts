import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { textStage } from './index.js';

const stage = textStage();

function read(text: string): Doc {
  const doc = new Doc(text);
  stage.run(doc);
  return doc;
}

const tokens = (text: string) => read(text).tokens.map((t) => text.slice(t.start, t.end));
const sentences = (text: string) => read(text).sentences.map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['U.S. officials said.', ['U.S.', 'officials', 'said', '.']],
    ["Iran's foreign minister", ['Iran', "'s", 'foreign', 'minister']],
    ['Iran’s envoy', ['Iran', '’s', 'envoy']],
    ["I don't know", ['I', 'do', "n't", 'know']],
    ['we’ll see', ['we', '’ll', 'see']],
    ['Lt. Gen. Eyal Zamir', ['Lt.', 'Gen.', 'Eyal', 'Zamir']],
    ['No. 2 official', ['No.', '2', 'official']],
    ['U.S.–Iran talks', ['U.S.', '–', 'Iran', 'talks']],
    ['war—and peace', ['war', '—', 'and', 'peace']],
    ['“It is working,” he said.', ['“', 'It', 'is', 'working', ',', '”', 'he', 'said', '.']],
    ['"Go," she said.', ['"', 'Go', ',', '"', 'she', 'said', '.']],
    ['{Matzav.com}', ['{', 'Matzav.com', '}']],
    ['see https://example.org/a?b=1.', ['see', 'https://example.org/a?b=1', '.']],
    ['low-profile visit', ['low-profile', 'visit']],
    ['al-Sisi spoke', ['al-Sisi', 'spoke']],
    ['$500 million', ['$', '500', 'million']],
    ['1,000 troops', ['1,000', 'troops']],
    ['acceptable. … They', ['acceptable', '.', '…', 'They']],
    ['wait...', ['wait', '...']],
    ['(Reuters) -', ['(', 'Reuters', ')', '-']],
    ['George W. Bush', ['George', 'W.', 'Bush']],
    ['wrote on X. Then', ['wrote', 'on', 'X', '.', 'Then']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(tokens(text), expected, `tokens of ${JSON.stringify(text)}`));
  }
});

describe('split sentences', () => {
  const cases: [string, string[]][] = [
    ['He met Mr. Smith. They talked.', ['He met Mr. Smith.', 'They talked.']],
    ['Talks in the U.S. The envoy left.', ['Talks in the U.S.', 'The envoy left.']],
    ['The U.S. envoy left.', ['The U.S. envoy left.']],
    ['It happened on Feb. 19 in Vienna.', ['It happened on Feb. 19 in Vienna.']],
    ['Lt. Gen. Zamir flew. He landed.', ['Lt. Gen. Zamir flew.', 'He landed.']],
    ['Headline Without Stop\nThe body begins.', ['Headline Without Stop', 'The body begins.']],
    [
      '“Talks are going well. We are hopeful.” A second envoy agreed.',
      ['“Talks are going well.', 'We are hopeful.”', 'A second envoy agreed.'],
    ],
    ['"Go home," he said. "Now."', ['"Go home," he said.', '"Now."']],
    ['“Why now?” Clinton said. She left.', ['“Why now?” Clinton said.', 'She left.']],
    ['“Is it over?” No one answered.', ['“Is it over?”', 'No one answered.']],
    ['Is it over? No. It is not.', ['Is it over?', 'No.', 'It is not.']],
    [
      'TEHRAN, Feb 2 (Reuters) - Iran said it was ready.',
      ['TEHRAN, Feb 2 (Reuters) - Iran said it was ready.'],
    ],
    ['prices rose 3.5 percent. Markets fell.', ['prices rose 3.5 percent.', 'Markets fell.']],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () =>
      assert.deepEqual(sentences(text), expected, `sentences of ${JSON.stringify(text)}`),
    );
  }

  it('numbers paragraphs by line breaks', () => {
    const doc = read('Title\nFirst one. Second one.\n\nThird one.');
    assert.deepEqual(
      doc.sentences.map((s) => s.paragraph),
      [0, 1, 1, 2],
    );
  });

  it('never alters the text and covers every non-space character', () => {
    const text = 'Odd  input\u0000 with ¿junk? «quoted» and 中文 text… “unbalanced';
    const doc = read(text);
    const covered = doc.tokens.map((t) => text.slice(t.start, t.end)).join('');
    assert.equal(covered, text.replace(/\s+/g, ''));
    for (const t of doc.tokens) assert.ok(doc.sentences[t.sentence].start <= t.start);
  });
});
