import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batchSlices, Reader } from './reader.js';

// The shipped data files (not the test fixture KB): rows added to them are checked end to end.
const reader = new Reader();

/** "SRC>TGT CAMEO factuality" for each event, sides by CAMEO actor code ("ISRMIL"). */
function events(text: string): string[] {
  const record = extractOne(text);
  const code = (side: unknown): string => {
    const actor = side as { code?: string | null; org?: string | null } | null;
    return actor ? (actor.code ?? actor.org ?? '?') : '-';
  };
  return record.events.map((e) => `${code(e.source)}>${code(e.target)} ${e.cameo} ${e.factuality}`);
}

/** The record of one article, as `sitrep extract` writes it. */
function extractOne(text: string, published = '2026-02-02') {
  return reader.extract({ id: 't', text, published });
}

/** The CAMEO code of the actor of the mention spelt `words` in `text`, or null. */
function codeOf(text: string, words: string, published = '2026-02-02'): string | null {
  const doc = reader.read({ text, published });
  const m = doc.mentions.find((x) => doc.slice(x) === words);
  return m ? (doc.actors[m.actor].code ?? null) : null;
}

/** Each case: the event `expected` is among those coded from `text`. */
function checkAll(cases: [string, string, string][]): void {
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const found = events(text);
      assert.ok(found.includes(expected), `${expected} not in ${found.join('; ')}`);
    });
  }
}

describe('"the bloc" (03-mentions blocNamedBefore)', () => {
  it('is the bloc named before, not the EU by default', () => {
    const found = events(
      'Mali left the Economic Community of West African States in January. The bloc said it was ready to resume talks with Mali.',
    );
    assert.ok(found.includes('IGOWAFBUSWAS>MLI 046 hypothetical'), found.join('; '));
    assert.ok(!found.some((e) => e.startsWith('IGOEUREEC')), found.join('; '));
  });
});

describe('a movement in power (institutions.tsv)', () => {
  it('the Taliban government is Afghanistan’s government, not rebels', () => {
    const found = events('The Taliban government in Kabul warned Islamabad against any military action.');
    assert.ok(found.includes('AFGGOV>PAKGOV 110 asserted'), found.join('; '));
  });

  const codes = (text: string, published: string) =>
    reader
      .extract({ id: 't', text, published })
      .events.map((e) => `${e.source?.code}>${e.target?.code ?? null}`);
  it('so is the Taliban itself once in power, and its forces are the state’s (organizations.tsv governs)', () => {
    const text =
      'The Taliban detained two aid workers. Taliban forces fired on Pakistani posts, officials said.';
    assert.deepEqual(codes(text, '2026-02-02'), ['AFGGOV>null', 'AFGMIL>PAK']);
    assert.deepEqual(codes(text, '2019-05-01'), ['AFGREB>null', 'AFGREB>PAK']);
  });
});

describe('what a comment is about (to-events.ts)', () => {
  const story = [
    'Venezuela on Thursday condemned a US military strike on a boat in the Caribbean.',
    'President Nicolas Maduro ordered the mobilisation of militia units and accused the United States of preparing an invasion.',
    "Colombia's president also criticised the strike and said his country would suspend intelligence sharing with Washington.",
  ].join(' ');
  it('“the strike” is the one an earlier sentence names as the US’s, not the latest speaker’s', () => {
    assert.ok(events(story).includes('COLGOV>USA 111 asserted'), events(story).join('; '));
  });
  it('a threat read off an act is aimed where the act is', () => {
    const found = events(story);
    assert.ok(found.includes('COLGOV>USA 160 future'), found.join('; '));
    assert.ok(found.includes('COLGOV>USA 131 asserted'), found.join('; '));
  });
});

describe('people of an international body (03-mentions groups, agents.tsv)', () => {
  it('inspectors from a named agency are that agency’s', () => {
    const doc = reader.read({
      text: 'Inspectors from the International Atomic Energy Agency arrived in Tehran.',
    });
    const inspectors = doc.mentions.find((m) => doc.slice(m) === 'Inspectors');
    assert.equal(inspectors ? doc.actors[inspectors.actor].code : null, 'IGOUNOIAE');
  });
});

describe('a body only a state has (03-mentions, national-bodies.txt)', () => {
  it('is the article’s state in a sentence about an international body', () => {
    const found = events(
      "Gunmen abducted 25 schoolgirls in northwestern Nigeria on Monday. The United Nations children's agency urged the authorities to ensure schools are safe.",
    );
    assert.ok(found.includes('IGOUNO>NGAGOV 020 asserted'), found.join('; '));
  });
});

describe('a phrase inside a phrase of cause (targets.ts obliqueWith)', () => {
  it('is no target of the verb: sanctions "over the sale of drones to Russia" are on Iran', () => {
    const found = events(
      'The European Union imposed sanctions on 14 Iranian officials and entities on Monday over the sale of drones and missiles to Russia, EU foreign ministers said.',
    );
    assert.deepEqual(found, ['IGOEUREEC>IRNGOV 163 asserted']);
  });
});

describe('shipped lexicons', () => {
  const cases: [string, string, string][] = [
    [
      'each kind of weapon a subject names is an attack of its own kind (to-events.ts)',
      'Russian mortars and drones hit Sumy on Monday.',
      'RUS>UKR 195 asserted',
    ],
    [
      'weapons after an opening phrase each count too (to-events.ts, model.ts)',
      'In the north, Russian howitzers and guided bombs hit Sumy on Monday.',
      'RUS>UKR 195 asserted',
    ],
    [
      'a people with no state of their own take the state they are named with (agents.tsv)',
      'Hundreds of Syrian Kurds rallied in Qamishli on Friday.',
      'SYRCVL>SYRGOV 141 asserted',
    ],
    [
      'shortening a curfew eases it (verbs.tsv)',
      "Chad's president shortened the night curfew in N'Djamena by two hours.",
      'TCDGOV>TCDCVL 0813 asserted',
    ],
    [
      'sharing expertise is sharing information, with the Tamil Tigers known (verbs.tsv, organizations.tsv)',
      'Iran has shared its expertise with the Tamil Tigers, a report said.',
      'IRN>LKAREB 064 asserted',
    ],
    [
      'a court ordering someone to appear makes a demand (verbs.tsv)',
      'A Kenyan judge ordered the Kenyan interior minister to appear before the court.',
      'KENJUD>KENGOV 100 asserted',
    ],
    [
      'abandoning efforts to take a city is yielding, and the taking does not happen (verbs.tsv, factuality.tsv)',
      'Russia abandoned efforts to capture Kyiv.',
      'RUS>UKRGOV 080 asserted',
    ],
    [
      'force that repels an assault "by" a group is aimed at that group, wherever the by-phrase hangs (verbs.ts)',
      'Somali troops, backed by Kenyan soldiers, repelled a ground assault by al-Shabaab.',
      'SOMMIL>SOMREBSHB 190 asserted',
    ],
    [
      'agreeing to respect a truce, also in scare quotes, is an intent to yield (verbs.tsv)',
      'Armenia agreed to “fully respect” the truce with Azerbaijan.',
      'ARM>AZE 035 asserted',
    ],
    [
      'people the police arrest while protesting are the protesters, not the police (crowds.ts)',
      'Kenyan police arrested students protesting against tuition fees in Nairobi.',
      'KENCVL>KENGOV 141 asserted',
    ],
    [
      'seeking refuge in a country asks that country (verbs.tsv)',
      'Thousands of Syrians sought refuge in Turkey last month.',
      'SYRCVL>TUR 020 asserted',
    ],
    [
      'a legislature and the executive of one state are two sides of an event (sides.ts)',
      "Ukraine's parliament criticised President Zelensky over the delays.",
      'UKRLEG>UKRGOV 111 asserted',
    ],
    [
      'rejecting a report that tells no act is a rejection, not a denial of blame (verbs.tsv, coder)',
      "The IAEA published a report on Iran's stockpile. Iran rejected the report as biased.",
      'IRN>IGOUNOIAE 120 asserted',
    ],
    [
      'what a relative clause captured is the noun it describes: property seized (synsets.tsv, coder)',
      'The helicopter that Sudanese troops captured last week belonged to a Russian firm.',
      'SDNMIL>- 171 asserted',
    ],
    [
      'handing a wanted person over is extradition, with "over" as a particle or a preposition (verbs.tsv)',
      'Kenya handed him over to Somalia on Monday. Ukraine handed over the general to Russia.',
      'UKR>RUS 063 asserted',
    ],
    [
      'refusing to hand her over is a refusal (verbs.tsv)',
      'Nepal asked Bhutan to extradite the former premier. Bhutan said it would never hand her over.',
      'BTN>NPL 063 negated',
    ],
    [
      'an organisation before an agent noun that modifies another noun is named alone (chunk.ts)',
      'The Viv Ansanm gang network abducted a priest near Cabaret.',
      'HTICRM>- 181 asserted',
    ],
    [
      "a thing ordered is the order's own act, as reported (factuality.ts)",
      "Mali's junta ordered the expulsion of the French ambassador.",
      'MLIGOV>FRAGOV 174 asserted',
    ],
    [
      'designating a group as terrorist is a sanction (verbs.tsv)',
      'Canada designated the Houthis as a terrorist organisation.',
      'CAN>YEMREBHOU 163 asserted',
    ],
    [
      'skirmishing is clashing, each side on the other (verbs.tsv, word-roles.tsv)',
      'Indian and Chinese troops skirmished along the border.',
      'CHNMIL>INDMIL 190 asserted',
    ],
    [
      'skirmishes are clashes (nouns.tsv)',
      'Skirmishes between Armenian and Azerbaijani forces left three dead.',
      'ARMMIL>AZEMIL 193 asserted',
    ],
    ['a donation is aid (nouns.tsv)', 'Qatar made a donation of fuel to Gaza.', 'QAT>PSE 070 asserted'],
    [
      'returning from a capital is having visited it (verbs.tsv)',
      'The Turkish president returned from Cairo on Sunday.',
      'TURGOV>EGYGOV 042 asserted',
    ],
    [
      "a state's high commissioner is its diplomat, not an IGO official (titles.tsv)",
      "Bangladesh summoned India's acting high commissioner on Saturday.",
      'BGD>INDGOV 114 asserted',
    ],
    [
      '"the group" is an agent noun that refers back to the named group (agents.tsv, coref)',
      'Hezbollah fighters crossed into Israel on Sunday. The group said it had attacked an Israeli army post.',
      'LBNREBHEZ>ISRMIL 190 asserted',
    ],
    [
      "a word between a state's possessive and a title belongs to the title's phrase (chunker)",
      "North Korea's chief nuclear negotiator will fly to Beijing next week.",
      'PRKGOV>CHNGOV 042 future',
    ],
    [
      'a bare "leader" is a title (titles.tsv)',
      'The US leader met the Iranian president in Oman.',
      'USAGOV>IRNGOV 040 asserted',
    ],
    [
      'regaining control of a place is occupying it (verbs.tsv)',
      'Sudanese troops regained control of the airport in Nyala.',
      'SDNMIL>- 192 asserted',
    ],
    [
      'disengaging troops pull back from each other (verbs.tsv, word-roles.tsv)',
      'Indian and Chinese troops disengaged at two points on their border.',
      'CHNMIL>INDMIL 0874 asserted',
    ],
    [
      'initialling an agreement is signing it, both ways (verbs.tsv, word-roles.tsv)',
      'The Armenian and Azerbaijani foreign ministers initialled a peace treaty.',
      'AZEGOV>ARMGOV 057 asserted',
    ],
    [
      'a sea named after a state is no part of it: no target (places.tsv, participants)',
      'Iran seized a tanker in the Gulf of Oman.',
      'IRN>- 171 asserted',
    ],
    [
      'nor is a sea named after a city its state (places.tsv, mentions)',
      'Houthi rebels attacked a ship in the Gulf of Aden.',
      'YEMREBHOU>- 190 asserted',
    ],
    [
      'unnamed armed men hit in a place are of that place (crowds.ts, places.tsv)',
      'Pakistani troops killed nine militants during a raid in North Waziristan.',
      'PAKMIL>PAKREB 190 asserted',
    ],
    [
      "a resolution demanding something is its authors' demand (word-roles.tsv)",
      "Iraq's parliament passed a resolution demanding the withdrawal of US troops.",
      'IRQLEG>USAMIL 105 asserted',
    ],
    [
      'trading accusations is accusing each other (verbs.tsv)',
      'Morocco and Algeria traded accusations over the incident.',
      'DZA>MAR 112 asserted',
    ],
    [
      'facilitating a release is mediating (verbs.tsv)',
      'Qatar facilitated the release of four hostages.',
      'QAT>- 045 asserted',
    ],
    [
      "a junta is its state's government (agents.tsv)",
      'The junta in Niamey expelled the French ambassador.',
      'NERGOV>FRAGOV 166 asserted',
    ],
    [
      'aircraft of a state are its military (agents.tsv)',
      'Israeli helicopters struck Lebanese army positions.',
      'ISRMIL>LBNMIL 195 asserted',
    ],
    [
      '"support" is aid, so refusing it is refusing aid (synsets.tsv)',
      'Iran said it would not provide support to Iraq.',
      'IRN>IRQ 122 asserted',
    ],
    [
      "a protest over a party's act is aimed at that party (verbs.tsv)",
      'Iran protested to Switzerland over the American sanctions.',
      'IRN>USA 114 asserted',
    ],
    [
      "a department of foreign affairs is its state's government (agents.tsv)",
      'Vietnam accused Cambodia of a border raid. Later the foreign affairs department summoned the Cambodian envoy.',
      'VNMGOV>KHMGOV 114 asserted',
    ],
    [
      'a captured helicopter is seized property, not an arrest (synsets.tsv)',
      'Chad captured a Libyan helicopter near the border.',
      'TCD>LBYMIL 171 asserted',
    ],
  ];
  checkAll(cases);
});

describe('crowds, protests and what they are against', () => {
  const cases: [string, string, string][] = [
    [
      'a lower-case title read as an adjective is no one ("a general strike")',
      'Opposition parties in Kenya organised a general strike.',
      'KENOPP>KENGOV 143 asserted',
    ],
    [
      'people who block a road protest (144)',
      'Demonstrators in Nairobi blocked a road.',
      'KENOPP>KENGOV 144 asserted',
    ],
    [
      "a state's forces who block a road restrict movement (191)",
      'Kenyan troops blocked the road.',
      'KENMIL>- 191 asserted',
    ],
    [
      'a protest is aimed at whom its purpose names',
      'Thousands of students marched in Lagos to demand the release of prisoners held by Ghana.',
      'NGACVL>GHA 141 asserted',
    ],
    [
      'the purpose names whom the protest is against, through a possessor before "military policies"',
      "Students in Accra blocked a highway to voice anger at Nigeria's military policies.",
      'GHAEDU>NGA 144 asserted',
    ],
    [
      'a crowd placed in a state still protests (not 191), at whom it defies rather than the streets it fills',
      'Crowds blocked streets in Kisumu in defiance of the Ugandan army.',
      'KENCVL>UGAMIL 144 asserted',
    ],
  ];
  checkAll(cases);
});

describe('links are not ties (synsets.tsv @TIES)', () => {
  it('restoring transport links is no restored diplomatic relation; restoring ties is', () => {
    assert.ok(!events('Russia restored rail links with Armenia.').some((e) => e.includes(' 054 ')));
    assert.ok(events('Russia restored diplomatic ties with Georgia.').includes('RUS>GEO 054 asserted'));
  });
});

describe('a price on someone’s head (verbs.tsv offer)', () => {
  it('is no offer of cooperation', () => {
    assert.deepEqual(events('The United States has offered a reward for the rebel leader’s arrest.'), []);
  });
});

