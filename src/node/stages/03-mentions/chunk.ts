/**
 * Second pass of the mention finder: groups a sentence's atoms into mention candidates.
 *  - a name with the titles and affiliations before it: "IDF Chief of Staff Lt. Gen. Eyal Zamir",
 *    "Sudanese army spokesman Nabil Abdallah" (country and sector come from the modifiers);
 *  - a title standing alone: "Iran's foreign minister", "the Qatari prime minister";
 *  - an agent noun with its modifiers: "a senior U.S. official", "U.S. and Israeli officials";
 *  - states (names, capitals, seats), state bodies, organisations, pronouns.
 * Pure: it reads atoms and returns candidates; the stage decides which actors they denote.
 */
import type { Sector } from '../../doc/doc.js';
import type { Agent, Country, Institution, Organization, Person, Title } from '../../kb/types.js';
import { PART_ADJECTIVES } from '../08-places/context.js';
import type { Atom } from './atoms.js';
import type { Entry } from './gazetteer.js';

/** What the modifiers around a head say about its bearer. */
export interface Affiliation {
  countries: Country[];
  organization: Organization | null;
  institution: Institution | null;
  title: Title | null;
  agent: Agent | null;
  /** A person the phrase belongs to ("Trump administration officials"). */
  person: Person | null;
  /**
   * The organisation was joined to the states by "and" ("ASEAN and Chinese officials"): the
   * phrase is people of each, not the organisation's people from those states.
   */
  organizationApart?: boolean;
}

export type Candidate =
  | { kind: 'name'; first: number; last: number; nameFirst: number; person: Person | null; aff: Affiliation }
  | { kind: 'title'; first: number; last: number; title: Title; aff: Affiliation }
  | { kind: 'agent'; first: number; last: number; agent: Agent; plural: boolean; aff: Affiliation }
  | { kind: 'state'; first: number; last: number; country: Country; sector: Sector | null }
  | { kind: 'organization'; first: number; last: number; organization: Organization }
  | { kind: 'demonym'; first: number; last: number; country: Country }
  | { kind: 'pronoun'; first: number; last: number; form: string };

export interface ChunkLexicon {
  /** Words that make a capitalised run the name of a body ("Force", "Radio"), lower case. */
  readonly orgWords: ReadonlySet<string>;
  /** Words that may precede an agent noun inside its phrase (lower case). */
  readonly modifiers: ReadonlySet<string>;
  /** Honorifics and ranks written as abbreviations ("lt.", "gen.", "mr."), lower case. */
  readonly honorifics: ReadonlySet<string>;
  /** The ISO3 code of the state a town or region lies in ("Kordofan" → SDN), from its words. */
  readonly placeCountry?: (words: readonly string[]) => string | null;
}

const NAME_MODIFIERS = new Set([
  'former',
  'acting',
  'interim',
  'then',
  'late',
  'outgoing',
  'incoming',
  'deputy',
  'vice',
  'junior',
  'senior',
]);
const POSSESSIVE = new Set(["'s", '’s', "'"]);

/** The reading of an ambiguous gazetteer match that a news writer most likely meant. */
export function primaryEntry(entries: readonly Entry[]): Entry {
  let best = entries[0];
  for (const e of entries) if (entryRank(e) < entryRank(best)) best = e;
  return best;
}

/** How likely a reading is meant, 0 first (a blocked phrase before all). */
function entryRank(e: Entry): number {
  switch (e.kind) {
    case 'person':
      return e.full ? 0 : 6;
    case 'organization':
      return 1;
    case 'institution':
      return 2;
    case 'country':
      return 3;
    case 'seat':
      return 4;
    case 'demonym':
      return 5;
    case 'outlet':
      return 7;
    case 'title':
      return 8;
    case 'agent':
      return 9;
    case 'blocked':
      return -1;
  }
}

function emptyAffiliation(): Affiliation {
  return { countries: [], organization: null, institution: null, title: null, agent: null, person: null };
}

function entryOf(atom: Atom | undefined): Entry | null {
  return atom?.type === 'entity' ? primaryEntry(atom.entries) : null;
}

function isToken(atom: Atom | undefined, words: ReadonlySet<string>): boolean {
  return atom?.type === 'token' && words.has(atom.lower);
}

/**
 * Walks left from atom k-1 over modifiers, filling `aff`; returns the index of the leftmost
 * atom taken. `loose` also takes determiners, numbers and adjectives (for agent phrases).
 */
