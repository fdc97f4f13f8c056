import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { fixtureKnowledgeBase } from '../../testing/fixture-kb.js';
import { textStage } from '../01-text/index.js';
import { loadSyntaxModel, syntaxStage } from '../02-syntax/index.js';
import { corefStage } from '../04-coref/index.js';
import { loadMentionResources, mentionsStage } from './index.js';

const pipeline = createPipeline([
  textStage(),
  mentionsStage(loadMentionResources(fixtureKnowledgeBase())),
  corefStage(),
]);

function read(text: string, published = '2026-02-02'): Doc {
  return pipeline.run(new Doc(text, { published }));
}

/** "surface → name country sector" for each mention, compounds as "A + B". */
function describeMentions(doc: Doc): string[] {
  return doc.mentions.map((m) => {
    const surface = doc.slice(m);
    if (m.kind === 'compound') {
      return `${surface} → ${(m.members ?? []).map((i) => doc.actors[doc.mentions[i].actor].country).join(' + ')}`;
    }
    const a = doc.actors[m.actor];
    if (!a) return `${surface} → ?`;
    return `${surface} → ${a.anonymous ? 'anon' : a.name} ${a.country ?? '-'} ${a.sector ?? '-'}`;
  });
}

describe('mentions', () => {
  const cases: [string, string, string[]][] = [
    [
      'known person with title and demonym',
      'Turkish Foreign Minister Hakan Fidan arrived.',
      ['Turkish Foreign Minister Hakan Fidan → Hakan Fidan TUR GOV'],
    ],
    ['surname alone', 'Fidan said no.', ['Fidan → Hakan Fidan TUR GOV']],
    [
      'title alone resolves to the office-holder at the date',
      'He hosted Iran’s foreign minister.',
      ['He → ?', 'Iran’s foreign minister → Abbas Araghchi IRN GOV'],
    ],
    [
      'unknown person takes country and sector from the title words',
      'Sudanese army spokesman Nabil Abdallah said the city fell.',
      ['Sudanese army spokesman Nabil Abdallah → Nabil Abdallah SDN MIL'],
    ],
    [
      'a group of a region of states is of none of them',
      'Iran moved missiles, two European diplomats said.',
      ['Iran → Iran IRN -', 'diplomats → anon - GOV'],
    ],
    [
      'so are officials of a region (many-states.txt)',
      'Qatar closed its border. Caribbean officials will meet on Friday.',
      ['Qatar → Qatar QAT -', 'its → Qatar QAT -', 'officials → anon - GOV'],
    ],
    [
      'a group in a sentence about an international body is of no state guessed from the article',
      'Iran moved missiles. At the United Nations, officials said they were concerned.',
      ['Iran → Iran IRN -', 'United Nations → UN - IGO', 'officials → anon - GOV', 'they → anon - GOV'],
    ],
    [
      'a group in a sentence that names no state is of the office-holder named before it',
      'Fidan said the army was ready.',
      ['Fidan → Hakan Fidan TUR GOV', 'the army → anon TUR MIL'],
    ],
    [
      'officials "from both countries" are of no one state (the event coder takes both)',
      'Egypt and Sudan signed a deal in Doha, officials from both countries said.',
      [
        'Egypt and Sudan → EGY + SDN',
        'Egypt → Egypt EGY -',
        'Sudan → Sudan SDN -',
        'Doha → Qatar QAT GOV',
        'officials → anon - GOV',
      ],
    ],
    [
      'rebels named after a region are of its state',
      'Kordofan rebels shelled a camp.',
      ['Kordofan rebels → anon SDN REB'],
    ],
    [
      'rebels in a state are of that state, which stays a mention',
      'Rebels in Sudan rejected the offer.',
      ['Rebels → anon SDN REB', 'Sudan → Sudan SDN -'],
    ],
    ['police in a town are of its state', 'Police in Tyre detained two men.', ['Police → anon LBN COP']],
    [
      'a place named after a town of another state is neither that town nor its state',
      'Police in East Jerusalem detained two men.',
      ['Police → anon PSE COP'],
    ],
    [
      'a region named after its own state still names it',
      'Police in Mount Lebanon detained two men.',
      ['Police → anon LBN COP', 'Lebanon → Lebanon LBN -'],
    ],
    [
      'a region the gazetteer knows is no speaker',
      'Officials in South Ossetia said the roads were closed.',
      ['Officials → anon - GOV'],
    ],
    [
      'rebels in a part of a state are of that state',
      'Rebels in northern Sudan shelled a camp.',
      ['Rebels → anon SDN REB', 'Sudan → Sudan SDN -'],
    ],
    [
      'hostages in a city are often strangers there',
      'Two hostages in Beirut were freed.',
      ['Two hostages → anon - CVL', 'Beirut → Lebanon LBN GOV'],
    ],
    [
      'a deputy minister with a portfolio read as a common noun',
      'Egyptian Deputy Housing Minister Karim Nabil said so.',
      ['Egyptian Deputy Housing Minister Karim Nabil → Karim Nabil EGY GOV'],
    ],
    [
      'deputies alone are members of parliament',
      'Egyptian deputies objected.',
      ['Egyptian deputies → anon EGY LEG'],
    ],
    [
      'a body of a state the knowledge base does not list stands for the state',
      "Egypt's Supreme Transitional Council met.",
      ["Egypt's Supreme Transitional Council → Egypt EGY -"],
    ],
    [
      'a body of an organisation the knowledge base does not list stands for the organisation',
      "The UN's Standing Review Council met.",
      ["UN's Standing Review Council → UN - IGO"],
    ],
    [
      'a compound whose last member has its article outside the mention',
      'Egypt and the United States met.',
      [
        'Egypt and the United States → EGY + USA',
        'Egypt → Egypt EGY -',
        'United States → United States USA -',
      ],
    ],
    [
      '"and" joins two affiliations of one head, not two phrases with heads of their own',
      'Israeli troops and Egyptian police arrived.',
      [
        'Israeli troops and Egyptian police → ISR + EGY',
        'Israeli troops → anon ISR MIL',
        'Egyptian police → anon EGY COP',
      ],
    ],
    [
      'a plural demonym names the state after "the", else its people',
      'The Iranians refused. Thousands of Iranians marched.',
      ['Iranians → Iran IRN -', 'Iranians → Iran IRN CVL'],
    ],
    [
      "a people named after another state's demonym are that state's; Americans named by origin stay American",
      'Thousands of Lebanese Egyptians marched. Iranian Americans protested.',
      ['Lebanese Egyptians → Lebanon LBN CVL', 'Americans → United States USA CVL'],
    ],
    [
      'an ethnicity is not a state',
      'Two ethnic Turkish rebels and ethnic Turks fled.',
      ['Two ethnic Turkish rebels → anon - REB'],
    ],
    [
      'officials of a group apart from the state are of that group, not its government',
      'Sudanese rebel officials met Sudanese officials.',
      ['Sudanese rebel officials → anon SDN REB', 'Sudanese officials → anon SDN GOV'],
    ],
    [
      'only the word right before the head: a group of diplomats is no rebel group',
      'A group of Sudanese diplomats arrived.',
      ['A group of Sudanese diplomats → anon SDN GOV'],
    ],
    ['troops led by a state are its troops', 'US-led troops arrived.', ['US-led troops → anon USA MIL']],
    [
      "a model's name between a demonym and the head belongs to the phrase",
      'Egyptian Thunderbolt troops arrived.',
      ['Egyptian Thunderbolt troops → anon EGY MIL'],
    ],
    [
      'troops a state backs are not its own',
      'Iran-backed troops arrived.',
      ['Iran-backed troops → anon - MIL'],
    ],
    [
      'unknown person described by an apposition',
      'Karim Haddad, a Lebanese army spokesman, said so.',
      ['Karim Haddad → Karim Haddad LBN MIL', 'a Lebanese army spokesman → Karim Haddad LBN MIL'],
    ],
    [
      'a person whose role names a group of the article belongs to the group, not to a state nearby',
      'Israel struck Hezbollah. "We will respond," said Karim Haddad, a senior Hezbollah official.',
      [
        'Israel → Israel ISR -',
        'Hezbollah → Hezbollah LBN REB',
        'Karim Haddad → Karim Haddad LBN REB',
        'a senior Hezbollah official → anon LBN REB',
      ],
    ],
    [
      'with no state named as such, unplaced officials are of the state a demonym placed others in',
      'CAIRO — Egyptian police arrested protesters on Sunday. Officials defended the arrests.',
      ['Egyptian police → anon EGY COP', 'protesters → anon - OPP', 'Officials → anon EGY GOV'],
    ],
    [
      'the state a story is filed from, when the text names a place of it, places unplaced groups',
      'CAIRO — Police arrested protesters in Alexandria on Sunday. Qatar condemned the arrests. Qatar urged restraint. The army said order was restored.',
      [
        'Police → anon EGY COP',
        'protesters → anon EGY OPP',
        'Qatar → Qatar QAT -',
        'Qatar → Qatar QAT -',
        'The army → anon EGY MIL',
      ],
    ],
    [
      'a regional bureau’s dateline names no state of the story',
      'DUBAI — Police arrested sailors near the Strait of Hormuz on Sunday. Qatar condemned the arrests. Qatar urged restraint. The army said order was restored.',
      ['Police → anon QAT COP', 'Qatar → Qatar QAT -', 'Qatar → Qatar QAT -', 'The army → anon QAT MIL'],
    ],
    [
      'rebels linked to a named group are that group’s',
      'Rebels linked to Hezbollah attacked Israel.',
      ['Rebels → anon LBN REB', 'Hezbollah → Hezbollah LBN REB', 'Israel → Israel ISR -'],
    ],
    [
      'an of-phrase before a mention is not part of it',
      'Israeli troops struck positions of the Lebanese army.',
      ['Israeli troops → anon ISR MIL', 'the Lebanese army → anon LBN MIL'],
    ],
    [
      "in an of-phrase, a state's possession names the affiliation",
      "Qatar expelled officials of Lebanon's Hezbollah.",
      ['Qatar → Qatar QAT -', "officials of Lebanon's Hezbollah → anon LBN REB"],
    ],
    [
      'capital for the state',
      'Washington warned Tehran.',
      ['Washington → United States USA GOV', 'Tehran → Iran IRN GOV'],
    ],
    [
      'seat of power for the state',
      'The White House said it would wait.',
      ['White House → United States USA GOV'],
    ],
    [
      'compound split into members',
      'Turkey, Egypt, and Qatar mediated.',
      [
        'Turkey, Egypt, and Qatar → TUR + EGY + QAT',
        'Turkey → Türkiye TUR -',
        'Egypt → Egypt EGY -',
        'Qatar → Qatar QAT -',
      ],
    ],
    [
      'anonymous officials with two countries',
      'U.S. and Israeli officials said the visit went well.',
      [
        'U.S. and Israeli officials → USA + ISR',
        'U.S. and Israeli officials → anon USA GOV',
        'U.S. and Israeli officials → anon ISR GOV',
      ],
    ],
    [
      'an organisation and a state joined by "and" are people of each',
      'UN and Israeli officials met on Monday. Israeli and UN officials spoke.',
      [
        'UN and Israeli officials →  + ISR',
        'UN and Israeli officials → anon - GOV',
        'UN and Israeli officials → anon ISR GOV',
        'Israeli and UN officials →  + ISR',
        'Israeli and UN officials → anon - GOV',
        'Israeli and UN officials → anon ISR GOV',
      ],
    ],
    ['a senior official', 'a senior U.S. official said.', ['a senior U.S. official → anon USA GOV']],
    ['organisation', 'Hezbollah denied it.', ['Hezbollah → Hezbollah LBN REB']],
    [
      'IGO official has no country',
      'UN Secretary-General Antonio Guterres spoke.',
      ['UN Secretary-General Antonio Guterres → Antonio Guterres - IGO'],
    ],
    [
      'administration of a person',
      'Trump administration officials agreed.',
      ['Trump administration officials → anon USA GOV'],
    ],
    ['a plane is not the air force', 'He spoke aboard Air Force One.', ['He → ?']],
    ['a sea named with a demonym is not a person', 'Ships sailed into the Persian Gulf.', []],
    [
      'military ranks stay in the name',
      'IDF Chief of Staff Lt. Gen. Eyal Zamir flew.',
      ['IDF Chief of Staff Lt. Gen. Eyal Zamir → Eyal Zamir ISR MIL'],
    ],
    [
      '"junior" and "senior" before a title stay in the name',
      'Egyptian junior foreign minister Karim Nabil spoke.',
      ['Egyptian junior foreign minister Karim Nabil → Karim Nabil EGY GOV'],
    ],
    [
      'unnamed officials "in" a state belong to it, not to the state named before them',
      'Israel closed the crossing as officials in Egypt met.',
      ['Israel → Israel ISR -', 'officials → anon EGY GOV', 'Egypt → Egypt EGY -'],
    ],
    [
      'troops "from" a state are its troops, not those of the state they arrive in',
      'Troops from Egypt arrived in Sudan.',
      ['Troops → anon EGY MIL', 'Egypt → Egypt EGY -', 'Sudan → Sudan SDN -'],
    ],
    [
      'unnamed officials are not placed in the state they act on',
      'Officials sent aid to Egypt.',
      ['Officials → anon - GOV', 'Egypt → Egypt EGY -'],
    ],
    [
      'but in the state the sentence is about when it is not an object of theirs',
      'Officials said Egypt would reopen the crossing.',
      ['Officials → anon EGY GOV', 'Egypt → Egypt EGY -'],
    ],
    [
      'a one-word name written with its article matches with it',
      'Iran warned the West.',
      ['Iran → Iran IRN -', 'the West → the West - GOV'],
    ],
    ['but not as the start of a longer name', 'Israel closed the West Bank.', ['Israel → Israel ISR -']],
    [
      'an unknown name after a noun of a body stands for the body’s owner',
      'The U.N.’s naval mission Aspides said it would act.',
      ['U.N.’s naval mission Aspides → UN - IGO'],
    ],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => assert.deepEqual(describeMentions(read(text)), expected, label));
  }

  it('a former holder is not the office-holder of today', () => {
    const doc = read('Iran’s foreign minister spoke.', '2023-01-10');
    assert.deepEqual(describeMentions(doc), ['Iran’s foreign minister → Hossein Amir-Abdollahian IRN GOV']);
  });
});

