/**
 * The mentions stage: finds the political actors a document mentions — people by name or by
 * title, states by name, capital or seat, state bodies, organisations, unnamed officials and
 * groups, pronouns (resolved later by the coref stage), and compounds ("Turkey, Egypt, and
 * Qatar") split into members — and creates one Actor per distinct actor.
 */
import { dataPath, readWordList } from '../../data/files.js';
import type { Actor, Doc, Mention, MentionKind } from '../../doc/doc.js';
import { loadKnowledgeBaseData } from '../../kb/load.js';
import type { KnowledgeBaseData } from '../../kb/types.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { type Abbreviations, loadAbbreviations } from '../01-text/abbreviations.js';
import { datelineEnd } from '../01-text/dateline.js';
import { loadPlaceGazetteer, type PlaceEntry, type PlaceGazetteer } from '../08-places/gazetteer.js';
import { ActorRegistry, KnowledgeIndex } from './actors.js';
import { type AtomLexicon, sentenceAtoms, tokenKeys } from './atoms.js';
import { APART_SECTORS, type Candidate, type ChunkLexicon, chunkSentence, countryStub } from './chunk.js';
import { findCompounds } from './compounds.js';
import { Gazetteer } from './gazetteer.js';
import { linkSurnames } from './surnames.js';

export interface MentionResources {
  readonly kb: KnowledgeBaseData;
  readonly index: KnowledgeIndex;
  readonly atoms: AtomLexicon;
  readonly chunks: ChunkLexicon;
  /** Modifiers of a group of more than one state ("European diplomats"): `lexicon/many-states.txt`. */
  readonly manyStates: ReadonlySet<string>;
  /** Nouns of bodies only a state has ("the authorities"): `lexicon/national-bodies.txt`. */
  readonly nationalBodies: ReadonlySet<string>;
}

export function loadMentionResources(
  kb: KnowledgeBaseData = loadKnowledgeBaseData(),
  abbreviations: Abbreviations = loadAbbreviations(),
  places: PlaceGazetteer = loadPlaceGazetteer(undefined, { abbreviations }),
): MentionResources {
  return {
    kb,
    index: new KnowledgeIndex(kb),
    atoms: {
      gazetteer: new Gazetteer(kb, abbreviations, readWordList(dataPath('lexicon/not-actors.txt'))),
      notNames: new Set(readWordList(dataPath('lexicon/not-names.txt')).map((w) => w.toLowerCase())),
      placeAt: placeAtOf(places),
    },
    manyStates: new Set(readWordList(dataPath('lexicon/many-states.txt')).map((w) => w.toLowerCase())),
    nationalBodies: new Set(
      readWordList(dataPath('lexicon/national-bodies.txt')).map((w) => w.toLowerCase()),
    ),
    chunks: {
      orgWords: new Set(readWordList(dataPath('lexicon/org-words.txt')).map((w) => w.toLowerCase())),
      modifiers: new Set(readWordList(dataPath('lexicon/np-modifiers.txt')).map((w) => w.toLowerCase())),
      honorifics: new Set(
        [...abbreviations].filter(([, role]) => role === 'title').map(([a]) => a.toLowerCase()),
      ),
      placeCountry: placeCountryOf(places),
    },
  };
}

/** Kinds of place that lie inside one state and can name its people ("Kordofan rebels"). */
const LOCAL_PLACE_KINDS = new Set(['city', 'region', 'site']);

/**
 * The state a town or region lies in, by the default reading of its exact words ("Kordofan" →
 * SDN); null for seas, disputed places and words that only begin a place's name.
 */
function placeCountryOf(places: PlaceGazetteer): (words: readonly string[]) => string | null {
  return (words) => {
    let at = places.root;
    for (const word of words) {
      const next = at.next.get(word);
      if (!next) return null;
      at = next;
    }
    let best: PlaceEntry | null = null;
    for (const hit of at.hits) if (!best || hit.entry.order < best.order) best = hit.entry;
    return best && LOCAL_PLACE_KINDS.has(best.kind) ? best.country : null;
  };
}

/**
 * The longest town, region or sea name of two or more words at token `i`, with its state (none
 * for a sea: "the Gulf of Oman" is no part of Oman).
 */
function placeAtOf(
  places: PlaceGazetteer,
): (keys: readonly string[], i: number, end: number) => { end: number; country: string } | null {
  return (keys, i, end) => {
    // "Northern Ireland" is a name; "northern Israel" is a part of Israel.
    const first = keys[i].charCodeAt(0);
    if (!(first >= 65 && first <= 90)) return null;
    let at = places.root;
    let found: { end: number; country: string } | null = null;
    for (let k = i; k < end; k++) {
      const next = at.next.get(keys[k]);
      if (!next) break;
      at = next;
      if (k === i) continue;
      const hit = at.hits.find(
        (h) =>
          !h.needsThe && ((LOCAL_PLACE_KINDS.has(h.entry.kind) && h.entry.country) || h.entry.kind === 'sea'),
      );
      if (hit) found = { end: k + 1, country: hit.entry.country ?? '' };
    }
    return found;
  };
}

export function mentionsStage(resources: MentionResources = loadMentionResources()): Stage {
  return {
    name: 'mentions',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions', 'actors'],
    run: function findMentions(doc: Doc) {
      const date = doc.meta.published ?? new Date().toISOString().slice(0, 10);
      const registry = new ActorRegistry(doc, resources.index, date);
      const keys = tokenKeys(doc);
      for (const sentence of doc.sentences) {
        const atoms = sentenceAtoms(doc, sentence, resources.atoms, keys);
        const candidates = chunkSentence(atoms, resources.chunks);
        const first = doc.mentions.length;
        for (const candidate of candidates) {
          const mention = toMention(doc, candidate, sentence.index, registry, resources, date);
          if (mention) doc.mentions.push(mention);
        }
        findCompounds(doc, first);
      }
      linkSurnames(doc, resources.atoms);
      doc.sortMentions();
      blocNamedBefore(doc);
      inferCountries(doc, resources, registry, datelineCountry(doc, resources.chunks));
    },
  };
}

/**
 * A titled person whose words gave no country ("navy spokesman Ivan Petrenko") serves, in
 * news copy, the state the sentence is about: the nearest state named in the sentence, else
 * the state the article names most.
 */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