describe('yielding and sharing (verbs.tsv)', () => {
  const cases: [string, string, string][] = [
    [
      'scrapping a curfew eases restrictions on the people of the place',
      'Kenya scrapped the curfew in Mombasa.',
      'KEN>KENCVL 081 asserted',
    ],
    [
      'a "state of emergency" names no state: lifting one in a region eases it for its people (not-actors.txt)',
      "On Monday Kenya's cabinet lifted the three-month state of emergency in Mandera.",
      'KENGOV>KENCVL 0814 asserted',
    ],
    [
      'instituting or introducing a curfew imposes one (verbs.tsv)',
      'Kenya instituted a curfew in Mombasa on Friday.',
      'KEN>KENCVL 1723 asserted',
    ],
    [
      "farmers' protest with no target named faces their own government (agents.tsv, crowds.ts)",
      'Kenyan farmers went on hunger strike in front of parliament on Monday.',
      'KENAGR>KENGOV 143 asserted',
    ],
    [
      "supporters of a person are people of that person's state, placed after the person is (mentions)",
      'Supporters of former President Joseph Wamalwa blocked roads in Nairobi on Sunday.',
      'KENCVL>KENGOV 144 asserted',
    ],
    [
      'a possessive state places a title past participles and modifiers before it (chunk.ts)',
      "Kenya's jailed human rights activist protested outside the prison on Sunday.",
      'KENOPP>KENGOV 141 asserted',
    ],
    [
      'the place of a curfew can sit in the participle that describes it (targets.ts)',
      'The Kenyan president shortened the curfew imposed in Mombasa by an hour.',
      'KENGOV>KENCVL 0813 asserted',
    ],
    [
      'providing intelligence is sharing it (064), also with "to X" hung on the last thing provided',
      'Britain is providing satellite photographs and other intelligence to Jordan.',
      'GBR>JOR 064 asserted',
    ],
    [
      'sanctions extended or expanded on a group are aimed at it, not at a state named after them (verbs.tsv)',
      'Japan expanded sanctions on 12 IRGC commanders over missile sales to Russia.',
      'JPN>IRNMIL 163 asserted',
    ],
    [
      'a complaint "over two air raids" (with "over" read as "more than") is about the raiders',
      'Chad complained to the African Union on Friday over two Sudanese air raids.',
      'TCD>SDN 114 asserted',
    ],
    [
      'acceding to demands yields (and "acceded" is "accede")',
      'Ghana acceded to demands from Nigeria.',
      'GHA>NGA 083 asserted',
    ],
  ];
  checkAll(cases);
});

describe('a noun before a noun modifies it', () => {
  it('riot police dispersing protesters is repression, not a riot (coder)', () => {
    assert.deepEqual(events('Armenian riot police dispersed protesters in Yerevan on Monday.'), [
      'ARMCOP>ARMOPP 175 asserted',
    ]);
  });
});

describe('mishaps are no attacks', () => {
  it('people who evacuate give no aid (verbs.tsv)', () => {
    const found = events('The Israeli army ordered residents of Gaza City to evacuate.');
    assert.deepEqual(
      found.filter((e) => / 07/.test(e)),
      [],
    );
  });
  it('ruling out an option is no ruling against anyone (verbs.tsv); one not ruled out is possible', () => {
    assert.deepEqual(events('Israel did not rule out military action against Iran.'), [
      'ISR>IRN 190 hypothetical',
    ]);
  });
  it('a crash that killed people names the airline, not an attacker', () => {
    assert.deepEqual(events('The Malaysia Airlines crash killed 298 people in Ukraine.'), []);
  });
  it('gunfire of a state still kills as that state', () => {
    assert.ok(events('Russian fire killed two Ukrainian soldiers.').includes('RUS>UKRMIL 190 asserted'));
  });
});

describe('what an attack is on', () => {
  it('a day is never the target a pattern names: the town attacked stands for its state (targets.ts)', () => {
    assert.deepEqual(events('Russia launched a drone attack on Odesa on Friday.'), ['RUS>UKR 195 asserted']);
  });
  it('a past tense read as a participle still has its object (syntax)', () => {
    assert.deepEqual(events('On Sunday, Israel struck Beirut.'), ['ISR>LBN 195 asserted']);
  });
});

describe('meetings set for later', () => {
  it('"is due to meet" is a meeting to come, with its subject (syntax)', () => {
    assert.deepEqual(events('US envoy Steve Witkoff is due to meet Iranian officials in Oman on Saturday.'), [
      'USAGOV>IRNGOV 040 future',
    ]);
  });
});

describe('sums of money (targets.ts, verbs.tsv)', () => {
  const cases: [string, string, string][] = [
    ['a sum given is funding', 'Saudi Arabia gave $2 billion to Egypt.', 'SAU>EGY 071 asserted'],
    [
      'what a sum buys decides the kind of aid',
      'The United States will send $1 billion in weapons to Israel.',
      'USA>ISR 072 future',
    ],
    [
      'an emphatic "did" lends its subject across an adverb, and its past tense to the day',
      'The World Bank did, nevertheless, disburse 3 billion dollars to Egypt on Monday.',
      'IGOBUSWBK>EGY 071 asserted',
    ],
  ];
  checkAll(cases);
});

describe('settings are no meetings (nouns.ts)', () => {
  it('a summit named only as where two others met is not a meeting of its own', () => {
    assert.deepEqual(
      events('The defence ministers of Turkey and Greece talked on the margins of a NATO summit.'),
      ['TURGOV>GRCGOV 040 asserted', 'GRCGOV>TURGOV 040 asserted'],
    );
  });
});

describe('names of things are no acts', () => {
  it('a mission named by an acronym beside it is a body, not peacekeeping (nouns.ts)', () => {
    const found = events("NATO's peacekeeping mission, KFOR, said it had increased patrols in the area.");
    assert.ok(!found.some((e) => / 07/.test(e)), found.join('; '));
  });
  it('a destroyer escort is a ship, not an escort (nouns.tsv)', () => {
    assert.deepEqual(
      events('Tokyo agreed to give Hanoi three retired Japanese destroyer escorts.').filter((e) =>
        / 07/.test(e),
      ),
      [],
    );
  });
});

describe('criticism in a quotation (quoted-acts.ts)', () => {
  it('a body whose resolutions are broken is not whom the criticism is aimed at', () => {
    const found = events(
      'North Korea fired a ballistic missile on Tuesday. "This is a flagrant breach of Security Council resolutions," a South Korean envoy said.',
    );
    assert.ok(found.includes('KORGOV>PRK 111 asserted'), found.join('; '));
  });
});

describe('what a rejected report says', () => {
  it('a report rejected still accuses, and its author accuses (subjects.ts, factuality.ts)', () => {
    const found = events('The Taliban government rejected a UN report accusing it of abuses against women.');
    assert.ok(found.includes('IGOUNO>AFGGOV 1122 asserted'), found.join('; '));
  });
  it('a statement dismissed still condemns (factuality.ts)', () => {
    const found = events('Iran dismissed a US statement condemning its missile tests.');
    assert.ok(found.includes('USA>IRN 111 asserted'), found.join('; '));
  });
  it('one who denies reports is not their author (subjects.ts)', () => {
    assert.deepEqual(events('Russia denied reports claiming its jets struck a hospital.'), []);
  });
});

describe('officials of no named state (mentions)', () => {
  it('are not placed in a state named only as a party "between" whom something is discussed', () => {
    const found = events('Officials discussed a possible prisoner exchange between Russia and Ukraine.');
    assert.ok(!found.some((e) => e.startsWith('RUS')), found.join('; '));
  });
});

describe('who backs a side (to-events.ts, 02-syntax)', () => {
  it("a backer named in the source's own phrase is no stand-in target", () => {
    const found = events('Kenyan police, backed by Somali troops, repelled an attack.');
    assert.ok(!found.some((e) => e.startsWith('KENCOP>SOM')), found.join('; '));
  });
  it('a participle between commas is no verb of its own: its agent backs', () => {
    const found = events(
      'The Kenyan army said Somali mortars had hit its posts near Mandera on Sunday and that its forces, backed by Ethiopian soldiers, had beaten back the raid.',
    );
    assert.ok(found.includes('ETHMIL>KENMIL 051 asserted'), found.join('; '));
  });
});

describe('compounds do not run into the next clause (03-mentions/compounds.ts)', () => {
  it('a name that is the subject of the verb after it is joined to nothing before', () => {
    const found = events(
      'Latvia and Estonia talked about the fate of Russian envoys with Finland, and NATO Secretary General Mark Rutte praised Finnish authorities.',
    );
    assert.ok(!found.some((e) => e.startsWith('FIN>') && e.includes(' 051 ')), found.join('; '));
    assert.ok(
      found.some((e) => e.startsWith('IGOWSTNAT>FIN') && e.includes(' 051 ')),
      found.join('; '),
    );
  });
});

describe('staff of a mission (verbs.tsv)', () => {
  it('employees of an embassy expelled are its diplomats', () => {
    const found = events('Chad expelled three employees of the Libyan embassy on Friday.');
    assert.ok(
      found.some((e) => e.startsWith('TCD>LBY') && e.includes(' 166 ')),
      found.join('; '),
    );
  });
});

describe('older names of states (countries.tsv)', () => {
  it('"Kampuchean" is Cambodian', () => {
    assert.ok(
      events('Vietnamese troops shelled Kampuchean guerrilla bases.').includes('VNMMIL>KHM 194 asserted'),
    );
  });
});

describe('efforts and aid (targets.ts, verbs.tsv)', () => {
  it('an effort is the work its compound names: ending mediation efforts halts mediation', () => {
    const found = events('Qatar ended its mediation efforts between Israel and Hamas on Monday.');
    assert.ok(
      found.some((e) => e.startsWith('QAT>') && e.includes(' 165 asserted')),
      found.join('; '),
    );
  });
  it('prohibiting aid stops it', () => {
    assert.ok(events('The United States prohibited all aid to Sudan.').includes('USA>SDN 162 asserted'));
  });
});

describe('a batch reads as its articles do one by one (Reader.extractMany)', () => {
  const articles = [
    {
      id: 'a',
      text: 'Egypt hosted talks with Iran and Qatar in Cairo on Sunday.',
      published: '2026-02-02',
    },
    { id: 'b', text: '“We will not negotiate under threat,” the Iranian foreign minister said.' },
    { id: 'c', text: '' },
    {
      id: 'd',
      text: 'Russian forces shelled Kharkiv overnight, Ukrainian officials said.',
      published: '2026-03-10',
    },
  ];
  it('gives the same records in the same order', () => {
    const batch = reader.extractMany(articles);
    assert.equal(batch.length, articles.length);
    assert.deepEqual(
      batch,
      articles.map((a) => reader.extract(a)),
    );
  });
});

describe('batch slices (Reader.extractMany runs the pipeline on one slice at a time)', () => {
  const texts = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));
  // [name, text lengths, max articles, max characters, slice sizes]
  const cases: [string, number[], number, number, number[]][] = [
    ['at most so many articles', [1, 1, 1, 1, 1], 2, 100, [2, 2, 1]],
    ['at most so many characters', [40, 40, 40], 10, 100, [2, 1]],
    ['an article over the budget runs alone', [10, 500, 10], 10, 100, [1, 1, 1]],
    ['nothing in, nothing out', [], 10, 100, []],
  ];
  for (const [name, lengths, maxArticles, maxChars, sizes] of cases) {
    it(name, () => {
      const slices = [...batchSlices(texts(...lengths), maxArticles, maxChars)];
      assert.deepEqual(
        slices.map((slice) => slice.length),
        sizes,
      );
    });
  }
  it('a batch longer than a slice reads as its articles do one by one', () => {
    const articles = Array.from({ length: 35 }, (_, i) => ({
      id: `s${i}`,
      text: i % 2 ? 'Qatar hosted talks with Iran on Sunday.' : 'Egypt criticised Israel.',
      published: '2026-02-02',
    }));
    assert.deepEqual(
      reader.extractMany(articles),
      articles.map((a) => reader.extract(a)),
    );
  });
});

describe('a subject named by first name and surname (04-coref isSubject)', () => {
  it('is what "He" opening the next sentence stands for', () => {
    const record = reader.extract({
      text: 'Trump told reporters at the White House. Foreign Minister Abbas Araghchi of Iran rejected the demand in a message on Telegram. He accused Washington of hypocrisy.',
      published: '2026-02-02',
    });
    const accusation = record.events.find((e) => e.cameo.startsWith('11'));
    assert.deepEqual([accusation?.source?.country, accusation?.target?.country], ['IRN', 'USA']);
  });
});

describe('"Congo" alone (data/actors/countries.tsv)', () => {
  // Wire style: "Congo" is the Democratic Republic, "Republic of Congo" the other.
  const cases: [string, string][] = [
    ["Congo's armed forces blamed the rebels.", 'COD'],
    ['Troops of the Republic of the Congo crossed the river.', 'COG'],
  ];
  for (const [text, country] of cases) {
    it(text, () => {
      const doc = reader.read({ text, published: '2026-02-02' });
      assert.equal(doc.actors[doc.mentions[0].actor]?.country, country);
    });
  }
});

describe('a body drawn from several sides (09-events participants.ts drawnFromSeveral)', () => {
  /** "SRC>TGT CAMEO" of each event, with the actors' codes. */
  const coded = (text: string) =>
    reader
      .extract({ text, published: '2026-02-02' })
      .events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo}`);
  const cases: [string, string, string[]][] = [
    [
      'is each of them',
      'Delegations from Egypt and Hamas met in Doha on Tuesday.',
      ['EGYGOV>PSEREBHMS 040', 'PSEREBHMS>EGYGOV 040'],
    ],
    [
      'and those who met someone else did not meet each other',
      'Envoys from Egypt and Qatar met rebel leaders in Cairo.',
      ['EGYGOV>- 040', 'QATGOV>- 040'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(coded(text), expected));
});

describe('where an event happened (to-events.ts whereTheSpeakerIs)', () => {
  it('is not a state named in the name of one of its bodies', () => {
    const record = extractOne(
      'Canada imposed sanctions on Iran on Monday, according to a statement issued with the U.S. Treasury.',
      '2026-02-02',
    );
    assert.deepEqual(
      record.events.map((e) => [e.cameo, e.location?.name ?? null]),
      [['163', null]],
    );
  });
});

describe('a ruling junta named again (03-mentions rulerBefore)', () => {
  it('is the one placed before, whatever state is named nearer', () => {
    const doc = reader.read({
      text: 'Myanmar’s junta did not respond. China, the junta’s main backer, has pressed for elections.',
      published: '2026-02-02',
    });
    const again = doc.mentions.filter((m) => doc.slice(m).toLowerCase() === 'the junta');
    assert.deepEqual(
      again.map((m) => doc.actors[m.actor].country),
      ['MMR'],
    );
  });
  it('may have been named as a word before another head ("Myanmar junta jets")', () => {
    const doc = reader.read({
      text: 'Myanmar junta jets bomb village near Thai border\n\nBANGKOK (Reuters) - Thailand said it was concerned. The junta denied targeting civilians.',
      published: '2026-02-02',
    });
    const again = doc.mentions.find((m) => doc.slice(m) === 'The junta');
    assert.equal(again ? doc.actors[again.actor].country : null, 'MMR');
  });
});

describe('forces a government body speaks of (03-mentions governmentBefore)', () => {
  const forces = (text: string) => {
    const doc = reader.read({ text, published: '2026-02-02' });
    const m = doc.mentions.find((o) => doc.slice(o) === 'the air force');
    return m ? doc.actors[m.actor].code : null;
  };
  it('are the speaking body’s own, not the state the story is filed from', () => {
    assert.equal(
      forces(
        'BANGKOK (Reuters) - Myanmar’s junta bombed a village. Thailand was concerned. A spokesman for the junta denied that civilians had been targeted and said the air force had struck rebel positions.',
      ),
      'MMRMIL',
    );
  });
});

describe('a place near a border (targets.ts obliqueTarget)', () => {
  it('is not in the state whose border it is near', () => {
    const found = events('Myanmar military aircraft bombed a village near the Thai border on Monday.');
    assert.ok(!found.some((e) => e.includes('>THA')), found.join('; '));
  });
});

describe('names and words of the shipped lexicons (organizations.tsv, agents.tsv)', () => {
  it('"the world body" is the UN', () => {
    const doc = reader.read({
      text: 'The UN chief said the world body would send food to Gaza.',
      published: '2026-02-02',
    });
    const body = doc.mentions.find((m) => doc.slice(m) === 'world body');
    assert.equal(body ? doc.actors[body.actor].org : null, 'UN');
  });
  it('"diplomacy" names no one', () => {
    const doc = reader.read({
      text: 'Israel threatened to strike Iran if diplomacy fails.',
      published: '2026-02-02',
    });
    assert.deepEqual(
      doc.mentions.map((m) => doc.slice(m)),
      ['Israel', 'Iran'],
    );
  });
});

describe('gangs of no named group (03-mentions)', () => {
  it('are the criminals of the state the story is about', () => {
    const record = extractOne(
      "Gangs attacked a police station in the capital on Wednesday, killing three officers, police said. Haiti's government condemned the attack.",
      '2026-02-02',
    );
    assert.deepEqual(
      record.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo}`),
      ['HTICRM 190', 'HTIGOV 111'],
    );
  });
});