function takeModifiers(
  atoms: Atom[],
  k: number,
  aff: Affiliation,
  loose: boolean,
  lexicon: ChunkLexicon,
): number {
  let from = k;
  for (let j = k - 1; j >= 0; j--) {
    const atom = atoms[j];
    const entry = entryOf(atom);
    // "Deputy Shipping Minister": "deputy" before a title ranks it; it is no member of parliament.
    if (entry?.kind === 'agent' && NAME_MODIFIERS.has(entry.agent.term) && aff.title !== null) {
      from = j;
      continue;
    }
    // "ethnic Albanian guerrillas": an ethnicity, not the state of that name.
    if (entry?.kind === 'demonym' && isToken(atoms[j - 1], ETHNIC)) {
      from = j - 1;
      j--;
      continue;
    }
    // "rebel leaders", "militant commanders": people who speak for a group apart from the state
    // are of that group, not the government a bare "leaders" would be.
    // (Right before the head only: in "a group of Sudanese diplomats" the group is no rebel one.)
    if (
      j === k - 1 &&
      entry?.kind === 'agent' &&
      aff.agent?.sector === 'GOV' &&
      APART_SECTORS.has(entry.agent.sector)
    ) {
      aff.agent = entry.agent;
      from = j;
      continue;
    }
    if (entry && addModifier(entry, aff, loose)) {
      from = j;
      continue;
    }
    // "Iran's", "the UN's" before a title: the possessor is the affiliation.
    if (isToken(atom, POSSESSIVE)) {
      const owner = entryOf(atoms[j - 1]);
      if (
        owner &&
        (owner.kind === 'country' ||
          owner.kind === 'seat' ||
          owner.kind === 'organization' ||
          owner.kind === 'institution')
      ) {
        addModifier(owner, aff, true);
        from = j - 1;
        j--;
        continue;
      }
      break;
    }
    if (isToken(atom, NAME_MODIFIERS) || isToken(atom, lexicon.honorifics)) {
      from = j;
      continue;
    }
    // "Kordofan rebels", "Nablus police": a group named after the town or region it is of.
    if (loose && aff.countries.length === 0 && localAgent(aff.agent)) {
      const iso3 = placeCountry(atom, lexicon);
      if (iso3) {
        aff.countries.push(countryStub(iso3));
        from = j;
        continue;
      }
    }
    // "Deputy Shipping Minister": a capitalised word before a title names the portfolio (the
    // tagger may read it as a common noun or adjective).
    const capitalised = atom.type === 'propn' || (atom.type === 'token' && atom.key !== atom.lower);
    if (capitalised && entryOf(atoms[j + 1])?.kind === 'title') {
      from = j;
      continue;
    }
    // "Japan's top nuclear negotiator", "Iran's chief envoy": a lower-case word between a
    // state's possessive and the head belongs to the phrase, as the possessive does.
    if (isModifierWord(atom)) {
      if (ownerPossessiveBefore(atoms, j)) {
        from = j;
        continue;
      }
    }
    // "German Eurofighter jets", "Russian Su-35 fighters": a model's name between a state's
    // demonym and the head belongs to the phrase.
    if (loose && atom.type === 'propn' && hasAffiliationBefore(atoms, j)) continue;
    if (loose && atom.type === 'token') {
      // "Kenyan and Somali officials": "and" joins two affiliations; before a noun with a head
      // of its own ("Malian soldiers and Russian mercenaries") it ends the phrase.
      const left = entryOf(atoms[j - 1]);
      // ("the ELN and dissidents of the FARC": an agent right after "and" heads a phrase of its own.)
      if (atom.lower === 'and' && isAffiliation(left) && isAffiliation(entryOf(atoms[j + 1]))) {
        if (joinsOrganizationToState(left, aff)) aff.organizationApart = true;
        from = j;
        continue;
      }
      if (lexicon.modifiers.has(atom.lower)) {
        from = j;
        continue;
      }
      // "Japanese defence officials", "Iranian foreign ministry officials": a common noun or
      // adjective between an affiliation and the head belongs to the phrase.
      if ((atom.upos === 'NOUN' || atom.upos === 'ADJ') && hasAffiliationBefore(atoms, j)) continue;
    }
    break;
  }
  // "of" belongs to the phrase only after a quantity ("dozens of troops"); "positions of the
  // Palestinian forces" starts at "the".
  if (from < k && isToken(atoms[from], OF)) from++;
  return from;
}

const OF = new Set(['of']);

/** Kinds of place a name may follow with "of" ("the town of …"). */
const LOCALITIES = new Set([
  'town',
  'village',
  'city',
  'district',
  'port',
  'hamlet',
  'settlement',
  'province',
  'region',
]);