function inferCountries(
  doc: Doc,
  resources: MentionResources,
  registry: ActorRegistry,
  dateline: Dateline | null,
): void {
  const { manyStates, nationalBodies } = resources;
  bodiesPlacedAfter(doc, registry, nationalBodies);
  const organisations = namedOrganisations(doc);
  // "KHARTOUM — The RSF shelled a camp near El Fasher… The army said…": the state a story is filed
  // from counts as two mentions of it, and wins a tie (it is counted first).
  const counts = new Map<string, number>(dateline?.country ? [[dateline.country, DATELINE_WEIGHT]] : []);
  for (const m of doc.mentions) {
    // ("ABUJA, Nigeria —": the state a dateline spells out is the dateline's, counted once if at all.)
    if (dateline && m.start >= dateline.start && m.start < dateline.end) continue;
    const a = doc.actors[m.actor];
    if (a?.type === 'state' && a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  }
  // ("Georgian police dispersed protesters…": with no state named as such, the state of the
  // groups and people placed by a demonym.)
  if (counts.size === 0)
    for (const m of doc.mentions) {
      const a = doc.actors[m.actor];
      if (a?.country && a.type !== 'organization') counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
    }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]).map(([country]) => country);
  const dominant = ranked[0] ?? null;
  const groupsOf: Mention[] = [];
  for (const m of doc.mentions) {
    const actor = doc.actors[m.actor];
    // A bare title ("the minister") is left to coreference, which links it to a named person.
    // (Unless it is said whom the title speaks for: "a spokesman for Taiwan's presidential office".)
    if (!actor || actor.type === 'state' || actor.type === 'organization') continue;
    if (m.kind === 'title' && !stateBodyFor(doc, m)) continue;
    if (actor.country || actor.org || actor.kbId) continue;
    if (actor.role === null && actor.sector === null) continue;
    // "Judges at the International Criminal Court": people of no state at a body named right
    // after them are its own.
    const body = m.kind === 'agent' ? organisationRightAfter(doc, m) : null;
    if (body) {
      joinOrganisation(actor, body);
      continue;
    }
    // "Chinese warships and aircraft": the demonym of the first of two joined groups of one sector
    // covers the second.
    const partner = m.kind === 'agent' ? joinedGroupBefore(doc, m) : null;
    if (partner) {
      registry.placeIn(actor, partner);
      continue;
    }
    // Unnamed groups ("the army", "police") only when their sector makes them state agents;
    // others ("supporters of the former president") by whoever the of-phrase right after names.
    // ("Gangs attacked a police station in the Haitian capital": gangs are the state's own
    // criminals, placed as its agents are, when no organisation or of-phrase claims them.)
    if (actor.anonymous && !STATE_SECTORS.has(actor.sector ?? '')) {
      groupsOf.push(m);
      if (actor.sector !== 'CRM') continue;
    }
    // "two European diplomats", "Western officials": of more than one state, or of none known.
    if (m.kind === 'agent' && modifierWords(doc, m).some((w) => manyStates.has(w))) continue;
    // "officials from both countries": of the two sides, which the event coder works out.
    if (m.kind === 'agent' && OF_BOTH.test(doc.text.slice(m.end, m.end + 40))) continue;
    // "spoke with both foreign ministers": one of each side, whichever state the sentence names.
    if (
      m.kind === 'agent' &&
      BOTH_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) &&
      SIDE_HEADS.test(doc.slice(m))
    )
      continue;
    // "Ahmad Karimi, a senior militia official": a role that names an organisation of the
    // article places the person in it (and its home state), not in the state named nearby.
    const group = actor.role ? organisations.find((o) => o.word.test(actor.role ?? ''))?.actor : null;
    if (group) {
      joinOrganisation(actor, group);
      continue;
    }
    // ("the raids targeted commanders behind a suicide bombing": those behind an attack are the
    // attackers, whoever they are, not the state that names them.)
    if (m.kind === 'agent' && /^\s+behind\s/i.test(doc.text.slice(m.end, m.end + 12))) continue;
    // ("A drone struck the Khor Mor gas field in Iraq's Kurdistan region": a weapon no word of its
    // own places is no one's known; the story's state is where it struck, not whose it was.)
    // ("Drones launched by the RSF hit an airport in the east": whoever launched them.)
    if (m.kind === 'agent' && UNOWNED_WEAPONS.test(doc.slice(m)) && isSubject(doc, m)) {
      const launcher = launchedBy(doc, m);
      if (launcher?.org) joinOrganisation(actor, launcher);
      else if (launcher?.country) registry.placeIn(actor, launcher.country);
      continue;
    }
    // "The International Criminal Court issued warrants… the Taliban did not recognise the
    // court": a court named again is the court the story named, not a court of its state.
    const court = m.kind === 'agent' ? courtNamedBefore(doc, m) : null;
    if (court) {
      joinOrganisation(actor, court);
      continue;
    }
    // The nearest state named before it in the sentence, else (for a named person) at the end
    // of the sentence before, else after it in its sentence.
    // ("near the border with Burkina Faso, the defence ministry said": the state across a border
    // is the other side of it, no group's own.)
    const states = doc.mentions.filter(
      (o) =>
        o.sentence === m.sentence && namesState(doc, o) && !ACROSS_BORDER.test(doc.text.slice(0, o.start)),
    );
    // ("Meeting in Abuja, ECOWAS leaders demanded that the junta free President Embalo": a capital
    // where something happens is a place there, not the state the person serves.)
    const before = states.filter((o) => o.end <= m.start && !capitalAsPlace(doc, o)).pop();
    // ("Guyana's government said … President Irfaan Ali called…": a state's government or
    // officials place the person named next as well as the state's name does.)
    // (Not a state named as where something goes: "…steering the country toward Russia. Opposition
    // leader Nika Melia was among those detained".)
    const previous = doc.mentions
      .filter(
        (o) =>
          o.sentence === m.sentence - 1 &&
          (namesState(doc, o) || namesGovernment(doc, o, m)) &&
          !/\b(?:toward|towards|into|against)\s+(?:the\s+)?$/i.test(
            doc.text.slice(Math.max(0, o.start - 12), o.start),
          ),
      )
      .pop();
    // ("urged the government not to abandon the talks, which Cuba and Norway have been hosting": a
    // state named in a relative clause set off after the group is another side.)
    const after = states.find(
      (o) => o.start >= m.end && !RELATIVE_AFTER_COMMA.test(doc.text.slice(m.end, o.start)),
    );
    // A named person is introduced after the context that places them; an unnamed group ("the
    // army", "police") belongs to the state its own sentence is about.
    // "authorities in Croatia", "the army of Sudan": the state named right after the group.
    // ("A spokesman for Taiwan's presidential office": the state body named right after one who
    // speaks for it.)
    const own =
      states.find(
        (o) => o.start >= m.end && /^\s+(?:in|of)\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, o.start)),
      ) ?? (m.kind === 'name' ? undefined : stateBodyFor(doc, m));
    // "the ministers provided aid to Romania": a state named later in a phrase of its own is
    // whom the group acts on, not whom it serves; such a group stays unplaced. So is one that
    // acts on it ("released four ministers… after mediation by Togo").
    const aimedAt =
      after &&
      (/\b(?:to|for|against|on|at|with|from|into|toward|towards|between|among|by)\s+(?:the\s+)?$/i.test(
        doc.text.slice(m.end, after.start),
      ) ||
        isObject(doc, after));
    // (In a story about another state, it is that state's: "accused the government of steering
    // the country toward Russia" in a story about Georgia.)
    if (!own && !before && aimedAt && m.kind !== 'name') {
      // (Not one someone owns: "Its leader", "the ambassador's deputy".)
      const owned = /(?:\b(?:its|his|her|their)|'s|’s)\s*$/i.test(
        doc.text.slice(Math.max(0, m.start - 8), m.start),
      );
      if (
        !owned &&
        dominant &&
        after &&
        dominant !== doc.actors[after.actor].country &&
        (counts.get(dominant) ?? 0) >= 2
      )
        registry.placeIn(actor, dominant);
      continue;
    }
    // ("Sudan's army rejected the truce… Saudi Arabia and Egypt, which back the proposal along
    // with the UAE, urged the army to reconsider": a group other states act on, named as one the
    // story already placed, is that one.)
    // (Only one named as known, "the army": "Russia was massing troops" masses its own.)
    // ("U.S. envoy Massad Boulos … called on the army to accept the plan": or a person of another
    // state.)
    const actingOn = (o: Mention) =>
      o.sentence === m.sentence &&
      (states.includes(o) || (o.kind === 'name' && doc.actors[o.actor]?.country)) &&
      o.end <= m.start &&
      actsOn(doc, o, m);
    const told =
      m.kind === 'agent' && /^the\s/i.test(doc.slice(m)) && doc.mentions.some(actingOn)
        ? sameGroupBefore(doc, m)
        : null;
    if (told) {
      registry.placeIn(actor, told);
      continue;
    }
    // "The United States and Britain urged the government to…": officials a state named before
    // them act on are not that state's own (that would be "their government"); its forces may be
    // ("Britain mobilized army reservists").
    // ("Egypt and Saudi Arabia, which back the army, urged…": forces a state backs are another's.)
    // ("The U.S. Treasury Department imposed sanctions on two gang leaders": nor are rebels or
    // gangs a government acts on, by its acts or its measures; forces fighting them may be their
    // own state's.)
    const measured =
      APART_SECTORS.has(actor.sector ?? '') && !FORCES.has(doc.actors[before?.actor ?? -1]?.sector ?? '');
    const actedOn =
      before &&
      m.kind === 'agent' &&
      (((actor.sector === 'GOV' || measured || backedBy(doc, before, m)) && actsOn(doc, before, m)) ||
        (measured && measureOn(doc, before, m)));
    // "Petro said the government would not negotiate": with no state in the sentence, the
    // government or forces of the office-holder named before them; "a spokesman for the junta
    // said the air force had struck…": or of the government body placed before them.
    // ("An Israeli military official told Kan that the army was prepared to act if Lebanon…": forces
    // a state's official or body speaks of are its own, before a state named after them.)
    // (Only as the subject there: forces it shoots down are the other side's.)
    const spokenOf =
      m.kind !== 'name' && STATE_SECTORS.has(actor.sector ?? '') && isSubject(doc, m)
        ? governmentBefore(doc, m)
        : null;
    const leader = states.length === 0 && m.kind !== 'name' ? officeHolderBefore(doc, m) : null;
    // "China launched drills around Taiwan, sending warships to encircle the island": forces a
    // state sends or deploys are its own, whatever state is named nearer.
    const sender = m.kind === 'agent' && actor.sector === 'MIL' ? deployingState(doc, m, states) : null;
    // "The junta did not respond… China, the junta's main backer, …": a story's one ruling junta or
    // regime, named again, is the one placed before, whatever state is named nearer.
    // "The junta led by General Tiani": a body its named leader heads is of the leader's state,
    // whatever state the sentences around it are about.
    // ("Gangs led by Jimmy Chérizier": a group its named leader heads in an organisation is that
    // organisation's.)
    const head = m.kind === 'agent' ? leaderOf(doc, m) : undefined;
    if (head?.org) {
      joinOrganisation(actor, head);
      continue;
    }
    const ruler =
      head?.country ??
      (m.kind === 'agent' && ONE_RULER.has(actor.name.toLowerCase()) ? rulerBefore(doc, m) : null);
    if (ruler) {
      registry.placeIn(actor, ruler);
      continue;
    }
    // "The ELN freed two kidnapped police officers": forces a rebel group of a state acts on are
    // that state's, whatever state the story is filed from.
    const foe = m.kind === 'agent' ? rebelsActingOn(doc, m) : null;
    // ("Interior Minister Xhelal Svecla accused Belgrade of sheltering the gunmen": a person is
    // not of the state their own act is aimed at, in a story about two.)
    const target =
      m.kind === 'name' && after && isObject(doc, after) && actsOn(doc, m, after)
        ? doc.actors[after.actor].country
        : null;
    const notTarget = (o: Mention | undefined) =>
      o && (target === null || doc.actors[o.actor].country !== target) ? o : undefined;
    // ("…in the Odesa region. The attack cut power to 40,000 homes, regional governor Oleh Kiper
    // said": a local office-holder is of the state of the town or region named just before, more
    // than of a state named in the sentence before.)
    const local = LOCAL_OFFICE.test(actor.role ?? actor.name)
      ? localPlaceBefore(doc, m, resources.chunks)
      : null;
    // ("Thailand's army denied… army spokesman Major General Winthai Suvaree told reporters": a
    // named person who speaks for a body the story placed is of that body's state, before a state
    // named in the sentence before.)
    const spokenFor = m.kind === 'name' && !before ? bodySpokenFor(doc, m) : undefined;
    // ("Chad closed its border with Sudan after gunmen from Sudan raided a village, the
    // government said": a body reporting a state's act is that state's, not the one named last.)
    const reporter =
      m.kind === 'agent' && STATE_SECTORS.has(actor.sector ?? '') ? stateReported(doc, m) : null;
    // ("Maduro's government has denied the charge": the government of the person who owns it.)
    const owner =
      m.kind === 'agent'
        ? doc.mentions.find(
            (o) =>
              o.sentence === m.sentence &&
              o.end <= m.start &&
              /^['’]s\s+$/.test(doc.text.slice(o.end, m.start)) &&
              doc.actors[o.actor]?.type === 'person' &&
              doc.actors[o.actor]?.country,
          )
        : undefined;
    const nearby =
      sender ??
      own ??
      owner ??
      foe ??
      reporter ??
      (m.kind === 'name'
        ? (notTarget(before) ?? spokenFor ?? (local ? undefined : (notTarget(previous) ?? notTarget(after))))
        : ((actedOn ? null : before) ?? spokenOf ?? (aimedAt ? null : after) ?? leader));
    // "In Brussels, the EU's foreign policy chief said ministers would…": a sentence about an
    // international body names no state for the group, and the article's main state is a guess.
    // ("UNICEF urged the authorities to…": a body only a state has is no international body's.)
    if (!nearby && m.kind !== 'name' && bodyNamedBefore(doc, m) && !namesNationalBody(doc, m, nationalBodies))
      continue;
    // ("Gangs attacked a police station in the capital…, Haitian police said" in a story filed
    // from Nairobi: criminals are of the state whose forces the sentence names, before the story's.)
    const forcesHere =
      !nearby && actor.sector === 'CRM'
        ? doc.mentions.find(
            (o) =>
              o.sentence === m.sentence &&
              o !== m &&
              doc.actors[o.actor]?.country &&
              FORCES.has(doc.actors[o.actor]?.sector ?? ''),
          )
        : undefined;
    const country = nearby
      ? doc.actors[nearby.actor].country
      : forcesHere
        ? doc.actors[forcesHere.actor].country
        : (local ?? (dominant === target ? (ranked[1] ?? null) : dominant));
    if (!country) continue;
    registry.placeIn(actor, country);
  }
  // Once the people are placed: a group is of the country of whom its of-phrase names.
  for (const m of groupsOf) {
    const actor = doc.actors[m.actor];
    // "jihadist fighters linked to al-Qaeda": fighters tied to a named group are its own;
    // "Jihadist fighters attacked a base… JNIM claimed responsibility for the attack": unnamed
    // attackers are the group that claims their act soon after.
    const group = linkedOrganisation(doc, m) ?? claimingOrganisation(doc, m);
    if (group) {
      joinOrganisation(actor, group);
      continue;
    }
    // ("a militia allied to him", "fighters loyal to Machar": a group tied to a person of a state
    // fights in that state.)
    const patron = linkedPerson(doc, m);
    if (patron) {
      registry.placeIn(actor, patron);
      continue;
    }
    const whose = ofPhraseActor(doc, m);
    // ("inspectors from the International Atomic Energy Agency": the body's own people.)
    if (whose?.type === 'organization' && whose.org && actor.sector === 'IGO') {
      joinOrganisation(actor, whose);
      continue;
    }
    // "Gunmen killed five soldiers in northern Nigeria": insurgents of no named group who fight
    // a state's forces are that state's rebels (CAMEO codes domestic insurgents by the state they
    // fight in); a group from abroad is named as such ("Palestinian militants", "fighters from
    // Somalia") and placed above.
    const country =
      whose?.country ??
      (actor.sector === 'REB' ? (forcesFought(doc, m) ?? fightingForces(doc, m, dominant)) : null) ??
      // ("Thousands of protesters gathered outside parliament": a crowd the story tells of, with no
      // state or place of its own, is of the state the story is about.)
      // (As the ones acting: "Israeli troops fired on protesters" says nothing of whose.)
      (CROWD_HEADS.test(doc.slice(m)) && isSubject(doc, m) ? dominant : null) ??
      backedElsewhere(doc, m, dominant);
    if (!country) continue;
    registry.placeIn(actor, country);
  }
}

