/**
 * Actors of one document: each known person, state, state body and organisation gets one
 * entry however often it is mentioned; each unnamed person or group gets its own. Attributes
 * (country, sector, role, CAMEO code) come from the knowledge base at the article's date, or
 * from the titles and affiliations written around an unknown name.
 */
import type { Actor, Doc, Sector } from '../../doc/doc.js';
import { countryCodeOn, rolesAt, ruleOn } from '../../kb/load.js';
import type { Country, KnowledgeBaseData, Organization, Person, Role } from '../../kb/types.js';
import type { Affiliation } from './chunk.js';

export class KnowledgeIndex {
  readonly countries = new Map<string, Country>();
  readonly organizations = new Map<string, Organization>();
  /** "IRN|foreign minister" → people who held that office. */
  private readonly offices = new Map<string, Person[]>();

  constructor(kb: KnowledgeBaseData) {
    for (const c of kb.countries) this.countries.set(c.iso3, c);
    for (const o of kb.organizations) this.organizations.set(o.id, o);
    for (const person of kb.people) {
      for (const role of person.roles) {
        const key = officeKey(role.country ?? role.org ?? '', role.title);
        const list = this.offices.get(key) ?? [];
        if (!list.includes(person)) list.push(person);
        this.offices.set(key, list);
      }
    }
  }

  /** The person holding `role` for `affiliation` (ISO3 or org id) on `date`, if exactly one. */
  officeHolder(affiliation: string, role: string, date: string): Person | null {
    const holders = (this.offices.get(officeKey(affiliation, role)) ?? []).filter((p) =>
      rolesAt(p, date).some((r) => sameOffice(r, affiliation, role)),
    );
    return holders.length === 1 ? holders[0] : null;
  }
}

function officeKey(affiliation: string, role: string): string {
  return `${affiliation}|${role.toLowerCase()}`;
}

function sameOffice(r: Role, affiliation: string, role: string): boolean {
  return (r.country === affiliation || r.org === affiliation) && r.title.toLowerCase() === role.toLowerCase();
}

