import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Doc } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { assertTree, BAD_INPUTS, words } from '../../testing/trees.js';
import { datelineEnd } from '../01-text/dateline.js';
import { textStage } from '../01-text/index.js';
import { annotateConllu } from './annotate.js';
import { readConllu, writeConllu } from './conllu.js';
import { chunkBounds, loadSyntaxModel, parseLong, syntaxStage } from './index.js';
import { LEMMA_EXCEPTIONS_FILE, LEMMA_LEXICON_FILE, MODEL_FILE, WORD_CLASSES_FILE } from './model.js';

const SHIPPED = fileURLToPath(new URL('../../../../data/models/syntax/', import.meta.url));

const model = loadSyntaxModel();
const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory removed when the tests end. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-syntax-'));
  scratch.push(dir);
  return dir;
}

describe('syntax model: always a tree', () => {
  for (const [name, input] of BAD_INPUTS) {
    it(name, () => assertTree(model.parse(input), input.length));
  }
});

describe('syntax model: lemmas', () => {
  const cases: Array<[string, string, string, string]> = [
    ['hosted', 'VERB', 'VBD', 'host'],
    ['met', 'VERB', 'VBD', 'meet'],
    ['met', 'VERB', 'VBN', 'meet'],
    ['struck', 'VERB', 'VBN', 'strike'],
    ['said', 'VERB', 'VBD', 'say'],
    ['accused', 'VERB', 'VBD', 'accuse'],
    ['urging', 'VERB', 'VBG', 'urge'],
    ['stopped', 'VERB', 'VBD', 'stop'],
    ['carried', 'VERB', 'VBD', 'carry'],
    ['negotiated', 'VERB', 'VBD', 'negotiate'],
    ['fled', 'VERB', 'VBD', 'flee'],
    ['retook', 'VERB', 'VBD', 'retake'],
    ['overran', 'VERB', 'VBD', 'overrun'],
    ['withheld', 'VERB', 'VBN', 'withhold'],
    ['acceded', 'VERB', 'VBD', 'accede'],
    ['seceding', 'VERB', 'VBG', 'secede'],
    // Stems the treebank never showed as verbs: the dictionary's verb beats an adjective or nothing.
    ['severed', 'VERB', 'VBD', 'sever'],
    ['deplored', 'VERB', 'VBD', 'deplore'],
    ['imploring', 'VERB', 'VBG', 'implore'],
    ['was', 'AUX', 'VBD', 'be'],
    ['has', 'AUX', 'VBZ', 'have'],
    ['killings', 'NOUN', 'NNS', 'killing'],
    ['ministers', 'NOUN', 'NNS', 'minister'],
    ['countries', 'NOUN', 'NNS', 'country'],
    ['children', 'NOUN', 'NNS', 'child'],
    ['Americans', 'PROPN', 'NNPS', 'American'],
    ['Tehran', 'PROPN', 'NNP', 'Tehran'],
  ];
  for (const [form, upos, xpos, lemma] of cases) {
    it(`${form}/${xpos} → ${lemma}`, () => assert.equal(model.lemmatizer.lemma(form, upos, xpos), lemma));
  }

  it('lemmatises verbs in context', () => {
    const s = words('Officials met in Doha and struck a deal , he said .');
    const parsed = model.parse(s);
    const lemmaOf = (w: string): string => parsed[s.indexOf(w)].lemma;
    assert.deepEqual([lemmaOf('met'), lemmaOf('struck'), lemmaOf('said')], ['meet', 'strike', 'say']);
  });
});

/** [dependent, relation, head]; a word may carry "#2" to pick its second occurrence. */
type Arc = [string, string, string];

function find(tokens: string[], ref: string): number {
  const [word, nth] = ref.split('#');
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === word && ++seen === Number(nth ?? 1)) return i;
  }
  throw new Error(`no "${ref}" in the sentence`);
}

/**
 * Cases the current model still misses are marked `todo` with the error it makes: they run and
 * are reported, but do not fail the suite. Remove the mark once a retrained model gets them.
 */
const TODO: Record<string, string> = {
  "Turkish Foreign Minister Hakan Fidan hosted Iran 's foreign minister in Ankara on Friday .":
    'sentence-initial unknown "Turkish" is tagged DT',
  'The minister accused the United States of seeking to dominate the region .':
    '"of seeking" attaches to "States" as acl',
};