const AFFILIATION_KINDS = new Set(['demonym', 'country', 'seat', 'institution', 'organization']);

function isAffiliation(entry: Entry | null | undefined): boolean {
  return entry != null && AFFILIATION_KINDS.has(entry.kind);
}

/** "ASEAN and Chinese", "Chinese and EU": an "and" between an organisation and a state. */
function joinsOrganizationToState(left: Entry | null, aff: Affiliation): boolean {
  if (left?.kind === 'organization') return aff.countries.length > 0 && aff.organization === null;
  const state = left?.kind === 'demonym' || left?.kind === 'country';
  return state && aff.organization !== null && aff.countries.length === 0;
}

/**
 * A state's or body's possessive ("South Korea's") stands before atom j, past at most two more
 * modifying words ("Kenya's jailed human rights lawyer").
 */
function ownerPossessiveBefore(atoms: Atom[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(1, j - 3); k--) {
    const atom = atoms[k];
    if (isToken(atom, POSSESSIVE)) {
      const owner = entryOf(atoms[k - 1]);
      return owner != null && ['country', 'seat', 'organization', 'institution'].includes(owner.kind);
    }
    if (!isModifierWord(atom)) return false;
  }
  return false;
}

/**
 * A lower-case adjective or noun, or a participle used as one ("leading", "exiled"): a word
 * that can stand between a possessive and the title it modifies.
 */
function isModifierWord(atom: Atom | undefined): boolean {
  if (atom?.type !== 'token' || atom.key !== atom.lower) return false;
  return (
    atom.upos === 'ADJ' || atom.upos === 'NOUN' || (atom.upos === 'VERB' && /(?:ing|ed)$/.test(atom.lower))
  );
}

function hasAffiliationBefore(atoms: Atom[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
    const e = entryOf(atoms[k]);
    if (
      e &&
      (e.kind === 'demonym' || e.kind === 'country' || e.kind === 'institution' || e.kind === 'organization')
    )
      return true;
    const a = atoms[k];
    if (!(a.type === 'token' && (a.upos === 'NOUN' || a.upos === 'ADJ'))) return false;
  }
  return false;
}

/** Sectors of groups that stand apart from or against their state. */
export const APART_SECTORS: ReadonlySet<string> = new Set(['REB', 'OPP', 'CRM']);

function addModifier(entry: Entry, aff: Affiliation, loose: boolean): boolean {
  switch (entry.kind) {
    case 'demonym':
    case 'country':
    case 'seat':
      if (entry.kind !== 'demonym' && !loose && aff.countries.length > 0) return false;
      aff.countries.unshift(entry.country);
      return true;
    case 'institution':
      aff.institution ??= entry.institution;
      return true;
    case 'organization':
      aff.organization ??= entry.organization;
      return true;
    case 'title':
      aff.title ??= entry.title;
      return true;
    case 'agent':
      aff.agent ??= entry.agent;
      return true;
    case 'person':
      // "Trump administration officials": only in loose phrases, where a person modifies a noun.
      if (!loose) return false;
      aff.person ??= entry.person;
      return true;
    default:
      return false;
  }
}

