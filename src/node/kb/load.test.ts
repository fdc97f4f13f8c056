import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SitrepError } from '../errors.js';
import { defaultKnowledgeBaseDir, KB_FILES, loadKnowledgeBaseData, rolesAt, ruleOn } from './load.js';
import type { KnowledgeBaseData, Person } from './types.js';

const kb: KnowledgeBaseData = loadKnowledgeBaseData();

function person(name: string): Person {
  const found = kb.people.find((p) => p.name === name);
  assert.ok(found, `no person named ${name}`);
  return found;
}

function countryOf(text: string): string | undefined {
  return kb.countries.find((c) => c.name === text || c.aliases.includes(text))?.iso3;
}

describe('loadKnowledgeBaseData on the real files', () => {
  const minimums: [keyof KnowledgeBaseData, number][] = [
    ['countries', 245],
    ['institutions', 80],
    ['organizations', 100],
    ['people', 400],
    ['agents', 120],
    ['titles', 120],
    ['outlets', 100],
  ];
  for (const [table, min] of minimums) {
    it(`loads at least ${min} ${table}`, () => assert.ok(kb[table].length >= min, `${kb[table].length}`));
  }

  const names: [string, string][] = [
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['United States', 'USA'],
    ['U.S.', 'USA'],
    ['Britain', 'GBR'],
    ['DRC', 'COD'],
    ['DPRK', 'PRK'],
    ['Gaza', 'PSE'],
    ['Kosovo', 'XKX'],
  ];
  for (const [text, iso3] of names) {
    it(`"${text}" names ${iso3}`, () => assert.equal(countryOf(text), iso3));
  }

  const demonyms: [string, string][] = [
    ['Qatari', 'QAT'],
    ['Iranians', 'IRN'],
    ['Emirati', 'ARE'],
    ['Britons', 'GBR'],
  ];
  for (const [demonym, iso3] of demonyms) {
    it(`"${demonym}" is a ${iso3} demonym`, () => {
      assert.ok(kb.countries.find((c) => c.iso3 === iso3)?.demonyms.includes(demonym));
    });
  }

  const seats: [string, string][] = [
    ['Tehran', 'IRN'],
    ['Kyiv', 'UKR'],
    ['Kiev', 'UKR'],
    ['Naypyitaw', 'MMR'],
  ];
  for (const [seat, iso3] of seats) {
    it(`"${seat}" is a seat of ${iso3}`, () => {
      assert.ok(kb.countries.find((c) => c.iso3 === iso3)?.seats.includes(seat));
    });
  }

  it('Kosovo keeps its CAMEO code KSV', () => {
    assert.equal(kb.countries.find((c) => c.iso3 === 'XKX')?.cameo, 'KSV');
  });

  const institutions: [string, string, string][] = [
    ['Pentagon', 'USA', 'MIL'],
    ['Kremlin', 'RUS', 'GOV'],
    ['IRGC', 'IRN', 'MIL'],
    ['Mossad', 'ISR', 'SPY'],
  ];
  for (const [text, country, sector] of institutions) {
    it(`institution "${text}" is ${country} ${sector}`, () => {
      const found = kb.institutions.find((i) => i.name === text || i.aliases.includes(text));
      assert.deepEqual([found?.country, found?.sector], [country, sector]);
    });
  }

  const orgs: [string, string | null, string][] = [
    ['Hezbollah', 'LBN', 'REB'],
    ['UN', null, 'IGO'],
    ['Houthis', 'YEM', 'REB'],
    ['RSF', 'SDN', 'REB'],
    ['European Commission', null, 'IGO'],
  ];
  for (const [id, country, sector] of orgs) {
    it(`organization ${id} has country ${country} and sector ${sector}`, () => {
      const org = kb.organizations.find((o) => o.id === id);
      assert.deepEqual([org?.country, org?.sector], [country, sector]);
    });
  }

  it('titles are ordered so longer terms come first', () => {
    const index = (term: string) => kb.titles.findIndex((t) => t.term === term);
    assert.ok(index('white house chief of staff') < index('chief of staff'));
    assert.ok(index('deputy foreign minister') < index('foreign minister'));
  });

  it('state media are flagged', () => {
    assert.equal(kb.outlets.find((o) => o.name === 'IRNA')?.state, true);
    assert.equal(kb.outlets.find((o) => o.name === 'Reuters')?.state, false);
  });
});