describe('one organisation on both sides (sides.ts selfPair)', () => {
  it('is no event between two sides: the story’s other side stands in', () => {
    const record = extractOne(
      'ECOWAS suspended Guinea-Bissau after soldiers seized power. ECOWAS Commission President Omar Touray said the junta had agreed to a transition timetable. He warned that the bloc would reimpose sanctions if the timetable slipped.',
      '2026-02-02',
    );
    const threat = record.events.find((e) => e.cameo.startsWith('13'));
    assert.deepEqual([threat?.source?.code, threat?.target?.code], ['IGOWAFBUSWAS', 'GNBMIL']);
  });
});

describe('a ruling body and its leader (03-mentions ledBy)', () => {
  const story = [
    "Niger's military government released four former ministers after mediation by Togo.",
    "Togo's foreign minister Robert Dussey told reporters the ministers were flown to Lome.",
    'The junta led by General Abdourahamane Tiani has refused to free the ousted president, Mohamed Bazoum.',
  ].join(' ');
  it('a junta led by a named leader is of the leader’s state, not of the state named last', () => {
    const found = events(story);
    assert.ok(found.includes('NERGOV>NERELI 1243 asserted'), found.join('; '));
  });
  it('people acted on by a state named in a by-phrase are not that state’s', () => {
    assert.ok(!events(story).some((e) => e.startsWith('NERGOV>TGO')), events(story).join('; '));
  });
});

describe('office-holders out of office (03-mentions actors.ts)', () => {
  const codes = (text: string, published: string): string[] =>
    reader.extract({ id: 't', text, published }).actors.map((a) => `${a.name} ${a.code}`);
  it('are their state’s elite once their term has ended, or when the text says “former”', () => {
    assert.ok(codes('Hillary Clinton criticised the plan.', '2016-10-10').includes('Hillary Clinton USAELI'));
    assert.ok(
      codes('Former president Bill Clinton praised the deal.', '2000-06-01').includes('Bill Clinton USAELI'),
    );
  });
  it('keep their office while the text gives them its title, whatever the knowledge base says', () => {
    assert.ok(
      codes('President Nicolas Maduro accused the United States.', '2026-02-02').includes(
        'Nicolás Maduro VENGOV',
      ),
    );
    assert.ok(codes('Bill Clinton met Boris Yeltsin.', '1996-05-01').includes('Bill Clinton USAGOV'));
  });
});

describe('a title with the name beside it (04-coref resolveTitle)', () => {
  it('is that named person, as speaker too', () => {
    const record = reader.extract({
      id: 't',
      text: 'Congo\'s army spokesman, Sylvain Ekenge, said: "The rebels attacked our positions at dawn."',
      published: '2026-02-02',
    });
    assert.equal(record.quotes[0]?.speaker?.name, 'Sylvain Ekenge');
  });
});

describe('insurgents of no named group (03-mentions forcesFought)', () => {
  checkAll([
    [
      'who kill a state’s soldiers are that state’s rebels',
      'Gunmen killed five soldiers in northern Nigeria on Friday.',
      'NGAREB>NGAMIL 190 asserted',
    ],
    [
      'named by their own state stay its own',
      'Palestinian militants killed two Israeli soldiers.',
      'PSEREB>ISRMIL 190 asserted',
    ],
  ]);
  it('the state across a border places no one, and a dateline after the headline counts', () => {
    const found = events(
      [
        'Niger frees ministers after Togo mediation',
        '',
        'NIAMEY (AP) — Niger released four former ministers on Sunday after mediation by Togo, officials in Lome said. Togo’s foreign minister said the men were flown to Lome. ECOWAS urged the authorities in Niamey to free Bazoum.',
        '',
        'Jihadist fighters killed at least 12 soldiers in an ambush near the border with Burkina Faso on Friday, the defence ministry said.',
      ].join('\n'),
    );
    assert.ok(found.includes('NERREB>NERMIL 190 asserted'), found.join('; '));
    assert.ok(found.includes('NER>- 0841 asserted'), found.join('; '));
  });
});

describe('a body many states have a namesake of (03-mentions chunk namesakeOwner)', () => {
  checkAll([
    [
      'is the body of the state named before it, as a demonym',
      'The Philippine National Security Council condemned the Chinese attack.',
      'PHLGOV>CHN 111 asserted',
    ],
    [
      'or as a possessive',
      "Turkey's National Security Council condemned the Syrian attack.",
      'TURGOV>SYR 111 asserted',
    ],
    [
      'and the knowledge base’s own otherwise',
      'The National Security Council condemned the Syrian attack.',
      'USAGOV>SYR 111 asserted',
    ],
  ]);
});

describe('"the court" named again (03-mentions courtNamedBefore)', () => {
  it('is the international court the story named, not a court of the state', () => {
    const found = events(
      'The International Criminal Court issued arrest warrants for the Taliban leader. The Taliban government said it did not recognise the court.',
    );
    assert.ok(found.includes('AFGGOV>IGOJUDICC 054 negated'), found.join('; '));
  });
  it('by any of its names in the story: a headline may give only the acronym', () => {
    const found = events(
      'ICC issues warrant for Taliban leader; Kabul rejects court\n\nThe International Criminal Court issued arrest warrants on Thursday.',
    );
    assert.ok(found.includes('AFGGOV>IGOJUDICC 120 asserted'), found.join('; '));
  });
});

describe('"both sides" of a go-between (participants.ts actingOn, word-roles.tsv go-between)', () => {
  it('are the two others the story is about, not the go-between and one of them', () => {
    const found = events(
      [
        'Qatar brokered a prisoner exchange between Venezuela and the United States.',
        'Qatar said the deal showed what Qatar could do. The United States thanked Qatar.',
        'Qatari mediators had held talks with both sides in Doha for several months.',
      ].join(' '),
    ).filter((e) => e.includes(' 046 '));
    assert.ok(
      found.some((e) => e.startsWith('QATGOV>VEN')) && found.some((e) => e.startsWith('QATGOV>USA')),
      found.join('; '),
    );
  });
});

describe('a purpose hung on the one summoned (subjects.ts summonedFor, word-roles.tsv summoning)', () => {
  it('is the summoner’s act, aimed at the one summoned', () => {
    const found = events(
      "India's foreign ministry summoned a senior Pakistani diplomat to lodge a strong protest.",
    );
    assert.ok(found.includes('INDGOV>PAKGOV 114 asserted'), found.join('; '));
    assert.ok(!found.some((e) => e.startsWith('PAK')), found.join('; '));
  });
});

describe('two bodies of one code (sides.ts selfPair)', () => {
  it('are one side: the UN’s humanitarian chief does not act on the UN', () => {
    const found = events(
      'The U.N. humanitarian chief, Tom Fletcher, said he was horrified and called for an independent investigation.',
    );
    assert.deepEqual(found, ['IGOUNO>- 020 asserted']);
  });
});

describe('forces a state backs (03-mentions backedBy, actsOn)', () => {
  it('are not its own, in a relative clause on the state too', () => {
    const found = events(
      'The Sudanese army has been fighting the RSF. Egypt and Saudi Arabia, which back the army, urged the RSF to agree to a humanitarian truce.',
    );
    assert.ok(found.includes('EGY>SDNMIL 051 asserted'), found.join('; '));
    assert.ok(!found.some((e) => e.includes('>SAU') || e.includes('>EGY')), found.join('; '));
  });
});

describe('a time after "since" (when.ts narrativeDay)', () => {
  it('starts a state still going on and dates no later sentence', () => {
    const record = extractOne(
      'The army has been fighting the RSF since April 2023. Egypt urged the RSF to agree to a truce.',
      '2026-02-02',
    );
    const urged = record.events.find((e) => e.cameo === '027');
    assert.equal(urged?.date ?? null, null);
  });
});

describe('a quoted phrase a speech verb alone makes an act of (index.ts, quote-acts.tsv cue rows)', () => {
  it('adds nothing when the sentence codes the speaker’s act of that kind', () => {
    const found = events(
      'Yemen\'s Houthis fired missiles at a ship. Houthi military spokesman Yahya Saree vowed that the group would keep targeting ships linked to Israel "until the aggression on Gaza stops".',
    );
    assert.ok(found.includes('YEMREBHOU>ISR 138 asserted'), found.join('; '));
    assert.ok(!found.some((e) => e.includes('>PSE')), found.join('; '));
  });
  it('but not for a few words quoted inside the verb’s own clause', () => {
    const found = events(
      'Japan condemned the launch. Kim Jong Un vowed to strengthen the nuclear deterrent against "hostile forces."',
    );
    assert.ok(!found.some((e) => e.startsWith('PRKGOV>') && e.includes(' 130 ')), found.join('; '));
  });
});

describe('what talks are about (syntax topicOfTalks)', () => {
  it('is not done by the one who talks', () => {
    const found = events(
      "Saudi Arabia, which has held talks with the Houthis on ending Yemen's civil war, called for restraint.",
    );
    assert.ok(!found.some((e) => e.includes(' 087 asserted')), found.join('; '));
  });
});

describe('a long relative clause between a subject and its verb (syntax relativeAsideRetry)', () => {
  it('leaves the subject to its verb', () => {
    const found = events(
      'Fighting continued in eastern Congo, where the M23 rebel group, which Kinshasa and U.N. experts say is backed by Rwanda, seized two villages in South Kivu province on Thursday.',
    );
    assert.ok(found.includes('CODREBM23>COD 192 asserted'), found.join('; '));
  });
});

describe('"both foreign ministers" (03-mentions BOTH_BEFORE, participants countedAsTwo, word-roles.tsv sides)', () => {
  it('are the two sides’ ministers, whatever state the sentence names', () => {
    const found = events(
      'Indian and Pakistani troops exchanged fire in Kashmir. U.S. Secretary of State Marco Rubio spoke with both foreign ministers.',
    );
    assert.ok(
      found.includes('USAGOV>INDGOV 040 asserted') && found.includes('USAGOV>PAKGOV 040 asserted'),
      found.join('; '),
    );
  });
});

describe('fire at a ship hung on what was fired (to-events.ts shipAtSea)', () => {
  it('hits a thing of no side; no party of the story stands in', () => {
    const found = events(
      "The Houthis and the United States traded threats. Yemen's Houthi movement said it had fired two anti-ship missiles at a Greek-owned cargo ship in the Red Sea.",
    );
    assert.ok(found.includes('YEMREBHOU>- 195 asserted'), found.join('; '));
  });
});

describe('escorting ships (to-events.ts shipAtSea)', () => {
  it('protects ships of no side; no party of the story stands in', () => {
    const found = events(
      "Israel struck the port of Hodeidah. The European Union's naval mission Aspides said it had escorted more than 30 vessels through the Bab el-Mandeb strait.",
    );
    assert.ok(found.includes('IGOEUREEC>- 074 asserted'), found.join('; '));
  });
});

describe('a comment on a deal named by its family (story.ts doerOf)', () => {
  it('is aimed at the parties to the deal, not at whoever the sentence before named last', () => {
    const found = events(
      'Thailand and Cambodia agreed on Thursday to withdraw heavy weapons from their border. Cambodia said Thai soldiers had crossed into Cambodian territory last week. The United States welcomed the agreement.',
    ).filter((e) => e.includes(' 051 '));
    assert.deepEqual(found.sort(), ['USA>KHM 051 asserted', 'USA>THA 051 asserted']);
  });
});

describe('responding to an attack (verbs.tsv respond)', () => {
  checkAll([
    [
      'a response to aggression vowed is a threat of force at whoever attacked',
      'Indian troops shelled villages in Kashmir overnight. Pakistan said it would respond to any aggression.',
      'PAK>INDMIL 138 asserted',
    ],
    [
      'a response in kind is force',
      'Pakistan said its soldiers had responded in kind.',
      'PAK>- 190 asserted',
    ],
  ]);
  it('a reply to a proposal is none', () => {
    assert.deepEqual(events('Iran has not responded to the proposal.'), []);
  });
});

describe('a crowd in a clause of its own (crowds.ts)', () => {
  it('is not called out by the subject of the clause it hangs on', () => {
    const found = events(
      'Georgian police detained two opposition leaders overnight as thousands of protesters rallied outside parliament in Tbilisi.',
    );
    assert.ok(found.includes('GEOOPP>GEOLEG 141 asserted'), found.join('; '));
  });
});

describe('a strike on a thing that names no one (nouns.ts)', () => {
  it('is aimed at whom it killed, not at the state where the thing was', () => {
    const found = events(
      'An Israeli drone strike on a car in southern Lebanon on Wednesday killed a senior Hezbollah commander, the Israeli military said.',
    );
    assert.ok(found.includes('ISR>LBNREBHEZ 1952 asserted'), found.join('; '));
  });
});

describe('an act one says it will keep doing (intents.ts)', () => {
  it('is a threat when it is force, its auxiliaries on the verb of going on', () => {
    const found = events('Israel says it will keep striking Hezbollah until the group is disarmed.');
    assert.ok(found.includes('ISR>LBNREBHEZ 138 asserted'), found.join('; '));
  });
});

describe('a few words quoted inside the reporter’s sentence (index.ts fragment)', () => {
  it('add no act of the kind the sentence’s verb codes', () => {
    const found = events(
      'Venezuela expelled three Spanish diplomats on Friday. The European Union called the expulsions "unjustified" and urged Caracas to reverse the decision.',
    ).filter((e) => e.includes(' 111 '));
    assert.deepEqual(found, ['IGOEUREEC>VEN 111 asserted']);
  });
});

describe('a vow not to yield (verbs.tsv back down, to-events.ts)', () => {
  it('is a refusal, and no intent to cooperate besides', () => {
    assert.deepEqual(events('The Georgian government vowed that it would not back down.'), [
      'GEOGOV>- 080 negated',
      'GEOGOV>- 124 asserted',
    ]);
  });
});

describe('"the North" and "the South" (descriptors.tsv)', () => {
  it('are the Koreas (or Sudans) the story named', () => {
    const found = events(
      "North Korea test-fired several cruise missiles on Saturday. South Korea's unification ministry urged the North to stop provocations.",
    );
    assert.ok(found.includes('KORGOV>PRK 025 asserted'), found.join('; '));
  });
});

describe('dismissing sanctions (verbs.tsv dismiss)', () => {
  it('rejects them, aimed at whoever imposed them', () => {
    const found = events(
      'The United States imposed sanctions on three RSF commanders. The RSF dismissed the sanctions as politically motivated.',
    );
    assert.ok(found.includes('SDNREBRSF>USA 120 asserted'), found.join('; '));
  });
});

