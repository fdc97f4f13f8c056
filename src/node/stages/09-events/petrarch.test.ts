import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CameoInfo, CameoTable, formatPattern, type VerbRow } from './lexicon.js';
import {
  convertPetrarchVerbs,
  parseActorCode,
  petrarchDate,
  petrarchLemma,
  readPetrarchActors,
  readPetrarchAgents,
  readPetrarchVerbs,
} from './petrarch.js';

// A small dictionary in the PETRARCH-2 layout: synsets first, then verb blocks.
const VERBS = `# test dictionary
####### SYNONYM SETS #######
&CEASEFIRE
+TRUCE
+CEASE_FIRE
+CEASEFIRE

&DIPLOMAT
+ENVOY
+AMBASSADOR_

####### VERB PATTERNS #######
---  HALT   [---]  ---
+CALL_OFF {+CALLED_OFF +CALLING_OFF} [160]
HALT
STOP {STOPS STOPPING STOPPED }
- * TALKS                                             [164]         # HALT
- * &CEASEFIRE                                        [196]         # CALLED_OFF
- * (WITH +)                                          [---]         # STOP
- * {AIR RAIDS}                                       [087]         # HALT
- ABRUPTLY * TALKS                                    [164:164]     # END
- + * {DEATH THREAT}                                  [:138]        # HALT

---  EXPEL   [174]  ---
EXPEL  # comment on the verb
- * &DIPLOMAT                                         [166]         # EXPEL
- * + (FROM COUNTRY)                                  [174]         # EXPEL
- * (AGAINST) +                                       [111]         # EXPEL
- * ON &SOLUTION                                      [035]         # EXPEL
- * WIDGET                                            [999]         # EXPEL
`;

function find(rows: readonly VerbRow[], lemma: string, pattern: string): VerbRow | undefined {
  return rows.find((r) => r.lemma === lemma && formatPattern(r) === pattern);
}

describe('readPetrarchVerbs', () => {
  const result = convertPetrarchVerbs(VERBS, '/x/test.verbs');
  const rows = result.rows;

  it('turns a verb with its own code into a default row, and a phrasal verb into prt=', () => {
    const callOff = find(rows, 'call', 'prt=off');
    assert.equal(callOff?.code, '160');
    assert.equal(callOff?.rule, 'test.verbs:14');
    assert.equal(find(rows, 'expel', '')?.code, '174');
    // A block coded [---] gives its verbs no default row.
    assert.equal(find(rows, 'halt', ''), undefined);
  });

  it('applies each pattern to every verb of the block', () => {
    for (const lemma of ['halt', 'stop']) assert.equal(find(rows, lemma, 'obj=talk')?.code, '164');
    assert.equal(find(rows, 'call', 'prt=off obj=talk')?.code, '164');
  });

  it('expands synsets, dropping multi-word members and stop marks', () => {
    const row = rows.find((r) => r.lemma === 'halt' && r.code === '196');
    assert.deepEqual(row?.obj, new Set(['truce', 'ceasefire']));
    assert.deepEqual(find(rows, 'expel', 'obj=envoy|ambassador')?.code, '166');
  });

  it('converts target markers, prepositional phrases and [---] blocks', () => {
    assert.equal(find(rows, 'stop', 'with *')?.code, null);
    const from = find(rows, 'expel', '* from=country');
    assert.equal(from?.code, '174');
    assert.deepEqual(from?.target, { kind: 'obj' });
    assert.deepEqual(find(rows, 'expel', 'against *')?.target, { kind: 'prep', prep: 'against' });
  });

  it('reads a braced phrase as its last word and the words that must come before it', () => {
    const raids = find(rows, 'halt', 'obj=raid');
    assert.equal(raids?.code, '087');
    assert.deepEqual(raids?.objWords, [new Set(['air'])]);
    // (A phrase is more specific than its last word alone.)
    assert.ok((raids?.specificity ?? 0) > (find(rows, 'halt', 'obj=talk')?.specificity ?? 0));
  });

  it('counts what it cannot translate', () => {
    assert.equal(result.skipReasons.get('words before the verb'), 1);
    assert.equal(result.skipReasons.get('passive-only code [:X]'), 1);
    assert.equal(result.skipReasons.get('unknown synset'), 1);
    assert.equal(result.skipped, 3);
    assert.equal(result.converted, 8); // WIDGET [999] too: codes are checked only with a table
  });

  it('drops codes that are not CAMEO when given the code table', () => {
    const codes = new Map<string, CameoInfo>();
    for (const code of ['160', '164', '166', '174', '196', '111']) {
      codes.set(code, { code, name: code, goldstein: 0, quad: 4, plover: '', ploverMode: '' });
    }
    const checked = convertPetrarchVerbs(VERBS, 'test.verbs', { cameo: new CameoTable(codes) });
    assert.equal(checked.skipReasons.get('code not in cameo.tsv'), 2); // 999 and 087
    assert.ok(!checked.rows.some((r) => r.code === '999'));
    assert.equal(readPetrarchVerbs(VERBS, 'test.verbs').length, rows.length);
  });

  it("applies a pattern only to its comment's verb with scope 'origin'", () => {
    const origin = readPetrarchVerbs(VERBS, 'test.verbs', { scope: 'origin' });
    assert.ok(find(origin, 'halt', 'obj=talk'));
    assert.equal(find(origin, 'stop', 'obj=talk'), undefined);
    // CALLED_OFF is an inflection of CALL_OFF: the ceasefire pattern stays with "call off".
    assert.equal(
      origin
        .filter((r) => r.code === '196')
        .map((r) => r.lemma)
        .join(),
      'call',
    );
  });

  it('lemmatises plural nouns', () => {
    assert.equal(petrarchLemma('TALKS'), 'talk');
    assert.equal(petrarchLemma('EMBASSIES'), 'embassy');
    assert.equal(petrarchLemma('CLASHES'), 'clash');
    assert.equal(petrarchLemma('TIES'), 'tie');
    assert.equal(petrarchLemma('NEWS'), 'news');
    assert.equal(petrarchLemma('CRISIS'), 'crisis');
    assert.equal(petrarchLemma('KRONER_'), 'kroner');
  });
});