export function chunkSentence(atoms: Atom[], lexicon: ChunkLexicon): Candidate[] {
  const out: Candidate[] = [];
  let consumedUpTo = -1; // atoms at or before this index belong to an earlier candidate
  const push = (candidate: Candidate, fromAtom: number, toAtom: number) => {
    // Modifiers taken by this candidate may have been emitted as mentions of their own.
    while (out.length > 0 && out[out.length - 1].first >= atoms[fromAtom].first) out.pop();
    out.push(candidate);
    consumedUpTo = toAtom;
  };
  for (let k = 0; k < atoms.length; k++) {
    if (k <= consumedUpTo) continue;
    const atom = atoms[k];
    if (atom.type === 'pronoun') {
      out.push({ kind: 'pronoun', first: atom.first, last: atom.last, form: atom.form });
      continue;
    }
    if (atom.type === 'propn') {
      const aff = emptyAffiliation();
      const from = takeModifiers(atoms, k, aff, false, lexicon);
      // An unknown capitalised run is a person only with evidence: a title before it, an
      // apposition after it, or a speech verb; otherwise it is a place, a ship, an event...
      if (entryOf(atoms[k + 1])?.kind === 'title') continue; // "Shipping" in "Shipping Minister"
      if (namesABody(atoms, k, lexicon)) {
        // "Haiti's Transitional Presidential Council", "NATO's North Atlantic Council": a body
        // the knowledge base does not list stands for the state or organisation that owns it.
        const owner = ownerBefore(atoms, k);
        if (owner) push(owner.candidate, owner.from, k);
        continue;
      }
      const bodyOwner = ownerOfNamedBody(atoms, k, lexicon);
      if (bodyOwner) {
        push(bodyOwner.candidate, bodyOwner.from, k);
        continue;
      }
      const titled = aff.title !== null;
      const multiword = atom.last - atom.first > 1;
      // Appositions are read whatever else proves the name, for the country and role they give.
      const leftApposition = takeLeftApposition(atoms, k, aff);
      const rightApposition = takeApposition(atoms, k, aff);
      // A town or region the gazetteer knows ("officials in South Ossetia said") is no speaker, nor
      // is one the text calls a place ("near the town of Zubin Potok, the interior minister said").
      const place =
        !titled &&
        !leftApposition &&
        (placeCountry(atom, lexicon) !== null ||
          (isToken(atoms[k - 1], OF) && isToken(atoms[k - 2], LOCALITIES)));
      const evidence =
        titled ||
        leftApposition ||
        (multiword &&
          !place &&
          (rightApposition || followedBySpeech(atoms, k) || isToken(atoms[k - 1], SPEECH)));
      if (!evidence) {
        // "Venezuela's National Assembly", a body no list names: still the state's, not no one's.
        const several = multiword || isCapitalisedToken(atoms[k - 1]);
        const owner = several && afterPossessive(atoms, k) ? ownerBefore(atoms, k) : null;
        if (owner) push(owner.candidate, owner.from, k);
        else {
          // ("in Nigeria's northwestern Kebbi state": the state that owns an unknown place is still
          // named.)
          const state = possessingState(atoms, k);
          if (state) push(state.candidate, state.from, state.from);
        }
        continue;
      }
      push(
        { kind: 'name', first: atoms[from].first, last: atom.last, nameFirst: atom.first, person: null, aff },
        from,
        k,
      );
      continue;
    }
    if (atom.type !== 'entity') continue;
    const entry = primaryEntry(atom.entries);
    const next = entryOf(atoms[k + 1]);
    // A modifier directly followed by the head it modifies waits for that head — unless that
    // head only modifies a noun of no actor in turn ("the Viv Ansanm gang federation"): then the
    // organisation is named alone.
    const lostHead = entry.kind === 'organization' && next?.kind === 'agent' && beforeNoun(atoms, k + 1);
    if (next && modifiesNext(entry, next) && !lostHead) continue;
    // "military assistance", "government plan": an agent noun modifying another noun names no one.
    if (entry.kind === 'agent' && beforeNoun(atoms, k)) continue;
    if (atoms[k + 1]?.type === 'propn' && modifiesName(entry)) continue;
    if (
      isToken(atoms[k + 1], POSSESSIVE) &&
      (entry.kind === 'country' || entry.kind === 'seat' || entry.kind === 'organization') &&
      nextHeadAfterPossessive(atoms, k + 2)
    ) {
      continue;
    }
    const candidate = headCandidate(atoms, k, entry, lexicon);
    if (candidate) push(candidate.candidate, candidate.from, candidate.to);
  }
  return out;
}

const APPOSITION_WORDS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'of',
  'for',
  'senior',
  'top',
  'chief',
  'deputy',
  'former',
  'acting',
  'country',
  "country's",
]);

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'warned',
  'stated',
  'noted',
  'explained',
  'insisted',
  'argued',
  'posted',
  'announced',
  'declared',
  'stressed',
  'asked',
  'replied',
  'responded',
  'urged',
  'accused',
  'denied',
  'confirmed',
]);

function followedBySpeech(atoms: Atom[], k: number): boolean {
  const next = atoms[k + 1];
  return next?.type === 'token' && SPEECH.has(next.lower);
}

/**
 * The owner named right before the body at atom k — a state by possessor or demonym
 * ("Haiti's", "Haitian"), or an organisation by possessor ("NATO's") — as the candidate the
 * whole phrase stands for.
 */
/** A possessive "'s" comes before atom `k`, but for capitalised words the tagger read apart ("Supreme"). */
function afterPossessive(atoms: Atom[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isCapitalisedToken(atoms[j])) j--;
  return isToken(atoms[j], POSSESSIVE);
}

