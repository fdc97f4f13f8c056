import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../errors.js';
import {
  type EventLexicon,
  formatPattern,
  loadCameoTable,
  loadEventLexicon,
  parsePattern,
  type VerbRow,
  withVerbRows,
} from './lexicon.js';

const realDir = fileURLToPath(new URL('../../../../data/events/', import.meta.url));
const lexicon: EventLexicon = loadEventLexicon();

/** The first row of a verb whose pattern, written back, is `pattern`. */
function row(lemma: string, pattern: string): VerbRow {
  const found = lexicon.verbs.get(lemma)?.find((r) => formatPattern(r) === pattern);
  assert.ok(found, `no row ${lemma} "${pattern}"`);
  return found;
}

describe('loadEventLexicon on the real files', () => {
  // How fast it loads is measured by the reading benchmark (load_ms), not here.
  it('loads enough rows', () => {
    const lex = loadEventLexicon();
    const verbs = [...lex.verbs.values()].flat().length;
    const nouns = [...lex.nouns.values()].flat().length;
    assert.ok(verbs >= 500, `${verbs} verb rows`);
    assert.ok(nouns >= 150, `${nouns} noun rows`);
    assert.ok(lex.synsets.size >= 10);
  });

  it('covers every CAMEO root with at least one verb or noun row', () => {
    const roots = new Set<string>();
    for (const r of [...lexicon.verbs.values()].flat()) if (r.code) roots.add(r.code.slice(0, 2));
    for (const r of [...lexicon.nouns.values()].flat()) if (r.code) roots.add(r.code.slice(0, 2));
    for (let i = 1; i <= 20; i++) assert.ok(roots.has(String(i).padStart(2, '0')), `root ${i}`);
  });

  it('keeps the bench code choices', () => {
    const byObj = (lemma: string, obj: string) =>
      lexicon.verbs.get(lemma)?.find((r) => r.obj?.has(obj) && r.preps.length === 0 && !r.target)?.code;
    assert.equal(byObj('expel', 'diplomat'), '166');
    assert.equal(byObj('summon', 'ambassador'), '114');
    assert.equal(byObj('pledge', 'aid'), '033');
    assert.equal(byObj('close', 'crossing'), '191');
    assert.equal(row('say', '').code, null);
    assert.equal(row('meet', 'with *').code, '040');
    const test = lexicon.verbs.get('test')?.find((r) => r.obj?.has('missile'));
    assert.equal(test?.code, '150');
  });

  it('types a cyber attack (176) as PLOVER COERCE, as the PLOVER 2.0 manual does', () => {
    const cyber = lexicon.cameo.info('176');
    assert.equal(cyber?.plover, 'COERCE');
    assert.equal(cyber?.ploverMode, 'cyber');
  });

  it('types easing a curfew or a state of emergency as PLOVER CONCEDE, as the manual does', () => {
    for (const code of ['0813', '0814']) {
      assert.equal(lexicon.cameo.info(code)?.plover, 'CONCEDE', code);
      assert.ok(!lexicon.cameo.info(code)?.ploverMode, code);
    }
    assert.equal(lexicon.cameo.info('0871')?.plover, 'RETREAT');
  });

  it('types imposing sanctions (163) as PLOVER SANCTION `discontinue`, as the manual does', () => {
    assert.equal(lexicon.cameo.info('163')?.plover, 'SANCTION');
    assert.equal(lexicon.cameo.info('163')?.ploverMode, 'discontinue');
  });

  it('sorts a verb so the most specific, then the narrowest, row comes first', () => {
    const send = lexicon.verbs.get('send') ?? [];
    for (let i = 1; i < send.length; i++) assert.ok(send[i - 1].specificity >= send[i].specificity);
    // "send food" is humanitarian aid (073) before aid in general (070): narrower set first.
    const firstFood = send.find((r) => r.obj?.has('food') && r.preps.length === 0);
    assert.equal(firstFood?.code, '073');
  });

  it('indexes multiword nouns by their head, longest first', () => {
    const strikes = lexicon.nouns.get('strike') ?? [];
    const drone = strikes.find((r) => r.lemma === 'drone strike' && r.preps.length === 0);
    assert.deepEqual(drone?.words, ['drone', 'strike']);
    assert.equal(drone?.code, '1952');
    assert.ok(strikes[0].words.length >= strikes[strikes.length - 1].words.length);
    const on = strikes.find((r) => r.lemma === 'strike' && r.target?.kind === 'prep');
    assert.deepEqual(on?.target, { kind: 'prep', prep: 'on' });
  });
});