describe('a title set before a name by commas', () => {
  // ("Eritrea's information minister, Yemane Gebremeskel,": the office's own words, which the
  // lexicon has no title for, stand between the state and the title.)
  const cases: [string, string][] = [
    ['foreign minister', 'Lebanon’s foreign minister, Karim Haddad, rejected it.'],
    ['information minister', 'Lebanon’s information minister, Karim Haddad, rejected it.'],
    ['deputy defence minister', 'Lebanon’s deputy defence minister, Karim Haddad, rejected it.'],
  ];
  for (const [label, sentence] of cases)
    it(`places the person by the state before the title: ${label}`, () => {
      const doc = read(`Qatar accused Lebanon. Its minister spoke in Doha. ${sentence}`);
      const person = doc.actors.find((a) => a.name === 'Karim Haddad');
      assert.equal(person?.country, 'LBN');
    });
});

describe('forces a state sends (index.ts deployingState, with the parser)', () => {
  const parsed = createPipeline([
    textStage(),
    syntaxStage(loadSyntaxModel()),
    mentionsStage(loadMentionResources(fixtureKnowledgeBase())),
  ]);
  const cases: [string, string, string][] = [
    [
      'a participle shares the subject of its clause',
      'Iran launched military drills around Qatar on Sunday, sending troops to the border.',
      'IRNMIL',
    ],
    ['the subject of the verb itself', 'Near Qatar, Iran deployed troops.', 'IRNMIL'],
  ];
  for (const [label, text, code] of cases)
    it(`are its own, whatever state is named nearer: ${label}`, () => {
      const doc = parsed.run(new Doc(text, { published: '2026-02-02' }));
      const troops = doc.mentions.find((m) => doc.slice(m) === 'troops');
      assert.equal(troops ? doc.actors[troops.actor].code : null, code);
    });
});