describe('rolesAt', () => {
  const cases: [string, string, string[]][] = [
    ['Hakan Fidan', '2026-02-02', ['Foreign Minister TUR']],
    ['Hakan Fidan', '2020-01-01', ['Director of the National Intelligence Organization TUR']],
    ['Herzi Halevi', '2024-06-01', ['Chief of the General Staff ISR']],
    ['Herzi Halevi', '2025-06-01', []],
    ['Eyal Zamir', '2025-03-05', ['Chief of the General Staff ISR']],
    ['Friedrich Merz', '2025-05-05', ['Leader of the CDU DEU']],
    ['Ali Larijani', '2025-09-01', ['Secretary of the Supreme National Security Council IRN']],
    ['Joe Biden', '2025-01-20', ['President USA']],
    ['Joe Biden', '2025-01-21', []],
  ];
  for (const [name, date, expected] of cases) {
    it(`${name} on ${date}: ${expected.join(', ') || 'no role'}`, () => {
      const got = rolesAt(person(name), date).map((r) => `${r.title} ${r.country}`);
      assert.deepEqual(got, expected);
    });
  }

  it('returns the most recent role first', () => {
    const roles = rolesAt(person('Marco Rubio'), '2025-06-01');
    assert.deepEqual(
      roles.map((r) => r.title),
      ['National Security Adviser', 'Secretary of State'],
    );
  });
});

describe('ruleOn', () => {
  const cases: [string, string, string | null][] = [
    ['Taliban', '2021-08-14', null],
    ['Taliban', '2021-08-15', 'AFG'],
    ['Taliban', '2026-02-02', 'AFG'],
    ['HTS', '2024-12-01', null],
    ['HTS', '2025-03-01', 'SYR'],
    ['Hezbollah', '2026-02-02', null],
  ];
  for (const [id, date, country] of cases) {
    it(`${id} on ${date} governs ${country ?? 'no state'}`, () => {
      const org = kb.organizations.find((o) => o.id === id);
      assert.ok(org, `no organization ${id}`);
      assert.equal(ruleOn(org, date)?.country ?? null, country);
    });
  }

  it('a rule with an end holds only up to it', () => {
    const org = {
      ...kb.organizations[0],
      governs: [{ country: 'AFG', from: '1996-09-27', to: '2001-11-13' }],
    };
    assert.equal(ruleOn(org, '2000-01-01')?.country, 'AFG');
    assert.equal(ruleOn(org, '2001-11-14'), null);
  });
});

describe('loadKnowledgeBaseData on broken files', () => {
  function copyKb(): string {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
    for (const { file } of Object.values(KB_FILES)) {
      writeFileSync(join(dir, file), readFileSync(join(defaultKnowledgeBaseDir(), file)));
    }
    return dir;
  }

  const header = (file: string) => `# test\n${file}\n`;
  const broken: [string, string, string, number, RegExp][] = [
    [
      'wrong cell count',
      'agents.tsv',
      `${header('term\tplural\tsector')}official\tofficials\n`,
      3,
      /2 tab-separated cells/,
    ],
    [
      'unknown sector',
      'agents.tsv',
      `${header('term\tplural\tsector')}official\tofficials\tXYZ\n`,
      3,
      /unknown sector/,
    ],
    [
      'unknown country',
      'institutions.tsv',
      `${header('name\taliases\tcountry\tsector')}Pentagon\t\tZZZ\tMIL\n`,
      3,
      /unknown country code/,
    ],
    [
      'bad governs',
      'organizations.tsv',
      `${header('id\tname\taliases\tkind\tsector\tcountry\tcameo\tgoverns')}Taliban\tTaliban\t\tNSAG\tREB\tAFG\tAFGREB\tAFG from 2021\n`,
      3,
      /governs "AFG from 2021"/,
    ],
    [
      'too few cells',
      'organizations.tsv',
      `${header('id\tname\taliases\tkind\tsector\tcountry\tcameo\tgoverns')}Taliban\tTaliban\t\tNSAG\tREB\tAFG\n`,
      3,
      /6 tab-separated cells for 8 columns/,
    ],
    ['bad header', 'titles.tsv', `${header('term\trole')}president\tPresident\n`, 2, /header must be/],
    ['bad JSON', 'people.jsonl', '# test\n{"name": "X",\n', 2, /not valid JSON/],
    [
      'bad date',
      'people.jsonl',
      '{"name":"X","aliases":[],"gender":null,"roles":[{"title":"T","country":"USA","org":null,"sector":"GOV","from":"2025-13-01","to":null}]}\n',
      1,
      /not an ISO date/,
    ],
  ];
  for (const [label, file, content, line, reason] of broken) {
    it(`${label} in ${file} throws E011 with file and line`, () => {
      const dir = copyKb();
      try {
        writeFileSync(join(dir, file), content);
        assert.throws(
          () => loadKnowledgeBaseData(dir),
          (error: unknown) =>
            error instanceof SitrepError &&
            error.code === 'E011' &&
            error.details.file === join(dir, file) &&
            error.details.line === line &&
            reason.test(String(error.details.reason)),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('a missing file throws E010', () => {
    const dir = copyKb();
    try {
      rmSync(join(dir, 'outlets.tsv'));
      assert.throws(
        () => loadKnowledgeBaseData(dir),
        (error: unknown) =>
          error instanceof SitrepError &&
          error.code === 'E010' &&
          String(error.details.file).endsWith('outlets.tsv'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