describe('parsePattern', () => {
  const synsets = new Map<string, ReadonlySet<string>>([
    ['@SANCTION', new Set(['sanction', 'embargo'])],
    ['@TALKS', new Set(['talk', 'meeting'])],
  ]);
  const cases: [string, object][] = [
    ['', { target: null, obj: null, needsObj: false, preps: [], xcomp: null, prt: null, specificity: 0 }],
    ['*', { target: { kind: 'obj' }, obj: null, needsObj: true, preps: [], specificity: 1 }],
    [
      'with *',
      {
        target: { kind: 'prep', prep: 'with' },
        needsObj: false,
        preps: [{ prep: 'with', lemmas: null }],
        specificity: 1,
      },
    ],
    [
      'obj=@SANCTION on *',
      {
        target: { kind: 'prep', prep: 'on' },
        obj: new Set(['sanction', 'embargo']),
        needsObj: true,
        preps: [{ prep: 'on', lemmas: null }],
        specificity: 3,
      },
    ],
    [
      'by=phone with *',
      {
        target: { kind: 'prep', prep: 'with' },
        preps: [
          { prep: 'by', lemmas: new Set(['phone']) },
          { prep: 'with', lemmas: null },
        ],
        specificity: 3,
      },
    ],
    [
      '* xcomp=meet|@TALKS',
      {
        target: { kind: 'obj' },
        xcomp: new Set(['meet', 'talk', 'meeting']),
        needsObj: true,
        specificity: 3,
      },
    ],
    ['prt=off obj=@TALKS', { target: null, prt: 'off', obj: new Set(['talk', 'meeting']), specificity: 4 }],
    ['* xcomp', { xcomp: new Set(), specificity: 2 }],
    ['obj', { target: null, obj: null, needsObj: true, specificity: 1 }],
    ['-obj', { target: null, obj: null, needsObj: false, noObj: true, specificity: 0 }],
  ];
  for (const [pattern, expected] of cases) {
    it(`"${pattern}"`, () => {
      const parsed = parsePattern(pattern, synsets);
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(parsed[key as keyof typeof parsed], value, key);
      }
      // Writing the parsed row back gives a pattern that parses to the same thing.
      const again = parsePattern(formatPattern(parsed), synsets);
      assert.deepEqual(again, parsed);
    });
  }

  const bad: [string, RegExp][] = [
    ['* *', /more than one \*/],
    ['with on *x', /unknown pattern item/],
    ['obj=@NOPE', /unknown synset/],
    ['obj=Sanction', /not a lower-case lemma/],
    ['with obj *', /\* must come before/],
    ['prt=off|up', /exactly one particle/],
    ['with with', /given twice/],
    ['-obj *', /contradict/],
  ];
  for (const [pattern, reason] of bad) {
    it(`rejects "${pattern}"`, () => assert.throws(() => parsePattern(pattern, synsets), reason));
  }
});

