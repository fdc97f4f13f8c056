/**
 * Loads the actor knowledge base from data/actors/ and checks every row, so a mistake made by
 * an analyst editing a file is reported with its file and line (E011) instead of surfacing
 * later as a wrong code. Format of the TSV files: `#` lines are comments, the first other line
 * is the header naming the columns, each further line is one row of tab-separated cells; `|`
 * separates the values of a multi-valued cell and an empty cell means none. people.jsonl holds
 * one JSON object per line (`#` comment lines allowed).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText, splitValues } from '../data/files.js';
import type { Sector } from '../doc/doc.js';
import { SitrepError } from '../errors.js';
import type {
  Agent,
  Country,
  Institution,
  KnowledgeBaseData,
  Organization,
  OrganizationKind,
  Outlet,
  Person,
  Role,
  Rule,
  Title,
} from './types.js';

const SECTORS = {
  GOV: true,
  MIL: true,
  COP: true,
  JUD: true,
  LEG: true,
  OPP: true,
  REB: true,
  IGO: true,
  NGO: true,
  MED: true,
  BUS: true,
  CVL: true,
  SPY: true,
  ELI: true,
  CRM: true,
  REL: true,
  EDU: true,
  HLH: true,
  LAB: true,
  AGR: true,
  REF: true,
  UAF: true,
  PTY: true,
} satisfies Record<Sector, true>;

const KINDS = { IGO: true, NSAG: true, NGO: true, PARTY: true } satisfies Record<OrganizationKind, true>;

/** The files of the knowledge base and their columns, in the order they must appear. */
export const KB_FILES = {
  countries: {
    file: 'countries.tsv',
    columns: ['iso3', 'cameo', 'name', 'aliases', 'demonyms', 'seats', 'region'],
  },
  institutions: { file: 'institutions.tsv', columns: ['name', 'aliases', 'country', 'sector'] },
  organizations: {
    file: 'organizations.tsv',
    columns: ['id', 'name', 'aliases', 'kind', 'sector', 'country', 'cameo', 'governs'],
    /** Trailing columns a row may leave out (see `FileReader.tsv`). */
    optional: 1,
  },
  agents: { file: 'agents.tsv', columns: ['term', 'plural', 'sector'] },
  titles: { file: 'titles.tsv', columns: ['term', 'sector', 'role'] },
  outlets: { file: 'outlets.tsv', columns: ['name', 'aliases', 'country', 'state'] },
  people: { file: 'people.jsonl', columns: [] },
} as const;

/** The repository's data/actors/ folder (resolves the same from src/ under tsx and from dist/). */
export function defaultKnowledgeBaseDir(): string {
  return fileURLToPath(new URL('../../../data/actors/', import.meta.url));
}

interface Row {
  line: number;
  cells: string[];
}

/** Context for one file: reports a bad row with the file and line. */
class FileReader {
  constructor(readonly file: string) {}

  fail(line: number, reason: string): never {
    throw new SitrepError('E011', { file: this.file, line, reason });
  }

