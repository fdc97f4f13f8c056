/**
 * "the agency", "the kingdom", "the rebels": a common noun standing for an actor named earlier.
 * Which nouns fit which actors is data (data/events/descriptors.tsv); this finds the nearest
 * earlier mention of an actor that fits.
 */
import { dataPath, readTsv, splitValues } from '../../data/files.js';
import type { Actor, Doc, Mention } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';

export interface Descriptor {
  readonly type: 'state' | 'organization';
  readonly sectors: ReadonlySet<string>;
  readonly nameWord: string | null;
  readonly countries: ReadonlySet<string>;
}

export type Descriptors = ReadonlyMap<string, Descriptor>;

/** How far back a descriptor may point: news repeats the name within a few sentences. */
const WINDOW = 5;

export function loadDescriptors(file = dataPath('events/descriptors.tsv')): Descriptors {
  const out = new Map<string, Descriptor>();
  for (const row of readTsv(file, ['noun', 'type'])) {
    const { noun, type, sectors, name, countries } = row.cells;
    if (type !== 'state' && type !== 'organization')
      throw new SitrepError('E011', {
        file,
        line: row.line,
        reason: `type must be state or organization, not "${type}"`,
      });
    out.set(noun.toLowerCase(), {
      type,
      sectors: new Set(splitValues(sectors ?? '')),
      nameWord: name ? name.toLowerCase() : null,
      countries: new Set(splitValues(countries ?? '')),
    });
  }
  return out;
}

/** Whether a descriptor fits an actor named as `text` ("the agency" ~ "Atomic Energy Agency"). */
export function fits(actor: Actor, text: string, d: Descriptor): boolean {
  // ("the junta" after "Niger's military government": a state descriptor with sectors also fits
  // a body of a state in one of them.)
  // (A body, not one of its office-holders: "the French ambassador" is no junta.)
  const stateBody =
    d.type === 'state' &&
    actor.type !== 'state' &&
    actor.role === null &&
    actor.country !== null &&
    d.sectors.has(actor.sector ?? '');
  // ("the guerrillas" after "the ELN rebel group": a group of a named organisation is it.)
  const orgBody = d.type === 'organization' && actor.org !== null && actor.role === null;
  if (actor.type !== d.type && !stateBody && !orgBody) return false;
  if (d.type === 'state')
    return d.countries.size === 0 || (actor.country !== null && d.countries.has(actor.country));
  if (d.sectors.size > 0 && (actor.sector === null || !d.sectors.has(actor.sector))) return false;
  return d.nameWord === null || `${actor.name} ${text}`.toLowerCase().includes(d.nameWord);
}

/** The nearest earlier mention, outside quotations, of an actor the descriptor fits. */
export function antecedent(doc: Doc, d: Descriptor, before: number, sentence: number): Mention | null {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.start >= before || m.quoted || m.actor < 0 || m.sentence < sentence - WINDOW) continue;
    const actor = doc.actors[m.actor];
    if (actor && fits(actor, doc.slice(m), d)) return m;
  }
  return null;
}

/** "the Baltic states": a group of states named as one; key = `modifier head` ("-" for none). */
export type StateGroups = ReadonlyMap<string, readonly string[]>;

export function loadStateGroups(file = dataPath('events/groups.tsv')): StateGroups {
  const out = new Map<string, readonly string[]>();
  for (const row of readTsv(file, ['modifier', 'heads', 'members'])) {
    const members = splitValues(row.cells.members);
    if (members.length < 2 || members.some((m) => !/^[A-Z]{3}$/.test(m)))
      throw new SitrepError('E011', {
        file,
        line: row.line,
        reason: 'members must be two or more ISO3 codes',
      });
    for (const head of splitValues(row.cells.heads))
      out.set(`${row.cells.modifier} ${head.toLowerCase()}`, members);
  }
  return out;
}
