import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADJ, ADV, NOUN, PLURAL, VERB, VERB_ED, VERB_ING, VERB_S, WordClasses } from './wordclasses.js';

// A handful of lemmas in the format of data/models/syntax/word-classes.tsv.
const classes = WordClasses.fromTsv(
  [
    '# comment',
    'lemma\tclasses',
    'abandon\tnv',
    'box\tn',
    'carry\tv',
    'flee\tv',
    'free\tvar',
    'stop\tnv',
    'die\tv',
    'visit\tnv',
    'agree\tv',
    'retake\tvn',
  ].join('\n'),
);

describe('word classes', () => {
  const cases: [string, number][] = [
    ['abandon', NOUN | VERB],
    ['abandoned', VERB_ED],
    ['abandoning', VERB_ING],
    ['boxes', PLURAL],
    ['carries', VERB_S],
    ['carried', VERB_ED],
    ['fled', VERB_ED], // irregular past of a known verb
    ['retook', VERB_ED], // and of a prefixed one ("retook the village" was tagged IN)
    ['free', VERB | ADJ | ADV],
    ['freed', VERB_ED],
    ['freeing', VERB_ING],
    ['stopped', VERB_ED], // doubled consonant
    ['stopping', VERB_ING],
    ['stops', PLURAL | VERB_S],
    ['dying', VERB_ING],
    ['visited', VERB_ED],
    ['agreed', VERB_ED],
    ['agreeing', VERB_ING],
    ['unheard', 0],
    ['boxed', 0], // "box" is only a noun here
  ];
  for (const [form, bits] of cases)
    it(`${form} → ${bits.toString(2)}`, () => assert.equal(classes.get(form), bits));

  it('counts lemmas, not forms', () => assert.equal(classes.size, 10));
});