/**
 * "A drone attack blamed on an Iran-backed militia struck a gas field in Iraq's Kurdistan region"
 * (a story filed from Erbil): an armed group a state backs, named by that backing alone, fights in
 * the story's own state, when that is not the backer (the backer is not its home).
 */
function backedElsewhere(doc: Doc, m: Mention, dominant: string | null): string | null {
  const backer = /([\p{L}.]+)-backed\b/iu.exec(doc.slice(m))?.[1]?.toLowerCase();
  if (!dominant || !backer) return null;
  // (The backer named as the story's own state, "an Iraq-backed group" in Iraq, says nothing.)
  const home = doc.actors.find((a) => a.type === 'state' && a.country === dominant)?.name.toLowerCase();
  return home && !home.startsWith(backer) && !backer.startsWith(home.slice(0, 4)) ? dominant : null;
}

/** "the court", "tribunal": a court named by its kind alone. */
const BARE_COURT = /^(?:the\s+)?(?:court|tribunal)$/i;

/** The international court or tribunal the story named before `m` when `m` is "the court". */
function courtNamedBefore(doc: Doc, m: Mention): Actor | null {
  if (!BARE_COURT.test(doc.slice(m))) return null;
  // (By any of its names in the story: "ICC issues warrant; Kabul rejects court" names it
  // in full only later.)
  const isCourt = (actor: number) =>
    doc.mentions.some((o) => o.actor === actor && /\b(?:Court|Tribunal)\b/.test(doc.slice(o)));
  for (const o of doc.mentions) {
    if (o.start >= m.start) break;
    const a = doc.actors[o.actor];
    if (a?.type === 'organization' && a.org && isCourt(o.actor)) return a;
  }
  return null;
}