describe('syntax model: key clauses of news sentences', () => {
  const cases: Array<[string, Arc[]]> = [
    [
      "Turkish Foreign Minister Hakan Fidan hosted Iran 's foreign minister in Ankara on Friday .",
      [
        // EWT heads a name with its first word: "Hakan" is the subject, "Fidan" hangs on it.
        ['Hakan', 'nsubj', 'hosted'],
        ['Fidan', 'flat', 'Hakan'],
        ['minister#2', 'obj', 'hosted'],
        ['Iran', 'nmod:poss', 'minister#2'],
        ['Ankara', 'obl', 'hosted'],
      ],
    ],
    [
      // "free" after a modal is the verb, though the tagger prefers the adjective.
      'Israel will free 150 Palestinian prisoners .',
      [
        ['Israel', 'nsubj', 'free'],
        ['prisoners', 'obj', 'free'],
      ],
    ],
    [
      'The president ordered a military buildup in the Gulf .',
      [
        ['president', 'nsubj', 'ordered'],
        ['buildup', 'obj', 'ordered'],
      ],
    ],
    [
      "Egypt 's president spoke by phone with his Iranian counterpart , urging him to agree to a meeting .",
      [
        ['president', 'nsubj', 'spoke'],
        ['counterpart', 'obl', 'spoke'],
        ['urging', 'advcl', 'spoke'],
        ['him', 'obj', 'urging'],
        ['agree', 'xcomp', 'urging'],
      ],
    ],
    [
      'The minister accused the United States of seeking to dominate the region .',
      [
        ['minister', 'nsubj', 'accused'],
        ['States', 'obj', 'accused'],
        ['seeking', 'advcl', 'accused'],
        ['dominate', 'xcomp', 'seeking'],
      ],
    ],
    [
      'The embassy was struck by a drone .',
      [
        ['embassy', 'nsubj:pass', 'struck'],
        ['was', 'aux:pass', 'struck'],
        ['drone', 'obl:agent', 'struck'],
      ],
    ],
    [
      'He warned that a war would follow .',
      [
        ['He', 'nsubj', 'warned'],
        ['follow', 'ccomp', 'warned'],
        ['war', 'nsubj', 'follow'],
      ],
    ],
    [
      'Officials met in Doha .',
      [
        ['Officials', 'nsubj', 'met'],
        ['Doha', 'obl', 'met'],
      ],
    ],
    [
      'She traveled to Tehran , where she met with the secretary .',
      [
        ['She', 'nsubj', 'traveled'],
        ['Tehran', 'obl', 'traveled'],
        ['secretary', 'obl', 'met'],
      ],
    ],
    [
      'Israeli troops killed three militants in Gaza , the army said .',
      [
        ['troops', 'nsubj', 'killed'],
        ['militants', 'obj', 'killed'],
        ['army', 'nsubj', 'said'],
      ],
    ],
    [
      'The talks were postponed after Russia rejected the proposal .',
      [
        ['talks', 'nsubj:pass', 'postponed'],
        ['rejected', 'advcl', 'postponed'],
        ['Russia', 'nsubj', 'rejected'],
        ['proposal', 'obj', 'rejected'],
      ],
    ],
    // The tagger reads "shelled" after "tanks" as a participle, leaving "warplanes" as the
    // root; the retry with a past tense makes the verb the root.
    [
      'Sudanese warplanes and tanks shelled camps of the rebels .',
      [
        ['shelled', 'root', 'ROOT'],
        ['warplanes', 'nsubj', 'shelled'],
        ['camps', 'obj', 'shelled'],
      ],
    ],
    // Read with "police" and "official" both subjects of "said"; retried the same way.
    [
      'Kenyan border police fired on Somali posts near the town at dawn , a regional security official said .',
      [
        ['police', 'nsubj', 'fired'],
        ['fired', 'ccomp', 'said'],
        ['posts', 'obl', 'fired'],
      ],
    ],
    // "wounded" read as an adjective on "policemen" leaves "gunmen" as the root; a word that can
    // be a past tense right after that noun is retried as one.
    [
      'Somali gunmen wounded three Kenyan policemen near the market on Friday .',
      [
        ['wounded', 'root', 'ROOT'],
        ['gunmen', 'nsubj', 'wounded'],
        ['policemen', 'obj', 'wounded'],
      ],
    ],
    // "struck" read as a participle on "bombs", yet with "Rafah" as its object: a passive
    // participle takes none, so the sentence is parsed again with a past tense.
    [
      'Israeli tanks and mortar bombs struck Rafah overnight , killing four people , medics said .',
      [
        ['struck', 'root', 'ROOT'],
        ['tanks', 'nsubj', 'struck'],
        ['Rafah', 'obj', 'struck'],
      ],
    ],
    // "clashed" read as a participle on "forces", and "forces" left as a bare oblique of "said"
    // before the saying's own subject: retried with a past tense, the reported clause.
    [
      'Ethiopian forces clashed with Fano militiamen near Gondar on Sunday , residents said .',
      [
        ['clashed', 'ccomp', 'said'],
        ['forces', 'nsubj', 'clashed'],
        ['residents', 'nsubj', 'said'],
      ],
    ],
    // "shot" tagged as a noun after "police", leaving no verb at all: retried as a past tense.
    [
      'Kenyan police shot dead two suspected gunmen near the border .',
      [
        ['shot', 'root', 'ROOT'],
        ['police', 'nsubj', 'shot'],
      ],
    ],
    // "ministry" conjoined to "Wednesday", leaving "said" without a subject: the noun right
    // before a subjectless verb that reports the clause is its subject.
    [
      "North Korea fired a ballistic missile toward the sea on Sunday , Japan 's defence ministry said .",
      [
        ['fired', 'ccomp', 'said'],
        ['ministry', 'nsubj', 'said'],
        ['Sunday', 'obl', 'fired'],
      ],
    ],
    // The same after a comma closing an inserted phrase: "accused" read as a participle on "post".
    [
      'The Russian embassy in Vilnius , in a post on Telegram , accused Lithuania of stirring up hysteria .',
      [
        ['accused', 'root', 'ROOT'],
        ['embassy', 'nsubj', 'accused'],
        ['Lithuania', 'obj', 'accused'],
      ],
    ],
    // "agreed" read as a verb conjoined to "struck" with no "and", comma or subject: a past form
    // right after a noun is a participle describing it.
    [
      'Indian and Pakistani troops exchanged heavy fire across the disputed frontier overnight , a grave violation of the armistice agreed in February , army officials said on Friday .',
      [['agreed', 'acl', 'armistice']],
    ],
    // "renewed" read as a participle on "sanctions", leaving "Union" with an object: a noun
    // that takes an object is a suspect, and the sentence is parsed again with a past tense.
    [
      'The strike came a day after the African Union renewed sanctions on five generals over the sale of drones to Sudan .',
      [['sanctions', 'obj', 'renewed']],
    ],
    // "which shot" read as a determiner and a noun: after a comma, "which" opens a relative
    // clause whose first word, a verb's past form, is its verb.
    [
      'Latvia , which shot down two drones over its airspace last spring , said it was sending three patrol boats to Estonia .',
      [
        ['shot', 'acl:relcl', 'Latvia'],
        ['which', 'nsubj', 'shot'],
        ['Latvia', 'nsubj', 'said'],
      ],
    ],
    // The main verb read as a conjunct of the relative clause, with the noun at the root: the
    // conjunct after the comma, with no subject of its own, is the root and the noun its subject.
    [
      'Qatar , which mediated a deal in May , said it supported the plan .',
      [
        ['mediated', 'acl:relcl', 'Qatar'],
        ['Qatar', 'nsubj', 'said'],
        ['said', 'root', 'ROOT'],
        ['.', 'punct', 'said'],
      ],
    ],
    // A noun hung on a finite verb as a compound is its subject.
    ['M23 seizes mining town', [['M23', 'nsubj', 'seizes']]],
    // A verb with an object and no passive auxiliary has an active subject.
    [
      'The junta , led by General Assimi Goita , has since expelled the French ambassador .',
      [
        ['junta', 'nsubj', 'expelled'],
        ['ambassador', 'obj', 'expelled'],
      ],
    ],
    // A past form after a phrase inside a saying's object is the reported clause's verb.
    [
      'The ministry said the strikes in the Qandil mountains targeted militants who were preparing attacks .',
      [
        ['targeted', 'ccomp', 'said'],
        ['strikes', 'nsubj', 'targeted'],
        ['militants', 'obj', 'targeted'],
      ],
    ],
    // Or on a word of the clause's own object, with the clause read as a parataxis.
    [
      'Rwanda , which U.N. experts say commands the M23 , denied involvement in the fighting .',
      [
        ['Rwanda', 'nsubj', 'denied'],
        ['denied', 'root', 'ROOT'],
        ['say', 'acl:relcl', 'Rwanda'],
      ],
    ],
    // Or hung on the relative clause's predicate as a modifier.
    [
      'Myanmar , which is not a member of the court , rejected the warrant as politically motivated .',
      [
        ['member', 'acl:relcl', 'Myanmar'],
        ['Myanmar', 'nsubj', 'rejected'],
        ['rejected', 'root', 'ROOT'],
      ],
    ],
    // The same with the relative clause's verb at the root and the noun hung on it as a vocative.
    [
      'Jordan , which closed the crossing on Sunday , said it would reopen it soon .',
      [
        ['closed', 'acl:relcl', 'Jordan'],
        ['Jordan', 'nsubj', 'said'],
        ['said', 'root', 'ROOT'],
      ],
    ],
    // "shot" read as a noun, the object of "had": a past form right after "have" is its participle.
    [
      'Police said they had shot two gunmen .',
      [
        ['shot', 'ccomp', 'said'],
        ['had', 'aux', 'shot'],
        ['gunmen', 'obj', 'shot'],
      ],
    ],
    // "Syrians" read as an agent without "by", or as a clause without a verb: the object.
    [
      'Turkey has expelled over 5,000 Syrians since March , according to a rights group .',
      [['Syrians', 'obj', 'expelled']],
    ],
    // "after" read as the preposition of "Malta", leaving "vetoed" with no subject: the
    // word opens the verb's clause, and the noun is its subject.
    [
      'The ministers failed to adopt a levy on Chinese steel imports after Malta and Cyprus vetoed a proposed cap on tanker freight rates , officials said .',
      [
        ['after', 'mark', 'vetoed'],
        ['Malta', 'nsubj', 'vetoed'],
        ['vetoed', 'advcl', 'failed'],
      ],
    ],
    // "before" read as the preposition of "treaty", the while-clause as the subject of "can be
    // signed": the clause after the auxiliaries is the subordinate one, where the phrase hung,
    // and the while-clause goes to the verb above.
    [
      'Pashinyan said the work showed that peace was irreversible , while Azerbaijani President Ilham Aliyev urged Yerevan to amend its constitution before the treaty can be signed .',
      [
        ['before', 'mark', 'signed'],
        ['treaty', 'nsubj:pass', 'signed'],
        ['signed', 'advcl', 'amend'],
        ['urged', 'advcl', 'showed'],
      ],
    ],
    // "liberated" read as a conjunct of "vowed", with "ordered" joined to it: once it is the
    // subordinate clause, "ordered" is the conjunct of "vowed".
    [
      'Army chief Gen. Omar Haddad vowed on Sunday to " fight until the last town of the north is liberated " and ordered a call-up of reservists .',
      [
        ['until', 'mark', 'liberated'],
        ['liberated', 'advcl', 'fight'],
        ['ordered', 'conj', 'vowed'],
      ],
    ],
    // "allegation" read as a second subject of "rejected", with "Kigali" its apposition: a noun
    // after a comma, then a subject and a verb closing the sentence, is described by a relative
    // clause with no pronoun.
    [
      "Congo 's army accused Rwanda of sending reinforcements across the border , an allegation Kigali rejected .",
      [
        ['allegation', 'appos', 'accused'],
        ['rejected', 'acl:relcl', 'allegation'],
        ['Kigali', 'nsubj', 'rejected'],
      ],
    ],
    // "to pressure" hung on "oversee", inside the relative clause before it.
    [
      'Mali called on Algeria and Senegal , which guarantee the accord , to pressure the rebels to withdraw .',
      [['pressure', 'xcomp', 'called']],
    ],
    // "appealed" conjoined to "militants": a past tense with no subject is joined to the finite verb.
    [
      'Somalia \'s president vowed to " eliminate " the militants and appealed to Gulf states for more assistance .',
      [['appealed', 'conj', 'vowed']],
    ],
    // "since" read as the preposition of "power", with "seized" (VBN) an adjective on it that has
    // its own subject: the verb of a subordinate clause.
    [
      'Relations have worsened since the army seized power in Mali in 2020 .',
      [
        ['since', 'mark', 'seized'],
        ['army', 'nsubj', 'seized'],
        ['power', 'obj', 'seized'],
        ['seized', 'advcl', 'worsened'],
      ],
    ],
    // Also a bare plural the tagger read as a verb ("charges" VBZ), and a perfect with an adverb.
    [
      'The junta accused Paris of supporting armed groups in the north , charges France has repeatedly rejected .',
      [
        ['charges', 'appos', 'accused'],
        ['rejected', 'acl:relcl', 'charges'],
        ['France', 'nsubj', 'rejected'],
      ],
    ],
    // "committed" tagged as an adjective after "has": a past form with no noun after it is the
    // participle of a perfect, and "has" its auxiliary.
    [
      'Israel has committed to withdrawing its troops from Lebanon .',
      [
        ['has', 'aux', 'committed'],
        ['Israel', 'nsubj', 'committed'],
      ],
    ],
    // "said" read as a relative clause of "alliance": a saying with its own subject that closes
    // the sentence after a comma reports the whole sentence, so it hangs on the root.
    [
      "Norway will back Ukraine 's application to become a permanent member of the alliance , Norwegian Foreign Minister Espen Eide said on Friday .",
      [
        ['said', 'parataxis', 'back'],
        ['Espen', 'nsubj', 'said'],
        ['Friday', 'obl', 'said'],
      ],
    ],
    // "as" read as the preposition of "police", with "cracked" conjoined to the main verb: it
    // opens a clause, as "after" does.
    [
      'Ghana eased emergency measures in the Volta region as police in Togo cracked down on protesters .',
      [
        ['police', 'nsubj', 'cracked'],
        ['as', 'mark', 'cracked'],
        ['cracked', 'advcl', 'eased'],
      ],
    ],
    // A relative clause read as the main clause, with the main verb conjoined to it (or beside
    // it under the saying): the later verb is the main one, the relative clause the noun's.
    [
      'A fresh round of talks between Georgian and Abkhaz envoys , which Geneva had offered to stage in spring , has not been set .',
      [
        ['round', 'nsubj:pass', 'set'],
        ['offered', 'acl:relcl', 'round'],
        ['set', 'root', 'ROOT'],
      ],
    ],
    [
      'A fifth round of talks between Georgian and Abkhaz delegations , which Switzerland had offered to organise in Geneva in April , has not been set , a Swiss diplomat said .',
      [
        ['round', 'nsubj:pass', 'set'],
        ['offered', 'acl:relcl', 'round'],
      ],
    ],
    // "days" read as the subject of the clause "after" opens: a measure of time before the
    // subordinator is the verb above's; the noun after it is the subject.
    [
      'The strike came days after the African Union lifted sanctions on the junta .',
      [
        ['Union', 'nsubj', 'lifted'],
        ['lifted', 'advcl', 'came'],
        ['after', 'mark', 'lifted'],
      ],
    ],
    // A relative clause after a comma read as a conjunct of the verb before it (no "and"): it
    // describes the noun before the comma.
    [
      'Kenya said it would respond if Somalia failed to curb al-Shabaab , which Nairobi blames for the attack on the mall .',
      [['blames', 'acl:relcl', 'al-Shabaab']],
    ],
    [
      'The army will strike if the rebels refuse to leave the town , which they seized last week .',
      [['seized', 'acl:relcl', 'town']],
    ],
    // A retried past tense whose reparse puts the opening adjective at the root: the verb, with
    // its subject, is the root, and the adjective modifies the subject.
    [
      'Armenian riot police dispersed protesters in Yerevan on Monday .',
      [
        ['dispersed', 'root', 'ROOT'],
        ['police', 'nsubj', 'dispersed'],
        ['Armenian', 'amod', 'police'],
      ],
    ],
    // The reported clause read as the saying's object, its verb an adjective or a participle on
    // the noun after it: the past form is the reported clause's verb.
    [
      'Chile said Argentine troops shelled villages .',
      [
        ['troops', 'nsubj', 'shelled'],
        ['shelled', 'ccomp', 'said'],
        ['villages', 'obj', 'shelled'],
      ],
    ],
    [
      'Peru said Bolivian soldiers killed farmers .',
      [
        ['soldiers', 'nsubj', 'killed'],
        ['killed', 'ccomp', 'said'],
      ],
    ],
    // A past tense tagged as a participle, with a subject and no auxiliary: its noun is an
    // object, not a complement.
    ['Israel struck Beirut .', [['Beirut', 'obj', 'struck']]],
    ['On Sunday , Syria struck Idlib .', [['Idlib', 'obj', 'struck']]],
    // A clause after a word that has a nominal subject is its complement, not a second subject.
    ['The envoy is due to meet Iranian officials in Oman on Saturday .', [['meet', 'xcomp', 'due']]],
    // "up to" before a number bounds it; the counted noun is the object.
    [
      'Spain is ready to send up to 2,000 soldiers to a peacekeeping mission in Haiti .',
      [
        ['soldiers', 'obj', 'send'],
        ['up', 'advmod', 'soldiers'],
      ],
    ],
    // A noun joined to a day with no "and" is the object of the verb the day hangs on.
    [
      'Soldiers forced out on Sunday more than 500 Kurdish villagers from their homes .',
      [['villagers', 'obj', 'forced']],
    ],
    // A compound with its head's preposition between them is a word of its own: the object.
    ['Russia struck Kharkiv overnight with drones and missiles .', [['Kharkiv', 'obj', 'struck']]],
    // A compound never spans a comma: the noun before a closing saying is its subject.
    [
      'Russia is preparing to attack Sumy , Ukrainian intelligence said .',
      [
        ['Sumy', 'obj', 'attack'],
        ['intelligence', 'nsubj', 'said'],
      ],
    ],
    // ... or hung as a bare oblique of the reported verb.
    [
      'China is preparing to blockade Taiwan , Japanese intelligence said .',
      [['intelligence', 'nsubj', 'said']],
    ],
    // A participle right after a verb with no object modifies the noun after it.
    [
      'Kenya extradited suspected Somali smuggler Ahmed Farah to Somalia .',
      [
        ['Ahmed', 'obj', 'extradited'],
        ['suspected', 'amod', 'Ahmed'],
      ],
    ],
    // Nouns after ", but" right before a verb with no subject are its subject, not more conjuncts.
    [
      'Turkey has proposed to downgrade its trade ties with Israel , but Egypt and Qatar oppose that step .',
      [
        ['Egypt', 'nsubj', 'oppose'],
        ['Qatar', 'conj', 'Egypt'],
      ],
    ],
    // ... and so are nouns after an opening phrase's comma, which the phrase had swallowed.
    [
      'In the south , Israeli artillery and drones struck Lebanon overnight .',
      [
        ['artillery', 'nsubj', 'struck'],
        ['drones', 'conj', 'artillery'],
      ],
    ],
    // A clause opened by "which" after a comma, with a subject of its own, is a relative clause
    // whose pronoun is the object.
    [
      'Turkey will keep its checkpoints with Iran , which Ankara closed in June , shut .',
      [
        ['which', 'obj', 'closed'],
        ['closed', 'acl:relcl', 'Iran'],
      ],
    ],
    // An infinitive right after an object noun that takes one completes the noun.
    ['Qatar blocked the Turkish plan to ban Iranian oil imports .', [['ban', 'acl', 'plan']]],
    // A day before a reported clause's "that" is a time of the saying, not a second subject.
    [
      'Turkish President Erdogan said here Friday that Israel must be ready to negotiate .',
      [
        ['Friday', 'obl:unmarked', 'said'],
        ['Israel', 'nsubj', 'ready'],
      ],
    ],
    // A verb right after a plural subject is no adverb, though the tagger may read one.
    [
      'The Iranians reject proposed changes to the plan .',
      [
        ['reject', 'root', 'ROOT'],
        ['Iranians', 'nsubj', 'reject'],
        ['changes', 'obj', 'reject'],
      ],
    ],
    // A long relative clause between a subject and its verb is parsed apart from the main clause.
    [
      'But fighting continued in eastern Congo , where the M23 rebel group , which Kinshasa and U.N. experts say is backed by Rwanda , seized two villages on Thursday , local officials said .',
      [
        ['group', 'nsubj', 'seized'],
        ['say', 'acl:relcl', 'group'],
      ],
    ],
    [
      'Turkey , which shelled what it said were PKK arms caches in northern Iraq last month , said it would watch the truce closely .',
      [
        ['shelled', 'acl:relcl', 'Turkey'],
        ['watch', 'ccomp', 'said#2'],
      ],
    ],
    // So is one between a noun and the infinitive its verb controls.
    [
      'The Chadian president condemned the raid and called on Britain and Norway , which guarantee the accord , to press Sudan to end its raids .',
      [
        ['press', 'xcomp', 'called'],
        ['guarantee', 'acl:relcl', 'Norway'],
      ],
    ],
    // So is a long apposition.
    [
      'The Rapid Support Forces , a paramilitary group that has fought the army since April 2023 across much of the country , shelled a camp near El Fasher on Sunday .',
      [
        ['Forces', 'nsubj', 'shelled'],
        ['group', 'appos', 'Forces'],
      ],
    ],
    // After a modal, an adverb the dictionary knows as a verb, before a particle, is the verb.
    ['Kobakhidze vowed that the government would not back down .', [['back', 'ccomp', 'vowed']]],
    // A participle right after the noun at the root is tried as the verb first; a bare participle
    // after "as" and a noun is the past tense of its clause.
    [
      'Georgian police detained two opposition leaders overnight as thousands of protesters rallied outside parliament .',
      [
        ['police', 'nsubj', 'detained'],
        ['thousands', 'nsubj', 'rallied'],
        ['rallied', 'advcl', 'detained'],
      ],
    ],
    // A gerund right after a subordinator and before a finite verb is that verb's subject.
    [
      'Rwanda and Congo signed an economic deal in Washington as fighting went on in the east .',
      [
        ['fighting', 'nsubj', 'went'],
        ['went', 'advcl', 'signed'],
        ['as', 'mark', 'went'],
      ],
    ],
    // In a headline, a plural noun after the opening name and before a subordinator is a verb.
    [
      'Japan protests after Chinese ships enter waters near disputed islands',
      [
        ['Japan', 'nsubj', 'protests'],
        ['enter', 'advcl', 'protests'],
      ],
    ],
    // A name before a subject noun's own modifiers is its compound, not its subject.
    [
      'The United Nations human rights office urged Ecuador to investigate the deaths .',
      [
        ['Nations', 'compound', 'office'],
        ['office', 'nsubj', 'urged'],
      ],
    ],
    // After a verb and a name, "claims" before "that" is the noun whose content follows.
    [
      "Venezuela 's government rejected U.S. claims that a boat belonged to a cartel , and accused Washington of murder .",
      [
        ['claims', 'obj', 'rejected'],
        ['accused', 'conj', 'rejected'],
      ],
    ],
    // A headline's two names before a shared noun modify it, joined; the verb is the root.
    [
      'South Korea , Japan leaders meet , agree to deepen security ties',
      [
        ['Korea', 'compound', 'leaders'],
        ['Japan', 'conj', 'Korea'],
        ['leaders', 'nsubj', 'meet'],
      ],
    ],
    // A headline's reaction after a comma has the name before it for subject.
    [
      'Israeli troops push into southern Syria village , Damascus condemns',
      [
        ['Damascus', 'nsubj', 'condemns'],
        ['condemns', 'parataxis', 'push'],
      ],
    ],
    // So is one after a comma and a conjunction, before a present tense.
    [
      'Congo , Rwanda sign economic pact in Washington , but fighting goes on',
      [
        ['fighting', 'nsubj', 'goes'],
        ['goes', 'conj', 'sign'],
      ],
    ],
    // A gerund after "on" right after talks is what the talks are about.
    [
      "Saudi Arabia , which has held talks with the Houthis on ending Yemen 's civil war , called for restraint .",
      [['ending', 'acl', 'talks']],
    ],
    // After a relative clause set off by commas, a participle that can be a past tense is the main verb.
    [
      'Venezuela and Cuba , which have acted as guarantors of the talks , called on both sides to return to the negotiating table .',
      [
        ['Venezuela', 'nsubj', 'called'],
        ['called', 'root', 'ROOT'],
      ],
    ],
    // A past form after a day that follows the subject is the verb, retried as a past tense.
    [
      "The United States on Tuesday lifted sanctions on Syria 's central bank and two state-owned oil companies , the Treasury Department said , in a further step to ease the country 's economic isolation .",
      [
        ['lifted', 'ccomp', 'said'],
        ['States', 'nsubj', 'lifted'],
      ],
    ],
    // A past tense read as a verb's complement before its object describes the object.
    ['Venezuela frees detained Americans after U.S. envoy visit', [['detained', 'amod', 'Americans']]],
    // After "and", a past form on a noun joined to a past verb's object is a second verb.
    [
      "China 's coast guard boarded a Philippine supply boat and seized weapons , Manila said .",
      [
        ['seized', 'conj', 'boarded'],
        ['weapons', 'obj', 'seized'],
      ],
    ],
    // A past form between a number and a noun describes the noun.
    [
      'Nigerian troops killed 30 bandits and rescued 15 kidnapped villagers in an operation .',
      [
        ['kidnapped', 'amod', 'villagers'],
        ['villagers', 'obj', 'rescued'],
      ],
    ],
    // A name right before "next month" heads its own phrase; the time is the verb's.
    [
      'Kenya will send another 600 police officers to Haiti next month .',
      [
        ['Haiti', 'obl', 'send'],
        ['month', 'obl:unmarked', 'send'],
      ],
    ],
    // A clause with its own subject and no object right after an object is a relative clause on it.
    [
      'The bloc urged the junta to implement a peace plan the bloc agreed in 2021 .',
      [['agreed', 'acl:relcl', 'plan']],
    ],
    // So is one after a relative clause on a deal: the deal's topic, not an act of its makers.
    [
      'Kaja Kallas said the EU expected both sides to implement the agreement they reached last year on normalising relations .',
      [['normalising', 'acl', 'agreement']],
    ],
    // After a verb of keeping on, a gerund is the verb it goes on with, and the noun its object.
    [
      'Houthi military spokesman Yahya Saree vowed that the group would keep targeting ships linked to Israel .',
      [
        ['targeting', 'xcomp', 'keep'],
        ['ships', 'obj', 'targeting'],
      ],
    ],
    // A noun has no "that" of its own: the finite verb after its phrase heads the reported clause.
    [
      'Japan condemned the collision and reaffirmed that its security pact with Australia covers attacks on Australian naval vessels anywhere in the Coral Sea .',
      [
        ['covers', 'ccomp', 'reaffirmed'],
        ['pact', 'nsubj', 'covers'],
        ['that', 'mark', 'covers'],
      ],
    ],
    // A span of time before "after" measures the clause that follows: "hours" is not its subject.
    [
      'Russia and Ukraine exchanged 150 prisoners on Wednesday , officials from both countries said , hours after Russian drones struck an energy facility .',
      [
        ['drones', 'nsubj', 'struck'],
        ['after', 'mark', 'struck'],
        ['hours', 'obl:unmarked', 'after'],
        ['struck', 'advcl', 'said'],
      ],
    ],
    // A past tense read as the noun a subordinator governs, after a noun it took as a compound, is
    // retried as a verb; its subject keeps it and "after" becomes its mark.
    [
      'Mali recalled its ambassador on Monday after the Algerian army shot down a Malian drone near the border .',
      [
        ['army', 'nsubj', 'shot'],
        ['after', 'mark', 'shot'],
        ['shot', 'advcl', 'recalled'],
      ],
    ],
    // A gerund after a comma tells what the clause's subject did besides; no noun takes it.
    [
      'Sudan cut diplomatic relations with the United Arab Emirates on Tuesday , accusing it of arming the rebels .',
      [['accusing', 'advcl', 'cut']],
    ],
    // A sentence opening with a gerund right before a past form: the gerund is the subject, and a
    // past tense after ", where" and a short noun phrase is the relative clause's verb.
    [
      'Fighting continued on Sunday in South Kivu , where M23 fighters attacked positions held by militias near Mwenga , officials said .',
      [
        ['Fighting', 'nsubj', 'continued'],
        ['fighters', 'nsubj', 'attacked'],
        ['positions', 'obj', 'attacked'],
      ],
    ],
    // A noun of saying after the comma that closes a clause, then a name and a verb, is a remark
    // on the clause: the clause stays the main one.
    [
      "Hours later , Thailand 's army accused Cambodian troops of violating the truce with sporadic gunfire , a charge Phnom Penh denied .",
      [
        ['accused', 'root', 'ROOT'],
        ['charge', 'appos', 'accused'],
        ['denied', 'acl:relcl', 'charge'],
        ['Phnom', 'nsubj', 'denied'],
      ],
    ],
    // A word before a French "d'" is the noun of a borrowed phrase, not a verb.
    ["Algeria summoned the Malian charge d'affaires on Monday .", [["d'affaires", 'obj', 'summoned']]],
    // A clause opened by "where" after a comma that closes a noun's phrase is its relative clause.
    [
      'Guyana accused Venezuela of sending armed men into the disputed Essequibo region , where they fired on a patrol .',
      [['fired', 'acl:relcl', 'region']],
    ],
    // A headline's "X, Y trade accusations": the verb of give-and-take, both names its subject.
    [
      'Ethiopia , Egypt trade accusations over Nile dam',
      [
        ['trade', 'root', 'ROOT'],
        ['Ethiopia', 'nsubj', 'trade'],
        ['Egypt', 'conj', 'Ethiopia'],
        ['accusations', 'obj', 'trade'],
      ],
    ],
    // A participle at the root with a passive subject and no "be" is a past tense.
    [
      "Venezuela 's foreign minister , Yvan Gil , accused Guyana of staging the incident .",
      [
        ['accused', 'root', 'ROOT'],
        ['Yvan', 'nsubj', 'accused'],
        ['Guyana', 'obj', 'accused'],
      ],
    ],
    // A participle after its subject, followed by "and" and a past tense of that subject, is a past tense.
    [
      "Qatar 's foreign ministry called on both sides to exercise restraint and said it was in contact with officials in Islamabad .",
      [
        ['called', 'root', 'ROOT'],
        ['ministry', 'nsubj', 'called'],
        ['said', 'conj', 'called'],
      ],
    ],
    // So is a clause with "who" as its subject, on the noun whose whole phrase the comma closes.
    [
      'Pakistan accused Kabul of sheltering fighters of the Pakistani Taliban , or TTP , who have stepped up attacks inside Pakistan .',
      [['stepped', 'acl:relcl', 'fighters']],
    ],
    // A speech act after "and" and a perfect inside what was said is the sayer's; not when media say.
    [
      'Spokeswoman Maria Zakharova said Helsinki had turned the border region into a staging ground and accused the Finnish government of provoking tensions .',
      [['accused', 'conj', 'said']],
    ],
    [
      'North Korean state media said leader Kim Jong Un had supervised the test and warned that the country would respond .',
      [['warned', 'conj', 'supervised']],
    ],
    // A relative clause set off by commas before an auxiliary and its verb is reparsed without it.
    [
      'The PKK , which has fought the Turkish state since 1984 , did not comment .',
      [
        ['PKK', 'nsubj', 'comment'],
        ['fought', 'acl:relcl', 'PKK'],
      ],
    ],
    // "…, a move X has never recognised": the clause before the comma is the root, the noun a
    // comment on it with a relative clause of its own.
    [
      'Kosovo declared independence from Serbia in 2008 , a move Belgrade has never recognised .',
      [
        ['declared', 'root', 'ROOT'],
        ['recognised', 'acl:relcl', 'move'],
        ['Belgrade', 'nsubj', 'recognised'],
      ],
    ],
    // A past tense after "and" shares no modal: it is joined to the saying, not to what was said.
    [
      'The Chinese foreign ministry spokesperson , Lin Jian , told reporters in Beijing that Manila should stop its provocations and warned that China would resolutely defend its sovereignty .',
      [
        ['warned', 'conj', 'told'],
        ['defend', 'ccomp', 'warned'],
      ],
    ],
    // After a verb and "to", a word that can be a verb, before a noun phrase, is the infinitive.
    [
      "Niger 's junta has refused to free the ousted president , Mohamed Bazoum .",
      [
        ['free', 'xcomp', 'refused'],
        ['president', 'obj', 'free'],
      ],
    ],
    // After a word that counts a plural and a singular noun, a present verb's form is the plural.
    [
      'Germany welcomed the decision and called on all member states to cooperate with the court .',
      [
        ['states', 'obl', 'called'],
        ['called', 'conj', 'welcomed'],
      ],
    ],
    // After an article and a number, a present verb's form is the plural noun ("the 72 drones").
    [
      "Ukraine 's air force said it had shot down 58 of the 72 drones Russia launched .",
      [
        ['drones', 'nmod', '58'],
        ['Russia', 'nsubj', 'launched'],
      ],
    ],
    // A base verb between a verb and its noun object is a noun of a compound ("import restrictions").
    [
      'Egypt will impose import restrictions on Turkish steel .',
      [
        ['import', 'compound', 'restrictions'],
        ['restrictions', 'obj', 'impose'],
      ],
    ],
    // unless the verb before takes a bare infinitive.
    ['Qatar will help rebuild homes in Gaza .', [['homes', 'obj', 'rebuild']]],
    // What a saying "in a statement" reports is the saying's complement, not a clause on the noun.
    [
      'The movement said in its statement that it would respect a truce from Tuesday .',
      [['respect', 'ccomp', 'said']],
    ],
    // Of two subjects of a closing saying, one right after the reported verb is that verb's object.
    [
      'Canada has no plans to ease its sanctions on Syria , a government spokesperson said .',
      [
        ['plans', 'obj', 'has'],
        ['spokesperson', 'nsubj', 'said'],
      ],
    ],
    // A that-clause after the one told is what was told, and a clause of time right after it is
    // part of what was told.
    [
      'The envoy told state radio that peace was possible only after Israel withdrew from Lebanon .',
      [
        ['possible', 'ccomp', 'told'],
        ['withdrew', 'advcl', 'possible'],
      ],
    ],
    // A participle after a possessive describes the noun after it, which the possessor owns.
    [
      "Turkey refused to host Iran 's visiting President Pezeshkian in Ankara .",
      [
        ['Pezeshkian', 'obj', 'host'],
        ['Iran', 'nmod:poss', 'Pezeshkian'],
        ['visiting', 'amod', 'Pezeshkian'],
        ['Ankara', 'obl', 'host'],
      ],
    ],
    // A verb takes no copula: the copula, and the subject before it, belong to the predicate
    // after it, which is what the closing saying reports.
    [
      'A battalion of soldiers from Ghana is due to reach Mali in March , officials said .',
      [
        ['battalion', 'nsubj', 'due'],
        ['is', 'cop', 'due'],
        ['due', 'ccomp', 'said'],
        ['officials', 'nsubj', 'said'],
      ],
    ],
    // A participle right after what a closing saying reports tells more of that, not of the saying.
    [
      'Turkish drones hit a convoy near the frontier on Monday , killing or wounding 30 , Kurdish security sources said .',
      [['killing', 'advcl', 'hit']],
    ],
    // A past tense after what is said, with no subject or auxiliary of its own, is the sayer's.
    [
      'Netanyahu said Hamas was violating the agreement and threatened to resume military operations .',
      [
        ['said', 'root', 'ROOT'],
        ['threatened', 'conj', 'said'],
      ],
    ],
    // A past form after the gerund of a charge ("accused X of staging…") is the accuser's.
    [
      'The Kremlin accused Baku of staging a provocation and warned of consequences for bilateral relations .',
      [['warned', 'conj', 'accused']],
    ],
    // A past tense read as a participle after a bracketed short name is retried as the verb.
    [
      "Colombia 's government and the National Liberation Army ( ELN ) resumed peace talks in Havana on Monday , three months after the rebels suspended them .",
      [
        ['resumed', 'root', 'ROOT'],
        ['government', 'nsubj', 'resumed'],
        ['talks', 'obj', 'resumed'],
      ],
    ],
    // A past tense after a participle on a noun is no conjunct of that participle.
    [
      'Beijing said its vessels had acted to expel ships that " illegally intruded " into its waters and warned Manila to stop .',
      [['warned', 'conj', 'acted']],
    ],
    // A verb after the main verb is conjoined to it, not to the verb of the relative clause before.
    [
      'The military government , which seized power in 2022 , declared three days of national mourning and vowed to hunt down the attackers .',
      [
        ['declared', 'root', 'ROOT'],
        ['vowed', 'conj', 'declared'],
      ],
    ],
    // Names listed after a date are the conjuncts of the first name, not of the date.
    [
      'The ministers agreed to ease the curbs in early May on Cuba , Syria , Libya and Sudan .',
      [
        ['Syria', 'conj', 'Cuba'],
        ['Sudan', 'conj', 'Cuba'],
      ],
    ],
  ];
  for (const [sentence, arcs] of cases) {
    it(sentence, { todo: TODO[sentence] }, () => {
      const tokens = words(sentence);
      const parsed = model.parse(tokens);
      assertTree(parsed, tokens.length);
      for (const [dep, rel, head] of arcs) {
        const d = find(tokens, dep);
        const got = parsed[d];
        const gotHead = got.head < 0 ? 'ROOT' : tokens[got.head];
        assert.equal(`${dep} ${got.deprel} ${gotHead}`, `${dep} ${rel} ${head.split('#')[0]}`);
        assert.equal(got.head, head === 'ROOT' ? -1 : find(tokens, head));
      }
    });
  }
});