/** The state whose possessive stands before atom k, past lower-case modifiers, as a candidate of its own. */
function possessingState(atoms: Atom[], k: number): { candidate: Candidate; from: number } | null {
  let j = k - 1;
  while (j >= 0 && isModifierWord(atoms[j])) j--;
  if (!isToken(atoms[j], POSSESSIVE)) return null;
  const owner = entryOf(atoms[j - 1]);
  if (owner?.kind !== 'country') return null;
  const atom = atoms[j - 1];
  return {
    candidate: { kind: 'state', first: atom.first, last: atom.last, country: owner.country, sector: null },
    from: j - 1,
  };
}

function ownerBefore(atoms: Atom[], k: number, end = k): { candidate: Candidate; from: number } | null {
  // Capitalised words the tagger read as adjectives belong to the name ("Transitional").
  let j = k - 1;
  while (j >= 0 && isCapitalisedToken(atoms[j])) j--;
  const first = (from: number) => atoms[from].first;
  const last = atoms[end].last;
  const demonym = entryOf(atoms[j]);
  if (demonym?.kind === 'demonym')
    return {
      candidate: { kind: 'state', first: first(j), last, country: demonym.country, sector: null },
      from: j,
    };
  if (!isToken(atoms[j], POSSESSIVE)) return null;
  const owner = entryOf(atoms[j - 1]);
  if (owner?.kind === 'country' || owner?.kind === 'seat')
    return {
      candidate: { kind: 'state', first: first(j - 1), last, country: owner.country, sector: null },
      from: j - 1,
    };
  if (owner?.kind === 'organization')
    return {
      candidate: { kind: 'organization', first: first(j - 1), last, organization: owner.organization },
      from: j - 1,
    };
  return null;
}

function isCapitalisedToken(atom: Atom | undefined): boolean {
  return atom?.type === 'token' && atom.key !== atom.lower && !POSSESSIVE.has(atom.lower);
}

/** Whether atom `k` starts with a capitalised word (a name, or a word of a title-case line). */
function capitalisedAt(atoms: Atom[], k: number): boolean {
  const atom = atoms[k];
  if (!atom) return false;
  if (atom.type === 'token') return atom.key !== atom.lower && /^\p{Lu}/u.test(atom.key);
  return atom.type === 'propn' || atom.type === 'entity';
}

/** "Gang Suppression Force", "Radio Télévision Caraïbes": the run names a body, not a person. */
function namesABody(atoms: Atom[], k: number, lexicon: ChunkLexicon): boolean {
  const atom = atoms[k];
  const words = atom.type === 'propn' ? atom.words : [];
  return words.some((w) => lexicon.orgWords.has(w.toLowerCase()));
}

/**
 * "the European Union's naval mission Aspides", "Haiti's elite police unit Swat": an unknown name
 * right after a noun of a body (`org-words.txt`), which a state or organisation owns, stands for
 * that owner as `ownerBefore` reads it; null otherwise.
 */
function ownerOfNamedBody(
  atoms: Atom[],
  k: number,
  lexicon: ChunkLexicon,
): { candidate: Candidate; from: number } | null {
  const body = atoms[k - 1];
  // (Without tags, any word in lower case will do.)
  const common = (a: Atom | undefined, tags: readonly string[]): boolean =>
    a?.type === 'token' && (a.upos === undefined ? /^[a-z-]+$/.test(a.key) : tags.includes(a.upos));
  // ("NATO's peacekeeping force KFOR": the body's noun may be one the lexicon reads as a group.)
  // (Not a person's office: "South African leader F.W. de Klerk" names the leader.)
  const entry = body?.type === 'entity' ? primaryEntry(body.entries) : null;
  const group = entry?.kind === 'agent' && lexicon.orgWords.has(entry.agent.term.split(' ').pop() ?? '');
  if (!group && (!common(body, ['NOUN']) || !lexicon.orgWords.has((body as { lower: string }).lower)))
    return null;
  // Up to two more words of the body's kind before it ("naval", "elite police").
  let j = k - 1;
  for (let n = 0; n < 2 && common(atoms[j - 1], ['ADJ', 'NOUN']); n++) j--;
  return ownerBefore(atoms, j, k);
}