/** Sectors of a state's offices, whose holders become its elite (ELI) once out of office. */
const STATE_OFFICES = new Set<string>(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** The role a person had on `date`, else the latest one they held. */
export function roleOn(person: Person, date: string): Role | null {
  const current = rolesAt(person, date);
  if (current.length > 0) return current[0];
  const past = person.roles.filter((r) => r.from === null || r.from <= date);
  past.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return past[0] ?? person.roles[0] ?? null;
}

/** The actor code: the organisation's, else the state's code on the day (see countryCodeOn) and the sector. */
export function cameoCode(
  country: string | null,
  sector: Sector | null,
  org: Organization | null,
  stateCode: string | null = country,
): string | null {
  if (org) return org.cameo || null;
  if (!country) return null;
  return `${stateCode ?? country}${sector ?? ''}`;
}

export class ActorRegistry {
  private readonly byKey = new Map<string, number>();

  constructor(
    private readonly doc: Doc,
    private readonly index: KnowledgeIndex,
    private readonly date: string,
  ) {}

  /** The actor code; an analyst's agent code (`Agent.code`) stands in place of the sector. */
  private code(
    country: string | null,
    sector: Sector | null,
    org: Organization | null,
    agentCode?: string,
  ): string | null {
    const state = country ? this.index.countries.get(country) : undefined;
    const stateCode = state ? countryCodeOn(state, this.date) : country;
    return cameoCode(country, (agentCode as Sector | undefined) ?? sector, org, stateCode);
  }

  /** Places an actor whose words gave no state in `country`, with that state's code on the day. */
  placeIn(actor: Actor, country: string): void {
    actor.country = country;
    actor.code = this.code(country, actor.sector, null);
  }

  private add(key: string | null, actor: Omit<Actor, 'id'>): number {
    if (key !== null) {
      const known = this.byKey.get(key);
      if (known !== undefined) return known;
    }
    const index = this.doc.actors.length;
    this.doc.actors.push({ id: `a${index}`, ...actor });
    if (key !== null) this.byKey.set(key, index);
    return index;
  }

  /**
   * `styled` says how the text presents the person: with a title of office ("President Nicolas
   * Maduro"), as a former holder ("former president Bill Clinton"), or by name alone (null).
   */
  knownPerson(person: Person, styled: 'titled' | 'former' | null = null): number {
    const role = roleOn(person, this.date);
    const member = role?.org ? (this.index.organizations.get(role.org) ?? null) : null;
    const current = role?.to == null || role.to >= this.date;
    const rule = member && current ? ruleOn(member, this.date) : null;
    // A member of a group in power serves the state it governs, not the group.
    const org = rule ? null : member;
    const country = rule?.country ?? role?.country ?? null;
    // A state's office-holder out of office is one of its elite (CAMEO ELI): "the ousted
    // president, Mohamed Bazoum", held by the junta that ousted him, is no longer its government.
    // Out of office by the story's day, unless the text still gives the title (its news may be
    // newer than the knowledge base), or as the text says.
    const ended = role?.to != null && role.to < this.date && styled !== 'titled';
    const former = (ended || styled === 'former') && !role?.code && STATE_OFFICES.has(role?.sector ?? '');
    const sector = former ? 'ELI' : rule ? governingSector(role?.sector ?? null) : (role?.sector ?? null);
    return this.add(`person:${person.name}`, {
      kbId: person.name,
      type: 'person',
      name: person.name,
      country,
      org: member?.id ?? role?.org ?? null,
      sector,
      role: role?.title ?? null,
      code: role?.code ?? this.code(country, sector, org),
      gender: person.gender,
      anonymous: false,
    });
  }

  /** A named person the knowledge base does not know, described by the words around the name. */
  unknownPerson(name: string, aff: Affiliation): number {
    const { country, sector, org, agentCode } = this.resolveAffiliation(aff);
    const existing = this.byKey.get(`person:${name}`) ?? this.personContaining(name);
    if (existing !== undefined) {
      const actor = this.doc.actors[existing];
      actor.country ??= country;
      actor.sector ??= sector;
      actor.role ??= aff.title?.role ?? null;
      actor.code ??= this.code(actor.country, actor.sector, org, agentCode);
      return existing;
    }
    return this.add(`person:${name}`, {
      kbId: null,
      type: 'person',
      name,
      country,
      org: org?.id ?? null,
      sector,
      role: aff.title?.role ?? null,
      code: this.code(country, sector, org, agentCode),
      gender: null,
      anonymous: false,
    });
  }

  /** "Prince Faisal" after "Faisal bin Farhan": a part of a name already met is that person. */
  private personContaining(name: string): number | undefined {
    const words = name.split(' ');
    for (let i = this.doc.actors.length - 1; i >= 0; i--) {
      const actor = this.doc.actors[i];
      if (actor.type !== 'person' || actor.anonymous) continue;
      const known = new Set(actor.name.split(' '));
      if (words.every((w) => known.has(w))) return i;
    }
    return undefined;
  }

  state(iso3: string, sector: Sector | null): number {
    const country = this.index.countries.get(iso3);
    return this.add(`state:${iso3}:${sector ?? ''}`, {
      kbId: iso3,
      type: 'state',
      name: country?.name ?? iso3,
      country: iso3,
      org: null,
      sector,
      role: null,
      code: this.code(iso3, sector, null),
      gender: null,
      anonymous: false,
    });
  }

  organization(org: Organization): number {
    const rule = ruleOn(org, this.date);
    if (rule) {
      return this.add(`org:${org.id}`, {
        kbId: org.id,
        type: 'organization',
        name: org.id,
        country: rule.country,
        org: org.id,
        sector: 'GOV',
        role: null,
        code: this.code(rule.country, 'GOV', null),
        gender: null,
        anonymous: false,
      });
    }
    return this.add(`org:${org.id}`, {
      kbId: org.id,
      type: 'organization',
      name: org.id,
      country: org.country,
      org: org.id,
      sector: org.sector,
      role: null,
      code: org.cameo || null,
      gender: null,
      anonymous: false,
    });
  }

  /** An unnamed person or group ("a senior U.S. official", "the Qatari prime minister" unresolved). */
  unnamed(description: string, aff: Affiliation, country: string | null, plural: boolean): number {
    const resolved = this.resolveAffiliation(aff);
    const c = country ?? resolved.country;
    return this.add(null, {
      kbId: null,
      type: plural ? 'group' : 'person',
      name: description,
      country: c,
      org: resolved.org?.id ?? null,
      sector: resolved.sector,
      role: aff.title?.role ?? null,
      code: this.code(c, resolved.sector, resolved.org, resolved.agentCode),
      gender: null,
      anonymous: true,
    });
  }

  /** Country, sector and organisation that an affiliation implies; the title's sector wins. */
  resolveAffiliation(aff: Affiliation): {
    country: string | null;
    sector: Sector | null;
    org: Organization | null;
    /** The agent's own code when the agent gave the sector (see Agent.code). */
    agentCode?: string;
  } {
    const personRole = aff.person ? roleOn(aff.person, this.date) : null;
    const rule = aff.organization ? ruleOn(aff.organization, this.date) : null;
    if (rule) return this.governing(aff, rule.country);
    const org = aff.organization;
    const country =
      aff.countries[0]?.iso3 ?? aff.institution?.country ?? org?.country ?? personRole?.country ?? null;
    const sector =
      (org && org.kind !== 'IGO' ? org.sector : null) ??
      aff.agent?.sector ??
      aff.institution?.sector ??
      aff.title?.sector ??
      (org ? org.sector : null) ??
      (personRole ? personRole.sector : null);
    const byAgent = !(org && org.kind !== 'IGO') && aff.agent !== null && sector === aff.agent.sector;
    return { country, sector, org, agentCode: byAgent ? aff.agent?.code : undefined };
  }

  /**
   * The affiliation of words around a group in power ("Taliban forces", "a Taliban spokesman"):
   * the state it governs, in the sector the words give, else its government.
   */
  private governing(aff: Affiliation, ruled: string): ReturnType<ActorRegistry['resolveAffiliation']> {
    const sector = aff.agent?.sector ?? aff.institution?.sector ?? aff.title?.sector ?? null;
    return {
      country: aff.countries[0]?.iso3 ?? aff.institution?.country ?? ruled,
      sector: governingSector(sector),
      org: null,
    };
  }
}

/**
 * The sector of a group's member once the group governs: its fighters are the state's forces
 * (REB → MIL), and a member with no sector of their own serves its government.
 */
function governingSector(sector: Sector | null): Sector {
  if (sector === 'REB') return 'MIL';
  return sector ?? 'GOV';
}