  /**
   * Reads a TSV file whose header must be exactly `columns`. A row may leave out the last
   * `optional` columns (read as empty cells), so a column added for a few rows does not make
   * every other row, or an analyst's older file, carry empty cells.
   */
  tsv(columns: readonly string[], optional = 0): Row[] {
    const lines = readText(this.file).split(/\r?\n/);
    const rows: Row[] = [];
    let headerSeen = false;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      if (raw.trim() === '' || raw.startsWith('#')) continue;
      const cells = raw.split('\t').map((c) => c.trim());
      if (!headerSeen) {
        if (cells.join('\t') !== columns.join('\t')) {
          this.fail(i + 1, `header must be "${columns.join('<TAB>')}", found "${cells.join('<TAB>')}"`);
        }
        headerSeen = true;
        continue;
      }
      if (cells.length > columns.length || cells.length < columns.length - optional) {
        this.fail(i + 1, `${cells.length} tab-separated cells for ${columns.length} columns`);
      }
      while (cells.length < columns.length) cells.push('');
      rows.push({ line: i + 1, cells });
    }
    if (!headerSeen) this.fail(1, 'no header row');
    return rows;
  }

  required(row: Row, index: number, column: string): string {
    const value = row.cells[index];
    if (!value) this.fail(row.line, `empty ${column}`);
    return value;
  }

  sector(value: unknown, line: number): Sector {
    if (typeof value !== 'string' || !Object.hasOwn(SECTORS, value)) {
      this.fail(
        line,
        `unknown sector ${JSON.stringify(value)} (use one of ${Object.keys(SECTORS).join(' ')})`,
      );
    }
    return value as Sector;
  }

  country(value: unknown, line: number, known: ReadonlySet<string>): string {
    if (typeof value !== 'string' || !known.has(value)) {
      this.fail(line, `unknown country code ${JSON.stringify(value)} (not in countries.tsv)`);
    }
    return value as string;
  }

  /** Empty cell → null, else a known country code. */
  optionalCountry(value: string, line: number, known: ReadonlySet<string>): string | null {
    return value === '' ? null : this.country(value, line, known);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function loadCountries(reader: FileReader): Country[] {
  const seen = new Set<string>();
  return reader.tsv(KB_FILES.countries.columns).map((row) => {
    const iso3 = reader.required(row, 0, 'iso3');
    if (!/^[A-Z]{3}$/.test(iso3)) reader.fail(row.line, `iso3 "${iso3}" is not three capital letters`);
    if (seen.has(iso3)) reader.fail(row.line, `duplicate iso3 ${iso3}`);
    seen.add(iso3);
    const cameo = row.cells[1] || iso3;
    if (!/^[A-Z]{3}$/.test(cameo)) reader.fail(row.line, `cameo "${cameo}" is not three capital letters`);
    return {
      iso3,
      cameo,
      name: reader.required(row, 2, 'name'),
      aliases: splitValues(row.cells[3]),
      demonyms: splitValues(row.cells[4]),
      seats: splitValues(row.cells[5]),
      region: reader.required(row, 6, 'region'),
    };
  });
}

function loadInstitutions(reader: FileReader, countries: ReadonlySet<string>): Institution[] {
  return reader.tsv(KB_FILES.institutions.columns).map((row) => ({
    name: reader.required(row, 0, 'name'),
    aliases: splitValues(row.cells[1]),
    country: reader.country(row.cells[2], row.line, countries),
    sector: reader.sector(row.cells[3], row.line),
  }));
}

function loadOrganizations(reader: FileReader, countries: ReadonlySet<string>): Organization[] {
  const ids = new Set<string>();
  const { columns, optional } = KB_FILES.organizations;
  return reader.tsv(columns, optional).map((row) => {
    const id = reader.required(row, 0, 'id');
    if (ids.has(id)) reader.fail(row.line, `duplicate id "${id}"`);
    ids.add(id);
    const kind = row.cells[3];
    if (!Object.hasOwn(KINDS, kind))
      reader.fail(row.line, `unknown kind "${kind}" (use IGO, NSAG, NGO or PARTY)`);
    const cameo = row.cells[6];
    if (cameo && !/^([A-Z0-9]{3})+$/.test(cameo)) {
      reader.fail(row.line, `cameo "${cameo}" is not a sequence of three-character codes`);
    }
    return {
      id,
      name: reader.required(row, 1, 'name'),
      aliases: splitValues(row.cells[2]),
      kind: kind as OrganizationKind,
      sector: reader.sector(row.cells[4], row.line),
      country: reader.optionalCountry(row.cells[5], row.line, countries),
      cameo,
      governs: splitValues(row.cells[7]).map((value) => readRule(reader, value, row.line, countries)),
    };
  });
}

/** One value of the `governs` column: "AFG since 2021-08-15" or "AFG 1996-09-27 to 2001-11-13". */
function readRule(reader: FileReader, value: string, line: number, countries: ReadonlySet<string>): Rule {
  const m = /^([A-Z]{3}) (?:since (\S+)|(\S+) to (\S+))$/.exec(value);
  const dates = m ? [m[2] ?? m[3], m[4]].filter((d) => d !== undefined) : [];
  if (!m || !dates.every(isIsoDate)) {
    reader.fail(line, `governs "${value}" is not "ISO3 since YYYY-MM-DD" or "ISO3 YYYY-MM-DD to YYYY-MM-DD"`);
  }
  return { country: reader.country(m[1], line, countries), from: m[2] ?? m[3], to: m[4] ?? null };
}

function loadAgents(reader: FileReader): Agent[] {
  return reader.tsv(KB_FILES.agents.columns).map((row) => {
    const term = reader.required(row, 0, 'term');
    return { term, plural: row.cells[1] || term, sector: reader.sector(row.cells[2], row.line) };
  });
}

function loadTitles(reader: FileReader): Title[] {
  const seen = new Set<string>();
  return reader.tsv(KB_FILES.titles.columns).map((row) => {
    const term = reader.required(row, 0, 'term');
    if (term !== term.toLowerCase()) reader.fail(row.line, `term "${term}" must be lower case`);
    if (seen.has(term)) reader.fail(row.line, `duplicate term "${term}"`);
    seen.add(term);
    return { term, sector: reader.sector(row.cells[1], row.line), role: reader.required(row, 2, 'role') };
  });
}

function loadOutlets(reader: FileReader, countries: ReadonlySet<string>): Outlet[] {
  return reader.tsv(KB_FILES.outlets.columns).map((row) => {
    const state = row.cells[3];
    if (state !== 'true' && state !== 'false')
      reader.fail(row.line, `state must be true or false, found "${state}"`);
    return {
      name: reader.required(row, 0, 'name'),
      aliases: splitValues(row.cells[1]),
      country: reader.optionalCountry(row.cells[2], row.line, countries),
      state: state === 'true',
    };
  });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0);
}

