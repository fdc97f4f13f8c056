import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../errors.js';
import { assertTree, BAD_INPUTS, words } from '../../testing/trees.js';
import { loadSyntaxModel, parserChoice } from './index.js';
import { eisner, NEURAL_DIR, NeuralParser, normalizeWord } from './neural.js';

const model = loadSyntaxModel({ parser: 'neural' });

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('neural parser: always a tree', () => {
  for (const [name, input] of BAD_INPUTS) {
    it(name, () => assertTree(model.parse(input), input.length));
  }
});

describe('neural parser: key clauses of the seed story', () => {
  // [sentence, [dependent, relation, head]] — the clauses issue 3 names, in sentences of our own.
  const cases: Array<[string, Array<[string, string, string]>]> = [
    [
      'The White House has conveyed to Tehran through intermediaries that it is ready to talk .',
      [
        ['House', 'nsubj', 'conveyed'],
        ['Tehran', 'obl', 'conveyed'],
        ['ready', 'ccomp', 'conveyed'],
      ],
    ],
    [
      'The president ordered a naval buildup in the region .',
      [
        ['president', 'nsubj', 'ordered'],
        ['buildup', 'obj', 'ordered'],
      ],
    ],
    [
      'Qatar and Oman are working to arrange a meeting between the two envoys next week .',
      [
        ['Qatar', 'nsubj', 'working'],
        ['arrange', 'xcomp', 'working'],
        ['meeting', 'obj', 'arrange'],
      ],
    ],
    [
      "Turkey hosted Iran 's foreign minister in Ankara on Friday .",
      [
        ['Turkey', 'nsubj', 'hosted'],
        ['minister', 'obj', 'hosted'],
        ['Ankara', 'obl', 'hosted'],
      ],
    ],
    [
      'The army chief traveled to Washington on Monday for talks with his counterpart .',
      [
        ['chief', 'nsubj', 'traveled'],
        ['Washington', 'obl', 'traveled'],
      ],
    ],
    [
      'The envoy met the foreign minister in Muscat .',
      [
        ['envoy', 'nsubj', 'met'],
        ['minister', 'obj', 'met'],
      ],
    ],
    [
      "Egypt 's president spoke by phone with his Iranian counterpart , urging him to accept a meeting .",
      [
        ['president', 'nsubj', 'spoke'],
        ['counterpart', 'obl', 'spoke'],
        ['urging', 'advcl', 'spoke'],
        ['him', 'obj', 'urging'],
        ['accept', 'xcomp', 'urging'],
      ],
    ],
    [
      'Tehran accused Washington of seeking a pretext for war .',
      [
        ['Tehran', 'nsubj', 'accused'],
        ['Washington', 'obj', 'accused'],
        ['seeking', 'advcl', 'accused'],
      ],
    ],
    [
      'The commander warned that any attack would bring a swift response .',
      [
        ['commander', 'nsubj', 'warned'],
        ['bring', 'ccomp', 'warned'],
        ['attack', 'nsubj', 'bring'],
      ],
    ],
    [
      'Officials pointed to the arrival of a second carrier in the region .',
      [
        ['Officials', 'nsubj', 'pointed'],
        ['arrival', 'obl', 'pointed'],
      ],
    ],
  ];
  for (const [sentence, arcs] of cases) {
    it(sentence, () => {
      const tokens = words(sentence);
      const parsed = model.parse(tokens);
      assertTree(parsed, tokens.length);
      for (const [dep, rel, head] of arcs) {
        const got = parsed[tokens.indexOf(dep)];
        assert.equal(`${dep} ${got.deprel} ${tokens[got.head] ?? 'ROOT'}`, `${dep} ${rel} ${head}`);
      }
    });
  }

  it('parses a batch as it parses each sentence alone', () => {
    const batch = cases.map(([s]) => ({ words: words(s), names: null }));
    const together = model.parseMany(batch);
    for (const [i, s] of batch.entries()) assert.deepEqual(together[i], model.parse(s.words));
  });
});

