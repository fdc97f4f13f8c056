import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mendNeuralHabits } from './habits.js';
import { isTree } from './model.js';

const SAYING = new Set(['said', 'says', 'told']);
const LEMMAS: Record<string, string> = {
  agreed: 'agree',
  killed: 'kill',
  arrested: 'arrest',
  declined: 'decline',
  called: 'call',
};

/** The coarse tag of a Penn tag, enough for these sentences. */
function coarse(xpos: string): string {
  if (xpos.startsWith('VB')) return 'VERB';
  if (xpos === 'NNP') return 'PROPN';
  if (xpos.startsWith('NN')) return 'NOUN';
  const table: Record<string, string> = {
    JJ: 'ADJ',
    IN: 'ADP',
    DT: 'DET',
    PRP: 'PRON',
    WP: 'PRON',
    TO: 'PART',
    RP: 'ADP',
    MD: 'AUX',
    RB: 'ADV',
    CD: 'NUM',
    CC: 'CCONJ',
  };
  return table[xpos] ?? 'PUNCT';
}

/**
 * Mends a tree given as "form/XPOS" words and CoNLL-style arcs ("2:nsubj", 0 the root) and
 * returns "word relation head" for each word.
 */
function mended(sentence: string, arcs: string): Map<string, string> {
  const words = sentence.split(' ').map((w) => w.slice(0, w.lastIndexOf('/')));
  const xpos = sentence.split(' ').map((w) => w.slice(w.lastIndexOf('/') + 1));
  const given = arcs.split(' ');
  const tree = {
    forms: words,
    upos: xpos.map(coarse),
    xpos,
    heads: Int32Array.from(given, (a) => Number(a.slice(0, a.indexOf(':'))) - 1),
    labels: given.map((a) => a.slice(a.indexOf(':') + 1)),
    verbLemma: (i: number) => LEMMAS[words[i]] ?? words[i].toLowerCase(),
  };
  mendNeuralHabits(tree, SAYING);
  assert.ok(isTree(tree.heads), 'the mended parse is a tree');
  return new Map(words.map((w, i) => [w, `${w} ${tree.labels[i]} ${words[tree.heads[i]] ?? 'ROOT'}`]));
}