/** "Senegal's foreign minister, Cheikh Niang, condemned…" — the title stands before the comma. */
function takeLeftApposition(atoms: Atom[], k: number, aff: Affiliation): boolean {
  if (!isToken(atoms[k - 1], new Set([','])) || !isToken(atoms[k + 1], new Set([',']))) return false;
  const title = entryOf(atoms[k - 2]);
  if (!title || (title.kind !== 'title' && title.kind !== 'agent')) return false;
  addModifier(title, aff, true);
  // ("Eritrea's information minister, Yemane Gebremeskel,": words of the office the lexicon has
  // no title for may stand between the title and its state.)
  let officeWords = 0;
  for (let j = k - 3; j >= Math.max(0, k - 7); j--) {
    const entry = entryOf(atoms[j]);
    if (entry && entry.kind !== 'person') addModifier(entry, aff, true);
    else if (officeWord(atoms[j]) && officeWords < 2 && j === k - 3 - officeWords) officeWords++;
    else if (!isToken(atoms[j], POSSESSIVE)) break;
  }
  return true;
}

/** A common noun or adjective in lower case, as in "information minister", "deputy defence minister". */
function officeWord(atom: Atom | undefined): boolean {
  return (
    atom?.type === 'token' &&
    /^[a-z]+$/.test(atom.key) &&
    (atom.upos === undefined || atom.upos === 'NOUN' || atom.upos === 'ADJ')
  );
}

/** "Nabil Abdallah, a spokesman for the Sudanese army," — the apposition describes the name. */
function takeApposition(atoms: Atom[], k: number, aff: Affiliation): boolean {
  if (!isToken(atoms[k + 1], new Set([',']))) return false;
  const found = emptyAffiliation();
  // Only a noun phrase may follow: determiners, modifiers, affiliations, titles ("a senior
  // Sudanese army spokesman", "the secretary of Iran's council"); a verb ends the search.
  for (let j = k + 2; j < Math.min(atoms.length, k + 10); j++) {
    const atom = atoms[j];
    const entry = entryOf(atom);
    if (entry) {
      addModifier(entry, found, true);
      continue;
    }
    if (atom.type === 'token' && (APPOSITION_WORDS.has(atom.lower) || POSSESSIVE.has(atom.lower))) continue;
    break;
  }
  if (!found.title && !found.agent) return false;
  aff.title ??= found.title;
  aff.agent ??= found.agent;
  aff.institution ??= found.institution;
  aff.organization ??= found.organization;
  if (aff.countries.length === 0) aff.countries.push(...found.countries);
  return true;
}

/** Whether `entry` is a modifier of the entity `next` that follows it ("Iranian" → "Foreign Minister"). */
function modifiesNext(entry: Entry, next: Entry): boolean {
  const modifier =
    entry.kind === 'demonym' ||
    entry.kind === 'title' ||
    entry.kind === 'institution' ||
    entry.kind === 'organization' ||
    entry.kind === 'country' ||
    entry.kind === 'seat' ||
    entry.kind === 'agent';
  if (!modifier) return false;
  if (next.kind === 'person' || next.kind === 'title') return true;
  return next.kind === 'agent';
}

function modifiesName(entry: Entry): boolean {
  return (
    entry.kind === 'title' ||
    entry.kind === 'demonym' ||
    entry.kind === 'institution' ||
    entry.kind === 'organization' ||
    entry.kind === 'agent'
  );
}

function beforeNoun(atoms: Atom[], k: number): boolean {
  const following = atoms[k + 1];
  return following?.type === 'token' && (following.upos === 'NOUN' || following.upos === 'PROPN');
}

function nextHeadAfterPossessive(atoms: Atom[], k: number): boolean {
  for (let j = k; j < Math.min(atoms.length, k + 3); j++) {
    const e = entryOf(atoms[j]);
    // "Iran's military policies": the agent noun modifies "policies"; the possessor is the head.
    if (e?.kind === 'agent' && beforeNoun(atoms, j)) return false;
    if (e && (e.kind === 'title' || e.kind === 'agent' || e.kind === 'person')) return true;
    if (atoms[j].type === 'propn') return true;
    if (!e && !(atoms[j].type === 'token')) return false;
  }
  return false;
}