describe('the move reacted to (story.ts author)', () => {
  it('is not a third party’s rejection of it', () => {
    const found = events(
      'The International Criminal Court issued arrest warrants for the Taliban leader. The Taliban government rejected the warrants. Germany welcomed the decision.',
    );
    assert.ok(found.includes('DEU>IGOJUDICC 051 asserted'), found.join('; '));
  });
});

describe('forces a rebel group acts on (03-mentions rebelsActingOn)', () => {
  it('are of the group’s state, not of the state the story is filed from', () => {
    const found = events(
      "Colombia's government and the ELN resumed talks in Caracas. Venezuela hosted the talks in Caracas. The ELN freed two kidnapped police officers last week.",
    );
    assert.ok(found.includes('COLREBELN>COLCOP 0841 asserted'), found.join('; '));
  });
});

describe('a clause dated from the report’s time inside an accusation (coder.ts framedByTime)', () => {
  it('is the reporter’s, not what the accuser claims', () => {
    const found = events(
      'Ethiopia accused Egypt on Monday of trying to destabilise the Horn of Africa, days after Cairo said it would not accept any unilateral move on the dam.',
    );
    assert.ok(
      found.some((e) => e.startsWith('EGYGOV>ETH 120 asserted')),
      found.join('; '),
    );
  });
});

describe('lodging a protest (to-events.ts OWN_ACT_NOUNS)', () => {
  it('is the act itself, not a comment on another protest the story told', () => {
    const found = events(
      'North Korea test-fires missiles; Seoul and Tokyo protest\n\nNorth Korea test-fired several cruise missiles on Saturday. Japan lodged a protest through diplomatic channels in Beijing.',
    );
    assert.ok(found.includes('JPN>PRK 114 asserted'), found.join('; '));
  });
});

describe('a place the text calls one (03-mentions chunk.ts)', () => {
  it('"the town of Zubin Potok, the interior minister said" names no person', () => {
    const doc = reader.read({
      text: 'Police arrested four men over an attack near the town of Zubin Potok, the interior minister said.',
      published: '2026-02-02',
    });
    assert.ok(!doc.actors.some((a) => a.name === 'Zubin Potok'), doc.actors.map((a) => a.name).join('; '));
  });
});

describe('a named person and the state they act on (03-mentions inferCountries)', () => {
  it('is not of that state, in a story about two', () => {
    const found = events(
      'PRISTINA (AP) — Kosovo police arrested four Serbs on Saturday as tensions rose in northern Kosovo, the interior minister said. Interior Minister Xhelal Svecla accused Belgrade of sheltering the gunmen. Serbia rejected the accusation. Belgrade demanded their release.',
    );
    assert.ok(found.includes('KSVGOV>SRBGOV 112 asserted'), found.join('; '));
  });
});

describe('a partner of the act (targets.ts obliqueWith, to-events.ts partnersOfAct)', () => {
  it('"in coordination with the Somali government" names no target', () => {
    const found = events(
      'The U.S. Africa Command said it carried out an airstrike near Bulobarde on Friday in coordination with the Somali government, killing three militants.',
    );
    assert.ok(found.includes('USAMIL>- 195 asserted'), found.join('; '));
  });
});

describe('a place in a clause that dates another act (to-events.ts inOtherActsClause)', () => {
  it('is where that act happened, not the one it dates', () => {
    const record = extractOne(
      'Iran warned on Friday that it would answer any Israeli attack with a crushing response, after Israel said it could hit Iranian bases over the seizure of a tanker in the Gulf.',
      '2026-02-02',
    );
    const warning = record.events.find((e) => e.cameo.startsWith('13'));
    assert.ok(warning, JSON.stringify(record.events.map((e) => e.cameo)));
    assert.equal(warning.location ?? null, null);
  });
});

describe('a local office-holder (03-mentions localPlaceBefore)', () => {
  it('is of the state of the region named before, not of a capital named since', () => {
    const doc = reader.read({
      text: 'Russian drones struck an energy facility in the Odesa region overnight. Russia said its soldiers were flown to Moscow. The attack cut power to 40,000 homes, regional governor Oleh Kiper said.',
      published: '2026-02-02',
    });
    const kiper = doc.actors.find((a) => a.name === 'Oleh Kiper');
    assert.equal(kiper?.code, 'UKRGOV');
  });
});

describe('an envoy named Bishop, and what she called an attack', () => {
  const text =
    'Myanmar military aircraft bombed a village on Monday. The United Nations special envoy on Myanmar, Julie Bishop, called the attack a grave violation of international law and urged the junta to halt air strikes on civilians.';
  it('"Julie Bishop" is a name, not a clergyman (03-mentions atoms.ts isSurnameTitle)', () => {
    const doc = reader.read({ text, published: '2026-02-02' });
    assert.ok(
      !doc.actors.some((a) => a.sector === 'REL'),
      doc.actors.map((a) => `${a.name} ${a.sector}`).join('; '),
    );
  });
  it('calling an act a violation, parsed with two objects, criticises its doer (verbs.ts naming)', () => {
    assert.ok(events(text).includes('IGOUNO>MMRMIL 111 asserted'), events(text).join('; '));
  });
  it('an international body’s envoy is no stand-in target of an attack (to-events.ts counterpart)', () => {
    assert.ok(events(text).includes('MMRMIL>- 195 asserted'), events(text).join('; '));
  });
});

describe('a report that an act is a provocation (verbs.ts censuredInReport)', () => {
  it('criticises whoever did the act, as "called the arrests a provocation" does', () => {
    const found = events(
      'Kosovo police arrested four ethnic Serbs on Saturday. Serbian President Aleksandar Vucic said the arrests were "a provocation".',
    );
    assert.ok(found.includes('SRBGOV>KSVCOP 111 asserted'), found.join('; '));
  });
  it('but not when the censured word is only in a phrase on the predicate', () => {
    const found = events(
      'China held drills around Taiwan. The Eastern Theatre Command said the drills were a "stern warning" to foreign interference.',
    );
    assert.ok(!found.some((e) => e.includes(' 111 ')), found.join('; '));
  });
});

describe('a threat on a passive condition (to-events.ts conditionedActor)', () => {
  it('is not aimed at those the condition would harm', () => {
    const found = events(
      'Kosovo police arrested four men. Serbian President Aleksandar Vucic warned that Belgrade would not stand by if Kosovo Serbs were harmed.',
    );
    assert.ok(!found.some((e) => e.includes('>KSVCVL 13')), found.join('; '));
  });
});

describe('declining to comment (to-events.ts)', () => {
  it('is 011, done and addressed to no one', () => {
    const found = events('Israel struck Gaza on Monday. The White House declined to comment on the strikes.');
    assert.ok(found.includes('USAGOV>- 011 asserted'), found.join('; '));
    assert.ok(!found.some((e) => e.includes(' 010 ')), found.join('; '));
  });
  it('"did not comment" is declining, not a comment negated', () => {
    const found = events('Ukraine struck a refinery. Moscow did not comment on the strike.');
    assert.ok(found.includes('RUSGOV>- 011 asserted'), found.join('; '));
  });
});

describe('a headline that restates the body (index.ts dedupe)', () => {
  it('gives way to the body’s telling, with its day and speaker', () => {
    const record = extractOne(
      'Venezuela and Guyana trade accusations over border incident\n\nGuyana accused Venezuela on Tuesday of sending armed men across the border. Venezuela’s foreign minister, Yvan Gil, accused Guyana of staging the incident.',
      '2026-02-02',
    );
    const accusations = record.events.filter((e) => e.cameo === '112');
    assert.equal(accusations.length, 2, JSON.stringify(accusations.map((e) => e.evidence)));
    assert.ok(
      accusations.every((e) => e.sentence > 0),
      JSON.stringify(accusations.map((e) => e.sentence)),
    );
  });
});

describe('rejecting a report the story told (to-events.ts issuerOf)', () => {
  it('is aimed at whoever issued it', () => {
    const found = events(
      'Iran has kept U.N. inspectors out of its Isfahan site, the International Atomic Energy Agency said in a restricted report on Thursday. Western envoys said Germany was preparing a motion. Iran’s foreign ministry spokesman Esmaeil Baghaei rejected the report as "biased".',
    );
    assert.ok(found.includes('IRNGOV>IGOUNOIAE 120 asserted'), found.join('; '));
  });
});

describe('a halt or pullback urged on an attacker (to-events.ts counterpart)', () => {
  it('is aimed at the state its attacks hit, not at those asked to press it', () => {
    const found = events(
      'Israeli air strikes killed three people in southern Lebanon on Sunday. Lebanese President Joseph Aoun called on the United States and France to press Israel to stop its attacks and withdraw from five hilltop positions.',
    );
    assert.ok(found.includes('ISR>LBN 0874 hypothetical'), found.join('; '));
    assert.ok(!found.some((e) => e.startsWith('ISR>FRA')), found.join('; '));
  });
});

describe('a question left open (intents.ts liftedCode)', () => {
  it('"has not said whether it would back it" lifts no intent', () => {
    const found = events(
      'Britain and France were drafting a resolution. The United States has not said whether it would back it.',
    );
    assert.ok(!found.some((e) => / 03\d /.test(e)), found.join('; '));
  });
});

describe('a protest to a state (nouns.tsv)', () => {
  it('is an official complaint, even read as a noun in a headline', () => {
    const found = events('Vietnam protests to China after attack on fishing boat near Paracels');
    assert.ok(found.includes('VNM>CHN 114 asserted'), found.join('; '));
  });
});

describe('gangs led by a named gang leader (03-mentions leaderOf, to-events.ts counterpart)', () => {
  const text =
    'Kenya has deployed about 800 police officers to Haiti. Gangs led by former police officer Jimmy Chérizier attacked the town of Mirebalais last week, freeing more than 500 inmates from the local prison, the U.N. said.';
  it('are his organisation', () => {
    const doc = reader.read({ text, published: '2026-02-02' });
    const gangs = doc.mentions.find((m) => doc.slice(m) === 'Gangs');
    assert.equal(gangs ? doc.actors[gangs.actor].org : null, 'Viv Ansanm');
  });
  it('freeing inmates is aimed at no one the story or its reporter stands for', () => {
    const found = events(text).filter((e) => e.includes(' 0841 '));
    assert.deepEqual(found, ['HTICRM>- 0841 asserted']);
  });
});

describe('a time in a relative clause with its own subject (when.ts relativeBelow)', () => {
  it('dates that clause’s event, not the appeal above it', () => {
    const record = extractOne(
      'U.S. forces struck Houthi radar sites on Tuesday. Oman urged the United States and the Houthis to return to the truce they agreed in May.',
      '2026-11-20',
    );
    const appeal = record.events.find((e) => e.cameo.startsWith('02'));
    assert.ok(appeal, JSON.stringify(record.events.map((e) => e.cameo)));
    assert.notEqual(appeal.date, '2026-05-01/2026-05-31');
  });
});

describe('"its" (04-coref resolvePlural)', () => {
  const its = (text: string) => {
    const doc = reader.read({ text, published: '2026-02-02' });
    const m = doc.mentions.find((o) => doc.slice(o) === 'its');
    return m ? doc.actors[m.actor]?.name : null;
  };
  it('in a clause whose subject "it" a saying reports is the sayer’s, not a plural noun’s', () => {
    assert.equal(
      its(
        'Ethiopia accused Eritrea on Wednesday of preparing to wage war and said it had moved additional troops to its northern border.',
      ),
      'Ethiopia',
    );
  });
  it('on what an unnamed state body reports is that body’s', () => {
    assert.equal(
      its(
        'The RSF shelled a camp near El Fasher. The army accused the paramilitary group of targeting civilians deliberately and said its aircraft had destroyed RSF supply lines.',
      ),
      'The army',
    );
  });
});

describe('a move the sayer says would be answered (verbs.ts responseThreatened)', () => {
  checkAll([
    [
      '"would be met with countermeasures" is a threat at whoever makes the move',
      'The EU is drafting fresh sanctions on Russia. Moscow said any such measures would be met with countermeasures.',
      'RUSGOV>IGOEUREEC 130 asserted',
    ],
    [
      '"would respond to … with countermeasures" too',
      'The EU is preparing new sanctions on Russia. Moscow said it would respond to any new sanctions with countermeasures.',
      'RUSGOV>IGOEUREEC 130 asserted',
    ],
    [
      'an attack met with force is a threat of force',
      'Israel struck Iran. Tehran said any attack would be met with force.',
      'IRNGOV>ISR 138 asserted',
    ],
  ]);
});

describe('a measure held out on a condition (verbs.ts verbEvent, intents.ts liftedCode)', () => {
  it('"said the consulate could be closed if …" is the sayer’s state’s threat', () => {
    const found = events(
      'Poland expelled a Russian diplomat. Foreign Minister Radoslaw Sikorski said the consulate in Gdansk could be closed "if the sabotage continues."',
    );
    assert.ok(
      found.some((e) => /^POLGOV>RUSGOV 13\d+ asserted$/.test(e)),
      found.join('; '),
    );
  });
  it('but a measure someone else is said to be weighing is only possible', () => {
    const found = events(
      'Washington could impose new sanctions on RSF commanders if the fighting does not stop, a diplomat said.',
    );
    assert.ok(!found.some((e) => / 13\d+ /.test(e)), found.join('; '));
  });
});

describe('forces a state’s official speaks of as the subject (03-mentions governmentBefore)', () => {
  it('are that state’s, before a state named after them', () => {
    const doc = reader.read({
      text: 'A Turkish defence official told state television that the army was ready to act alone if Iraq failed to rein in the militants.',
      published: '2026-02-02',
    });
    const army = doc.mentions.find((m) => doc.slice(m) === 'the army');
    assert.equal(army ? doc.actors[army.actor].code : null, 'TURMIL');
  });
});

describe('a place in a relative clause (to-events.ts inOtherActsClause)', () => {
  it('is where that clause’s act happened, not the act above it', () => {
    const record = extractOne(
      'Iraq’s foreign ministry summoned Turkey’s ambassador on Monday to protest a drone strike that killed three people near the town of Sinjar.',
      '2026-02-02',
    );
    const summons = record.events.find((e) => e.cameo === '114');
    assert.ok(summons, JSON.stringify(record.events.map((e) => e.cameo)));
    assert.notEqual(summons.location?.name ?? null, 'Sinjar');
  });
});

describe('an attack on a ship named by a noun, and a claim of one (to-events.ts shipAtSea)', () => {
  it('aims at no party of the story', () => {
    const found = events('Houthis claim missile attack on ship in Red Sea; U.S. strikes back');
    assert.ok(found.includes('YEMREBHOU>- 195 asserted'), found.join('; '));
    const claimed = events(
      'The Houthis claimed a missile attack on a ship in the Red Sea, and the U.S. struck back.',
    );
    assert.ok(claimed.includes('YEMREBHOU>- 015 asserted'), claimed.join('; '));
  });
});

describe('"its" office-holder of a state (04-coref subjectReportedBy, lendState)', () => {
  const minister = (text: string) => {
    const doc = reader.read({ text, published: '2026-02-02' });
    const m = doc.mentions.find((x) => doc.slice(x) === 'interior minister');
    return m ? doc.actors[m.actor].code : null;
  };
  it('serves the state "its" stands for', () => {
    assert.equal(minister('Kenya said its interior minister would visit Haiti.'), 'KENGOV');
  });
  it('after what is reported, is of the reported clause’s subject, not the nearest name', () => {
    assert.equal(
      minister('Kenya would send more police officers to Haiti, its interior minister said.'),
      'KENGOV',
    );
  });
});

