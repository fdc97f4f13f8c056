import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, Doc, type MentionKind } from '../../doc/doc.js';
import { textStage } from '../01-text/index.js';
import { quotesStage } from './index.js';

const text = textStage();
const quotes = quotesStage();

interface Fixture {
  readonly phrase: string;
  readonly name: string;
  readonly kind: MentionKind;
  readonly anonymous?: boolean;
  /** Which occurrence of the phrase (0-based). */
  readonly nth?: number;
}

/** A Doc through the text stage, with hand-made mentions standing in for the mentions stage. */
function build(body: string, fixtures: readonly Fixture[] = []): Doc {
  const doc = new Doc(body, { published: '2026-02-02' });
  text.run(doc);
  for (const f of fixtures) {
    let at = -1;
    for (let n = 0; n <= (f.nth ?? 0); n++) at = body.indexOf(f.phrase, at + 1);
    assert.ok(at >= 0, `fixture phrase «${f.phrase}» not in text`);
    let actor = doc.actors.findIndex((a) => a.name === f.name);
    if (actor < 0) {
      actor = doc.actors.push(makeActor(f.name, f.anonymous ?? false)) - 1;
    }
    const sentence = doc.tokens.find((t) => t.start >= at)?.sentence ?? 0;
    doc.mentions.push({ start: at, end: at + f.phrase.length, sentence, kind: f.kind, actor });
  }
  quotes.run(doc);
  return doc;
}

function makeActor(name: string, anonymous: boolean): Actor {
  return {
    id: name,
    kbId: null,
    type: 'person',
    name,
    country: null,
    org: null,
    sector: null,
    role: null,
    code: null,
    gender: null,
    anonymous,
  };
}

/** [label, text, expected quotes as [content, speaker phrase or null]] */
const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string | null]>]> = [
  [
    'after, name said',
    '“We will not retreat,” Maria Lopez said on Monday.',
    [['We will not retreat,', 'Maria Lopez']],
  ],
  [
    'after, said name',
    '"The port is closed," said Omar Haddad, the harbour master.',
    [['The port is closed,', 'Omar Haddad']],
  ],
  [
    'colon form',
    'The minister Jan Novak said: “Talks will resume in March.”',
    [['Talks will resume in March.', 'The minister Jan Novak']],
  ],
  [
    'said that + partial',
    'Kenji Sato said that the deal was “within reach” after the meeting.',
    [['within reach', 'Kenji Sato']],
  ],
  [
    'told outlet before',
    'Ana Ruiz told Reuters, “We expect an answer soon.”',
    [['We expect an answer soon.', 'Ana Ruiz']],
  ],
  [
    'participle takes clause subject',
    'Two aid officials said the road was open, telling reporters, “Trucks are moving again.”',
    [['Trucks are moving again.', 'Two aid officials']],
  ],
  [
    'describing as',
    'Leila Nasser said the visit went well, describing the talks as “constructive.”',
    [['constructive.', 'Leila Nasser']],
  ],
  [
    'apposition before verb',
    'Piotr Malek, the deputy defence minister, said the drills were “a rehearsal for war.”',
    [['a rehearsal for war.', 'Piotr Malek']],
  ],
  [
    'broken quote shares speaker',
    '“The first step is a truce,” Nadia Farouk said, “and the second is an election.”',
    [
      ['The first step is a truce,', 'Nadia Farouk'],
      ['and the second is an election.', 'Nadia Farouk'],
    ],
  ],
  [
    'and added',
    'He said the navy had "more ships than ever," and added, "We are ready."',
    [
      ['more ships than ever,', 'He'],
      ['We are ready.', 'He'],
    ],
  ],
  [
    'accused … claiming',
    'Speaking in Caracas, Luis Mora accused the neighbours of meddling, claiming they want to "swallow" the region.',
    [['swallow', 'Luis Mora']],
  ],
  [
    'wrote on X that',
    'Hours later, Tomas Berg wrote on X that a "ceasefire is within sight."',
    [['ceasefire is within sight.', 'Tomas Berg']],
  ],
  [
    'according to',
    '“The convoy was hit twice,” according to a local official in the district.',
    [['The convoy was hit twice,', 'a local official in the district']],
  ],
  [
    'was quoted as saying',
    'Ivan Petrov was quoted as saying "the border stays shut."',
    [['the border stays shut.', 'Ivan Petrov']],
  ],
  [
    'continuation in next paragraph',
    '“We lost three men,” the colonel said.\n\n“They died defending the bridge.”',
    [
      ['We lost three men,', 'the colonel'],
      ['They died defending the bridge.', 'the colonel'],
    ],
  ],
  [
    'nested single quote stays inside',
    '“They called it ‘a final offer’ but it was not,” Sara Lind said.',
    [['They called it ‘a final offer’ but it was not,', 'Sara Lind']],
  ],
  [
    'apostrophes are not quotes',
    'The leaders’ meeting ended early, and the ministers’ aides left, Rui Costa said.',
    [],
  ],
  ['scare quote without speaker dropped', 'Residents fled the so-called "safe zone" on Tuesday.', []],
  ['short unattributed span dropped', 'The rally was called "Unity Day" by organisers last year.', []],
  [
    'two partial quotes, one attribution',
    'Rebels fired "without warning" near the dam, and troops "answered in kind," said Col. Ravi Menon.',
    [
      ['without warning', 'Col. Ravi Menon'],
      ['answered in kind,', 'Col. Ravi Menon'],
    ],
  ],
  [
    'clause-final attribution',
    'The plan is "dead on arrival" in its current form, a senior European official said.',
    [['dead on arrival', 'a senior European official']],
  ],
  [
    'lower-case title before name',
    '“The road is cut,” army spokesman Lt. Omar Said told local radio.',
    [['The road is cut,', 'army spokesman Lt. Omar Said']],
  ],
  [
    'anonymous speaker',
    '"We have seen no change on the ground," a senior Western diplomat said.',
    [['We have seen no change on the ground,', 'a senior Western diplomat']],
  ],
];

