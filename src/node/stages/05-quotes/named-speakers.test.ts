import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { fixtureKnowledgeBase } from '../../testing/fixture-kb.js';
import { loadAbbreviations } from '../01-text/abbreviations.js';
import { textStage } from '../01-text/index.js';
import { loadMentionResources, mentionsStage } from '../03-mentions/index.js';
import { corefStage } from '../04-coref/index.js';
import { loadAttributionLexicon, quotesStage } from './index.js';
import { namedSpeakersStage } from './named-speakers.js';

const abbreviations = loadAbbreviations();
const pipeline = createPipeline([
  textStage(abbreviations),
  mentionsStage(loadMentionResources(fixtureKnowledgeBase(), abbreviations)),
  corefStage(),
  quotesStage(loadAttributionLexicon()),
  namedSpeakersStage(new Set(['the', 'rep.', 'sen.', 'mr.', 'mrs.', 'ms.'])),
]);

function speakers(text: string): (string | null)[] {
  const doc = pipeline.run(new Doc(text, { published: '2016-09-19' }));
  return doc.quotes.map((q) => {
    const actor = q.speaker?.actor ?? null;
    return actor === null || doc.actors[actor].anonymous ? null : doc.actors[actor].name;
  });
}

describe('named speakers the knowledge base does not know', () => {
  const cases: [string, string, (string | null)[]][] = [
    [
      'a surname takes the full name used earlier',
      'CNN’s Jake Tapper was blunt.\n“It’s horrifying,” Tapper said.',
      ['Jake Tapper'],
    ],
    [
      'a party tag in parentheses is not the name',
      '“We want answers,” Rep. Gwen Moore (D-Wis.) said Friday.',
      ['Gwen Moore'],
    ],
    ['a dash signature', '“He makes me fearful.” ― Carla Sanchez', ['Carla Sanchez']],
    [
      'a capitalised title word after a first name is a surname',
      '“It matters,” said Charlie King, a New York Democrat.',
      ['Charlie King'],
    ],
    ['a question closed by its speaker stays one attribution', '“Why now?” Clinton said.', ['Clinton']],
    [
      'a name inside the phrase beats the owner of a possessive',
      'Sanders spoke in Ohio.\n“We have a path,” added his campaign manager Jeff Weaver.',
      ['Jeff Weaver'],
    ],
    ['an unnamed official stays unnamed', '“We are ready,” a senior Turkish official said.', [null]],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => assert.deepEqual(speakers(text), expected, label));
  }
});
