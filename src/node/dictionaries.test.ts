import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { describeLoad } from './dictionaries.js';
import { Reader } from './reader.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-dict-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** "SOURCE>TARGET:CODE" of each event the reader codes in `text`, sorted. */
function codes(reader: Reader, text: string, published = '2026-02-02'): string[] {
  return reader
    .extract({ id: 't', text, published })
    .events.map((e) => `${e.source?.code}>${e.target?.code ?? '-'}:${e.cameo}`)
    .sort();
}
const actors = join(dir, 'actors.txt');
const verbs = join(dir, 'verbs.txt');
writeFileSync(
  actors,
  '<!-- fictional states -->\nARNOR [ARN]\nGONDOR [GON]\nKING_ARAGORN [GONGOV]\n+ARAGORN\n',
);
writeFileSync(verbs, '--- PARLEY [040] ---\nPARLEY\n- * WITH [046]\n');

describe("analysts' PETRARCH dictionaries", () => {
  const reader = new Reader({ dictionaries: { actors: [actors], verbs: [verbs] } });
  const record = reader.extract({
    id: 't',
    text: 'King Aragorn met Arnor envoys on Sunday. Gondor parleyed with Arnor.',
    published: '2026-02-02',
  });

  it('adds actors with the state and sector their code names', () => {
    assert.deepEqual(
      record.actors.map((a) => [a.name, a.country, a.sector]),
      [['King Aragorn', 'GON', 'GOV']],
    );
  });

  it('codes events with the dictionary verbs, keeping the rule that coded them', () => {
    const parley = record.events.find((e) => e.rule.startsWith('verbs.txt'));
    assert.ok(parley, 'an event coded from verbs.txt');
    assert.deepEqual([parley.source?.country, parley.target?.country, parley.cameo], ['GON', 'ARN', '046']);
  });
});

describe('dated codes and phrases in PETRARCH dictionaries', () => {
  const datedActors = join(dir, 'dated.actors.txt');
  const phraseVerbs = join(dir, 'phrase.verbs.txt');
  writeFileSync(
    datedActors,
    [
      'ARNOR [ARN]',
      'GONDOR [GON]',
      '# The analyst codes Kuwait KUW, where the knowledge base says KWT.',
      'KUWAIT [KUW]',
      'ZIMBABWE',
      '\t[RHO <790606]',
      '\t[ZBW]',
      'FARAMIR_HURIN [GON]',
      '\t[GONMIL <20080120]',
      '\t[GONGOV 20080120 - 20121109]',
      '\t[GONREB > 20121110]',
      '',
    ].join('\n'),
  );
  writeFileSync(phraseVerbs, '--- CUT [163] ---\nCUT\n- * {DIPLOMATIC TIES} [161]\n');
  const reader = new Reader({
    dictionaries: { actors: [datedActors], verbs: [phraseVerbs], replace: true },
  });

  const cases: [string, string, string, string[]][] = [
    ['a role held before a date', 'Faramir Hurin cut trade with Arnor.', '2007-05-01', ['GONMIL>ARN:163']],
    ['a role held over a span', 'Faramir Hurin cut trade with Arnor.', '2010-05-01', ['GONGOV>ARN:163']],
    ['a role held after a date', 'Faramir Hurin cut trade with Arnor.', '2014-05-01', ['GONREB>ARN:163']],
    ["the analyst's code for a known state", 'Kuwait cut trade with Arnor.', '2014-05-01', ['KUW>ARN:163']],
    ['a state code of its time', 'Zimbabwe cut trade with Arnor.', '1978-05-01', ['RHO>ARN:163']],
    ['the undated state code after it', 'Zimbabwe cut trade with Arnor.', '1990-05-01', ['ZBW>ARN:163']],
    ['a braced phrase', 'Arnor cut its formal diplomatic ties with Gondor.', '2014-05-01', ['ARN>GON:161']],
    ['its last word alone', 'Arnor cut economic ties with Gondor.', '2014-05-01', ['ARN>GON:163']],
  ];
  for (const [what, text, published, want] of cases) {
    it(`codes ${what}`, () => assert.deepEqual(codes(reader, text, published), want));
  }

  it('leaves the knowledge base of other readers as it was', () => {
    const plain = new Reader().extract({ id: 't', text: 'Kuwait criticised Iran.', published: '2014-05-01' });
    assert.ok(plain.actors.length === 0 || plain.events.every((e) => e.source?.code !== 'KUW'));
    assert.ok(plain.events.some((e) => e.source?.code === 'KWT'));
  });
});

describe('a saying in an analyst dictionary', () => {
  const sayVerbs = join(dir, 'say.verbs.txt');
  writeFileSync(sayVerbs, '--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n--- SIGN [057] ---\nSIGN\n');
  const reader = new Reader({ dictionaries: { actors: [actors], verbs: [sayVerbs], replace: true } });

  const cases: [string, string, string[]][] = [
    [
      'attributes what it reports at the end',
      'Arnor signed a treaty with Gondor, Arnor officials said.',
      ['ARN>GON:057'],
    ],
    [
      'attributes its reported clause',
      'Arnor officials said Arnor signed a treaty with Gondor.',
      ['ARN>GON:057'],
    ],
    ['is a statement when it reports no event', 'Arnor said Gondor was far away.', ['ARN>GON:010']],
  ];
  for (const [what, text, want] of cases) it(what, () => assert.deepEqual(codes(reader, text), want));
});

describe('what a dictionary load reports', () => {
  const loaded = join(dir, 'report.verbs.txt');
  writeFileSync(loaded, '--- PARLEY [040] ---\nPARLEY\n- * WITH [046]\n- SOON * [046]\n');
  const reader = new Reader({ dictionaries: { actors: [actors], verbs: [loaded] } });

  it('counts what each file gave and what it left out, and why', () => {
    assert.deepEqual(
      reader.dictionaryLoads.map((l) => describeLoad(l)),
      [
        'actors.txt: 3 actors kept, 0 left out',
        'report.verbs.txt: 1 patterns kept, 1 left out (1 words before the verb)',
      ],
    );
  });
});

describe("an analyst's own agent codes", () => {
  const agents = join(dir, 'own.agents.txt');
  writeFileSync(agents, 'STATE_MEDIA {} [~GOVMED]\nPILGRIM [~MUS]\n');
  const reader = new Reader({ dictionaries: { actors: [actors], agents: [agents] } });

  const cases: [string, string, string[]][] = [
    [
      'a code made of a sector and more is written as it is',
      'Arnor state media criticised Gondor.',
      ['ARNGOVMED>GON:111'],
    ],
    ['a code of no sector is written as it is too', 'Arnor pilgrims criticised Gondor.', ['ARNMUS>GON:111']],
  ];
  for (const [what, text, want] of cases) it(what, () => assert.deepEqual(codes(reader, text), want));

  it('keeps every entry, reading the sector from the code', () => {
    assert.equal(describeLoad(reader.dictionaryLoads[1]), 'own.agents.txt: 2 agents kept, 0 left out');
  });
});