describe('acts of aid, appeals and the intents of them (verbs.tsv send, arm, call for, demand; intents.ts intentOf)', () => {
  const cases: [string, string, string][] = [
    ['is a security mission', 'Kenya sent 400 police officers to Haiti.', 'KEN>HTI 074 asserted'],
    [
      'a state’s own minister saying it would send them is its intent to provide security',
      'Kenya would send 600 more police officers to Haiti, its interior minister said.',
      'KEN>HTI 0334 asserted',
    ],
    ['arming a group is military aid to it', 'The UAE armed the RSF.', 'ARE>SDNREBRSF 072 asserted'],
    [
      'bolstering a deterrent is a build-up of force',
      'Poland bolstered its air defences.',
      'POL>- 154 asserted',
    ],
    [
      'a measure on a foreign state’s thing falls on that state, not on the people of the place it is in',
      'Azerbaijan ordered the closure of the Russian House cultural centre in Baku.',
      'AZE>RUS 163 asserted',
    ],
    [
      'accepting responsibility is acknowledging it',
      'Israel accepted responsibility for the strike.',
      'ISR>- 015 asserted',
    ],
    [
      'a measure on one’s own people’s things falls on them',
      'Kenya ordered the closure of schools in Nairobi.',
      'KEN>KENCVL 1721 asserted',
    ],
    [
      'a call for a return to constitutional order is an appeal for a change of regime',
      'Soldiers seized power in Guinea-Bissau. Portugal called for a return to constitutional order.',
      'PRT>GNBMIL 0244 asserted',
    ],
    [
      'a demand for a transition is a demand for one',
      'ECOWAS demanded a transition to civilian rule in Mali.',
      'IGOWAFBUSWAS>MLI 1044 asserted',
    ],
    [
      'an intent to ease sanctions is 0354',
      'Washington said it would ease sanctions on Caracas.',
      'USAGOV>VENGOV 0354 asserted',
    ],
  ];
  checkAll(cases);
});

describe('an aircraft shot down, and a dispute escalated (verbs.ts particleAsCase, verbs.tsv escalate)', () => {
  it('is force against the aircraft’s state, and escalating a dispute is no attack', () => {
    const found = events(
      'Mali recalled its ambassador on Monday after the Algerian army shot down a Malian drone near the border, escalating a dispute between the two neighbours.',
    );
    assert.ok(found.includes('DZAMIL>MLI 190 asserted'), found.join('; '));
    assert.equal(found.filter((e) => / 190 /.test(e)).length, 1, found.join('; '));
  });
});

describe('a title with a verb’s form in it (02-syntax nounBeforeFrenchOf, coder.ts inTitle)', () => {
  it('is summoned, and charges no one', () => {
    const found = events(
      "Algeria closed its airspace to flights from Mali and summoned the Malian charge d'affaires, the foreign ministry said.",
    );
    assert.ok(found.includes('DZA>MLIGOV 114 asserted'), found.join('; '));
    assert.ok(!found.some((e) => / 173 /.test(e)), found.join('; '));
  });
});

describe('one word of a known name before an unknown one (03-mentions chunk.ts, 04-coref takeTitle)', () => {
  const people = (text: string) => {
    const doc = reader.read({ text, published: '2026-02-02' });
    return doc.mentions
      .filter((m) => m.kind === 'name')
      .map((m) => `${doc.actors[m.actor].name} ${doc.actors[m.actor].code ?? '-'}`);
  };
  const cases: [string, string, string[]][] = [
    [
      'is someone else’s longer name, placed by the title set beside it',
      'Yassin Ibrahim, Sudan’s defence minister, accused the UAE of arming the RSF.',
      ['Yassin Ibrahim SDNGOV'],
    ],
    ['is no one’s when the words name a body', 'Qatar donated to the Clinton Foundation.', []],
  ];
  for (const [label, text, expected] of cases) it(label, () => assert.deepEqual(people(text), expected));
  it('codes the act of the person the title names', () => {
    const found = events('Yassin Ibrahim, Sudan’s defence minister, accused the UAE of arming the RSF.');
    assert.ok(found.includes('SDNGOV>ARE 112 asserted'), found.join('; '));
  });
});

describe('local officials (03-mentions LOCAL_OFFICE)', () => {
  it('are of the region named before them, not of the mediator speaking before', () => {
    const doc = reader.read({
      text: "The two sides agreed to begin talks by Aug. 8, Qatar's minister of state Mohammed Al-Khulaifi told reporters. Fighting continued on Sunday in South Kivu, where M23 fighters attacked positions near Mwenga, local officials said.",
      published: '2026-02-02',
    });
    const officials = doc.mentions.find((m) => doc.slice(m) === 'local officials');
    assert.equal(officials ? doc.actors[officials.actor].country : null, 'COD');
  });
});

describe('a state’s protest (verbs.ts, nouns.ts stateVoice)', () => {
  const cases: [string, string, string][] = [
    [
      'is a complaint, also as a headline noun',
      'Japan protests as Chinese coast guard ships enter Senkaku waters',
      'JPN>CHNMIL 114 asserted',
    ],
    [
      'a crowd’s is a demonstration',
      'Thousands of Iranians protested in Tehran.',
      'IRNCVL>IRNGOV 141 asserted',
    ],
  ];
  checkAll(cases);
});

describe('open to talks (word-roles.tsv readiness, factuality.ts readiness)', () => {
  const cases: [string, string, string][] = [
    [
      'is an intent to negotiate',
      'Iran said it was open to negotiations with Washington.',
      'IRN>USAGOV 036 asserted',
    ],
    ['and the talks are not held yet', 'Russia is open to talks with Ukraine.', 'RUS>UKR 046 hypothetical'],
    ['while talks opened were', 'Turkey opened talks with Syria.', 'TUR>SYR 046 asserted'],
  ];
  checkAll(cases);
});

describe('what a vow holds out until (intents.ts CONDITIONS), and an airport hit (places.tsv)', () => {
  it('is the condition, which no one promised', () => {
    const found = events('The Houthis vowed to continue their attacks until Israel ended its war in Gaza.');
    assert.ok(found.includes('YEMREBHOU>ISR 138 asserted'), found.join('; '));
    assert.ok(!found.some((e) => e.startsWith('ISR>') && / 03/.test(e)), found.join('; '));
  });
  it('an airport named in lower case is its state’s', () => {
    const found = events('The Houthis targeted Ben Gurion airport.');
    assert.ok(found.includes('YEMREBHOU>ISR 190 asserted'), found.join('; '));
  });
});

describe('a party named only later in the story (counterpart.ts), and a state’s unlisted body (chunk.ts)', () => {
  it('is no one an earlier act was aimed at', () => {
    const found = events(
      'Soldiers seize power in Guinea-Bissau\n\nSoldiers in Guinea-Bissau said they had taken control of the country. The officers closed the borders. Portugal, the former colonial power, called for a return to constitutional order.',
    );
    assert.ok(!found.some((e) => e.includes('>PRT')), found.join('; '));
  });
  it('a body of a state that no list names is still that state’s', () => {
    const found = events(
      'Venezuela’s National Assembly approved a law creating a new state in the Essequibo region. Guyana’s President Irfaan Ali called the move a direct threat.',
    );
    assert.ok(found.includes('GUYGOV>VENLEG 111 asserted'), found.join('; '));
    const doc = reader.read({
      text: 'Venezuela’s Supreme Electoral Tribune approved the vote.',
      published: '2026-02-02',
    });
    assert.deepEqual(
      doc.mentions.map((m) => doc.actors[m.actor].country),
      ['VEN'],
    );
  });
});

describe('a headline that leaves the target unnamed (09-events dedupe)', () => {
  it('is the body’s telling that names it, told once', () => {
    const found = events(
      'Chinese coast guard fires water cannon at Philippine vessel\n\nMANILA (Reuters) - A Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel on Monday, the Philippine coast guard said.',
    );
    assert.deepEqual(found, ['CHNMIL>PHL 175 asserted']);
  });
});

describe('"it" in a relative clause on an object (subjects.ts)', () => {
  const cases: [string, string, string][] = [
    [
      'is the subject of the verb that holds the object',
      'China expelled the Philippine ship, which it accused of spying.',
      'CHN>PHL 1125 asserted',
    ],
  ];
  checkAll(cases);
  it('not one the object is asked of', () => {
    const found = events(
      'Beijing has warned Manila repeatedly to remove the grounded warship, which it calls an illegal occupation.',
    );
    assert.ok(!found.some((e) => e.startsWith('PHL')), found.join('; '));
  });
});

describe('a phrase inside a phrase of time (targets.ts ENCLOSING_CASES)', () => {
  it('is that phrase’s own, no target of the act it dates', () => {
    const found = events(
      'North Korea fired a missile on Thursday, days before a summit between South Korea and Japan.',
    );
    assert.ok(found.includes('PRK>- 150 asserted'), found.join('; '));
  });
});

describe('a time in a participle clause after its verb (when.ts clauseOf)', () => {
  it('dates that clause’s own act, not the verb before the comma', () => {
    const record = extractOne(
      'Armed Serbs opened fire on a Kosovo police patrol on Saturday, wounding one officer in the most serious incident this year.',
      '2026-02-02',
    );
    const fire = record.events.find((e) => e.cameo.startsWith('19'));
    assert.equal(fire?.date, '2026-01-31');
  });
});

describe('a body whose name several states use, placed by the capital after it (03-mentions bodiesPlacedAfter)', () => {
  it('is that state’s body', () => {
    assert.equal(
      codeOf('The Joint Chiefs of Staff in Seoul said the missile flew 800 km.', 'Joint Chiefs of Staff'),
      'KORMIL',
    );
  });
  it('and the one the knowledge base lists when no place follows', () => {
    assert.equal(
      codeOf('The Joint Chiefs of Staff said the missile flew 800 km.', 'Joint Chiefs of Staff'),
      'USAMIL',
    );
  });
});

describe('the two countries’ leaders (participants.ts bodyOfTwo)', () => {
  it('are the leaders of each of the two sides', () => {
    const found = events(
      "Thailand and Cambodia agreed to a ceasefire, Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two countries' leaders.",
    );
    assert.ok(found.includes('MYSGOV>THAGOV 045 asserted'), found.join('; '));
    assert.ok(found.includes('MYSGOV>KHMGOV 045 asserted'), found.join('; '));
  });
});

describe('an act in a where-clause (to-events.ts wherePlace)', () => {
  it('happens at the place the clause describes', () => {
    const record = extractOne(
      'At least 800 people have died in Nyala since fighters overran the town, and thousands have fled to Zalingei, where UN agencies distributed food rations on Saturday.',
      '2026-02-02',
    );
    const aid = record.events.find((e) => e.cameo.startsWith('07'));
    assert.equal(aid?.location?.name, 'Zalingei');
  });
});

describe('a present tense carried by "do" (when.ts toldAsDone)', () => {
  it('takes no day still to come from the sentence before', () => {
    const record = extractOne(
      'The EU envoy is expected to meet Vucic next week. Serbia does not recognise Kosovo.',
      '2026-11-26',
    );
    const recognise = record.events.find((e) => e.cameo === '054');
    assert.equal(recognise?.factuality, 'negated');
    assert.equal(recognise?.date, null);
  });
});

describe('a time inside an aside on the subject (when.ts relativeBelow)', () => {
  it('does not date the main verb, even when it hangs on a noun of the aside', () => {
    const record = extractOne(
      'Qatar and Turkey, which brokered a truce between the two neighbours in October, urged both sides to show restraint.',
      '2026-11-22',
    );
    const urged = record.events.find((e) => e.cameo.startsWith('02'));
    assert.ok(urged);
    assert.equal(urged.date, null);
  });
});

describe('a "with" phrase that sets the scene (targets.ts absoluteWith)', () => {
  it('names no partner of a meeting', () => {
    const found = events(
      'Colombia and the ELN will meet in Caracas on Monday, with Venezuela and Norway acting as guarantors.',
    );
    assert.ok(!found.some((e) => e.includes('>VEN') || e.includes('>NOR')), found.join('; '));
    assert.ok(found.includes('COL>COLREBELN 040 future'), found.join('; '));
  });
});

describe('a group and an agent joined by "and" (03-mentions chunk.ts, verbs.ts ofCoSource)', () => {
  it('are two sides, not one phrase', () => {
    const found = events('Fighting between the ELN and dissidents of the FARC killed ten soldiers.');
    assert.ok(found.includes('COLREBELN>COLREBFRC 190 asserted'), found.join('; '));
    assert.ok(found.includes('COLREBFRC>COLREBELN 190 asserted'), found.join('; '));
  });
  it('while two demonyms before one noun still make one phrase', () => {
    const found = events('Kenyan and Somali officials met in Nairobi.');
    assert.ok(found.includes('KENGOV>SOMGOV 040 asserted'), found.join('; '));
  });
  it('and the civilians two groups drive out are no means of theirs', () => {
    const found = events('The ELN and FARC dissidents displaced 50,000 people in Catatumbo.');
    assert.ok(found.includes('COLREBELN>COLCVL 174 asserted'), found.join('; '));
  });
});

describe('the state of a dateline and of a capital named as a place (03-mentions inferCountries)', () => {
  it('counts a state the dateline spells out as the dateline’s, not as a state of the story', () => {
    const text =
      "ABUJA, Nigeria — West African leaders suspended Guinea-Bissau on Sunday and threatened sanctions on the officers who seized power. The junta's leader, General Horta N'Tam, rejected the ultimatum.";
    assert.equal(codeOf(text, 'leader')?.slice(0, 3), 'GNB');
  });
  it('does not place a person by a capital where something happens', () => {
    const text =
      'ECOWAS suspended Guinea-Bissau on Sunday. Meeting in Abuja, the bloc demanded that the junta free President Umaro Sissoco Embalo.';
    assert.equal(codeOf(text, 'President Umaro Sissoco Embalo'), 'GNBGOV');
  });
});

describe('praise for a go-between (to-events.ts counterpart of an approval)', () => {
  it('may be aimed at the mediator the story told', () => {
    const found = events(
      'Omani mediators held talks with Iranian officials in Muscat on Sunday. Oman is mediating between Iran and the United States. Iran welcomed the constructive role of the mediators.',
    );
    assert.ok(
      found.some((e) => /^IRN\S*>OMN\S* 05/.test(e)),
      found.join('; '),
    );
  });
});

describe('a bare verb joined to a verb with a tense (factuality.ts subjunctive)', () => {
  it('is part of what was wanted, not an act told as done', () => {
    const record = extractOne(
      'ECOWAS leaders demanded that the junta release President Umaro Sissoco Embalo, who has been held at a military base since Wednesday, and restore constitutional order within six months.',
      '2026-11-23',
    );
    const restore = record.events.find((e) => e.cameo === '050');
    assert.ok(!restore || restore.factuality === 'hypothetical', JSON.stringify(restore));
  });
});

describe('a sentence that opens with "It" speaking (subjects.ts bodyBefore)', () => {
  checkAll([
    [
      'goes on with the body the sentence before was about',
      "Russia's defence ministry said the servicemen had been flown to Belarus. It accused Ukraine of delaying the swap.",
      'RUSMIL>UKR 112 asserted',
    ],
  ]);
  it('but a thing does not speak, and a person is "he" or "she"', () => {
    assert.deepEqual(
      events('The minister said the soldiers had come home. It accused Ukraine of lying.'),
      [],
    );
  });
});

describe('an act done "also" (to-events.ts, StoryMemory.lastTarget)', () => {
  checkAll([
    [
      'answers whom the act just told was aimed at, not the state named last',
      "The U.S. ambassador condemned China's dangerous actions and said Washington stood with its ally. Japan and Australia also expressed concern.",
      'JPN>CHN 111 asserted',
    ],
  ]);
});