/** Text ending in "the border with": the state named next is across it. */
const ACROSS_BORDER = /\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$/i;

/** "imposed sanctions on two gang leaders": `object` is what the object of `subject`'s verb is on. */
function measureOn(doc: Doc, subject: Mention, object: Mention): boolean {
  const o = doc.tokens[headWord(doc, object)];
  if (o.deprel !== 'nmod' || o.head === undefined || o.head < 0) return false;
  const thing = doc.tokens[o.head];
  const s = headWord(doc, subject);
  return (
    thing.deprel === 'obj' && s >= 0 && doc.tokens[s].deprel === 'nsubj' && doc.tokens[s].head === thing.head
  );
}

/**
 * The actor named as who launched the weapon right after it ("drones launched by the paramilitary
 * Rapid Support Forces"), or null. (By the words: the parser may read "launched" as the main verb.)
 */
function launchedBy(doc: Doc, m: Mention): Actor | null {
  const by = LAUNCHED_BY.exec(doc.text.slice(m.end, m.end + 60));
  if (!by) return null;
  const from = m.end + by[0].length;
  for (const o of doc.mentions) {
    if (o.sentence !== m.sentence || o.start < from || o.start > from + 40) continue;
    const a = doc.actors[o.actor];
    if (a?.org || a?.country) return a;
  }
  return null;
}

/** Words between a weapon and whoever launched it. */
const LAUNCHED_BY = /^\s+(?:launched|fired|flown|operated|sent|deployed|used)\s+by\s+/i;

/** Crowds of protest ("thousands of protesters", "demonstrators"). */
const CROWD_HEADS = /\b(?:protesters|demonstrators|marchers|rioters)$/i;

/** A weapon named with an article alone or none: "a drone", "drones", "an unidentified aircraft". */
const UNOWNED_WEAPONS =
  /^(?:(?:an?|the)\s+)?(?:unidentified\s+|unmanned\s+)?(?:drones?|aircraft|missiles?|rockets?)$/i;

/** Sectors of a state's forces. */
const FORCES = new Set(['MIL', 'COP']);

/** The mention of a rebel group of a known state whose verb has `m` as its object, or null. */
function rebelsActingOn(doc: Doc, m: Mention): Mention | null {
  if (!isObject(doc, m)) return null;
  const verb = doc.tokens[headWord(doc, m)].head ?? -1;
  for (const o of doc.mentions) {
    if (o.sentence !== m.sentence || o === m) continue;
    const a = doc.actors[o.actor];
    if (a?.sector !== 'REB' || !a.country) continue;
    const s = headWord(doc, o);
    if (s >= 0 && doc.tokens[s].head === verb && doc.tokens[s].deprel === 'nsubj') return o;
  }
  return null;
}

/**
 * "Mali's army is fighting jihadists": insurgents of no named group that the story's own state's
 * forces act on are that state's rebels. (Not forces abroad: "U.S. forces killed militants in
 * Syria" does not make them American.)
 */
function fightingForces(doc: Doc, m: Mention, dominant: string | null): string | null {
  if (!dominant || !isObject(doc, m)) return null;
  // (When the story named a rebel group of that state, coreference may tie them to it: "the
  // Pakistani Taliban … its forces had killed 25 militants".)
  const named = doc.mentions.some((o) => {
    const a = doc.actors[o.actor];
    return o.start < m.start && a?.org && a.sector === 'REB' && a.country === dominant;
  });
  if (named) return null;
  const verb = doc.tokens[headWord(doc, m)].head ?? -1;
  for (const o of doc.mentions) {
    if (o.sentence !== m.sentence || o === m) continue;
    const a = doc.actors[o.actor];
    if (!a || a.country !== dominant || a.org || (a.sector !== 'MIL' && a.sector !== 'COP')) continue;
    const s = doc.tokens[headWord(doc, o)];
    if (s.head === verb && s.deprel === 'nsubj') return a.country;
  }
  return null;
}

/** The state whose security forces the group `m` acts on as its verb's object, or null. */
function forcesFought(doc: Doc, m: Mention): string | null {
  const subject = headWord(doc, m);
  if (subject < 0 || doc.tokens[subject].deprel !== 'nsubj') return null;
  const verb = doc.tokens[subject].head ?? -1;
  for (const o of doc.mentions) {
    if (o.sentence !== m.sentence || o === m || !isObject(doc, o)) continue;
    const a = doc.actors[o.actor];
    if (doc.tokens[headWord(doc, o)].head !== verb || !a?.country || a.org) continue;
    if (a.sector === 'MIL' || a.sector === 'COP') return a.country;
  }
  // ("Two Indian soldiers were killed when suspected militants ambushed an army convoy": a thing
  // of the forces, "army convoy", "police station", is theirs; the state is that of the forces
  // the sentence names.)
  // (Not "the rebel group", which coreference ties to the group the story named.)
  if (/^the\s/i.test(doc.slice(m))) return null;
  const { tokenStart, tokenEnd } = doc.sentences[m.sentence];
  let forcesThing = false;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = doc.tokens[k];
    if (t.head !== verb || t.deprel !== 'obj') continue;
    // ("Militants attacked a fuel convoy escorted by the army": what the forces guard is theirs.)
    const guard = guardingForces(doc, k);
    if (guard) return guard;
    for (let j = tokenStart; j < k; j++)
      if (
        doc.tokens[j].head === k &&
        doc.tokens[j].deprel === 'compound' &&
        FORCES_WORDS.has(doc.tokens[j].lemma ?? '')
      )
        forcesThing = true;
  }
  if (!forcesThing) return null;
  for (const o of doc.mentions) {
    const a = doc.actors[o.actor];
    if (
      o.sentence === m.sentence &&
      o !== m &&
      a?.country &&
      !a.org &&
      (a.sector === 'MIL' || a.sector === 'COP')
    )
      return a.country;
  }
  return null;
}

/** The state of the forces named as the agent of a participle on token `k` ("escorted by the army"). */
function guardingForces(doc: Doc, k: number): string | null {
  for (const o of doc.mentions) {
    const a = doc.actors[o.actor];
    if (!a?.country || a.org || (a.sector !== 'MIL' && a.sector !== 'COP')) continue;
    const agent = doc.tokens[headWord(doc, o)];
    if (agent.deprel !== 'obl:agent' || agent.head === undefined || agent.head < 0) continue;
    const participle = doc.tokens[agent.head];
    if (participle.head === k && participle.deprel === 'acl') return a.country;
  }
  return null;
}

