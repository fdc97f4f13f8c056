import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { textStage } from '../01-text/index.js';
import { loadAttributionLexicon } from '../05-quotes/lexicon.js';
import { sourcesStage } from './index.js';

// A small outlet table of our own, so the tests do not depend on the shipped one.
const outletsFile = join(tmpdir(), `sitrep-test-outlets-${process.pid}.tsv`);
writeFileSync(
  outletsFile,
  '# test outlets\nname\taliases\nReuters\t\nAxios\t\nCNN\t\nAFP\tAgence France-Presse\nThe Daily Ledger\t\n',
);
const lexicon = loadAttributionLexicon({ outlets: outletsFile });
after(() => rmSync(outletsFile, { force: true }));
const text = textStage();
const sources = sourcesStage(lexicon);

function run(body: string): Doc {
  const doc = new Doc(body, { published: '2026-02-02' });
  text.run(doc);
  sources.run(doc);
  return doc;
}

type Row = readonly [string, string, string | null];

/** [label, text, expected sources as [text, kind, via]] */
const cases: ReadonlyArray<readonly [string, string, readonly Row[]]> = [
  [
    'anonymous subject with an aside naming the outlet',
    'A senior defence official, cited by Reuters, said the convoy had turned back.',
    [
      ['A senior defence official', 'anonymous', 'Reuters'],
      ['Reuters', 'outlet', null],
    ],
  ],
  [
    'anonymous via outlet (cited by)',
    'The army is ready to move, according to a senior defence official cited by Axios.',
    [
      ['a senior defence official', 'anonymous', 'Axios'],
      ['Axios', 'outlet', null],
    ],
  ],
  [
    'anonymous with post-modifier',
    'A deal is close, two Gulf sources familiar with the talks said on Monday.',
    [['two Gulf sources familiar with the talks', 'anonymous', null]],
  ],
  [
    'anonymous told outlet',
    'A police spokesman told AFP that nine people were arrested.',
    [
      ['A police spokesman', 'anonymous', 'AFP'],
      ['AFP', 'outlet', null],
    ],
  ],
  [
    'anonymous aside',
    'A European diplomat, speaking on condition of anonymity, said the vote was delayed.',
    [['A European diplomat', 'anonymous', null]],
  ],
  ['bare plural', 'The bridge was destroyed overnight, residents said.', [['residents', 'anonymous', null]]],
  [
    'coordinated groups',
    'Shops stayed shut, traders and witnesses said.',
    [
      ['traders', 'anonymous', null],
      ['witnesses', 'anonymous', null],
    ],
  ],
  ['named spokesman is not a source', 'Army spokesman Ahmed Nour said the town was retaken.', []],
  ['named person said is not a source', 'Foreign Minister Lina Berg said the embassy would reopen.', []],
  ['objects are not sources', 'The envoy met senior Iranian officials in Muscat.', []],
  ['anaphoric "the official" is not listed again', 'The official declined to say more.', []],
  [
    'interview with outlet',
    'Minister Paulo Reis said in an interview with CNN that talks would resume.',
    [['an interview with CNN', 'outlet', 'CNN']],
  ],
  ['generic outlet', 'Three soldiers were killed, state media reported.', [['state media', 'outlet', null]]],
  [
    'outlet with a name after its head',
    'The strike hit a depot, the official news agency Nova said.',
    [['the official news agency Nova', 'outlet', null]],
  ],
  [
    'document in a statement',
    'The ministry said in a statement that the border would close.',
    [['a statement', 'document', null]],
  ],
  [
    'document joint statement with post-modifier',
    'The sanctions were announced in a joint statement from the two treasuries.',
    [['a joint statement from the two treasuries', 'document', null]],
  ],
  [
    'document according to',
    'According to the charge sheet, the men were paid in cash.',
    [['the charge sheet', 'document', null]],
  ],
  [
    'document carried by outlet',
    'The group said in a statement carried by Reuters that it had withdrawn.',
    [
      ['a statement', 'document', 'Reuters'],
      ['Reuters', 'outlet', null],
    ],
  ],
  [
    'social wrote on',
    'Hours later, Marta Kis wrote on X that the border was open.',
    [['Marta Kis wrote on X', 'social', 'X']],
  ],
  [
    'social pronoun',
    '"We are not leaving," she wrote on Telegram.',
    [['she wrote on Telegram', 'social', 'Telegram']],
  ],
  [
    'social post noun',
    'In a post on Facebook, the mayor thanked rescuers.',
    [['a post on Facebook', 'social', 'Facebook']],
  ],
  [
    'social video posted on',
    'He spoke in a video posted on TikTok late on Sunday.',
    [['a video posted on TikTok late on Sunday', 'social', 'TikTok']],
  ],
  [
    'social statement on platform',
    'The embassy, in a statement on Telegram, denied the report.',
    [['a statement on Telegram', 'social', 'Telegram']],
  ],
  [
    'named according to',
    'At least 40 people died, according to the World Health Organization.',
    [['the World Health Organization', 'named', null]],
  ],
  ['according to lower-case', 'The road is open, according to footage seen on the ground.', []],
  [
    'outlet with article',
    'The plan was first reported by The Daily Ledger on Friday.',
    [['The Daily Ledger', 'outlet', null]],
  ],
];

for (const [label, body, expected] of cases) {
  test(`sources: ${label}`, () => {
    const doc = run(body);
    const got = doc.sources.map((s) => [doc.slice(s), s.kind, s.via]);
    assert.deepEqual(got, expected, label);
  });
}

test('sources: every occurrence is kept with its own span', () => {
  const doc = run(
    'Officials said the port was closed. Reuters reported the closure. Officials said it would reopen.',
  );
  const texts = doc.sources.map((s) => doc.slice(s));
  assert.deepEqual(texts, ['Officials', 'Reuters', 'Officials'], 'two occurrences of Officials');
  assert.notEqual(doc.sources[0].start, doc.sources[2].start, 'distinct spans');
});

test('sources: named source takes the actor of its mention', () => {
  const doc = new Doc('Two people died, according to the Red Crescent.', { published: '2026-02-02' });
  text.run(doc);
  doc.actors.push({
    id: 'rc',
    kbId: null,
    type: 'organization',
    name: 'Red Crescent',
    country: null,
    org: 'Red Crescent',
    sector: 'NGO',
    role: null,
    code: null,
    gender: null,
    anonymous: false,
  });
  const at = doc.text.indexOf('the Red Crescent');
  doc.mentions.push({ start: at, end: at + 16, sentence: 0, kind: 'organization', actor: 0 });
  sources.run(doc);
  assert.equal(doc.sources[0]?.kind, 'named', 'kind');
  assert.equal(doc.sources[0]?.actor, 0, 'actor');
});

test('sources: never throws on odd input', () => {
  for (const body of [
    '',
    'according to',
    'said on',
    ', , ,',
    '\u0000 officials',
    'sources said. '.repeat(500),
  ]) {
    assert.doesNotThrow(() => run(body), JSON.stringify(body.slice(0, 20)));
  }
});
