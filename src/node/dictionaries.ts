/**
 * Analysts' own dictionaries in the Phoenix/PETRARCH text formats, loaded on top of sitrep's
 * knowledge base and event lexicon (or instead of them): `--actors`, `--agents`, `--verbs`.
 * Actor codes become states (3 letters), organisations (IGO…) or people whose role gives the
 * state and sector the code names ("USAGOV"); agent codes become sectors; verb patterns become
 * verb rows (see stages/09-events/petrarch.ts for what translates).
 */
import { readText } from './data/files.js';
import type { Sector } from './doc/doc.js';
import type { Country, KnowledgeBaseData, Organization, Person } from './kb/types.js';
import type { EventLexicon } from './stages/09-events/lexicon.js';
import { withVerbRows } from './stages/09-events/lexicon.js';
import {
  type PetrarchActor,
  readPetrarchActors,
  readPetrarchAgents,
  readPetrarchVerbs,
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

export function applyDictionaries(
  kb: KnowledgeBaseData,
  lexicon: EventLexicon,
  files: DictionaryFiles,
): { kb: KnowledgeBaseData; lexicon: EventLexicon } {
  const out: KnowledgeBaseData = {
    ...kb,
    countries: [...kb.countries],
    people: files.replace && files.actors?.length ? [] : [...kb.people],
    organizations: files.replace && files.actors?.length ? [] : [...kb.organizations],
    agents: files.replace && files.agents?.length ? [] : [...kb.agents],
  };
  for (const file of files.actors ?? []) {
    for (const actor of readPetrarchActors(readText(file), file)) addActor(out, actor);
  }
  for (const file of files.agents ?? []) {
    for (const agent of readPetrarchAgents(readText(file), file)) {
      if (!SECTORS.has(agent.code)) continue;
      out.agents.push({
        term: agent.term,
        plural: agent.plural || `${agent.term}s`,
        sector: agent.code as Sector,
      });
    }
  }
  let lex = lexicon;
  for (const [i, file] of (files.verbs ?? []).entries()) {
    const rows = readPetrarchVerbs(readText(file), file, { cameo: lexicon.cameo });
    lex = withVerbRows(lex, rows, files.replace === true && i === 0);
  }
  return { kb: out, lexicon: lex };
}

/** "PRESIDENT GEORGE W. BUSH" → "President George W. Bush" (news text is not in capitals). */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function addActor(kb: KnowledgeBaseData, actor: PetrarchActor): void {
  const code = actor.codes.find((c) => c.to === null) ?? actor.codes[0];
  if (!code) return;
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
    return;
  }
  const iso3 = code.code.slice(0, 3);
  const country =
    kb.countries.find((c) => c.iso3 === iso3 || c.cameo === iso3) ??
    addCountry(kb, iso3, code.code.length === 3 ? name : iso3);
  if (code.code.length === 3) {
    country.aliases.push(...names.filter((n) => n !== country.name));
    return;
  }
  const sector = code.code.slice(3, 6);
  const person: Person = {
    name,
    aliases,
    gender: null,
    roles: [
      {
        title: sector,
        country: country.iso3,
        org: null,
        sector: (SECTORS.has(sector) ? sector : 'GOV') as Sector,
        from: code.from,
        to: code.to,
      },
    ],
  };
  kb.people.push(person);
}

function addCountry(kb: KnowledgeBaseData, iso3: string, name: string): Country {
  const country: Country = { iso3, cameo: iso3, name, aliases: [], demonyms: [], seats: [], region: '' };
  kb.countries.push(country);
  return country;
}