/** Words of a state's forces that make a thing theirs ("army convoy", "police station"). */
const FORCES_WORDS = new Set(['army', 'military', 'police', 'security']);

/**
 * The organisation a group is said to be tied to right after it ("fighters linked to al-Qaeda",
 * "militiamen loyal to the RSF"), or null. A state so named is a sponsor, not the group's owner.
 */
function linkedOrganisation(doc: Doc, m: Mention): Actor | null {
  const next = doc.mentions.find((o) => o.sentence === m.sentence && o.start >= m.end);
  if (!next || !LINKED_TO.test(doc.text.slice(m.end, next.start))) return null;
  const actor = doc.actors[next.actor];
  return actor?.type === 'organization' && actor.org ? actor : null;
}

/** The state of the named person a group is said to be tied to right after it, or null. */
function linkedPerson(doc: Doc, m: Mention): string | null {
  const next = doc.mentions.find((o) => o.sentence === m.sentence && o.start >= m.end);
  if (!next || !LINKED_TO.test(doc.text.slice(m.end, next.start))) return null;
  const actor = doc.actors[next.actor];
  return next.kind === 'name' && actor?.type === 'person' && !actor.anonymous && actor.country
    ? actor.country
    : null;
}

/** An unnamed group or person becomes one of a named organisation: its org, state and code. */
function joinOrganisation(actor: Actor, organisation: Actor): void {
  actor.org = organisation.org;
  actor.country = organisation.country;
  actor.code = organisation.code;
}

/** Sentences after an unnamed group's act within which a claim of it names the group. */
const CLAIM_WINDOW = 2;

/**
 * The armed group that claims an act (subject of "claimed" with an object: "claimed
 * responsibility", "claimed the attack") in the group's sentence or the next two, when the
 * unnamed group `m` is a clause's subject and that group is the only one so claiming; else
 * null. "Claimed that…" reports a statement, not a claim of responsibility.
 */
function claimingOrganisation(doc: Doc, m: Mention): Actor | null {
  const head = headWord(doc, m);
  if (head < 0 || doc.tokens[head].deprel !== 'nsubj') return null;
  const last = Math.min(doc.sentences.length - 1, m.sentence + CLAIM_WINDOW);
  const found = new Set<Actor>();
  for (const o of doc.mentions) {
    if (o.sentence < m.sentence || o.sentence > last || o.start < m.end) continue;
    const actor = doc.actors[o.actor];
    if (actor?.type !== 'organization' || !actor.org || actor.sector !== 'REB') continue;
    const subject = headWord(doc, o);
    const verb = subject >= 0 ? (doc.tokens[subject].head ?? -1) : -1;
    if (verb < 0 || doc.tokens[subject].deprel !== 'nsubj' || doc.tokens[verb].lemma !== 'claim') continue;
    if (hasDependent(doc, verb, 'obj')) found.add(actor);
  }
  return found.size === 1 ? [...found][0] : null;
}

function hasDependent(doc: Doc, token: number, deprel: string): boolean {
  return dependentOf(doc, token, deprel) >= 0;
}

const LINKED_TO =
  /^,?\s+(?:who\s+are\s+)?(?:linked|affiliated|allied|aligned|tied|loyal|belonging)\s+(?:to|with)\s+(?:the\s+)?$/i;

const DATELINE_WEIGHT = 2;

/** A relative clause set off by a comma: ", which", ", who", ", where". */
const RELATIVE_AFTER_COMMA = /,\s*(?:which|who|whom|whose|where)\b/i;

/** The state of the place a dateline opening the article names ("KHARTOUM —", "ADDIS ABABA (Reuters) -"). */
interface Dateline {
  /** Null for a regional bureau's dateline (see datelineCountry). */
  country: string | null;
  /** Where the dateline starts and ends in the text. */
  start: number;
  end: number;
}

function datelineCountry(doc: Doc, lexicon: ChunkLexicon): Dateline | null {
  if (!lexicon.placeCountry) return null;
  // The lead sentence opens the story, after the headline when there is one.
  let first = doc.sentences[0];
  let words: string[] = [];
  let end = 0;
  for (const sentence of doc.sentences.slice(0, 2)) {
    first = sentence;
    words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => doc.slice(t));
    end = datelineEnd(words);
    if (end > 0) break;
  }
  if (end === 0) return null;
  // The place words, before any agency in brackets or the dash, written as names are.
  const place: string[] = [];
  for (const w of words.slice(0, end)) {
    if (!/^[A-Z][A-Z.'-]+$/.test(w)) break;
    place.push(w[0] + w.slice(1).toLowerCase());
  }
  const country = place.length > 0 ? lexicon.placeCountry(place) : null;
  // A regional bureau ("DUBAI —" over a story about Iran) files stories about other states: the
  // dateline counts only when the text names another place of its state.
  const endToken = first.tokenStart + end;
  return {
    country: country && namesPlaceOf(doc, country, lexicon, endToken) ? country : null,
    start: doc.tokens[first.tokenStart].start,
    end: doc.tokens[endToken - 1].end,
  };
}

/** Whether a place of `country` (one to three capitalised words) is named from token `from` on. */
function namesPlaceOf(doc: Doc, country: string, lexicon: ChunkLexicon, from: number): boolean {
  const words = doc.tokens.map((t) => doc.slice(t));
  for (let i = from; i < words.length; i++) {
    if (!/^[A-Z]/.test(words[i])) continue;
    for (let n = 1; n <= 3 && i + n <= words.length; n++)
      if (lexicon.placeCountry?.(words.slice(i, i + n)) === country) return true;
  }
  return false;
}

/** Roles of a town's or region's own office-holders. */
const LOCAL_OFFICE = /\b(?:governor|mayor|local|regional|provincial|municipal|district)\b/i;

/**
 * The state of the last town or region named before `m`, in its sentence or the three before; a
 * capital that stands for its state ("flown to Moscow") is no region a governor serves.
 */
function localPlaceBefore(doc: Doc, m: Mention, lexicon: ChunkLexicon): string | null {
  const first = doc.sentences[Math.max(0, m.sentence - 3)].tokenStart;
  let end = first;
  while (end < doc.tokens.length && doc.tokens[end].end <= m.start) end++;
  const capitals = doc.mentions.filter(
    (o) => o.kind === 'state' && o.sentence >= m.sentence - 3 && o.start < m.start,
  );
  for (let i = end - 1; i >= first; i--) {
    if (!/^[A-Z]/.test(doc.slice(doc.tokens[i]))) continue;
    const at = doc.tokens[i].start;
    if (capitals.some((o) => o.start <= at && at < o.end)) continue;
    for (let n = 3; n >= 1; n--) {
      if (i + n > end) continue;
      const words = doc.tokens.slice(i, i + n).map((t) => doc.slice(t));
      const country = lexicon.placeCountry?.(words);
      if (country) return country;
    }
  }
  return null;
}

/**
 * "The Joint Chiefs of Staff in Seoul said": a state body whose name several states use (its last
 * word one of `national-bodies.txt`), placed by the capital or state named right after it, is that
 * state's body, not the state the knowledge base lists first for the name.
 */
function bodiesPlacedAfter(doc: Doc, registry: ActorRegistry, nationalBodies: ReadonlySet<string>): void {
  for (let i = 0; i + 1 < doc.mentions.length; i++) {
    const body = doc.mentions[i];
    const actor = doc.actors[body.actor];
    if (body.kind !== 'state' || actor?.type !== 'state' || !actor.sector || !actor.country) continue;
    const place = doc.mentions[i + 1];
    const country = doc.actors[place.actor]?.country;
    if (place.kind !== 'state' || !country || country === actor.country) continue;
    if (!/^\s+in\s+$/i.test(doc.text.slice(body.end, place.start))) continue;
    // Only a body the text names without its state ("The Joint Chiefs of Staff", not "Pentagon").
    if (
      /\b(?:US|U\.S\.|American|United States)\b/.test(doc.slice(body)) ||
      !/^(?:the\s+)?\p{Lu}/u.test(doc.slice(body))
    )
      continue;
    const last = doc.slice(body).split(/\s+/).pop()?.toLowerCase() ?? '';
    if (!nationalBodies.has(last)) continue;
    body.actor = registry.state(country, actor.sector);
  }
}

/** Text ending in "both" or "the two": the group after it is one of each of two sides. */
const BOTH_BEFORE = /\b(?:both|the\s+two)\s+$/i;

/** Heads of a group that speaks for a side: "both foreign ministers", "the two leaders" (not "both congressmen"). */
const SIDE_HEADS =
  /\b(?:ministers|leaders|presidents|negotiators|delegations|governments|armies|militaries|counterparts)$/i;

const OF_BOTH =
  /^\s+(?:from|of)\s+(?:both|the\s+two|either)\s+(?:countries|sides|nations|states|governments|parties|country|side)\b/i;

/** The nearest office-holder of a known state (a government or military role) named before `m` in its sentence. */
function officeHolderBefore(doc: Doc, m: Mention): Mention | null {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const o = doc.mentions[i];
    if (o.sentence !== m.sentence || o.end > m.start || o.quoted) continue;
    const a = doc.actors[o.actor];
    if (a?.type === 'person' && a.country && a.role && STATE_SECTORS.has(a.sector ?? '')) return o;
  }
  return null;
}