describe('bad rows give E011 with file and line', () => {
  const header = 'lemma\tpattern\tcode\tnote\n';
  const minimal = {
    'cameo.tsv':
      '# codes\ncode\tname\tgoldstein\tquad\tplover\tplover_mode\n04\tCONSULT\t1.0\t1\t\t\n040\tConsult\t1.0\t1\tCONSULT\t\n042\tMake a visit\t1.9\t1\tCONSULT\tvisit\n1952\tEmploy remotely piloted aerial munitions\t\t4\tATTACK\taerial\n',
    'synsets.tsv': 'name\tlemmas\n@TALKS\ttalk|meeting\n@ALL\t@TALKS|summit\n',
    'verbs.tsv': `${header}meet\twith *\t040\t\nvisit\t*\t042\t\n`,
    'nouns.tsv': `${header}talk\tbetween *\t040\t\ndrone strike\ton *\t1952\t\n`,
    'descriptors.tsv':
      'noun\ttype\tsectors\tname\tcountries\nagency\torganization\t\tagency\t\nkingdom\tstate\t\t\tSAU|JOR\n',
    'groups.tsv': 'modifier\theads\tmembers\nBaltic\tstate|country\tEST|LVA|LTU\n',
    'censure.txt': '# words\nshameful\n',
  };

  function withFiles(
    override: Partial<Record<keyof typeof minimal, string>>,
    check: (dir: string) => void,
  ): void {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-events-'));
    try {
      for (const [name, text] of Object.entries({ ...minimal, ...override }))
        writeFileSync(join(dir, name), text);
      check(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a minimal directory loads, with nested synsets', () => {
    withFiles({}, (dir) => {
      const lex = loadEventLexicon(dir);
      assert.deepEqual(lex.synsets.get('@ALL'), new Set(['talk', 'meeting', 'summit']));
      assert.equal(lex.verbs.get('meet')?.[0].rule, 'verbs.tsv:2');
      assert.equal(lex.nouns.get('strike')?.[0].lemma, 'drone strike');
      assert.deepEqual(lex.descriptors.get('kingdom')?.countries, new Set(['SAU', 'JOR']));
      assert.deepEqual(lex.groups.get('Baltic country'), ['EST', 'LVA', 'LTU']);
    });
  });

  const broken: [string, keyof typeof minimal, string, number, RegExp][] = [
    ['unknown code', 'verbs.tsv', `${header}meet\twith *\t041\t\n`, 2, /041.*not in cameo/],
    ['empty code', 'verbs.tsv', `${header}# c\nmeet\twith *\t\t\n`, 3, /empty code/],
    ['bad item', 'verbs.tsv', `${header}meet\twithh *\t040\t\n`, 2, /unknown pattern item "withh"/],
    ['unknown synset', 'verbs.tsv', `${header}meet\tobj=@NOPE\t040\t\n`, 2, /unknown synset @NOPE/],
    ['two-word verb', 'verbs.tsv', `${header}call off\t\t040\t\n`, 2, /one lower-case word/],
    ['noun with obj', 'nouns.tsv', `${header}talk\tobj=meeting\t040\t\n`, 2, /only preposition items/],
    ['noun bad code', 'nouns.tsv', `${header}talk\t\t99\t\n`, 2, /not in cameo/],
    ['synset cycle', 'synsets.tsv', 'name\tlemmas\n@A\t@B\n@B\t@A\n', 2, /includes itself/],
    ['synset name', 'synsets.tsv', 'name\tlemmas\nTALKS\ttalk\n', 2, /must be @UPPER/],
    ['descriptor type', 'descriptors.tsv', 'noun\ttype\nagency\tagent\n', 2, /state or organization/],
    ['group members', 'groups.tsv', 'modifier\theads\tmembers\nBaltic\tstate\tEST|Latvia\n', 2, /ISO3/],
    [
      'cameo goldstein',
      'cameo.tsv',
      'code\tname\tgoldstein\tquad\tplover\tplover_mode\n040\tX\tlots\t1\t\t\n',
      2,
      /goldstein/,
    ],
  ];
  for (const [label, file, content, line, reason] of broken) {
    it(`${label} in ${file}`, () => {
      withFiles({ [file]: content }, (dir) => {
        assert.throws(
          () => loadEventLexicon(dir),
          (error: unknown) =>
            error instanceof SitrepError &&
            error.code === 'E011' &&
            error.details.file === join(dir, file) &&
            error.details.line === line &&
            reason.test(String(error.details.reason)),
        );
      });
    });
  }

  it('adds or replaces verb rows', () => {
    withFiles({}, (dir) => {
      const lex = loadEventLexicon(dir);
      const extra: VerbRow = {
        ...(lex.verbs.get('visit')?.[0] as VerbRow),
        lemma: 'tour',
        rule: 'mine.txt:1',
      };
      assert.deepEqual([...withVerbRows(lex, [extra]).verbs.keys()].sort(), ['meet', 'tour', 'visit']);
      assert.deepEqual([...withVerbRows(lex, [extra], true).verbs.keys()], ['tour']);
    });
  });
});

describe('CameoTable', () => {
  const cameo = loadCameoTable(join(realDir, 'cameo.tsv'));

  it('gives a listed code its own row', () => {
    const info = cameo.info('0871');
    assert.equal(info?.code, '0871');
    assert.equal(info?.quad, 2);
    assert.equal(typeof info?.goldstein, 'number');
  });

  it('falls back to the parent code', () => {
    assert.equal(cameo.info('1959')?.code, '195');
    assert.equal(cameo.info('0879')?.code, '087');
    assert.equal(cameo.info('99'), null);
  });

  it('keeps codes without a Goldstein value', () => {
    assert.equal(cameo.info('176')?.goldstein, null);
    assert.ok(cameo.has('176'));
  });
});