function headCandidate(
  atoms: Atom[],
  k: number,
  entry: Entry,
  lexicon: ChunkLexicon,
): { candidate: Candidate; from: number; to: number } | null {
  const atom = atoms[k];
  const span = { first: atom.first, last: atom.last };
  switch (entry.kind) {
    case 'person': {
      const aff = emptyAffiliation();
      const from = takeModifiers(atoms, k, aff, false, lexicon);
      // "Defence Minister Yassin Ibrahim": one word of a known name ("Yassin", Ahmed Yassin's)
      // followed at once by an unknown capitalised word is the start of someone else's name; the
      // "Clinton Foundation" is no one's. (Not in a line of capitalised words, "Trump Warns
      // Clinton…", where any word may be capitalised.)
      const next = atoms[k + 1];
      const longer =
        atom.last - atom.first === 1 &&
        next?.type === 'propn' &&
        next.first === atom.last &&
        next.last - next.first === 1 &&
        !capitalisedAt(atoms, k + 2);
      if (longer && namesABody(atoms, k + 1, lexicon)) return null;
      return {
        candidate: {
          kind: 'name',
          first: atoms[from].first,
          last: longer ? next.last : atom.last,
          nameFirst: atom.first,
          person: longer ? null : entry.person,
          aff,
        },
        from,
        to: longer ? k + 1 : k,
      };
    }
    case 'title': {
      const aff = emptyAffiliation();
      aff.title = entry.title;
      const from = takeModifiers(atoms, k, aff, true, lexicon);
      const to = takeOfComplement(atoms, k, aff);
      return {
        candidate: { kind: 'title', first: atoms[from].first, last: atoms[to].last, title: entry.title, aff },
        from,
        to,
      };
    }
    case 'agent': {
      // ("the northern state of Roraima": a state of a federation, named after "of", is a place.)
      if (entry.agent.term === 'state' && isToken(atoms[k + 1], OF) && atoms[k + 2]?.type !== 'token')
        return null;
      // (So is one named before it: "Nigeria's northwestern Kebbi state".)
      if (entry.agent.term === 'state' && atoms[k - 1]?.type === 'propn') return null;
      const aff = emptyAffiliation();
      aff.agent = entry.agent;
      const from = takeModifiers(atoms, k, aff, true, lexicon);
      const to = takeOfComplement(atoms, k, aff);
      // The place stays a mention of its own: it tells where, and which state the sentence is about.
      // ("troops from Kenya": where people come from is their state, strangers or not.)
      if (to === k && aff.countries.length === 0)
        takeWhere(atoms, k, aff, lexicon, localAgent(aff.agent) ? WHERE : FROM);
      return {
        candidate: {
          kind: 'agent',
          first: atoms[from].first,
          last: atoms[to].last,
          agent: entry.agent,
          plural: entry.plural,
          aff,
        },
        from,
        to,
      };
    }
    case 'country':
    case 'seat':
      return {
        candidate: {
          kind: 'state',
          ...span,
          country: entry.country,
          sector: entry.kind === 'seat' ? 'GOV' : null,
        },
        from: k,
        to: k,
      };
    case 'institution': {
      // "the Philippine National Security Council", "Turkey's National Security Council": a body
      // many states have a namesake of is the one of the state named before it.
      const owner = namesakeOwner(atoms, k, entry.institution.country);
      if (owner)
        return {
          candidate: {
            kind: 'state',
            first: atoms[owner.from].first,
            last: span.last,
            country: owner.country,
            sector: entry.institution.sector,
          },
          from: owner.from,
          to: k,
        };
      return {
        candidate: {
          kind: 'state',
          ...span,
          country: countryStub(entry.institution.country),
          sector: entry.institution.sector,
        },
        from: k,
        to: k,
      };
    }
    case 'organization':
      return {
        candidate: { kind: 'organization', ...span, organization: entry.organization },
        from: k,
        to: k,
      };
    case 'demonym': {
      // "ethnic Albanians" are an ethnicity, not the people of Albania.
      if (isToken(atoms[k - 1], ETHNIC)) return null;
      // "Bosnian Serbs", "Kosovo Albanians": a people of the state named before them. ("Iranian
      // Americans" are Americans: in lands of immigrants the word before says where one came from.)
      const home = entryOf(atoms[k - 1]);
      if (
        (home?.kind === 'demonym' || home?.kind === 'country') &&
        home.country.iso3 !== entry.country.iso3 &&
        !ORIGIN_NAMED_BEFORE.has(entry.country.iso3)
      )
        return {
          candidate: { kind: 'demonym', first: atoms[k - 1].first, last: span.last, country: home.country },
          from: k - 1,
          to: k,
        };
      return { candidate: { kind: 'demonym', ...span, country: entry.country }, from: k, to: k };
    }
    default:
      return null;
  }
}

/** The state named right before an institution (as "Philippine" or "Turkey's") when it is not the institution's own. */
function namesakeOwner(atoms: Atom[], k: number, own: string): { country: Country; from: number } | null {
  const possessed = isToken(atoms[k - 1], POSSESSIVE);
  const at = possessed ? k - 2 : k - 1;
  const entry = entryOf(atoms[at]);
  if (entry?.kind !== 'country' && entry?.kind !== 'seat' && entry?.kind !== 'demonym') return null;
  // ("The U.S. Treasury Department imposed sanctions": the body's own state named before it
  // belongs to its name, or the state alone would be read as the actor.)
  // (A possessive, "Iran's Revolutionary Guards", keeps the state a mention of its own.)
  if (entry.country.iso3 === own)
    return entry.kind === 'seat' || possessed ? null : { country: entry.country, from: at };
  if (possessed === (entry.kind === 'demonym')) return null;
  return { country: entry.country, from: at };
}