/**
 * The government or military body or official placed in a state (not an organisation's) that
 * speaks the clause holding `m`: the subject of the saying verb, or a phrase inside it ("a
 * spokesman for the junta").
 */
function governmentBefore(doc: Doc, m: Mention): Mention | null {
  const verb = sayingVerbOver(doc, headWord(doc, m));
  if (verb < 0) return null;
  for (let i = doc.mentions.indexOf(m) - 1; i >= 0; i--) {
    const o = doc.mentions[i];
    if (o.sentence !== m.sentence) break;
    const a = doc.actors[o.actor];
    if ((o.kind !== 'agent' && o.kind !== 'title') || o.quoted || !a?.country || a.org) continue;
    if (a.sector !== 'GOV' && a.sector !== 'MIL') continue;
    if (subjectOf(doc, headWord(doc, o)) === verb) return o;
  }
  return null;
}

/**
 * The verb whose reported clause (`ccomp`) holds `token`, or -1; a verb conjoined with no subject
 * of its own stands for the one it shares its subject with ("denied that… and said the air force…").
 */
function sayingVerbOver(doc: Doc, token: number): number {
  for (let t = token, steps = 0; t >= 0 && steps < 30; t = doc.tokens[t].head ?? -1, steps++) {
    if (doc.tokens[t].deprel !== 'ccomp') continue;
    let verb = doc.tokens[t].head ?? -1;
    while (verb >= 0 && doc.tokens[verb].deprel === 'conj' && dependentOf(doc, verb, 'nsubj') < 0)
      verb = doc.tokens[verb].head ?? -1;
    return verb;
  }
  return -1;
}

/**
 * For `m` the subject of a saying hung after the clause it reports ("…, the government said"), the
 * state mention that is that clause's subject ("Chad closed its border…"), else null.
 */
function stateReported(doc: Doc, m: Mention): Mention | null {
  const head = headWord(doc, m);
  if (head < 0 || doc.tokens[head].deprel !== 'nsubj') return null;
  const verb = doc.tokens[head].head ?? -1;
  if (verb < 0 || !REPORTING_LEMMAS.has(doc.tokens[verb].lemma ?? '') || doc.tokens[verb].start < m.start - 2)
    return null;
  const clause =
    doc.tokens[verb].deprel === 'parataxis' ? (doc.tokens[verb].head ?? -1) : dependentOf(doc, verb, 'ccomp');
  if (clause < 0 || clause > head) return null;
  const subject = dependentOf(doc, clause, 'nsubj');
  if (subject < 0) return null;
  const { start, end } = doc.tokens[subject];
  const found = doc.mentions.find((o) => o.start <= start && end <= o.end && o !== m);
  const a = found ? doc.actors[found.actor] : undefined;
  return found && a?.type === 'state' && a.country ? found : null;
}

const REPORTING_LEMMAS = new Set(['say', 'tell', 'announce', 'report', 'add', 'state', 'confirm']);

/** The verb that `token` is (or is inside) the subject of, or -1. */
function subjectOf(doc: Doc, token: number): number {
  for (let t = token, steps = 0; t >= 0 && steps < 30; t = doc.tokens[t].head ?? -1, steps++)
    if (doc.tokens[t].deprel === 'nsubj') return doc.tokens[t].head ?? -1;
  return -1;
}

/**
 * "the bloc", which the knowledge base takes for the EU, is the regional body named before it
 * when the article names another ("Mali left the Economic Community of West African States…
 * the bloc said"): a body of states by its CAMEO code, not the UN's agencies or courts.
 */
function blocNamedBefore(doc: Doc): void {
  let last: number | null = null;
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    if (a?.type !== 'organization' || a.sector !== 'IGO') continue;
    if (/^(?:the )?bloc$/i.test(doc.slice(m))) {
      if (last !== null && last !== m.actor) m.actor = last;
      continue;
    }
    if (!/^IGO(UNO|JUD)/.test(a.code ?? '')) last = m.actor;
  }
}

/** Whether the last word of the mention is a body only a state has ("the authorities"). */
function namesNationalBody(doc: Doc, m: Mention, nationalBodies: ReadonlySet<string>): boolean {
  const words = doc
    .slice(m)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  return nationalBodies.has(words[words.length - 1] ?? '');
}

/** An international body (IGO) named before `m` in its sentence. */
function bodyNamedBefore(doc: Doc, m: Mention): boolean {
  return doc.mentions.some((o) => {
    if (o.sentence !== m.sentence || o.end > m.start) return false;
    const a = doc.actors[o.actor];
    return a?.type === 'organization' && a.sector === 'IGO';
  });
}