describe('syntax model: early decisions', () => {
  // A move or label taken on the leading templates alone (clearLead, clearLabelLead) must be
  // the one all templates would give on ordinary sentences; only near-ties may differ.
  const sentences = [
    "Turkish Foreign Minister Hakan Fidan hosted Iran 's foreign minister in Ankara on Friday .",
    'The talks were postponed after Russia rejected the proposal .',
    'Israeli troops killed three militants in Gaza , the army said .',
    'Qatar and Egypt urged both sides to accept a ceasefire that would allow aid into the territory .',
    'The minister said his cabinet would not negotiate with armed groups until they laid down their weapons .',
  ];
  it('gives the same trees as scoring every key', () => {
    const exact = loadSyntaxModel();
    exact.clearLead = Number.POSITIVE_INFINITY;
    exact.clearLabelLead = Number.POSITIVE_INFINITY;
    for (const sentence of sentences) {
      assert.deepEqual(model.parse(words(sentence)), exact.parse(words(sentence)), sentence);
    }
  });

  it('skips keys: early decisions are taken', () => {
    const slow = loadSyntaxModel();
    slow.clearLead = Number.POSITIVE_INFINITY;
    let fullScores = 0;
    let earlyScores = 0;
    const count = (m: typeof model, add: () => void) => {
      const state = (m as unknown as { moves: { add: (...a: unknown[]) => void } }).moves;
      const original = state.add.bind(state);
      state.add = (...a: unknown[]) => {
        add();
        original(...a);
      };
    };
    count(slow, () => fullScores++);
    count(model, () => earlyScores++);
    for (const sentence of sentences) {
      slow.parse(words(sentence));
      model.parse(words(sentence));
    }
    // About a fifth of these decisions are clear on the leading templates (more on EWT).
    assert.ok(earlyScores < fullScores * 0.9, `${earlyScores} of ${fullScores} decisions needed every key`);
  });
});