describe('neural parser habits mended (habits.ts)', () => {
  // [habit, words, arcs as the parser gave them, arcs expected after]
  const cases: Array<[string, string, string, string[]]> = [
    [
      'a gerund heading a noun phrase is a noun',
      'Three/CD died/VBD in/IN Russian/JJ artillery/NN shelling/VBG ./.',
      '2:nsubj 0:root 6:case 5:amod 6:compound 2:obl 2:punct',
      ['shelling obl died'],
    ],
    [
      'a place closed by a colon before a closing saying’s report is a dateline',
      'KHAN/NNP YUNIS/NNP :/: Three/CD were/VBD wounded/VBN ,/, doctors/NNS said/VBD ./.',
      '2:compound 9:nsubj 6:punct 6:nsubj:pass 6:aux:pass 9:ccomp 6:punct 9:nsubj 0:root 9:punct',
      ['YUNIS parataxis wounded', 'wounded root ROOT', 'said parataxis wounded'],
    ],
    [
      'a headline’s past form of a verb that takes an object, with none, is passive',
      'Two/CD soldiers/NNS killed/VBD in/IN ambush/NN ,/, army/NN says/VBZ',
      '2:nummod 3:nsubj 0:root 5:case 3:obl 3:punct 8:nsubj 3:parataxis',
      ['soldiers nsubj:pass killed'],
    ],
    [
      'a noun counted "at least" right after its verb is the object',
      'Police/NNS detained/VBD at/IN least/JJS 40/CD protesters/NNS ./.',
      '2:nsubj 0:root 4:case 5:nmod 6:nummod 2:obl 2:punct',
      ['protesters obj detained'],
    ],
    [
      'a preposition of two words is one case',
      'Police/NNS deployed/VBD in/IN Rome/NNP ahead/RB of/IN talks/NNS ./.',
      '2:nsubj 0:root 4:case 2:obl 4:advmod 7:case 2:obl 2:punct',
      ['ahead case talks', 'of fixed ahead'],
    ],
    [
      'a preposition of two words that heads its noun gives the noun its place',
      'She/PRP leads/VBZ ahead/RB of/IN the/DT vote/NN ./.',
      '2:nsubj 0:root 2:advmod 6:case 6:det 3:obl 2:punct',
      ['vote obl leads', 'ahead case vote', 'of fixed ahead'],
    ],
    [
      'a verb with a subordinator of its own is an adverbial clause, not a conjunct',
      'They/PRP met/VBD a/DT day/NN before/IN talks/NNS began/VBD ./.',
      '2:nsubj 0:root 4:det 7:obl:unmarked 7:mark 7:nsubj 2:conj 2:punct',
      ['began advcl met'],
    ],
    [
      'a past form with its object after a conjoined verb is no headline passive',
      'Chad/NNP arrested/VBD and/CC expelled/VBD two/CD envoys/NNS ./.',
      '2:nsubj 0:root 4:cc 2:conj 6:nummod 4:obj 2:punct',
      ['Chad nsubj arrested'],
    ],
    [
      'a word in -ed with an object is a verb',
      'Gunmen/NNS wounded/JJ two/CD soldiers/NNS ./.',
      '2:nsubj 0:root 4:nummod 2:obj 2:punct',
      ['soldiers obj wounded'],
    ],
    [
      'a subject beside a perfect auxiliary is no passive subject',
      'Hezbollah/NNP has/VBZ long/RB called/VBN for/IN talks/NNS ./.',
      '4:nsubj:pass 4:aux 4:advmod 0:root 6:case 4:obl 4:punct',
      ['Hezbollah nsubj called'],
    ],
    [
      'an adjective right after a pronoun object describes it',
      'They/PRP vowed/VBD to/TO punish/VB those/DT responsible/JJ ./.',
      '2:nsubj 0:root 4:mark 2:xcomp 4:obj 4:xcomp 2:punct',
      ['responsible amod those'],
    ],
    [
      'a gerund right after the noun holding its preposition heads the phrase',
      'Rome/NNP warned/VBD after/IN the/DT market/NN bombing/VBG ./.',
      '2:nsubj 0:root 5:case 5:det 6:obl 2:advcl 2:punct',
      ['bombing obl warned', 'market compound bombing', 'after case bombing'],
    ],
    [
      '"to" and a bare word after a verb that takes an infinitive are one',
      'Officials/NNS declined/VBD to/IN comment/NN ./.',
      '2:nsubj 0:root 4:case 2:obl 2:punct',
      ['comment xcomp declined', 'to mark comment'],
    ],
    [
      'a month after "in" on the object dates the verb',
      'They/PRP signed/VBD a/DT truce/NN in/IN March/NNP ./.',
      '2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 2:punct',
      ['March obl signed'],
    ],
    [
      '"be" before a past participle is a passive auxiliary',
      'Chile/NNP is/VBZ opposed/VBN to/IN talks/NNS ./.',
      '3:nsubj 3:cop 0:root 5:case 3:obl 3:punct',
      ['is aux:pass opposed', 'Chile nsubj:pass opposed'],
    ],
    [
      'an infinitive right after a noun that takes one is that noun’s',
      'There/EX are/VBP "/`` no/DT plans/NNS "/\'\' to/TO act/VB ./.',
      '2:expl 0:root 5:punct 5:det 2:nsubj 5:punct 8:mark 2:advcl 2:punct',
      ['act acl plans'],
    ],
    [
      'a participle after what one was asked to do is the asker’s',
      'Chad/NNP asked/VBD France/NNP to/TO leave/VB ,/, accusing/VBG it/PRP ./.',
      '2:nsubj 0:root 2:obj 5:mark 2:xcomp 7:punct 5:advcl 7:obj 2:punct',
      ['accusing advcl asked'],
    ],
    [
      'where a thing handed over goes is the verb’s',
      'Chad/NNP handed/VBD over/RP the/DT man/NN to/IN Niger/NNP ./.',
      '2:nsubj 0:root 5:case 5:det 2:obl 7:case 5:nmod 2:punct',
      ['Niger obl handed', 'man obl handed'],
    ],
    [
      'after a verb of naming, a noun on the object is the verb’s complement',
      'Rome/NNP called/VBD the/DT move/NN a/DT threat/NN ./.',
      '2:nsubj 0:root 4:det 2:obj 6:det 4:obj 2:punct',
      ['threat xcomp called'],
    ],
    [
      'a that-clause is a complement',
      'He/PRP warned/VBD that/IN war/NN would/MD follow/VB ./.',
      '2:nsubj 0:root 6:mark 6:nsubj 6:aux 2:advcl 2:punct',
      ['follow ccomp warned'],
    ],
    [
      'an infinitive of purpose on an oblique noun is the verb’s',
      'Envoys/NNS worked/VBD through/IN the/DT night/NN to/TO set/VB up/RP talks/NNS ./.',
      '2:nsubj 0:root 5:case 5:det 2:obl 7:mark 5:acl 7:compound:prt 7:obj 2:punct',
      ['set advcl worked'],
    ],
    [
      'a phrase after a list closed by "and" is an apposition',
      'Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP ,/, the/DT members/NNS ,/, agreed/VBD ./.',
      '10:nsubj 3:punct 1:conj 5:cc 1:conj 8:punct 8:det 1:conj 10:punct 0:root 10:punct',
      ['members appos Bolivia'],
    ],
    [
      'a particle read as the case of an object leaves an oblique',
      'The/DT army/NN shot/VBD down/RP a/DT drone/NN ./.',
      '2:det 3:nsubj 0:root 6:case 6:det 3:obj 3:punct',
      ['drone obl shot', 'down case drone'],
    ],
    [
      'after an adjective of readiness, "it" is the subject',
      'It/PRP was/VBD ready/JJ to/TO talk/VB ./.',
      '3:expl 3:cop 0:root 5:mark 3:csubj 3:punct',
      ['It nsubj ready', 'talk xcomp ready'],
    ],
    [
      'after a verb that takes one, an infinitive is the complement',
      'They/PRP agreed/VBD on/IN Tuesday/NNP to/TO restore/VB ties/NNS ./.',
      '2:nsubj 0:root 4:case 2:obl 6:mark 2:advcl 6:obj 2:punct',
      ['restore xcomp agreed'],
    ],
    [
      'a day between a saying and its report’s subject is the saying’s',
      'Israel/NNP said/VBD on/IN Friday/NNP it/PRP would/MD act/VB ./.',
      '2:nsubj 0:root 4:case 7:obl 7:nsubj 7:aux 2:ccomp 2:punct',
      ['Friday obl said'],
    ],
    [
      'a second clausal complement belongs to the first',
      'Kyiv/NNP said/VBD it/PRP hoped/VBD commanders/NNS would/MD be/VB prosecuted/VBN ./.',
      '2:nsubj 0:root 4:nsubj 2:ccomp 8:nsubj:pass 8:aux 8:aux:pass 2:ccomp 2:punct',
      ['prosecuted ccomp hoped'],
    ],
    [
      '"what it said were" describes "what", and reports the thing',
      'Turkey/NNP bombed/VBD what/WP it/PRP said/VBD were/VBD camps/NNS ./.',
      '2:nsubj 0:root 2:obj 5:nsubj 2:ccomp 5:cop 2:obj 2:punct',
      ['said acl:relcl what', 'camps ccomp bombed', 'were cop camps'],
    ],
    [
      'a subject after a saying heads the clause it reports',
      'Ortega/NNP said/VBD none/NN of/IN those/DT held/VBN worked/VBD for/IN rebels/NNS ./.',
      '2:nsubj 0:root 2:nsubj 5:case 3:nmod 5:acl 5:acl 9:case 7:obl 2:punct',
      ['worked ccomp said', 'none nsubj worked'],
    ],
    [
      'an auxiliary takes no subject',
      'The/DT bank/NN did/VBD ,/, nevertheless/RB ,/, disburse/VB aid/NN ./.',
      '2:det 3:nsubj 7:aux 7:punct 7:advmod 5:punct 0:root 7:obj 7:punct',
      ['bank nsubj disburse'],
    ],
    [
      'the subject of a verb with a passive auxiliary is a passive subject',
      'Four/CD children/NNS were/VBD killed/VBN ./.',
      '2:nummod 4:nsubj 4:aux:pass 0:root 4:punct',
      ['children nsubj:pass killed'],
    ],
    [
      'a participle joined past another participle joins it',
      'He/PRP became/VBD involved/JJ ,/, calling/VBG Rome/NNP and/CC urging/VBG talks/NNS ./.',
      '2:nsubj 0:root 2:xcomp 5:punct 2:advcl 5:obj 8:cc 2:conj 8:obj 2:punct',
      ['urging conj calling'],
    ],
    [
      'a closing saying is the report’s parataxis, and the first subject the report’s',
      'A/DT strike/NN killed/VBD a/DT commander/NN ,/, the/DT army/NN said/VBD ./.',
      '2:det 9:nsubj 9:ccomp 5:det 3:obj 3:punct 8:det 9:nsubj 0:root 9:punct',
      ['killed root ROOT', 'strike nsubj killed', 'said parataxis killed', 'army nsubj said'],
    ],
  ];
  for (const [habit, sentence, arcs, expected] of cases) {
    it(habit, () => {
      const got = mended(sentence, arcs);
      for (const want of expected) assert.equal(got.get(want.split(' ')[0]), want);
    });
  }

  it('retags the gerund it reads as a noun', () => {
    const tree = {
      forms: ['Two', 'died', 'in', 'the', 'shelling', '.'],
      upos: ['NUM', 'VERB', 'ADP', 'DET', 'VERB', 'PUNCT'],
      xpos: ['CD', 'VBD', 'IN', 'DT', 'VBG', '.'],
      heads: Int32Array.from([1, -1, 4, 4, 1, 1]),
      labels: ['nsubj', 'root', 'case', 'det', 'obl', 'punct'],
      verbLemma: () => '',
    };
    mendNeuralHabits(tree, SAYING);
    assert.deepEqual([tree.upos[4], tree.xpos[4]], ['NOUN', 'NN']);
  });

  it('retags a word in -ed with an object as a past tense', () => {
    const tree = {
      forms: ['Gunmen', 'wounded', 'two', 'soldiers'],
      upos: ['NOUN', 'ADJ', 'NUM', 'NOUN'],
      xpos: ['NNS', 'JJ', 'CD', 'NNS'],
      heads: Int32Array.from([1, -1, 3, 1]),
      labels: ['nsubj', 'root', 'nummod', 'obj'],
      verbLemma: () => '',
    };
    mendNeuralHabits(tree, SAYING);
    assert.deepEqual([tree.upos[1], tree.xpos[1]], ['VERB', 'VBD']);
  });

  it('leaves a tree with none of the habits as it was', () => {
    const arcs = '2:nsubj 0:root 4:det 2:obj 2:punct';
    const got = mended('Turkey/NNP hosted/VBD the/DT talks/NNS ./.', arcs);
    assert.deepEqual(
      [...got.values()],
      ['Turkey nsubj hosted', 'hosted root ROOT', 'the det talks', 'talks obj hosted', '. punct hosted'],
    );
  });
});

describe('a mended parse is kept only when it is a tree (model.ts isTree)', () => {
  // [what, heads (0-based, -1 the root), a tree?]
  const cases: Array<[string, number[], boolean]> = [
    ['one root, every word reaching it', [1, -1, 1], true],
    ['no words', [], true],
    ['a cycle', [1, 0, -1], false],
    ['two roots', [-1, -1], false],
    ['a head outside the sentence', [1, -1, 7], false],
  ];
  for (const [what, heads, tree] of cases) {
    it(what, () => assert.equal(isTree(Int32Array.from(heads)), tree));
  }
});