describe('whom an act is "in support of" (targets.ts BACKING_NOUNS)', () => {
  it('is no target of it', () => {
    const found = events(
      'The U.S. Africa Command said it had conducted an air strike near the town of Jilib in support of the Somali government.',
    );
    assert.ok(found.length > 0 && !found.some((e) => e.includes('>SOMGOV')), found.join('; '));
  });
});

describe('a place inside a phrase of "since", "after" or "before" (to-events.ts inOtherActsClause)', () => {
  it('is another act’s place', () => {
    const record = extractOne(
      "Russia and Ukraine exchanged 150 prisoners of war each on Monday in a swap brokered by the United Arab Emirates, the two countries' defence ministries said, the first such exchange since talks in Istanbul stalled in September.",
      '2026-11-24',
    );
    const swap = record.events.find((e) => e.cameo === '0841');
    assert.ok(swap);
    assert.equal(swap.location, null);
  });
});

describe('a place set before an event noun (to-events.ts namesWhoseAct)', () => {
  it('says whose act it is, not where anything happened', () => {
    const record = extractOne(
      'Israeli Prime Minister Ehud Barak has agreed to US mediation in the talks with the Palestinians.',
      '2000-01-01',
    );
    assert.ok(record.events.length > 0);
    for (const e of record.events) assert.equal(e.location, null, e.cameo);
  });
});

describe('the time of what a charge says (when.ts clauseOf, CLAIMING)', () => {
  for (const text of [
    'Kosovo police arrested three officials on Thursday, accusing them of organising an attack on a police patrol last month.',
    'Kosovo police arrested three officials in the town of Zvecan on Thursday, accusing them of organising an attack on a police patrol last month, the minister said.',
  ])
    it(`is the charged act’s, not the charge’s: ${text.slice(0, 60)}…`, () => {
      const record = extractOne(text, '2026-11-27');
      const charge = record.events.find((e) => e.cameo === '112');
      assert.ok(charge);
      assert.equal(charge.date, '2026-11-26');
    });
});

describe('the portfolio of an office (nouns.ts, word-roles office)', () => {
  it('is no act', () => {
    const found = events(
      "The European Union's envoy for the Belgrade-Pristina dialogue, Peter Sorensen, is expected to meet Vucic next week.",
    );
    assert.ok(!found.some((e) => e.includes(' 046 ')), found.join('; '));
  });
});

describe('a list of states with an article inside it (03-mentions compounds.ts)', () => {
  it('is one compound: each member meets each other', () => {
    const found = events(
      'Egypt, Saudi Arabia, the UAE and the United States, which have been pushing for a truce, are expected to meet in Washington next week.',
    );
    assert.ok(found.includes('ARE>USA 040 future'), found.join('; '));
    assert.ok(found.includes('EGY>ARE 040 future'), found.join('; '));
  });
});

describe('talks held at a body’s headquarters in a border town (nouns.ts, targets.ts, 08-places)', () => {
  const record = () =>
    extractOne(
      'Israeli and Lebanese officials held direct talks on Tuesday at the headquarters of the U.N. peacekeeping force in the border town of Naqoura.',
      '2026-11-25',
    );
  it('are between the two sides, not with the body whose headquarters host them', () => {
    const codes = record().events.map((e) => `${e.source?.code}>${e.target?.code} ${e.cameo}`);
    assert.deepEqual(codes.sort(), ['ISRGOV>LBNGOV 046', 'LBNGOV>ISRGOV 046']);
  });
  it('and take place in the town', () => {
    for (const e of record().events) assert.equal(e.location?.name, 'Naqoura');
  });
});

describe('chairing talks (verbs.tsv chair, preside)', () => {
  checkAll([
    [
      'between others is mediating',
      'U.S. envoy Morgan Ortagus chaired talks between Israel and Lebanon on Tuesday.',
      'USAGOV>ISR 045 asserted',
    ],
  ]);
  it('but chairing a meeting of one’s own council is no event', () => {
    assert.deepEqual(
      events('President Lee chaired a meeting of his national security council on Saturday.'),
      [],
    );
  });
});

describe('acts kept up (word-roles light: keep)', () => {
  checkAll([
    [
      'are the acts the noun names, by the subject',
      'Israel has kept up near-daily strikes in southern Lebanon despite the truce.',
      'ISR>LBN 195 asserted',
    ],
  ]);
});

describe('a spokesman for a state body (03-mentions stateBodyFor, agents.tsv presidential office)', () => {
  checkAll([
    [
      'speaks for that body’s state',
      "A spokesman for Taiwan's presidential office thanked the United States for its support.",
      'TWNGOV>USA 051 asserted',
    ],
  ]);
});

describe('a speech act conjoined inside what was said (subjects.ts)', () => {
  checkAll([
    [
      'is the sayer’s when the clause’s subject is a thing',
      'The State Department said the sale was consistent with the Taiwan Relations Act and urged Beijing to stop its military pressure on Taiwan.',
      'USAGOV>CHNGOV 025 asserted',
    ],
  ]);
});

describe('two joined groups of one sector (03-mentions joinedGroupBefore)', () => {
  it('share the demonym of the first', () => {
    assert.equal(
      codeOf('Chinese warships and aircraft held drills around Taiwan last month.', 'aircraft'),
      'CHNMIL',
    );
  });
});

describe('a participle after an ordered infinitive (subjects.ts orderedInfinitive)', () => {
  checkAll([
    [
      'is the orderer’s act',
      "Niger's military government ordered a senior French diplomat to leave the country within 48 hours on Friday, accusing France of funding armed groups to destabilise the Sahel.",
      'NERGOV>FRA 112 asserted',
    ],
  ]);
});

describe('an official of a ruling party coded as her state’s government (sides.ts sideKey)', () => {
  it('is on her state’s side: her warning is aimed at the other side, not at her own state', () => {
    const found = events(
      'South Korean and U.S. forces began a joint air exercise on Friday. Kim Yo Jong warned that Pyongyang would respond with overwhelming force.',
    );
    const warning = found.find((e) => e.includes(' 130 '));
    assert.ok(warning && !/>PRK/.test(warning), found.join('; '));
  });
});

describe('a meeting whose partner the parser did not hang on it (to-events.ts counterpart)', () => {
  checkAll([
    [
      'meets whom its clause names next, before any comma',
      'Police in Hebron detained two men on Monday. Palestinian President Mahmoud Abbas will go to Brussels on Thursday to meet European Council President Antonio Costa, aides said.',
      'PSEGOV>IGOEUREEC 040 future',
    ],
  ]);
});

describe('people at a body named right after them (03-mentions organisationRightAfter)', () => {
  checkAll([
    [
      'are that body’s',
      "Judges at the International Criminal Court issued an arrest warrant on Tuesday for Myanmar's military ruler.",
      'IGOJUDICC>MMR 173 asserted',
    ],
  ]);
});

describe('a group before a state named as where something goes (03-mentions aimedAt)', () => {
  it('is of the state the story is about, when that is another', () => {
    const doc = reader.read({
      text: 'Police in Georgia detained dozens of protesters in Tbilisi on Wednesday. The opposition accused the government of steering the country toward Russia.',
      published: '2026-11-26',
    });
    const m = doc.mentions.find((x) => doc.slice(x) === 'the government');
    assert.equal(m ? doc.actors[m.actor].code : null, 'GEOGOV');
  });
});

describe('clauses joined by a semicolon (02-syntax clauseBounds)', () => {
  it('are parsed apart, each with its own subject', () => {
    const found = events('Hamas hands over bodies of two hostages; Israel reopens Rafah crossing for aid');
    assert.ok(
      found.some((e) => /^ISR>PSE\S* 0863 asserted$/.test(e)),
      found.join('; '),
    );
  });
});

describe('letting aid trucks through (verbs.tsv allow)', () => {
  checkAll([
    ['is humanitarian access', 'Israel allowed 200 aid trucks into Gaza on Sunday.', 'ISR>PSE 0863 asserted'],
  ]);
});

describe('a release with no one named (StoryMemory.heldBy)', () => {
  it('frees whom that side took, not a state named nearby', () => {
    const found = events(
      'Georgian police detained 40 protesters in Tbilisi on Wednesday. The opposition accused the government of steering the country toward Russia. The EU called on the authorities to release those held.',
    );
    const release = found.find((e) => e.includes(' 0841 '));
    assert.ok(release && /^GEO\S*>GEO/.test(release), found.join('; '));
  });
});

describe('a state named as where something goes (03-mentions inferCountries previous)', () => {
  it('places no one named in the next sentence', () => {
    const doc = reader.read({
      text: 'Police in Georgia detained dozens of protesters in Tbilisi on Wednesday. The opposition accused the government of steering the country toward Russia. Opposition leader Nika Melia was among those detained, his party said.',
      published: '2026-11-26',
    });
    const m = doc.mentions.find((x) => doc.slice(x).endsWith('Nika Melia'));
    assert.equal(m ? doc.actors[m.actor].country : null, 'GEO');
  });
});

describe('a state named by a part of it before an event noun (tree.ts isPlaceName, nouns.ts placeBefore)', () => {
  it('is where the act happened, not who did it', () => {
    const found = events('Turkey says it killed PKK commanders in northern Iraq air strikes');
    assert.ok(!found.some((e) => e.startsWith('IRQ>')), found.join('; '));
  });
});

describe('support expressed (to-events.ts OWN_ACT_NOUNS, PERFORMING)', () => {
  it('is the speaker’s own act, not aimed at whoever supported before', () => {
    const found = events(
      'Azerbaijan and Armenia signed an agreement on Thursday. The European Union welcomed the agreement. Iran also expressed support for the deal.',
    );
    const support = found.find((e) => e.startsWith('IRN>'));
    assert.ok(support && !support.includes('>IGO'), found.join('; '));
  });
});

describe('a saying verb the coder read (09-events index.ts, quote acts)', () => {
  it('is not read again from the quotation it introduces', () => {
    const found = events(
      'Foreign ministry spokeswoman Maria Zakharova warned that "outside players" were trying to push Moscow out of the South Caucasus.',
    );
    assert.equal(found.length, 1, found.join('; '));
  });
});

describe('pledging to stand with someone (verbs.tsv pledge, vow)', () => {
  checkAll([
    [
      'is aimed at whom they stand with',
      'Ethiopia signed a pact with Somaliland on Monday. Abiy Ahmed defended the pact. Egypt and Eritrea condemned the deal and pledged to stand with Somalia.',
      'EGY>SOM 032 asserted',
    ],
  ]);
});

describe('a headline clause after a semicolon with a subject the parser mislabelled (02-syntax)', () => {
  it('keeps its own subject', () => {
    const found = events('Congo orders UN peacekeepers out of east; M23 seizes mining town');
    assert.ok(
      found.some((e) => e.startsWith('CODREBM23>') && e.includes(' 19')),
      found.join('; '),
    );
  });
});

describe('showing a quality (verbs.tsv demonstrate)', () => {
  it('is no protest', () => {
    assert.deepEqual(
      events('Clinton, who has long experience with the format, demonstrated more ease in that setting.'),
      [],
    );
  });
});

describe('a participle after an asked-for infinitive (factuality.ts, tree.ts orderedInfinitive)', () => {
  it('is told as the asking is, not as the act asked for', () => {
    // (Its target, "the force", the mission, is left to a later fix: the coder takes the rebels.)
    const found = events(
      "Congo's government asked the United Nations on Thursday to withdraw its peacekeeping mission from North Kivu by the end of next year, accusing the force of failing to protect civilians from the M23 rebels.",
    );
    assert.ok(
      found.some((e) => /^CODGOV>\S+ 112 asserted$/.test(e)),
      found.join('; '),
    );
  });
});

describe('a named spokesman of a body the story placed (03-mentions bodySpokenFor)', () => {
  it('is of that body’s state, not of the state named last', () => {
    const text =
      'Thailand\'s army denied on Monday that its artillery had shelled a village in Cambodia, after Cambodia accused Thai forces of killing two farmers. "Our forces did not fire," army spokesman Major General Winthai Suvaree told reporters.';
    assert.equal(codeOf(text, 'army spokesman Major General Winthai Suvaree'), 'THAMIL');
  });
});

describe('a pledge or warning that another side will pay a price (verbs.ts punishmentOfOther)', () => {
  checkAll([
    [
      'is a threat of punishment',
      'Israel Katz vowed on Monday that the Houthis would pay a heavy price.',
      'ISRGOV>YEMREBHOU 138 asserted',
    ],
    [
      'so is a warning',
      'Israel Katz warned that the Houthis would pay a heavy price.',
      'ISRGOV>YEMREBHOU 138 asserted',
    ],
  ]);
  it('but paying compensation oneself is no threat', () => {
    assert.ok(!events('Kyiv vowed that it would pay compensation.').some((e) => e.includes(' 138 ')));
  });
});

describe('a day a meeting is called for (when.ts contentsTime)', () => {
  it('dates the meeting, not the calling of it', () => {
    const record = extractOne('The Arab League called an emergency meeting for Saturday.', '2026-11-19');
    const call = record.events.find((e) => e.cameo.startsWith('03'));
    assert.ok(call);
    assert.notEqual(call.date, '2026-11-21');
  });
});

describe('a meeting of the convener’s own body named by a common noun (to-events.ts ownBodyNoun)', () => {
  it('has no party of the story as its target', () => {
    assert.deepEqual(
      events('North Korea fired a missile. South Korea convened a national security council meeting.'),
      ['PRK>- 150 asserted', 'KOR>- 046 asserted'],
    );
  });
});

describe('a show of force aimed at no one (to-events.ts showOfForce)', () => {
  it('is no threat against a party of the story', () => {
    assert.deepEqual(
      events(
        'China fired water cannon at a Philippine vessel. The Philippines said it would continue to patrol the area.',
      ),
      ['CHN>PHLMIL 175 asserted', 'PHL>- 150 future'],
    );
  });
});

describe('talking to the media (verbs.tsv)', () => {
  it('is no meeting', () => {
    assert.deepEqual(
      events('Two officials, who were not authorised to talk to the media, said Iran fired a missile.'),
      ['IRN>- 150 asserted'],
    );
  });
});

describe('an answer in kind (to-events.ts inKind, StoryMemory.lastActAgainst)', () => {
  it('is the deed last done to the answering side, returned to its doer', () => {
    assert.deepEqual(
      events(
        'Venezuela expelled three Guyanese diplomats, accusing them of spying. Guyana rejected the accusation and said it would respond in kind.',
      ),
      [
        'VEN>GUYGOV 166 asserted',
        'VEN>GUYGOV 1125 asserted',
        'GUY>VEN 016 asserted',
        'GUY>VEN 166 future',
        'GUY>VEN 131 asserted',
      ],
    );
  });
});

describe('a state’s foreign office (agents.tsv)', () => {
  it('is its government, and the subject a later "it" stands for', () => {
    assert.deepEqual(
      events(
        "Pakistan's foreign office did not confirm the strikes. It has repeatedly accused Kabul of sheltering the militants.",
      ),
      ['PAKGOV>AFGGOV 112 asserted'],
    );
  });
});

describe('standing with a side (verbs.tsv stand, to-events.ts SIDING_CASES)', () => {
  checkAll([
    [
      'is verbal support',
      'Venezuela expelled Guyanese diplomats. CARICOM said it stood with Guyana.',
      'IGOCRB>GUY 052 asserted',
    ],
    ['so is solidarity', 'Chile stands in solidarity with Cuba.', 'CHL>CUB 052 asserted'],
  ]);
  it('with an ally named by relation alone has no stand-in target', () => {
    const found = events('China rammed a Philippine boat. The U.S. said Washington stood with its ally.');
    assert.ok(
      found.includes('USA>- 052 asserted') || found.includes('USAGOV>- 052 asserted'),
      found.join('; '),
    );
  });
});

describe('an attack reported by one side on something it does not name (to-events.ts reportsAct)', () => {
  it('is on that side’s state, not on the one who reports it', () => {
    assert.deepEqual(events("Guyana's president said Venezuelan soldiers had fired on a patrol boat."), [
      'VENMIL>GUY 190 asserted',
    ]);
  });
});

