/**
 * Analysts' own dictionaries in the Phoenix/PETRARCH text formats, loaded on top of sitrep's
 * knowledge base and event lexicon (or instead of them): `--actors`, `--agents`, `--verbs`.
 * Actor codes become states (3 letters), organisations (IGO…) or people whose role gives the
 * state and sector the code names ("USAGOV"); agent codes become sectors; verb patterns become
 * verb rows (see stages/09-events/petrarch.ts for what translates).
 */
import { readText } from './data/files.js';
import type { Sector } from './doc/doc.js';
import type { Country, KnowledgeBaseData, Organization, Role } from './kb/types.js';
import type { EventLexicon } from './stages/09-events/lexicon.js';
import { withVerbRows } from './stages/09-events/lexicon.js';
import {
  type ActorCode,
  convertPetrarchVerbs,
  type PetrarchActor,
  readPetrarchActors,
  readPetrarchAgents,
} from './stages/09-events/petrarch.js';

export interface DictionaryFiles {
  actors?: readonly string[];
  agents?: readonly string[];
  verbs?: readonly string[];
  /** Use only the analyst's actors, agents and verbs (states stay: codes need them). */
  replace?: boolean;
}

const SECTORS = new Set<string>([
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'OPP',
  'REB',
  'IGO',
  'NGO',
  'MED',
  'BUS',
  'CVL',
  'SPY',
  'ELI',
  'CRM',
  'REL',
  'EDU',
  'HLH',
  'LAB',
  'AGR',
  'REF',
  'UAF',
  'PTY',
]);

/** What one dictionary file gave: entries kept, and those left out by reason. */
export interface DictionaryLoad {
  readonly file: string;
  readonly kind: 'actors' | 'agents' | 'verbs';
  /** Actors or agents added; for verbs, the patterns (and verbs' own codes) turned into rows. */
  readonly kept: number;
  readonly skipped: number;
  readonly reasons: ReadonlyMap<string, number>;
}

export function applyDictionaries(
  kb: KnowledgeBaseData,
  lexicon: EventLexicon,
  files: DictionaryFiles,
): { kb: KnowledgeBaseData; lexicon: EventLexicon; loads: DictionaryLoad[] } {
  const loads: DictionaryLoad[] = [];
  const out: KnowledgeBaseData = {
    ...kb,
    countries: [...kb.countries],
    people: files.replace && files.actors?.length ? [] : [...kb.people],
    organizations: files.replace && files.actors?.length ? [] : [...kb.organizations],
    agents: files.replace && files.agents?.length ? [] : [...kb.agents],
  };
  // The countries this load made or copied, which it may change (the base records are shared by
  // every reader of the process and never edited in place).
  const mine = new Set<Country>();
  for (const file of files.actors ?? []) {
    const reasons = new Map<string, number>();
    let kept = 0;
    for (const actor of readPetrarchActors(readText(file), file)) {
      if (addActor(out, actor, mine)) kept++;
      else count(reasons, 'no code, or [---]');
    }
    loads.push(load(file, 'actors', kept, reasons));
  }
  // The analyst's agent words come first, so theirs win over sitrep's for the same words.
  const ownAgents: KnowledgeBaseData['agents'] = [];
  for (const file of files.agents ?? []) {
    const reasons = new Map<string, number>();
    let kept = 0;
    for (const agent of readPetrarchAgents(readText(file), file)) {
      const sector = sectorOfAgentCode(agent.code);
      if (sector === null) {
        count(reasons, 'code is not three-letter parts');
        continue;
      }
      ownAgents.push({
        term: agent.term,
        plural: agent.plural || `${agent.term}s`,
        sector,
        // ("GOVMED", "MUS": the analyst's own code is written as it is, the sector is read from it.)
        ...(agent.code === sector ? {} : { code: agent.code }),
      });
      kept++;
    }
    loads.push(load(file, 'agents', kept, reasons));
  }
  out.agents = [...ownAgents, ...out.agents];
  let lex = lexicon;
  for (const [i, file] of (files.verbs ?? []).entries()) {
    const result = convertPetrarchVerbs(readText(file), file, { cameo: lexicon.cameo });
    lex = withVerbRows(lex, result.rows, files.replace === true && i === 0);
    loads.push(load(file, 'verbs', result.converted, result.skipReasons));
  }
  return { kb: out, lexicon: lex, loads };
}

function load(
  file: string,
  kind: DictionaryLoad['kind'],
  kept: number,
  reasons: ReadonlyMap<string, number>,
): DictionaryLoad {
  const skipped = [...reasons.values()].reduce((a, b) => a + b, 0);
  return { file, kind, kept, skipped, reasons };
}

function count(reasons: Map<string, number>, reason: string): void {
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
}