for (const [label, body, expected] of cases) {
  test(`quotes: ${label}`, () => {
    const doc = build(body);
    const got = doc.quotes.map((q) => [
      doc.slice(q),
      q.speaker?.mention ? doc.slice(q.speaker.mention) : null,
    ]);
    assert.deepEqual(got, expected, label);
  });
}

test('quotes: multi-paragraph quotation continues into the paragraph that reopens it', () => {
  const body =
    'Jonas Weber said:\n\n“The first phase is over.\n\n“The second phase starts tomorrow.”\n\nThe talks ended.';
  const doc = build(body);
  assert.equal(doc.quotes.length, 1, 'one quotation');
  assert.match(
    doc.slice(doc.quotes[0]),
    /^The first phase is over\.\s+“The second phase starts tomorrow\.$/,
    'content spans both paragraphs',
  );
  assert.equal(doc.warnings.length, 0, 'no warning');
});

test('quotes: unbalanced marks close at paragraph end with a warning', () => {
  const doc = build('“We will stay here, the mayor said.\n\nThe city was quiet.');
  assert.equal(doc.quotes.length, 1, 'one quotation');
  assert.equal(doc.slice(doc.quotes[0]), 'We will stay here, the mayor said.', 'closed at paragraph end');
  assert.ok(
    doc.warnings.some((w) => w.code === 'quote-unbalanced'),
    'warning added',
  );
});

test('quotes: outer span includes the marks, content excludes them', () => {
  const doc = build('“Enough,” Eva Sand said.');
  const q = doc.quotes[0];
  assert.equal(doc.slice(q.outer), '“Enough,”', 'outer');
  assert.equal(doc.slice(q), 'Enough,', 'content');
  assert.equal(q.cue ? doc.slice(q.cue) : null, 'said', 'cue');
});

test('quotes: a pronoun speaker takes the actor its mention resolves to', () => {
  const body = 'Defence Minister Olga Ivanova visited the front. "We will hold," she said.';
  const doc = build(body, [
    { phrase: 'Defence Minister Olga Ivanova', name: 'Olga Ivanova', kind: 'name' },
    { phrase: 'she', name: 'Olga Ivanova', kind: 'pronoun' },
  ]);
  const speaker = doc.quotes[0].speaker;
  assert.ok(speaker, 'speaker found');
  assert.equal(speaker.actor, 0, 'actor of the pronoun mention');
  assert.equal(speaker.anonymous, false, 'named');
});

test('quotes: an anonymous agent mention makes an anonymous speaker', () => {
  const body = 'One official involved in the talks said progress was slow, telling Axios, “It is hard.”';
  const doc = build(body, [
    { phrase: 'One official involved in the talks', name: 'official-1', kind: 'agent', anonymous: true },
  ]);
  assert.equal(doc.quotes[0].speaker?.actor, 0, 'actor');
  assert.equal(doc.quotes[0].speaker?.anonymous, true, 'anonymous');
});

test('quotes: unnamed phrase without a mention is anonymous from its head', () => {
  const doc = build('“Nothing moved,” two border officials said.');
  assert.deepEqual(
    doc.quotes[0].speaker,
    { actor: null, mention: { start: 17, end: 37 }, anonymous: true },
    'phrase',
  );
});

test('quotes: never throws on odd input', () => {
  for (const body of [
    '',
    '"',
    '“”',
    '” ” “',
    "'''",
    '\u0000\u0001 “ab',
    'x'.repeat(5000),
    '"a" "b" "c'.repeat(200),
  ]) {
    assert.doesNotThrow(() => build(body), JSON.stringify(body.slice(0, 20)));
  }
});
