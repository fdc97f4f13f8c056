import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSyntaxModel } from './index.js';
import { nameMarker } from './names.js';

const mark = nameMarker([
  'European Union',
  'Rapid Support Forces',
  'Ministry of Foreign Affairs',
  'Iran',
  'Oman',
  'Philippines',
  'PLAN',
  'hungry hippos',
  'United Nations',
  'United Nations Security Council',
  'The Hermit Kingdom',
  'Al-Shabaab',
]);

/** The marked words of a sentence, joined by spaces ("" when none). */
function marked(sentence: string): string {
  const words = sentence.split(' ');
  const marks = mark(words);
  return marks ? words.filter((_, i) => marks[i] === 1).join(' ') : '';
}

describe('name marker', () => {
  const cases: [string, string, string][] = [
    ['a two-word name', 'The European Union imposed sanctions .', 'European Union'],
    [
      'connectors inside a name stay unmarked',
      'The Ministry of Foreign Affairs spoke .',
      'Ministry Foreign Affairs',
    ],
    ['a leading "The" stays a determiner', 'The Hermit Kingdom fired shells .', 'Hermit Kingdom'],
    ['the longest name wins', 'The United Nations Security Council met .', 'United Nations Security Council'],
    ['a one-word name', 'Iran said no .', 'Iran'],
    ['all-capital one-word names are left to the tagger', 'THE PLAN FAILED .', ''],
    ['names in lower case are not names', 'The hungry hippos ate .', ''],
    ['words must be written as in the name', 'The european union met .', ''],
    [
      'two names in one sentence',
      'The European Union and the Rapid Support Forces met .',
      'European Union Rapid Support Forces',
    ],
  ];
  for (const [label, sentence, expected] of cases) it(label, () => assert.equal(marked(sentence), expected));
});

describe('syntax model with a name hint', () => {
  const model = loadSyntaxModel();
  it('tags the words of a known name as proper nouns, and parses them as one name', () => {
    const words = 'Drones of the Rapid Support Forces hit a depot .'.split(' ');
    const parsed = model.parse(words, mark(words));
    assert.deepEqual(
      parsed.slice(3, 6).map((w) => w.upos),
      ['PROPN', 'PROPN', 'PROPN'],
    );
    assert.equal(words[parsed[3].head], 'Forces');
    assert.equal(parsed.filter((w) => w.head === -1).length, 1);
  });
  it('tags a one-word name after a participle as a proper noun, the one told', () => {
    const words = 'Peru said it had told Oman to leave .'.split(' ');
    const parsed = model.parse(words, mark(words));
    assert.equal(parsed[5].upos, 'PROPN');
    assert.equal(words[parsed[5].head], 'told');
    assert.deepEqual([words[parsed[7].head], parsed[7].deprel], ['told', 'xcomp']);
  });
  it('gives a name tagged as a proper noun of another kind its proper tag, and its clause back', () => {
    // ("Al-Shabaab" was tagged PROPN ADD, as an address, and left at the root.)
    const words = 'Al-Shabaab , which is linked to al-Qaeda , claimed responsibility for the attack .'.split(
      ' ',
    );
    const parsed = model.parse(words, mark(words));
    assert.equal(parsed[0].xpos, 'NNP');
    assert.deepEqual([words[parsed[0].head], parsed[0].deprel], ['claimed', 'nsubj']);
  });
  it('changes nothing without a hint', () => {
    const words = 'Drones of the Rapid Support Forces hit a depot .'.split(' ');
    assert.deepEqual(model.parse(words, null), model.parse(words));
  });
});