describe('placing and linking with the parser (index.ts, 04-coref)', () => {
  const parsed = createPipeline([
    textStage(),
    syntaxStage(loadSyntaxModel()),
    mentionsStage(loadMentionResources(fixtureKnowledgeBase())),
    corefStage(),
  ]);
  const cases: [string, string, string, string][] = [
    [
      'a name set beside the subject is the subject a pronoun opening the next sentence takes',
      "Qatari President Karim Haddad spoke on Monday. Lebanon's foreign minister, Nabil Saad, said the talks would go on. He urged Qatar to help.",
      'He',
      'LBNGOV',
    ],
    [
      '"the group" is the group its sentence is about, not one it names in passing',
      'Hezbollah, which is linked to the Wagner Group, claimed the attack. Israel has carried out dozens of strikes against the group this year.',
      'the group',
      'LBNREB',
    ],
    [
      'a state named in a relative clause after a group does not place it',
      'Qatar closed its border. Officials urged the army to resume the talks, which Iran has been hosting.',
      'the army',
      'QATMIL',
    ],
  ];
  for (const [label, text, surface, code] of cases)
    it(label, () => {
      const doc = parsed.run(new Doc(text, { published: '2026-02-02' }));
      const m = doc.mentions.find((x) => doc.slice(x) === surface);
      assert.equal(m ? doc.actors[m.actor]?.code : null, code);
    });
});