describe('neural parser: habits mapped to the analyses the coder reads (normalizeNeural)', () => {
  // [what, sentence, [dependent, relation, head]]
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    [
      'a participle conjoined past another participle joins it',
      "Jordan 's king also became directly involved , speaking by phone on Thursday with Iraq 's prime minister and urging him to accept a meeting .",
      [
        ['speaking', 'advcl', 'became'],
        ['urging', 'conj', 'speaking'],
      ],
    ],
    [
      'an auxiliary takes no subject',
      'The World Bank did , nevertheless , disburse 3 billion dollars to Egypt on Monday .',
      [
        ['Bank', 'nsubj', 'disburse'],
        ['did', 'aux', 'disburse'],
      ],
    ],
    [
      'of two subjects read on a closing saying, the one before the report is its own',
      'An Israeli drone strike on a car in southern Lebanon on Wednesday killed a senior Hezbollah commander , the Israeli military said .',
      [
        ['strike', 'nsubj', 'killed'],
        ['said', 'parataxis', 'killed'],
      ],
    ],
    [
      'a particle read as the case of an object leaves an oblique, as the coder reads it',
      'Mali recalled its ambassador on Monday after the Algerian army shot down a Malian drone near the border , escalating a dispute between the two neighbours .',
      [['drone', 'obl', 'shot']],
    ],
    [
      'after an adjective of readiness, "it" is the subject and the infinitive its complement',
      'The bloc said it was ready to resume talks with Mali .',
      [
        ['it', 'nsubj', 'ready'],
        ['resume', 'xcomp', 'ready'],
      ],
    ],
    [
      'after a verb that takes one, an infinitive is the complement',
      'Somalia and Ethiopia agreed on Tuesday to restore full diplomatic relations .',
      [['restore', 'xcomp', 'agreed']],
    ],
    [
      'a day between a saying and the subject of its report is the saying’s',
      'Israel said on Friday it would bar the special rapporteur from entering the country .',
      [
        ['Friday', 'obl', 'said'],
        ['bar', 'ccomp', 'said'],
      ],
    ],
    [
      'a closing saying is the parataxis of the report',
      'Israeli troops killed three militants in Gaza , the army said .',
      [
        ['killed', 'root', 'ROOT'],
        ['said', 'parataxis', 'killed'],
      ],
    ],
  ];
  for (const [what, sentence, arcs] of cases) {
    it(what, () => {
      const tokens = words(sentence);
      const parsed = model.parse(tokens);
      for (const [dep, rel, head] of arcs) {
        const got = parsed[tokens.indexOf(dep)];
        assert.equal(`${dep} ${got.deprel} ${tokens[got.head] ?? 'ROOT'}`, `${dep} ${rel} ${head}`);
      }
    });
  }
});

describe('neural parser: decoding', () => {
  // Scores as [head][dependent] over the root (0) and words 1..n; the best projective tree.
  const cases: Array<[string, number[][], number[]]> = [
    [
      'one word hangs on the root',
      [
        [0, 5],
        [0, 0],
      ],
      [0, 0],
    ],
    [
      'a verb between two nouns heads both',
      [
        [0, 0, 9, 0],
        [0, 0, 1, 0],
        [0, 8, 0, 8],
        [0, 0, 1, 0],
      ],
      [0, 2, 0, 2],
    ],
    [
      'only one word may hang on the root',
      [
        [0, 9, 9],
        [0, 0, 1],
        [0, 1, 0],
      ],
      [0, 0, 1],
    ],
  ];
  for (const [name, rows, heads] of cases) {
    it(name, () => {
      const n = rows.length - 1;
      assert.deepEqual(Array.from(eisner(Float32Array.from(rows.flat()), n)), heads);
    });
  }

  it('normalises words as the trainer did', () => {
    assert.equal(normalizeWord('Tehran'), 'tehran');
    assert.equal(normalizeWord('2,000'), '0');
    assert.equal(normalizeWord('F-35A'), 'f-35a');
    assert.equal(normalizeWord('F-16'), '0');
  });
});

describe('neural parser: choosing and loading', () => {
  it('knows two parsers and names any other', () => {
    assert.equal(parserChoice(undefined), 'linear');
    assert.equal(parserChoice('neural'), 'neural');
    assert.throws(
      () => parserChoice('transformer'),
      (err: unknown) => err instanceof SitrepError && err.code === 'E042' && /transformer/.test(err.message),
    );
  });

  const files: Array<[string, string]> = [
    ['parser.onnx', 'not a graph'],
    ['labels.onnx', ''],
    ['vocab.json', '{"words": []}'],
  ];
  for (const [name, content] of files) {
    it(`throws E043 naming ${name} when it is corrupt`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-neural-'));
      scratch.push(dir);
      for (const other of ['parser.onnx', 'labels.onnx', 'vocab.json'])
        copyFileSync(join(fileURLToPath(NEURAL_DIR), other), join(dir, other));
      writeFileSync(join(dir, name), content);
      assert.throws(
        () => new NeuralParser(dir),
        (err: unknown) =>
          err instanceof SitrepError &&
          err.code === 'E043' &&
          String(err.details.file).endsWith(name) &&
          err.message.includes('npm run train:syntax:neural'),
      );
    });
  }

  it('throws E043 naming the graph when the neural folder is missing', () => {
    assert.throws(
      () => new NeuralParser(join(tmpdir(), 'sitrep-no-such-neural-dir')),
      (err: unknown) =>
        err instanceof SitrepError && err.code === 'E043' && String(err.details.file).endsWith('parser.onnx'),
    );
  });
});