/** The mention's words and the word right before it (a modifier left out of it), in lower case. */
function modifierWords(doc: Doc, m: Mention): string[] {
  const before = /([A-Za-z]+)\s+$/.exec(doc.text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? '';
  return `${before} ${doc.text.slice(m.start, m.end)}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** The actor of the mention right after `m` when only "of (the)" or "from (the)" stands between them. */
function ofPhraseActor(doc: Doc, m: Mention): Actor | null {
  const next = doc.mentions.find((o) => o.sentence === m.sentence && o.start >= m.end);
  if (!next || !/^\s+(?:of|from)\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, next.start))) return null;
  return doc.actors[next.actor] ?? null;
}

/** The token of the mention whose head lies outside it (its head word), or -1. */
function headWord(doc: Doc, m: Mention): number {
  const { tokenStart, tokenEnd } = doc.sentences[m.sentence];
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.start < m.start || t.end > m.end) continue;
    const head = doc.tokens[t.head ?? -1];
    if (!head || head.start < m.start || head.end > m.end) return i;
  }
  return -1;
}

/**
 * The state mention among `states` that is the subject of the verb of deploying whose object
 * (or one of whose joined objects) `m` is; a participle with no subject ("…, sending warships")
 * takes the subject of the clause it hangs on. Null when there is none.
 */
function deployingState(doc: Doc, m: Mention, states: readonly Mention[]): Mention | null {
  let noun = headWord(doc, m);
  if (noun >= 0 && doc.tokens[noun].deprel === 'conj') noun = doc.tokens[noun].head ?? -1;
  if (noun < 0 || doc.tokens[noun].deprel !== 'obj') return null;
  let verb = doc.tokens[noun].head ?? -1;
  if (verb < 0 || !DEPLOYING.has(doc.tokens[verb].lemma ?? '')) return null;
  for (let steps = 0; steps < 3 && verb >= 0; steps++) {
    const subject = dependentOf(doc, verb, 'nsubj');
    if (subject >= 0) {
      const s = doc.tokens[subject];
      return states.find((o) => o.start <= s.start && s.end <= o.end) ?? null;
    }
    if (!CLAUSE_LINKS.has(doc.tokens[verb].deprel ?? '')) return null;
    verb = doc.tokens[verb].head ?? -1;
  }
  return null;
}

/** "led by", "headed by": what comes next names who leads the group before. */
const LED_BY = /^\s*,?\s+(?:led|headed|commanded|run)\s+by\s+(?:[A-Z][\w.'-]*\s+){0,2}$/;

/** The person named as the leader of the group `m` ("the junta led by X"), if any. */
function leaderOf(doc: Doc, m: Mention): Actor | undefined {
  const leader = doc.mentions.find(
    (o) => o.sentence === m.sentence && o.start >= m.end && LED_BY.test(doc.text.slice(m.end, o.start)),
  );
  const a = leader ? doc.actors[leader.actor] : undefined;
  return a?.type === 'person' ? a : undefined;
}

/** Bodies a story has one of, named again as "the junta", "the regime". */
const ONE_RULER = new Set([
  'the junta',
  'the regime',
  "the junta's",
  "the regime's",
  'the junta’s',
  'the regime’s',
]);

/** The state of the same ruling body placed in the three sentences before `m`, or null. */
function rulerBefore(doc: Doc, m: Mention): string | null {
  // (By the head word, or a word before it: "Myanmar's junta" or "Myanmar junta jets" before,
  // "the junta" now.)
  const head = (name: string | undefined) =>
    name
      ?.toLowerCase()
      .split(/\s+/)
      .pop()
      ?.replace(/['’]s$/, '');
  const term = head(doc.actors[m.actor]?.name);
  for (let i = doc.mentions.indexOf(m) - 1; i >= 0; i--) {
    const o = doc.mentions[i];
    if (m.sentence - o.sentence > 3) break;
    const a = doc.actors[o.actor];
    if (o.kind === 'agent' && a?.country && term && hasWord(a.name, term)) return a.country;
  }
  return null;
}

function hasWord(name: string, word: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w.replace(/['’]s$/, '') === word);
}

/** Verbs that put a state's own forces somewhere. */
const DEPLOYING = new Set([
  'send',
  'deploy',
  'dispatch',
  'mass',
  'station',
  'mobilize',
  'mobilise',
  'rush',
  'move',
]);
/** Relations by which a clause with no subject of its own shares the one above. */
const CLAUSE_LINKS = new Set(['advcl', 'xcomp', 'conj']);

/** The first token of the sentence hung on `token` with `deprel`, or -1. */
function dependentOf(doc: Doc, token: number, deprel: string): number {
  const { tokenStart, tokenEnd } = doc.sentences[doc.tokens[token].sentence];
  for (let i = tokenStart; i < tokenEnd; i++)
    if (doc.tokens[i].head === token && doc.tokens[i].deprel === deprel) return i;
  return -1;
}

/** Verbs of backing a side: what a state backs is not its own. */
const BACKING_VERBS = new Set(['back', 'support', 'arm', 'train', 'fund', 'finance', 'equip', 'sponsor']);

/** Whether the verb `object` hangs on backs it ("which back the army"). */
function backedBy(doc: Doc, _subject: Mention, object: Mention): boolean {
  const verb = doc.tokens[headWord(doc, object)]?.head ?? -1;
  return verb >= 0 && BACKING_VERBS.has((doc.tokens[verb].lemma ?? '').toLowerCase());
}

/** Whether `subject` is the subject (or one of the joined subjects) of the verb `object` is the object of. */
function actsOn(doc: Doc, subject: Mention, object: Mention): boolean {
  // ("The EU and the United States called on the government to release…": an oblique the
  // subject's verb addresses is acted on too.)
  if (!isObject(doc, object) && !isOblique(doc, object)) return false;
  let verb = doc.tokens[headWord(doc, object)].head ?? -1;
  let s = headWord(doc, subject);
  if (s >= 0 && doc.tokens[s].deprel === 'conj') s = doc.tokens[s].head ?? -1;
  // ("condemned the crackdown and called on the government": a verb joined to the subject's
  // verb, with no subject of its own, shares it; only for an oblique: "rejected the plan and has
  // not sent a delegation" sends its own.)
  const shared = verb >= 0 && doc.tokens[verb].deprel === 'conj' && !hasDependent(doc, verb, 'nsubj');
  if (shared && isOblique(doc, object)) verb = doc.tokens[verb].head ?? -1;
  if (s < 0 || verb < 0) return false;
  // ("Egypt and Saudi Arabia, which back the army": the relative clause on the subject acts too.)
  if (
    doc.tokens[verb].deprel === 'acl:relcl' &&
    (doc.tokens[verb].head === s || inPhrase(doc, subject, doc.tokens[verb].head ?? -1))
  )
    return true;
  return doc.tokens[s].head === verb && doc.tokens[s].deprel === 'nsubj';
}

/**
 * The state of the latest group named before `m`'s sentence with the same head word and sector
 * ("Sudan's army" for "the army"), or null.
 */
function sameGroupBefore(doc: Doc, m: Mention): string | null {
  const actor = doc.actors[m.actor];
  const word = lastWord(doc, m);
  if (!actor || word === '') return null;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const o = doc.mentions[i];
    if (o.sentence >= m.sentence) continue;
    const other = doc.actors[o.actor];
    if (!other?.country || other.org || other.sector !== actor.sector) continue;
    if (lastWord(doc, o) === word) return other.country;
  }
  return null;
}

/** The last word of a mention, lower case ("army" of "Sudan's army"). */
function lastWord(doc: Doc, m: Mention): string {
  return /([\p{L}-]+)\W*$/u.exec(doc.slice(m))?.[1]?.toLowerCase() ?? '';
}

/** Token `i` lies inside the mention's words or its conjuncts' ("Egypt and Saudi Arabia"). */
function inPhrase(doc: Doc, m: Mention, i: number): boolean {
  if (i < 0) return false;
  const t = doc.tokens[i];
  if (t.start >= m.start && t.end <= m.end) return true;
  const first = headWord(doc, m);
  return t.deprel === 'conj' && t.head === first;
}

/** The mention is a verb's oblique ("called on the government", "talks with officials"). */
function isOblique(doc: Doc, m: Mention): boolean {
  const head = headWord(doc, m);
  return head >= 0 && doc.tokens[head].deprel === 'obl';
}

/** The mention is a verb's object ("forces struck Yemen"): what is acted on, not who acts. */
function isSubject(doc: Doc, m: Mention): boolean {
  const head = headWord(doc, m);
  return head >= 0 && (doc.tokens[head].deprel ?? '').startsWith('nsubj');
}

function isObject(doc: Doc, m: Mention): boolean {
  const head = headWord(doc, m);
  return head >= 0 && (doc.tokens[head].deprel === 'obj' || doc.tokens[head].deprel === 'iobj');
}

/** The organisation named right after `m` by "at", "of" or "from" ("judges at the ICC"). */
function organisationRightAfter(doc: Doc, m: Mention): Actor | null {
  const next = mentionRightAfter(doc, m, /^\s+(?:at|of|from)\s+(?:the\s+)?$/i);
  const a = next ? doc.actors[next.actor] : undefined;
  return a?.type === 'organization' && a.org ? a : null;
}

/** The force or body a named person's own words name ("army spokesman …"), as the story placed it within three sentences before. */
function bodySpokenFor(doc: Doc, m: Mention): Mention | undefined {
  const word = BODY_WORD.exec(doc.slice(m))?.[0].toLowerCase();
  if (!word) return undefined;
  let found: Mention | undefined;
  for (const o of doc.mentions) {
    if (o.start >= m.start) break;
    const a = doc.actors[o.actor];
    if (m.sentence - o.sentence > 3 || o.kind !== 'agent' || !a?.country || a.org) continue;
    if (doc.slice(o).toLowerCase().includes(word)) found = o;
  }
  return found;
}

/** Words of a state's forces and bodies that a spokesman's title may name. */
const BODY_WORD =
  /\b(?:army|military|navy|air force|police|coast guard|defen[cs]e ministry|foreign ministry)\b/i;

/** The mention that follows `m` in its sentence when the words between match `gap`. */
function mentionRightAfter(doc: Doc, m: Mention, gap: RegExp): Mention | undefined {
  const next = doc.mentions.find((o) => o.sentence === m.sentence && o.start >= m.end);
  return next && gap.test(doc.text.slice(m.end, next.start)) ? next : undefined;
}

/** The country of a group of the same sector joined to `m` by "and", "or" or a comma just before it. */
function joinedGroupBefore(doc: Doc, m: Mention): string | null {
  const i = doc.mentions.indexOf(m);
  const o = doc.mentions
    .slice(0, i)
    .filter((x) => x.sentence === m.sentence && x.end <= m.start && x.kind === 'agent')
    .pop();
  const a = o ? doc.actors[o.actor] : undefined;
  if (!o || !a?.country || a.org || a.sector !== doc.actors[m.actor]?.sector) return null;
  return /^\s*(?:,|and|or|, and)\s*$/.test(doc.text.slice(o.end, m.start)) ? a.country : null;
}

/** The state body named right after `m` with "for" or "of" ("a spokesman for Taiwan's presidential office"). */
function stateBodyFor(doc: Doc, m: Mention): Mention | undefined {
  const next = mentionRightAfter(doc, m, /^\s+(?:for|of)\s+(?:the\s+)?$/i);
  const a = next ? doc.actors[next.actor] : undefined;
  return a?.country && !a.org && STATE_SECTORS.has(a.sector ?? '') ? next : undefined;
}

/** A capital named as where something happens ("in Abuja", "at Moscow"), not as its government. */
function capitalAsPlace(doc: Doc, m: Mention): boolean {
  return (
    doc.actors[m.actor]?.sector === 'GOV' &&
    /\b(?:in|at)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 4), m.start))
  );
}

function namesState(doc: Doc, m: Mention): boolean {
  return doc.actors[m.actor]?.type === 'state';
}

/** `o` is a state's government or officials ("Guyana's government") and `m` a named person. */
function namesGovernment(doc: Doc, o: Mention, m: Mention): boolean {
  const gov = doc.actors[o.actor];
  return m.kind === 'name' && o.kind === 'agent' && gov?.sector === 'GOV' && gov.country !== null && !gov.org;
}

/** The article's organisations, each with a pattern for its name as a whole word of a role. */
function namedOrganisations(doc: Doc): { actor: Actor; word: RegExp }[] {
  return doc.actors
    .filter((a) => a.type === 'organization' && a.org)
    .map((actor) => ({
      actor,
      word: new RegExp(`(^|\\s)${actor.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i'),
    }));
}