describe('coreference', () => {
  // The expected name is undefined when the pronoun stands for no actor.
  const cases: [string, string, string, string | undefined][] = [
    [
      'sentence-initial he is the previous subject',
      'Araghchi met Fidan in Ankara. He said talks went well.',
      'He',
      'Abbas Araghchi',
    ],
    [
      'he after a quote is the last person',
      '“We are ready,” Fidan said. “Talks will go on,” he added.',
      'he',
      'Hakan Fidan',
    ],
    [
      'object pronoun is the nearest person',
      'Trump called Araghchi, urging him to meet.',
      'him',
      'Abbas Araghchi',
    ],
    ['gender rules out a man', 'Kallas met Fidan. She said they agreed.', 'She', 'Kaja Kallas'],
    [
      'a state named as one is no "they"',
      'The prisoners were driven into Egypt, where they were welcomed by Hezbollah officials.',
      'they',
      undefined,
    ],
    [
      '"they" may be a group',
      'Hezbollah fired rockets. They said the attack was a warning.',
      'They',
      'Hezbollah',
    ],
    [
      'the minister is the named minister',
      'Fidan flew to Doha. The minister met officials.',
      'The minister',
      'Hakan Fidan',
    ],
    [
      'an honorific names who bore it',
      'Foreign Minister Prince Fidan flew to Doha. The prince met officials.',
      'The prince',
      'Hakan Fidan',
    ],
    [
      'a definite group with a modifier is the named group',
      'Hezbollah fired rockets. The militant group said it acted alone.',
      'group',
      'Hezbollah',
    ],
    [
      'the group is the named group',
      'Hezbollah fired rockets. The group said it acted alone.',
      'The group',
      'Hezbollah',
    ],
  ];
  for (const [label, text, pronoun, expected] of cases) {
    it(label, () => {
      const doc = read(text);
      const mention = doc.mentions.find((m) => doc.slice(m) === pronoun);
      assert.ok(mention, `${label}: no mention "${pronoun}"`);
      assert.equal(doc.actors[mention.actor]?.name, expected, label);
    });
  }
});