describe('an act named by what it was on (StoryMemory.doerOf)', () => {
  it('is aimed at whoever the story told doing it to that', () => {
    const found = events(
      "Sudan's army recaptured a bridge from the Rapid Support Forces, while the RSF shelled a camp near El Fasher. Egypt condemned the attack on the camp.",
    );
    assert.ok(found.includes('EGY>SDNREBRSF 111 asserted'), found.join('; '));
  });
});

describe('an opposition politician (titles.tsv, agents.tsv)', () => {
  it('is the opposition of the state the story places them in', () => {
    assert.deepEqual(events('Police in Mali arrested opposition politician Moussa Mara.'), [
      'MLICOP>MLIOPP 173 asserted',
    ]);
  });
});

describe('a vow to defeat someone (verbs.tsv vow, pledge, promise, swear)', () => {
  checkAll([
    [
      'is a threat of force',
      "Al-Shabaab bombed a hotel in Mogadishu. Somalia's president vowed to defeat the militants.",
      'SOMGOV>SOMREBSHB 138 asserted',
    ],
  ]);
});

describe('what an attack cut off (coder.ts isConsequence, word-roles.tsv consequence)', () => {
  it('is no measure of its own', () => {
    assert.deepEqual(
      events(
        'Russia launched more than 100 drones and a dozen missiles at Ukraine overnight, damaging power plants in the Kharkiv and Poltava regions and cutting electricity to hundreds of thousands of homes, Ukrainian officials said on Wednesday.',
      ),
      ['RUS>UKR 195 asserted'],
    );
  });
});

describe('sanctions on "anyone who…" (to-events.ts INDEFINITES)', () => {
  it('have no party of the story as their target', () => {
    const found = events(
      "Rwanda's foreign minister said his country wanted peace. The United States said it would impose sanctions on anyone who undermined the peace process.",
    );
    assert.ok(found.includes('USA>- 163 future'), found.join('; '));
  });
});

describe('a time inside a relative clause set off by commas (when.ts inOtherAside)', () => {
  it('dates what the clause tells, not what the sentence reports', () => {
    const record = extractOne(
      'The United States, which brokered a deal between the two countries in June, said it would impose sanctions on Rwanda.',
      '2026-11-25',
    );
    const sanctions = record.events.find((e) => e.cameo === '163');
    assert.ok(sanctions);
    assert.equal(sanctions.date, null);
  });
});

describe('welcoming "the decision" (StoryMemory.author with deed nouns)', () => {
  it('is aimed at whoever did the deed, not at whoever last spoke', () => {
    const found = events(
      'The European Union imposed sanctions on 25 Belarusian officials. Belarusian leader Alexander Lukashenko has denied using migrants as a weapon. Poland welcomed the decision.',
    );
    assert.ok(found.includes('POL>IGOEUREEC 051 asserted'), found.join('; '));
  });
});

describe('welcoming "the deal" (StoryMemory.sidesOfDeal)', () => {
  it('is aimed at both sides the story told making it', () => {
    const found = events(
      "Thailand and Cambodia agreed on Saturday to withdraw heavy weapons from their disputed border. Cambodia's Defence Minister Tea Seiha said his country was committed to peace. China welcomed the deal.",
    );
    assert.ok(
      found.includes('CHN>THA 051 asserted') && found.includes('CHN>KHM 051 asserted'),
      found.join('; '),
    );
  });
});

describe('a capital attacked (to-events.ts namesPlace)', () => {
  it('is the state, not its government', () => {
    const found = events('Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu.');
    assert.ok(found.includes('SOMREBSHB>SOM 183 asserted'), found.join('; '));
  });
});

describe('who is quoted (05-quotes speaker, 06-sources)', () => {
  const speakerOf = (text: string) => extractOne(text).quotes.map((q) => q.speaker?.description ?? null);
  it('past a dateline, the subject of the clause a participle hangs on', () => {
    assert.deepEqual(
      speakerOf(
        'BAMAKO, Nov 21 (Reuters) - Mali\'s military government suspended the broadcasts of France 24 on Saturday, accusing the channel of spreading "false information" about an attack.',
      ),
      ["Mali's military government"],
    );
  });
  it('an ambassador to a capital, not the capital', () => {
    assert.deepEqual(
      speakerOf('The U.S. ambassador to Manila condemned China\'s "dangerous and unlawful actions."'),
      ['The U.S. ambassador to Manila'],
    );
  });
  it('the media a source may not talk to are no source', () => {
    const record = extractOne(
      'Pakistani jets struck hideouts, two officials said, speaking on condition of anonymity because they were not authorised to talk to the media.',
    );
    assert.deepEqual(
      record.sources.map((s) => s.kind),
      ['anonymous'],
    );
  });
});

describe('"Georgia" in a story that also names the United States (08-places statesNamed)', () => {
  it('is the country when the story’s actors are Georgian', () => {
    const doc = reader.read({
      text: 'Georgian police dispersed protesters in Georgia. The United States urged restraint.',
      published: '2026-11-24',
    });
    assert.deepEqual(
      doc.places.map((p) => `${doc.slice(p)} ${p.country}`),
      ['Georgia GEO', 'United States USA'],
    );
  });
  it('and the US state when they are American', () => {
    const doc = reader.read({
      text: 'Trump held a rally in Georgia. The United States said.',
      published: '2026-11-24',
    });
    assert.equal(doc.places[0].country, 'USA');
  });
});

describe('aid sent in vehicles carrying it somewhere (verbs.ts carriedTo)', () => {
  it('is aimed at the state of the place the vehicles carry it into', () => {
    const found = events(
      'Israel and Hamas agreed a truce. Egypt sent a convoy of 200 trucks carrying food and medicine into Gaza on Wednesday after Israel reopened the Kerem Shalom crossing.',
    );
    assert.ok(found.includes('EGY>PSE 070 asserted'), found.join('; '));
  });
});

describe('an attack told in a clause of another time (coder.ts isConsequence)', () => {
  it('is an act of its own, not what the later attack did', () => {
    const record = extractOne(
      'Turkish warplanes struck Kurdish militant targets in northern Iraq on Friday, the defence ministry said, a day after militants killed four Turkish soldiers in a border clash.',
      '2026-11-27',
    );
    const killing = record.events.find((e) => e.target?.code === 'TURMIL');
    assert.ok(killing, JSON.stringify(record.events.map((e) => e.cameo)));
    assert.equal(killing.date, '2026-11-26');
  });
});

describe('a day still to come told in the sentence before (when.ts toldAsDone)', () => {
  it('does not date a meeting told as done before a past saying', () => {
    const record = extractOne(
      "Kenya will send another 600 police officers to Haiti next month, President William Ruto said on Sunday. Ruto spoke after meeting Haiti's prime minister in Nairobi.",
      '2026-11-23',
    );
    const meeting = record.events.find((e) => e.cameo === '040');
    assert.ok(meeting);
    assert.equal(meeting.factuality, 'asserted');
    assert.equal(meeting.date, null);
  });
});

describe('"the army" other states urge (03-mentions sameGroupBefore)', () => {
  it('is the army the story named, not the state named nearest', () => {
    const found = events(
      "Sudan's army chief Abdel Fattah al-Burhan rejected on Monday a U.S.-backed proposal for a truce. Saudi Arabia and Egypt, which back the proposal along with the UAE, urged the army to reconsider.",
    );
    assert.ok(found.includes('SAU>SDNMIL 020 asserted'), found.join('; '));
  });
});

describe('a ministry named again (04-coref lendState, resolveBody)', () => {
  it('is the one "its" gave a state, not the state named nearest', () => {
    const found = events(
      'China imposed sanctions on U.S. firms over a sale of missiles to Taiwan, its foreign ministry said. The ministry urged Washington to stop arming Taiwan.',
    );
    assert.ok(found.includes('CHNGOV>USAGOV 025 asserted'), found.join('; '));
  });
});

describe('gangs in a story filed from abroad (03-mentions forcesHere, to-events.ts homeSide)', () => {
  it('are of the state whose police the sentence names, and attack their own state', () => {
    const found = events(
      'NAIROBI, Nov 23 (AP) — Kenya will send another 600 police officers to Haiti next month, President William Ruto said. Gangs attacked a police station in the capital on Saturday, killing two officers, Haitian police said.',
    );
    assert.ok(found.includes('HTICRM>HTI 190 asserted'), found.join('; '));
  });
});

describe('soldiers killed in an ambush (subjects.ts TAKES_OBJECT, 03-mentions forcesFought)', () => {
  it('in a headline are no killers', () => {
    assert.ok(
      !events('Two Indian soldiers killed in Manipur ambush, army says').some((e) => e.startsWith('INDMIL>')),
    );
  });
  it('and militants who ambush an army convoy are the state’s rebels', () => {
    const found = events(
      'Two Indian soldiers were killed and three wounded when suspected militants ambushed an army convoy in the northeastern state of Manipur on Thursday, the army said.',
    );
    assert.ok(
      found.some((e) => e.startsWith('INDREB>') && e.includes(' 190 ')),
      found.join('; '),
    );
  });
});

describe('declaring a diplomat persona non grata (verbs.tsv declare)', () => {
  checkAll([
    [
      'is an expulsion',
      'Moldova declared a Russian diplomat persona non grata on Wednesday.',
      'MDA>RUSGOV 166 asserted',
    ],
  ]);
});

describe('"…, the government said" after a state’s act (03-mentions stateReported)', () => {
  it('is that state’s government, not the state named last', () => {
    const found = events(
      'N\'DJAMENA, Nov 27 (Reuters) - Chad closed its eastern border with Sudan on Thursday after gunmen from Sudan raided a village in the Ouaddai region, the government said. Government spokesman Abderaman Koulamallah warned that Chad would "respond firmly" to any further incursion.',
    );
    assert.ok(
      found.some((e) => e.startsWith('TCDGOV>')),
      found.join('; '),
    );
    assert.ok(found.includes('SDNREB>TCD 190 asserted'), found.join('; '));
  });
});

describe('a charge told as a participle of a future act (factuality.ts SAYING_PARTICIPLES)', () => {
  checkAll([
    [
      'is made as it is said',
      'Israel said on Friday it would bar the United Nations special rapporteur from entering the country, accusing her of antisemitic bias.',
      'ISR>IGOUNO 112 asserted',
    ],
  ]);
});

describe('a person’s government (03-mentions owner)', () => {
  it('is of the person’s state', () => {
    assert.equal(
      codeOf(
        "The U.S. State Department had accused Venezuela of holding the Americans as bargaining chips. Maduro's government has denied the charge.",
        'government',
        '2026-11-28',
      ),
      'VENGOV',
    );
  });
});

describe('an attack blamed on a group a state backs (tree.ts byAgentOf, 03-mentions backedElsewhere)', () => {
  it('is that group’s, a group of the state the story is filed from', () => {
    const found = events(
      "ERBIL, Iraq, Nov 24 (AP) — A drone attack blamed on an Iran-backed militia struck the Khor Mor gas field in Iraq's Kurdistan region on Sunday night, officials said.",
    );
    assert.ok(
      found.some((e) => e.startsWith('IRQREB>') && e.includes(' 19')),
      found.join('; '),
    );
  });
});

describe('protesters clashing with police (verbs.tsv clash)', () => {
  checkAll([
    [
      'is aimed at the police',
      "TBILISI, Nov 24 (AP) — Thousands of opposition supporters clashed with riot police outside Georgia's parliament on Monday.",
      'GEOOPP>GEOCOP 145 asserted',
    ],
  ]);
});

describe('boarding a boat (verbs.tsv board)', () => {
  checkAll([
    [
      'is seizing it',
      "China's coast guard boarded a Philippine supply boat and seized weapons, Manila said.",
      'CHNMIL>PHL 171 asserted',
    ],
  ]);
});

describe('what the forces guard or hold (participants guardsOf, targets forcesThere, 03-mentions)', () => {
  checkAll([
    [
      'a convoy escorted by the army is the army’s, and so are the attackers placed',
      'Mali’s army has fought jihadists for a decade. Militants attacked a fuel convoy escorted by the army near Kayes on Sunday.',
      'MLIREB>MLIMIL 190 asserted',
    ],
    [
      'army positions in a province are the army’s',
      'M23 rebels attacked army positions in South Kivu on Wednesday, a local official said.',
      'CODREBM23>CODMIL 190 asserted',
    ],
    [
      'insurgents the state’s army fights are its rebels',
      "Mali's army is fighting jihadists near Gao, officials said.",
      'MLIMIL>MLIREB 190 asserted',
    ],
  ]);
  it('escorting a convoy of no one named is aimed at no party of the story', () => {
    const found = events(
      'A Swedish minister criticised Mali’s junta on Saturday. Soldiers escorted a fuel convoy near Kayes on Sunday.',
    );
    assert.ok(
      found.some((e) => e.endsWith('>- 074 asserted')),
      found.join('; '),
    );
  });
});

describe('"the rebels" placed by a city in their phrase (04-coref resolveGroup)', () => {
  it('is the rebel group the story named', () => {
    const found = events(
      'M23 rebels attacked army positions in South Kivu on Wednesday. Qatar has separately mediated talks between Kinshasa and the rebels in Doha.',
    );
    assert.ok(found.includes('QAT>CODREBM23 045 asserted'), found.join('; '));
  });
});

describe('coming under fire (verbs.tsv come under=, word-roles undergoing)', () => {
  checkAll([
    [
      'is an attack on the subject by whom the from-phrase names',
      'A Sudanese army convoy came under attack from RSF fighters near El Obeid on Tuesday.',
      'SDNREBRSF>SDNMIL 190 asserted',
    ],
  ]);
});

describe('"both leaders" (participants lastTwoPeople)', () => {
  it('are the last two heads of state or government named, not a spokeswoman named since', () => {
    const found = events(
      'Azerbaijani President Ilham Aliyev said Baku would sign the treaty. Armenian Prime Minister Nikol Pashinyan welcomed the step. Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had not been consulted. The United States congratulated both leaders.',
    );
    assert.ok(
      found.includes('USA>AZEGOV 051 asserted') && found.includes('USA>ARMGOV 051 asserted'),
      found.join('; '),
    );
  });
});

describe('a state’s gangs in one story (03-mentions, verbs ofCoSource, index dedupe)', () => {
  const text =
    "PORT-AU-PRINCE, Nov 14 (AP) — Gangs attacked the town of Cabaret north of Haiti's capital on Friday, killing at least 20 people. Police and soldiers fought the gangs for several hours, a police spokesman said. The U.S. Treasury Department imposed sanctions on two gang leaders on Friday.";
  it('police fighting the gangs is an event apart from the gangs’ attack', () => {
    const found = events(text);
    assert.ok(found.includes('HTICOP>HTICRM 190 asserted'), found.join('; '));
    assert.ok(found.includes('HTICRM>HTI 190 asserted'), found.join('; '));
  });
  it('gang leaders a foreign government sanctions are of the state the gangs are in', () => {
    assert.ok(events(text).includes('USAGOV>HTICRM 163 asserted'), events(text).join('; '));
  });
});

describe('a people’s name as a surname (03-mentions atoms isPeopleSurname)', () => {
  it('ends the speaker’s name, and is no group of its own', () => {
    const text =
      '"These allegations are baseless," Pakistan\'s foreign office spokeswoman Mumtaz Zahra Baloch told a news briefing.';
    assert.equal(codeOf(text, "Pakistan's foreign office spokeswoman Mumtaz Zahra Baloch"), 'PAKGOV');
  });
  it('still names the people before a noun', () => {
    assert.equal(codeOf('Baloch separatists attacked a convoy, officials said.', 'Mumtaz Baloch'), null);
    const doc = reader.read({
      text: 'Officials said Baloch separatists attacked a convoy.',
      published: '2026-02-02',
    });
    assert.ok(doc.mentions.some((m) => doc.slice(m) === 'Baloch separatists'));
  });
});