/** Words that put a person out of the office named next ("former president", "ousted leader"). */
const FORMER = /\b(?:former|ex-?|ousted|deposed|toppled|exiled|late|then)\b/i;

function toMention(
  doc: Doc,
  c: Candidate,
  sentence: number,
  registry: ActorRegistry,
  resources: MentionResources,
  date: string,
): Mention | null {
  const start = doc.tokens[c.first].start;
  const end = doc.tokens[c.last - 1].end;
  switch (c.kind) {
    case 'name': {
      if (c.person) {
        // (Within the sentence: "dissidents of the former FARC.\n\nPresident Gustavo Petro".)
        const before = doc.text
          .slice(Math.max(0, start - 24), doc.tokens[c.nameFirst].start)
          .replace(/^[\s\S]*[.!?\n]/, '');
        const styled = FORMER.test(before) ? 'former' : c.aff.title ? 'titled' : null;
        return plain(start, end, sentence, 'name', registry.knownPerson(c.person, styled));
      }
      const name = doc.text.slice(doc.tokens[c.nameFirst].start, end).replace(/\s+/g, ' ');
      return plain(start, end, sentence, 'name', registry.unknownPerson(name, c.aff));
    }
    case 'title': {
      const { country, org } = registry.resolveAffiliation(c.aff);
      const owner = country ?? org?.id ?? null;
      const holder = owner ? resources.index.officeHolder(owner, c.title.role, date) : null;
      if (holder) return plain(start, end, sentence, 'title', registry.knownPerson(holder));
      // Unresolved titles ("the minister") are linked to a named person by the coref stage.
      return plain(
        start,
        end,
        sentence,
        'title',
        registry.unnamed(doc.text.slice(start, end), c.aff, null, false),
      );
    }
    case 'agent':
      return agentMention(doc, c, sentence, registry, start, end);
    case 'state':
      return plain(start, end, sentence, 'state', registry.state(c.country.iso3, c.sector));
    case 'organization':
      return plain(start, end, sentence, 'organization', registry.organization(c.organization));
    case 'demonym': {
      // Only a plural demonym standing alone names people ("the Americans"); an adjective does not.
      const word = doc.text.slice(start, end);
      if (!/s$/.test(word)) return null;
      // "The Iranians rejected the offer" is the state's voice; "thousands of Georgians", "80,000
      // Afghans" are its people, whom a protest or a deportation involves apart from the state.
      const people = c.first === 0 || doc.slice(doc.tokens[c.first - 1]).toLowerCase() !== 'the';
      return plain(start, end, sentence, 'demonym', registry.state(c.country.iso3, people ? 'CVL' : null));
    }
    case 'pronoun':
      return plain(start, end, sentence, 'pronoun', -1);
  }
}

/** A mention that is no compound. */
function plain(start: number, end: number, sentence: number, kind: MentionKind, actor: number): Mention {
  return { start, end, sentence, kind, actor };
}

/** "U.S. and Israeli officials" is two groups; each becomes a member of a compound mention. */
function agentMention(
  doc: Doc,
  c: Extract<Candidate, { kind: 'agent' }>,
  sentence: number,
  registry: ActorRegistry,
  start: number,
  end: number,
): Mention {
  const description = doc.text.slice(start, end);
  // ("Indian and Chinese military commanders": a state body joined to a demonym, "Chinese
  // military" being a known name, adds its state to the phrase's.)
  const inst = c.aff.institution;
  const joined =
    inst && c.aff.countries.length > 0 && c.aff.countries.every((k) => k.iso3 !== inst.country)
      ? { ...c.aff, countries: [...c.aff.countries, countryStub(inst.country)], institution: null }
      : null;
  const aff = joined ?? c.aff;
  const actors: number[] = [];
  // "ASEAN and Chinese officials": the organisation's people and each state's.
  const apart = aff.organizationApart === true && aff.organization !== null;
  if (apart) actors.push(registry.unnamed(description, { ...aff, countries: [] }, null, c.plural));
  if (apart || aff.countries.length > 1) {
    const own = apart ? { ...aff, organization: null } : aff;
    for (const country of aff.countries)
      actors.push(registry.unnamed(description, own, country.iso3, c.plural));
  }
  if (actors.length === 0) {
    return { start, end, sentence, kind: 'agent', actor: registry.unnamed(description, aff, null, c.plural) };
  }
  const members: number[] = [];
  for (const actor of actors) {
    members.push(doc.mentions.length);
    doc.mentions.push({ start, end, sentence, kind: 'agent', actor });
  }
  return { start, end, sentence, kind: 'compound', actor: -1, members };
}
