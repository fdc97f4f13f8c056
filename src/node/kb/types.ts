/**
 * Shapes of the actor knowledge base. The data lives in data/actors/*.tsv|jsonl (readable,
 * editable by an analyst); kb/load.ts parses and validates it into these records.
 */
import type { Sector } from '../doc/doc.js';

export interface Country {
  /** ISO 3166-1 alpha-3 ("IRN"); also the CAMEO country code in almost all cases. */
  iso3: string;
  /** CAMEO country code when it differs from iso3 (rare), else iso3. */
  cameo: string;
  /** Canonical English short name ("Iran"). */
  name: string;
  /** Other names ("Islamic Republic of Iran", "Persia"). */
  aliases: string[];
  /** Adjectives and nouns for people of the state ("Iranian", "Iranians"). */
  demonyms: string[];
  /** Capitals and seats of power used to stand for the state's government ("Tehran"). */
  seats: string[];
  region: string;
  /**
   * Codes an analyst's dictionary gives the state for spans of time ("RHO" before 1979-06-06),
   * checked before `cameo`; absent for the knowledge base's own states.
   */
  datedCodes?: DatedCode[];
}

/** An actor code that holds between two ISO dates (either end open). */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

/** A state body that stands for its state in a given sector ("the Pentagon" → USA MIL). */
export interface Institution {
  name: string;
  aliases: string[];
  country: string;
  sector: Sector;
}

export type OrganizationKind = 'IGO' | 'NSAG' | 'NGO' | 'PARTY';

export interface Organization {
  /** Canonical short name used in output ("UN", "Hezbollah", "Houthis"). */
  id: string;
  /** Full name ("United Nations"). */
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  sector: Sector;
  /** Home country for non-state groups; null for IGOs. */
  country: string | null;
  /** CAMEO actor code ("IGOUNO", "LBNREBHEZ"...). */
  cameo: string;
  /**
   * When the group held a state's power (the Taliban in Afghanistan since 15 August 2021): on
   * those days it acts as that state's government, not as a group against it.
   */
  governs?: Rule[];
}

/** A span of days on which an organisation governed a state. */
export interface Rule {
  country: string;
  /** ISO date the rule began. */
  from: string;
  /** ISO date it ended, null while it lasts. */
  to: string | null;
}

export interface Role {
  /** Title as an analyst writes it ("Foreign Minister", "Chief of the General Staff"). */
  title: string;
  country: string | null;
  /** Organisation short name when the role is in an IGO or group ("UN"). */
  org: string | null;
  sector: Sector;
  /** ISO date the role began, null when unknown. */
  from: string | null;
  /** ISO date the role ended, null while it lasts. */
  to: string | null;
  /**
   * The actor code an analyst's dictionary gives the role ("HOBCIV"), used as it is; absent when
   * the code is made from country and sector.
   */
  code?: string;
}

export interface Person {
  /** Canonical full name ("Abbas Araghchi"). */
  name: string;
  /** Other spellings and short forms used in news ("Araghchi", "Abbas Araqchi"). */
  aliases: string[];
  gender: 'm' | 'f' | null;
  roles: Role[];
}

/** A generic noun that names a sector of a state or group ("officials" → GOV). */
export interface Agent {
  /** Singular form ("official"). */
  term: string;
  /** Plural form ("officials"), or the same as term when invariable. */
  plural: string;
  sector: Sector;
  /**
   * The agent code an analyst's dictionary gives the word ("GOVMED" for "state media"), written
   * after the state's code as it is; absent when the code is the sector.
   */
  code?: string;
}

/** A title that tells a person's sector and role ("foreign minister" → GOV). */
export interface Title {
  /** Lower-case title ("foreign minister", "lt. gen.", "spokesman"). */
  term: string;
  sector: Sector;
  /** Canonical role to report ("Foreign Minister"). */
  role: string;
}

export interface Outlet {
  /** Name as used in output ("Reuters"). */
  name: string;
  aliases: string[];
  country: string | null;
  /** True for state media (its reports speak for the state: "IRNA", "KCNA"). */
  state: boolean;
}

export interface KnowledgeBaseData {
  countries: Country[];
  institutions: Institution[];
  organizations: Organization[];
  people: Person[];
  agents: Agent[];
  titles: Title[];
  outlets: Outlet[];
}