describe('the day of a participle with an agent of its own (when.ts relativeBelow)', () => {
  it('dates what the participle tells, not the act the sentence reports', () => {
    const record = extractOne(
      "Haiti's transitional council asked the United Nations to speed up the deployment of a force approved by the Security Council in September.",
      '2026-11-14',
    );
    const asked = record.events.find((e) => e.cameo === '020');
    assert.ok(asked, JSON.stringify(record.events));
    assert.notEqual(asked.date, '2026-09-01/2026-09-30');
  });
});

describe('an object the knowledge base does not know (to-events unknownName)', () => {
  it('has no party of the story stand in for it', () => {
    const found = events(
      "Guyana's President Irfaan Ali called the drills a provocation. Venezuela's foreign minister accused ExxonMobil of stoking the dispute.",
    );
    assert.ok(found.includes('VENGOV>- 112 asserted'), found.join('; '));
  });
});

describe('moving tanks and artillery (verbs.tsv move)', () => {
  checkAll([
    [
      'is a build-up of force',
      'Ethiopia has moved tanks and artillery toward its northern border with Eritrea in recent days, three diplomats told Reuters.',
      'ETH>ERI 154 asserted',
    ],
  ]);
});

describe('"the two countries" after a state’s envoy (participants asNamedLevel)', () => {
  checkAll([
    [
      'are the states, not the envoy’s government',
      "India summoned Pakistan's deputy high commissioner on Tuesday. The two countries agreed to a ceasefire along the border in May.",
      'IND>PAK 0871 asserted',
    ],
  ]);
});

describe('an infinitive of saying (05-quotes speaker before)', () => {
  it('speaks for the subject of the clause it hangs on, not the noun before "to"', () => {
    const record = extractOne(
      'The Philippine foreign ministry summoned China\'s ambassador to protest the "dangerous and aggressive actions".',
    );
    assert.equal(
      record.quotes[0]?.speaker?.description,
      'The Philippine foreign ministry',
      JSON.stringify(record.quotes),
    );
  });
});

describe('a state owning an unknown place (03-mentions chunk possessingState, "state" after a name)', () => {
  it('is still named, and the federal state is a place, not a government', () => {
    const text =
      "Gunmen stormed a girls' school in Nigeria's northwestern Kebbi state on Monday, police said.";
    assert.equal(codeOf(text, 'Nigeria'), 'NGA');
    const doc = reader.read({ text, published: '2026-11-18' });
    assert.ok(
      !doc.mentions.some((m) => /state$/.test(doc.slice(m))),
      doc.mentions.map((m) => doc.slice(m)).join('; '),
    );
  });
});

describe('the story’s day past a month told as background (when.ts carriedOver)', () => {
  it('goes on with the day, looked for further back', () => {
    const record = extractOne(
      'PKK militants have completed their withdrawal from Turkish territory, the group said on Sunday. The PKK announced in May that it would disband. President Tayyip Erdogan welcomed the move. Iraq said it would cooperate with Turkey. The pro-Kurdish DEM Party urged Ankara to release Ocalan.',
      '2026-11-16',
    );
    const urged = record.events.find((e) => e.cameo === '025');
    assert.equal(urged?.date, '2026-11-15', JSON.stringify(record.events.map((e) => [e.cameo, e.date])));
  });
});

describe('what a group holds (03-mentions atoms holderOf)', () => {
  checkAll([
    [
      'a port it controls is its own',
      'Israeli warplanes struck the Houthi-controlled port of Hodeidah in western Yemen on Monday.',
      'ISRMIL>YEMREBHOU 195 asserted',
    ],
  ]);
  it('a ministry it runs speaks for it', () => {
    assert.equal(
      codeOf(
        'The Houthi-run health ministry said three workers were killed.',
        'The Houthi-run health ministry',
      ),
      'YEMREBHOU',
    );
  });
});

describe('condemning "the assault" (to-events counterpart, the noun’s plain row)', () => {
  checkAll([
    [
      'is aimed at whoever stormed, not at a state striking elsewhere',
      "Al Shabaab storms Mogadishu hotel; U.S. strikes militants in south\n\nMOGADISHU, Nov 21 (Reuters) - Al Shabaab fighters stormed a hotel near the presidential palace in Mogadishu late on Friday, killing at least nine people, police said.\nSomalia's President Hassan Sheikh Mohamud condemned the assault.",
      'SOMGOV>SOMREBSHB 111 asserted',
    ],
  ]);
});

describe('an operation of no force (verbs.ts, word-roles unarmed-operation)', () => {
  it('codes no attack', () => {
    const found = events(
      'President Bola Tinubu cancelled a trip to South Africa. The army said troops had launched a search operation with air support.',
    );
    assert.ok(!found.some((e) => e.includes(' 19')), found.join('; '));
  });
});

describe('an airstrike against a group near a town (participants placefallback, organizations.tsv)', () => {
  checkAll([
    [
      'hits the group, not the town’s state',
      'The U.S. Africa Command said it had conducted an airstrike against Al Shabaab near Jilib on Thursday.',
      'USAMIL>SOMREBSHB 195 asserted',
    ],
  ]);
});

describe('talks joined to an act on someone (to-events jointObject)', () => {
  checkAll([
    [
      'are with that one, not with a party named before',
      'Ugandan troops have been deployed in Juba since March. The African Union urged the government of South Sudan to release Riek Machar and return to dialogue.',
      'SSDGOV>SSDELI 046 hypothetical',
    ],
  ]);
});

describe('a group loyal to a named person (03-mentions linkedPerson)', () => {
  checkAll([
    [
      'fights in that person’s state',
      "South Sudan's First Vice President Riek Machar was arrested in March after a militia loyal to Machar overran an army base in Nasir.",
      'SSDREB>SSDMIL 192 asserted',
    ],
  ]);
});

describe('backing a resolution (to-events issuerOf, draftedBy)', () => {
  checkAll([
    [
      'is aimed at whoever drafted it, told up to five sentences before',
      'Iran warned it could quit the treaty if the board adopts a resolution drafted by Britain. The draft was circulated on Friday. Iran rejected it. Iranian officials met on Saturday. Grossi said inspectors had no access. The United States backed the resolution, an official said.',
      'USA>GBR 051 asserted',
    ],
  ]);
});

describe('"the army" a foreign envoy calls on (03-mentions told, sameGroupBefore)', () => {
  checkAll([
    [
      'is the army the story named before',
      "Sudan's Rapid Support Forces accepted the truce plan. The army, which has fought the RSF since 2023, did not respond. U.S. envoy Massad Boulos welcomed the announcement and called on the army to accept the plan.",
      'USAGOV>SDNMIL 027 asserted',
    ],
  ]);
});

describe('two states before a shared noun (participants otherStatesOfAgent)', () => {
  checkAll([
    [
      'in a headline, meet each other',
      'South Korea, Japan leaders meet, agree to deepen security ties',
      'KORGOV>JPNGOV 040 asserted',
    ],
    [
      'in prose, act together',
      'Egypt and Qatar officials met Hamas leaders in Cairo.',
      'QATGOV>PSEREBHMS 040 asserted',
    ],
  ]);
});

describe('a part of an agreement cited (nouns.ts standingAgreement)', () => {
  it('is no agreement made', () => {
    const found = events(
      "Poland said it would ask NATO to hold consultations under Article 4 of the alliance's treaty.",
    );
    assert.ok(!found.some((e) => e.includes(' 057 ')), found.join('; '));
  });
});

describe('an act carried out by a light verb that is denied (factuality.ts deniedBy)', () => {
  checkAll([
    [
      'is negated',
      'The Kremlin denied that Russian forces were preparing an offensive near Zaporizhzhia.',
      'RUSMIL>UKR 190 negated',
    ],
    [
      'as is one ruled out',
      'Japanese ministers ruled out taking military action against Beijing over the islands.',
      'JPNGOV>CHN 190 negated',
    ],
  ]);
  it('but an appeal denied an answer was still made', () => {
    assert.ok(
      events('Iran denied that it had answered an appeal from the EU.').includes(
        'IGOEUREEC>IRN 020 asserted',
      ),
    );
  });
});

describe('a state named before a sale (nouns.ts RECEIVED)', () => {
  it('receives it, and sells nothing', () => {
    const found = events('China sanctions U.S. defence firms over Taiwan arms sale');
    assert.ok(!found.some((e) => e.startsWith('TWN>')), found.join('; '));
  });
  it('while a sale "to" it is told from the seller', () => {
    const found = events("China imposed sanctions over Washington's latest arms sale to Taiwan.");
    assert.ok(found.includes('USAGOV>TWN 062 asserted'), found.join('; '));
  });
});

describe('a named speaker found in a quotation (05-quotes named-speakers, Doc.sortMentions)', () => {
  it('keeps a later list of states whole', () => {
    const found = events(
      '"If they attack us again, we will respond with full force," Asif told Geo News. Turkey and Qatar, which mediated the talks between Pakistan and Afghanistan, said they would continue their efforts.',
    );
    assert.ok(
      found.includes('QAT>PAK 045 asserted') && found.includes('TUR>PAK 045 asserted'),
      found.join('; '),
    );
  });
});

describe('a weapon no word places (03-mentions UNOWNED_WEAPONS, launchedBy)', () => {
  it('is no one’s, not the state it struck', () => {
    const found = events(
      "ERBIL, Iraq, Nov 23 (AP) — A drone struck the Khor Mor gas field in Iraq's Kurdistan region late on Saturday, Kurdish officials said.",
    );
    assert.ok(!found.some((e) => e.startsWith('IRQ')), found.join('; '));
  });
  checkAll([
    [
      'but is whoever launched it',
      'Drones launched by the Rapid Support Forces hit an airport in Kassala on Tuesday, the army said.',
      'SDNREBRSF>SDN 195 asserted',
    ],
  ]);
});

describe('a body named with its organisation before its own words (syntax subjectOfSubject)', () => {
  checkAll([
    [
      'acts as that organisation',
      'The United Nations human rights office urged Ecuador to investigate the deaths.',
      'IGOUNO>ECU 020 asserted',
    ],
  ]);
});

describe('restoring ties (word-roles reciprocal)', () => {
  checkAll([
    [
      'between two states named together is mutual',
      'Somalia and Ethiopia agreed on Tuesday to restore full diplomatic relations, Turkish Foreign Minister Hakan Fidan said.',
      'SOM>ETH 054 asserted',
    ],
  ]);
});

describe('commanders of two states named together (agents.tsv commander, 03-mentions agentMention)', () => {
  checkAll([
    [
      'meet each other, a known body’s name joined to a demonym',
      'Indian and Chinese military commanders held talks on Monday to ease a standoff in the eastern Ladakh region.',
      'INDMIL>CHNMIL 046 asserted',
    ],
  ]);
  it('but those behind an attack are no state’s', () => {
    const found = events(
      'A Pakistani security official said the raids targeted commanders behind a suicide bombing in Peshawar that killed 17 police officers on Tuesday.',
    );
    assert.ok(!found.some((e) => e.startsWith('PAKMIL>')), found.join('; '));
  });
});

describe('entering a state’s waters (tree.ts lemmaIn, verbs.tsv enter)', () => {
  checkAll([
    [
      'is an incursion, "waters" matched as written',
      'Japan lodged a protest with China on Saturday after four Chinese coast guard ships entered Japanese territorial waters around the Senkaku Islands.',
      'CHNMIL>JPN 150 asserted',
    ],
  ]);
});

describe('a crowd of protesters (03-mentions CROWD_HEADS, to-events counterpart and cityJustBefore, verbs.ts)', () => {
  const text =
    'Armenian police detained dozens of people at a rally in Yerevan on Friday. Protesters carrying EU flags had marched from the cathedral. Hundreds of protesters gathered outside parliament on Saturday.';
  it('is of the story’s state, faces its government, not what its own phrase names, and goes on in the city named', () => {
    const record = extractOne(text, '2026-11-23');
    const march = record.events.find((e) => e.cameo === '141' && e.sentence === 1);
    assert.equal(march?.source?.code, 'ARMOPP', JSON.stringify(record.events));
    assert.equal(march?.target?.code, 'ARMGOV');
    assert.equal(march?.location?.name, 'Yerevan');
  });
  it('gathering is a demonstration, no meeting', () => {
    assert.ok(
      events(text).some((e) => e.startsWith('ARMOPP>') && e.includes(' 141 ')),
      events(text).join('; '),
    );
  });
});

describe('"a government plan" rejected by an armed group (to-events bodyCompound)', () => {
  checkAll([
    [
      'is its own state’s government’s, not the enemy named after',
      'Hezbollah leader Naim Qassem on Monday rejected a government plan to disarm the group, saying its weapons were needed to defend Lebanon against Israel.',
      'LBNREBHEZ>LBNGOV 127 asserted',
    ],
  ]);
});

describe('selling "to any buyer" (to-events counterpart, ANY_ONE)', () => {
  it('is aimed at no party of the story', () => {
    const found = events(
      'Niger expelled French troops. A government spokesman said Niger was free to sell its uranium to any buyer.',
    );
    assert.ok(
      found.some((e) => e.startsWith('NER>- 061')),
      found.join('; '),
    );
  });
});

describe('restoring ties with two states (word-roles mutual-ties)', () => {
  it('is aimed at both', () => {
    const found = events('Washington plans to restore ties with Cuba and Venezuela next year.');
    assert.ok(
      found.some((e) => e.includes('>CUB 05')) && found.some((e) => e.includes('>VEN 05')),
      found.join('; '),
    );
  });
});

describe('an inquiry of one’s own and unknown culprits (to-events counterpart)', () => {
  it('are aimed at no party of the story', () => {
    const found = events(
      'The United States condemned the attack. Iraqi Prime Minister Mohammed Shia al-Sudani ordered an investigation and vowed to punish those responsible.',
    );
    assert.ok(
      found.includes('IRQGOV>- 090 asserted') && found.includes('IRQGOV>- 138 asserted'),
      found.join('; '),
    );
  });
  it('while a demand for one is still made of someone', () => {
    const found = events(
      "Israeli jets struck a convoy. Indonesia's foreign ministry condemned the attack and demanded a full investigation.",
    );
    assert.ok(
      found.some((e) => e.startsWith('IDNGOV>ISR') && e.includes(' 10')),
      found.join('; '),
    );
  });
});

describe('a place named after "the town of", "the port of" (08-places context localityTier)', () => {
  it('is where the act happened', () => {
    const record = extractOne(
      "PORT-AU-PRINCE, Nov 14 (AP) — Gangs attacked the town of Cabaret north of Haiti's capital on Friday, burning homes, a local rights group said.",
      '2026-11-14',
    );
    const attack = record.events.find((e) => e.cameo.startsWith('19'));
    assert.equal(attack?.location?.name, 'Cabaret', JSON.stringify(record.events));
  });
});

describe('a clause whose subject looks ahead (07-time context.ts modalBefore, governingTense)', () => {
  it('is past all the same: a plan that came after a call on Sunday dates the call to that Sunday', () => {
    const record = extractOne(
      'The plan came after a phone call on Sunday between Erdogan and Putin.',
      '2026-02-02',
    );
    assert.deepEqual(
      record.events.map((e) => [e.cameo, e.factuality, e.date]),
      [
        ['041', 'asserted', '2026-02-01'],
        ['041', 'asserted', '2026-02-01'],
      ],
    );
  });
});

describe('a state’s adjective standing for a side left unnamed (participants.ts)', () => {
  checkAll([
    [
      'is where one withdrew from',
      'Armenian troops withdrew from the Azerbaijani to the Armenian side of the frontier.',
      'ARMMIL>AZE 0874 asserted',
    ],
  ]);
});