function optionalString(value: unknown): value is string | null | undefined {
  return value === null || value === undefined || typeof value === 'string';
}

function loadPeople(reader: FileReader, countries: ReadonlySet<string>, orgs: ReadonlySet<string>): Person[] {
  const people: Person[] = [];
  const lines = readText(reader.file).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      reader.fail(line, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      reader.fail(line, 'not a JSON object');
    const record = value as Record<string, unknown>;
    if (typeof record.name !== 'string' || record.name.trim() === '') reader.fail(line, 'missing "name"');
    if (!isStringArray(record.aliases)) reader.fail(line, '"aliases" must be an array of non-empty strings');
    if (record.gender !== 'm' && record.gender !== 'f' && record.gender !== null) {
      reader.fail(line, '"gender" must be "m", "f" or null');
    }
    if (!Array.isArray(record.roles)) reader.fail(line, '"roles" must be an array');
    const roles: Role[] = record.roles.map((r: unknown, n: number): Role => {
      if (typeof r !== 'object' || r === null) reader.fail(line, `role ${n + 1} is not an object`);
      const role = r as Record<string, unknown>;
      const where = `role ${n + 1}`;
      if (typeof role.title !== 'string' || role.title === '') reader.fail(line, `${where}: missing "title"`);
      if (!optionalString(role.country) || !optionalString(role.org)) {
        reader.fail(line, `${where}: "country" and "org" must be strings or null`);
      }
      const country = role.country ? reader.country(role.country, line, countries) : null;
      if (role.org && !orgs.has(role.org)) reader.fail(line, `${where}: unknown org "${role.org}"`);
      for (const key of ['from', 'to'] as const) {
        const date = role[key];
        if (date !== null && date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) {
          reader.fail(
            line,
            `${where}: "${key}" ${JSON.stringify(date)} is not an ISO date (YYYY-MM-DD) or null`,
          );
        }
      }
      const from = (role.from as string | null | undefined) ?? null;
      const to = (role.to as string | null | undefined) ?? null;
      if (from && to && from > to) reader.fail(line, `${where}: "from" ${from} is after "to" ${to}`);
      return {
        title: role.title,
        country,
        org: (role.org as string | null | undefined) || null,
        sector: reader.sector(role.sector, line),
        from,
        to,
      };
    });
    people.push({
      name: record.name,
      aliases: record.aliases,
      gender: record.gender as Person['gender'],
      roles,
    });
  }
  return people;
}

/** Reads and validates every file of the knowledge base (default: the repository's data/actors/). */
export function loadKnowledgeBaseData(dir: string = defaultKnowledgeBaseDir()): KnowledgeBaseData {
  const reader = (name: keyof typeof KB_FILES) => new FileReader(join(dir, KB_FILES[name].file));
  const countries = loadCountries(reader('countries'));
  const codes = new Set(countries.map((c) => c.iso3));
  const organizations = loadOrganizations(reader('organizations'), codes);
  const orgIds = new Set(organizations.map((o) => o.id));
  return {
    countries,
    institutions: loadInstitutions(reader('institutions'), codes),
    organizations,
    people: loadPeople(reader('people'), codes, orgIds),
    agents: loadAgents(reader('agents')),
    titles: loadTitles(reader('titles')),
    outlets: loadOutlets(reader('outlets'), codes),
  };
}

/** The state's actor code on `isoDate`: the first dated code of an analyst's dictionary that holds then, else its CAMEO code. */
export function countryCodeOn(country: Country, isoDate: string): string {
  const dated = country.datedCodes?.find(
    (c) => (c.from === null || c.from <= isoDate) && (c.to === null || isoDate <= c.to),
  );
  return dated?.code ?? country.cameo;
}

/** The state an organisation governed on `isoDate`, if any (see `Organization.governs`). */
export function ruleOn(org: Organization, isoDate: string): Rule | null {
  return org.governs?.find((r) => r.from <= isoDate && (r.to === null || isoDate <= r.to)) ?? null;
}

/** The person's roles valid on `isoDate` (from ≤ date ≤ to; open ends count as valid), most recent first. */
export function rolesAt(person: Person, isoDate: string): Role[] {
  return person.roles
    .filter((r) => (r.from === null || r.from <= isoDate) && (r.to === null || isoDate <= r.to))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}