describe('syntax stage', () => {
  it('fills every token with doc-level heads', () => {
    const doc = new Doc('Officials met in Doha on Monday. The embassy was struck by a drone.');
    createPipeline([textStage(), syntaxStage(model)]).run(doc);
    assert.equal(doc.sentences.length, 2);
    for (const sentence of doc.sentences) {
      let roots = 0;
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        const t = doc.tokens[i];
        assert.ok(t.upos && t.xpos && t.lemma && t.deprel);
        if (t.head === -1) roots++;
        else assert.ok(t.head !== undefined && t.head >= sentence.tokenStart && t.head < sentence.tokenEnd);
      }
      assert.equal(roots, 1);
    }
    const struck = doc.tokens.find((t) => doc.slice(t) === 'struck');
    const embassy = doc.tokens.find((t) => doc.slice(t) === 'embassy');
    assert.equal(embassy?.head, struck?.index);
    assert.equal(embassy?.deprel, 'nsubj:pass');
  });

  it('parses a 600-token sentence in pieces that still form one tree', () => {
    const text = `${Array.from({ length: 120 }, () => 'troops fired ,').join(' ')} and left`;
    const doc = new Doc(text);
    createPipeline([textStage(), syntaxStage(model)]).run(doc);
    const sentence = doc.sentences[0];
    const n = sentence.tokenEnd - sentence.tokenStart;
    assert.ok(n > 250);
    const parsed = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => ({
      upos: t.upos ?? '',
      xpos: t.xpos ?? '',
      lemma: t.lemma ?? '',
      deprel: t.deprel ?? '',
      head: t.head === undefined || t.head < 0 ? -1 : t.head - sentence.tokenStart,
    }));
    assertTree(parsed, n);
  });

  it('annotates a batch of docs as it annotates each alone, across phase boundaries', () => {
    const texts = [
      'Officials met in Doha on Monday. The embassy was struck by a drone.',
      'KYIV (Reuters) - Drones hit a depot overnight, officials said.',
      `${Array.from({ length: 90 }, () => 'troops fired ,').join(' ')} and left.`,
      'TURKEY HOSTS IRAN FOREIGN MINISTER. Talks went on.',
      'Qatar, which mediated a deal in May, said it would host the talks.',
    ];
    const fields = (doc: Doc) => doc.tokens.map((t) => [t.upos, t.xpos, t.lemma, t.head, t.deprel].join(' '));
    const pipeline = createPipeline([textStage(), syntaxStage(model)]);
    const alone = texts.map((text) => fields(pipeline.run(new Doc(text))));
    const phase = model.phaseSentences;
    try {
      for (const size of [1, 2, 256]) {
        model.phaseSentences = size;
        const batch = pipeline.runMany(texts.map((text) => new Doc(text)));
        assert.deepEqual(
          batch.map((doc) => (doc instanceof Doc ? fields(doc) : doc)),
          alone,
          `${size} sentences per phase`,
        );
      }
    } finally {
      model.phaseSentences = phase;
    }
  });

  it('cuts long inputs after punctuation', () => {
    const input = Array.from({ length: 600 }, (_, i) => (i % 40 === 39 ? ';' : 'w'));
    const bounds = chunkBounds(input, 250);
    assert.deepEqual(bounds[0], [0, 240]);
    assert.equal(bounds[bounds.length - 1][1], 600);
    for (const [s, e] of bounds) assert.ok(e - s <= 250 && e > s);
  });
});