/** One line per file for a person loading dictionaries: what was kept, what was not and why. */
export function describeLoad(l: DictionaryLoad): string {
  const all = [...l.reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
  const why = all.length > 6 ? [...all.slice(0, 6), `${all.length - 6} more reasons`] : all;
  const name = l.file.slice(l.file.lastIndexOf('/') + 1);
  const what = l.kind === 'verbs' ? 'patterns' : l.kind;
  return `${name}: ${l.kept} ${what} kept, ${l.skipped} left out${why.length > 0 ? ` (${why.join('; ')})` : ''}`;
}

/** "PRESIDENT GEORGE W. BUSH" → "President George W. Bush" (news text is not in capitals). */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Adds the actor; false when it has no code to add. */
function addActor(kb: KnowledgeBaseData, actor: PetrarchActor, mine: Set<Country>): boolean {
  // The undated code is the default; dated ones hold in their spans of time and are checked
  // first, in the order the file gives them ("this should override the next restriction").
  const dated = actor.codes.filter((c) => c.from !== null || c.to !== null);
  const code = actor.codes.find((c) => c.from === null && c.to === null) ?? actor.codes[0];
  if (!code) return false;
  const names = actor.names.map(titleCase);
  const [name, ...aliases] = names;
  if (code.code.startsWith('IGO')) {
    const org: Organization = {
      id: name,
      name,
      aliases,
      kind: 'IGO',
      sector: 'IGO',
      country: null,
      cameo: code.code,
    };
    kb.organizations.push(org);
    return true;
  }
  if (isStateCode(code.code) && dated.every((c) => isStateCode(c.code))) {
    const known = knownCountry(kb, names, code.code);
    const country = known ? ownCountry(kb, known, mine) : addCountry(kb, code.code, name, mine);
    country.aliases.push(...names.filter((n) => n !== country.name && !country.aliases.includes(n)));
    // "KUWAIT [KUW]": the analyst's code for a state the knowledge base spells otherwise wins.
    country.cameo = code.code;
    if (dated.length > 0) country.datedCodes = dated.map((c) => ({ code: c.code, from: c.from, to: c.to }));
    return true;
  }
  const roles = [...dated, ...(dated.includes(code) ? [] : [code])].map((c) => roleFor(kb, c, mine));
  kb.people.push({ name, aliases, gender: null, roles });
  return true;
}

/**
 * The sector an agent code stands for: its first three-letter part that is one of sitrep's
 * sectors ("GOVMED" → GOV, "REBMUS" → REB), a religion ("MUS", "CHRCTH") → REL, else CVL; null
 * for a code that is not made of three-letter parts.
 */
function sectorOfAgentCode(code: string): Sector | null {
  const parts = code.match(/[A-Z]{3}/g);
  if (!parts || parts.join('') !== code) return null;
  const known = parts.find((p) => SECTORS.has(p));
  if (known) return known as Sector;
  return parts.some((p) => RELIGIONS.has(p)) ? 'REL' : 'CVL';
}

/** CAMEO's three-letter religion codes (Muslim, Christian, Jewish, Hindu, Buddhist…). */
const RELIGIONS = new Set([
  'MUS',
  'MOS',
  'SHI',
  'SUN',
  'CHR',
  'CTH',
  'ORT',
  'PRO',
  'JEW',
  'HIN',
  'BUD',
  'SIK',
  'JAN',
  'ZRO',
  'BAH',
]);

/** A three-letter code names a state ("ARN"); longer ones add a sector or a group. */
function isStateCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/** The role an actor code gives a person: its state, its sector, and the code itself. */
function roleFor(kb: KnowledgeBaseData, code: ActorCode, mine: Set<Country>): Role {
  const iso3 = code.code.slice(0, 3);
  const country =
    kb.countries.find((c) => c.iso3 === iso3 || c.cameo === iso3) ?? addCountry(kb, iso3, iso3, mine);
  const sector = code.code.slice(3, 6);
  return {
    title: sector,
    country: country.iso3,
    org: null,
    sector: (SECTORS.has(sector) ? sector : 'GOV') as Sector,
    from: code.from,
    to: code.to,
    code: code.code,
  };
}

/** The knowledge base's state with this code, or whose name or alias the dictionary entry uses. */
function knownCountry(kb: KnowledgeBaseData, names: readonly string[], code: string): Country | undefined {
  const byCode = kb.countries.find((c) => c.iso3 === code || c.cameo === code);
  if (byCode) return byCode;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return kb.countries.find(
    (c) => wanted.has(c.name.toLowerCase()) || c.aliases.some((a) => wanted.has(a.toLowerCase())),
  );
}

/** The copy of `country` this dictionary load may change (see `mine` in applyDictionaries). */
function ownCountry(kb: KnowledgeBaseData, country: Country, mine: Set<Country>): Country {
  if (mine.has(country)) return country;
  const copy: Country = { ...country, aliases: [...country.aliases] };
  mine.add(copy);
  kb.countries[kb.countries.indexOf(country)] = copy;
  return copy;
}

function addCountry(kb: KnowledgeBaseData, iso3: string, name: string, mine: Set<Country>): Country {
  const country: Country = { iso3, cameo: iso3, name, aliases: [], demonyms: [], seats: [], region: '' };
  mine.add(country);
  kb.countries.push(country);
  return country;
}