const ETHNIC = new Set(['ethnic']);

/** States whose people are named with their origin before them ("Iranian Americans", "Chinese Canadians"). */
const ORIGIN_NAMED_BEFORE = new Set(['USA', 'CAN', 'AUS', 'NZL', 'GBR']);

/** "the president of Egypt", "the secretary-general of the UN": an of-phrase names the affiliation. */
function takeOfComplement(atoms: Atom[], k: number, aff: Affiliation): number {
  if (!isToken(atoms[k + 1], new Set(['of', 'for']))) return k;
  let j = k + 2;
  if (isToken(atoms[j], new Set(['the']))) j++;
  let entry = entryOf(atoms[j]);
  if (!entry) return k;
  // "officials of Lebanon's Hezbollah": the state owns what follows, and that names the
  // affiliation; with no name after it ("of Egypt's opposition") the phrase is left to others.
  if ((entry.kind === 'country' || entry.kind === 'seat') && isToken(atoms[j + 1], POSSESSIVE)) {
    j += 2;
    entry = entryOf(atoms[j]);
    if (entry?.kind !== 'organization' && entry?.kind !== 'institution') return k;
  }
  if (entry.kind === 'country' || entry.kind === 'seat') {
    if (aff.countries.length === 0) aff.countries.push(entry.country);
    return j;
  }
  if (entry.kind === 'organization') {
    aff.organization ??= entry.organization;
    return j;
  }
  if (entry.kind === 'institution') {
    aff.institution ??= entry.institution;
    return j;
  }
  return k;
}

/**
 * Sectors whose members belong to the place they are in or from: "rebels in Kordofan" are Sudanese
 * rebels and "police in Nablus" Palestinian police, where "troops in Mali", "diplomats in Kabul"
 * or "aid groups in Gaza" may serve any state or none.
 */
const LOCAL_SECTORS = new Set([
  'REB',
  'OPP',
  'COP',
  'JUD',
  'CVL',
  'EDU',
  'LAB',
  'PTY',
  'CRM',
  'ELI',
  'REL',
  'HLH',
]);
/** People of a local sector who are often strangers where they are ("settlers in Hebron"). */
const VISITORS = new Set(['settler', 'hostage', 'passenger']);

function localAgent(agent: Agent | null): boolean {
  return agent !== null && LOCAL_SECTORS.has(agent.sector) && !VISITORS.has(agent.term);
}

const WHERE = new Set(['in', 'from']);
const FROM = new Set(['from']);
const THE = new Set(['the']);

/** "rebels in Chad", "opposition parties in Kenya", "troops from Kenya": the place names their state. */
function takeWhere(
  atoms: Atom[],
  k: number,
  aff: Affiliation,
  lexicon: ChunkLexicon,
  preps: ReadonlySet<string>,
): void {
  if (!isToken(atoms[k + 1], preps)) return;
  let j = k + 2;
  if (isToken(atoms[j], THE)) j++;
  // "rebels in northern Mali", "protesters in eastern Congo".
  if (isToken(atoms[j], PART_ADJECTIVES)) j++;
  const atom = atoms[j];
  const entry = entryOf(atom);
  if (entry && (entry.kind === 'country' || entry.kind === 'seat')) {
    aff.countries.push(entry.country);
    return;
  }
  const iso3 = atom ? placeCountry(atom, lexicon) : null;
  if (iso3) aff.countries.push(countryStub(iso3));
}

/** The state of a town or region the atom names, written as a name ("Kordofan", "Gaza City"). */
function placeCountry(atom: Atom, lexicon: ChunkLexicon): string | null {
  if (!lexicon.placeCountry) return null;
  if (atom.type === 'propn') return lexicon.placeCountry(atom.words);
  // A tagger may read a place before a noun as an adjective ("Kordofan rebels"); keys keep case.
  if (atom.type === 'token' && atom.key !== atom.lower) return lexicon.placeCountry([atom.key]);
  return null;
}

/** Institutions name their country by code; the stage swaps in the full record. */
export function countryStub(iso3: string): Country {
  return { iso3, cameo: iso3, name: iso3, aliases: [], demonyms: [], seats: [], region: '' };
}