describe('datelines', () => {
  // [name, sentence, words of the dateline]
  const cases: [string, string, number][] = [
    ['a place and a dash', 'WASHINGTON — Rubio demanded the release of the crew .', 2],
    ['an agency in brackets', 'KYIV ( Reuters ) - Russia launched drones at Ukraine .', 5],
    ['two places', 'DUBAI / MANILA — Iran released the tanker .', 4],
    ['a place in two words', 'GAZA CITY — Israeli jets struck a house .', 3],
    ['no dash, no dateline', 'NATO said on Monday that it would send jets .', 0],
    ['a capitalised word is no place in capitals', 'Washington — the capital — was calm .', 0],
    ['nothing after the dash', 'WASHINGTON —', 0],
    ['a day after a comma', 'DUBAI , Nov 19 ( Reuters ) - The Houthis fired missiles .', 8],
    ['the place’s state after a comma', 'GOMA , Congo ( AP ) — Rebels clashed with troops .', 7],
    ['a comma and words that run on are no dateline', 'KYIV , Ukraine said on Monday — nothing .', 0],
    ['the place’s state, then the day', 'ERBIL , Iraq , Nov 23 ( AP ) — A drone struck a gas field .', 10],
    ['two places in one token', 'SANAA/JERUSALEM , Nov 24 ( Reuters ) - Israeli jets struck the port .', 8],
  ];
  for (const [name, sentence, n] of cases) it(name, () => assert.equal(datelineEnd(sentence.split(' ')), n));

  it('is parsed apart and hung on the root of the clause after it, which keeps its own subject', () => {
    const words =
      'WASHINGTON — The Secretary of the Navy on Wednesday demanded that Iran release the crew .'.split(' ');
    const parsed = parseLong(model, words);
    assertTree(parsed, words.length);
    const root = parsed.findIndex((w) => w.head === -1);
    assert.equal(words[root], 'demanded');
    assert.deepEqual([parsed[0].head, parsed[0].deprel], [root, 'parataxis']);
    assert.equal(words[parsed.findIndex((w) => w.head === root && w.deprel === 'nsubj')], 'Secretary');
  });
});