// Actor entries as in Phoenix.Countries.actors.txt and the validation suite's actor file.
const ACTORS = `<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->
# comment
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
THE_UNITED_NATIONS_ [IGOUNO]
HAMAS WING [PSEHMSBRD]
BOROMIR  [---]
AUSTRALIA [AUS]
+AUSTRALIAN
`;

describe('readPetrarchActors', () => {
  const actors = readPetrarchActors(ACTORS, 'test.actors');

  it('reads roots, synonyms and indented date-restricted codes', () => {
    assert.equal(actors.length, 5);
    assert.deepEqual(actors[0].names, ['HAMID KARZAI', 'KARZAI', 'PRESIDENT KARZAI']);
    assert.deepEqual(actors[0].codes, [
      { code: 'AFGELI', from: '1975-01-01', to: '2000-01-01' },
      { code: 'AFGGOV', from: '2001-12-22', to: null },
      { code: 'AFGELI', from: null, to: null },
    ]);
    assert.equal(actors[0].line, 3);
  });

  it('reads inline codes, spaces in names and [---]', () => {
    assert.deepEqual(actors[1], {
      names: ['THE UNITED NATIONS'],
      codes: [{ code: 'IGOUNO', from: null, to: null }],
      line: 9,
    });
    assert.deepEqual(actors[2].names, ['HAMAS WING']);
    assert.deepEqual(actors[3].codes, []);
    assert.deepEqual(actors[4].names, ['AUSTRALIA', 'AUSTRALIAN']);
  });

  it('parses date forms', () => {
    assert.equal(petrarchDate('991201'), '1999-12-01');
    assert.equal(petrarchDate('010114'), '2001-01-14');
    assert.equal(petrarchDate('20070101'), '2007-01-01');
    assert.equal(petrarchDate('bad'), null);
    assert.deepEqual(parseActorCode('USAGOV 991201-010114'), {
      code: 'USAGOV',
      from: '1999-12-01',
      to: '2001-01-14',
    });
    assert.deepEqual(parseActorCode('IGOUNO >20070101'), { code: 'IGOUNO', from: '2007-01-01', to: null });
    assert.deepEqual(parseActorCode('HOBREB > 990816'), { code: 'HOBREB', from: '1999-08-16', to: null });
    assert.deepEqual(parseActorCode('HOBGOV 19950601 - 19990815'), {
      code: 'HOBGOV',
      from: '1995-06-01',
      to: '1999-08-15',
    });
    // "<950101": before that day, so the last day the code holds is the day before.
    assert.deepEqual(parseActorCode('X <950101'), { code: 'X', from: null, to: '1994-12-31' });
  });
});

const AGENTS = `# agents
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
FOREIGN_!MINIST! [~GOV]
CATTLE_THIEF {CATTLE_THIEVES} [~CRM]
MEDIA {} [~MED] # tb 16 Aug 2006
SECURITY SERVICE [~GOV]
REBEL_LEADER [REB~]
`;

describe('readPetrarchAgents', () => {
  const agents = readPetrarchAgents(AGENTS, 'test.agents');

  it('reads plain entries, explicit and empty plurals', () => {
    assert.deepEqual(agents[0], { term: 'farmer', code: 'AGR', attach: 'after', line: 4 });
    const thief = agents.find((a) => a.term === 'cattle thief');
    assert.equal(thief?.plural, 'cattle thieves');
    assert.equal(agents.find((a) => a.term === 'media')?.plural, '');
    assert.equal(agents.find((a) => a.term === 'security service')?.code, 'GOV');
    assert.equal(agents.find((a) => a.term === 'rebel leader')?.attach, 'before');
  });

  it('expands macros into one entry per alternative', () => {
    const cattle = agents.filter((a) => a.term.startsWith('cattle') && a.code === 'AGR').map((a) => a.term);
    assert.deepEqual(cattle, ['cattleman', 'cattlemen', 'cattlewoman', 'cattlewomen', 'cattleperson']);
    const foreign = agents.filter((a) => a.term.startsWith('foreign')).map((a) => a.term);
    assert.deepEqual(foreign, ['foreign minister', 'foreign ministers']);
  });
});