describe('syntax model: files', () => {
  it('throws E040 when the directory is missing', () => {
    assert.throws(
      () => loadSyntaxModel(join(tmpdir(), 'sitrep-no-such-model-dir')),
      (err: unknown) => err instanceof SitrepError && err.code === 'E040',
    );
  });

  it('throws E040 on a corrupt model file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, MODEL_FILE), 'not a model');
    writeFileSync(join(dir, LEMMA_EXCEPTIONS_FILE), '');
    writeFileSync(join(dir, LEMMA_LEXICON_FILE), '');
    writeFileSync(join(dir, WORD_CLASSES_FILE), 'lemma\tclasses\n');
    assert.throws(
      () => loadSyntaxModel(dir),
      (err: unknown) =>
        err instanceof SitrepError && err.code === 'E040' && String(err.details.file).endsWith(MODEL_FILE),
    );
  });

  it('throws E040 naming the word-classes file when it is missing', () => {
    const dir = tempDir();
    for (const name of [MODEL_FILE, LEMMA_EXCEPTIONS_FILE, LEMMA_LEXICON_FILE])
      writeFileSync(join(dir, name), readFileSync(join(SHIPPED, name)));
    assert.throws(
      () => loadSyntaxModel(dir),
      (err: unknown) =>
        err instanceof SitrepError &&
        err.code === 'E040' &&
        String(err.details.file).endsWith(WORD_CLASSES_FILE),
    );
  });

  it('throws E040 on a model of another format version', () => {
    const dir = tempDir();
    const header = { ...model.header, version: 1 };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    writeFileSync(join(dir, MODEL_FILE), gzipSync(Buffer.concat([Buffer.from('SXM1', 'latin1'), len, json])));
    writeFileSync(join(dir, LEMMA_EXCEPTIONS_FILE), '');
    writeFileSync(join(dir, LEMMA_LEXICON_FILE), '');
    writeFileSync(join(dir, WORD_CLASSES_FILE), 'lemma\tclasses\n');
    assert.throws(
      () => loadSyntaxModel(dir),
      (err: unknown) =>
        err instanceof SitrepError &&
        err.code === 'E040' &&
        String(err.details.file).endsWith(MODEL_FILE) &&
        /format version 1/.test(String(err.details.reason)),
    );
  });

  it('annotates CoNLL-U and keeps the other lines', () => {
    const input = [
      '# sent_id = t1',
      '# text = Officials met in Doha.',
      '1\tOfficials\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tmet\t_\t_\t_\t_\t_\t_\t_\t_',
      '3\tin\t_\t_\t_\t_\t_\t_\t_\t_',
      '4\tDoha\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
      '5\t.\t_\t_\t_\t_\t_\t_\t_\t_',
      '',
    ].join('\n');
    const out = writeConllu(annotateConllu(model, readConllu(input))).split('\n');
    assert.equal(out[0], '# sent_id = t1');
    assert.equal(out[3], '2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_');
    assert.equal(out[5].split('\t')[9], 'SpaceAfter=No');
  });
});
