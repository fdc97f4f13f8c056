/**
 * The coreference stage: links pronouns ("he", "him", "his", "she") and bare titles ("the
 * minister", "the prince") to the named person they stand for. A pronoun that opens a sentence
 * or a clause prefers the subject of the previous sentence (news prose keeps its topic in
 * subject position); the subject of what one person told another ("X told Y that he…") is the
 * teller; elsewhere the nearest compatible person wins. Gender from the knowledge
 * base rules candidates out; the search looks back at most three sentences.
 */
import type { Actor, Doc, Mention } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { quoteDirection } from '../01-text/index.js';

const MALE = new Set(['he', 'him', 'his']);
const FEMALE = new Set(['she', 'her']);
const PLURAL = new Set(['they', 'them', 'their']);
/** "its" stands for a state, organisation or group, never a person. */
const NEUTER = new Set(['its']);
const WINDOW = 3;
/** A bare title ("the minister") may refer back further than a pronoun, but not across a whole book. */
const TITLE_WINDOW = 20;

export function corefStage(): Stage {
  return {
    name: 'coref',
    requires: ['mentions', 'actors'],
    assigns: ['coref'],
    run: function resolveCoreference(doc: Doc) {
      const order = doc.mentions.filter((m) => m.kind !== 'compound');
      const quoted = quotedRegions(doc);
      for (const mention of doc.mentions) {
        mention.quoted = quoted[mention.start] === 1;
        mention.subject = mention.kind !== 'compound' && isSubject(doc, mention);
      }
      order.forEach((mention, k) => {
        // "they" inside a quotation speaks from the speaker's point of view; leave it.
        if (
          mention.kind === 'pronoun' &&
          quoted[mention.start] === 1 &&
          PLURAL.has(doc.slice(mention).toLowerCase())
        )
          return;
        if (mention.kind === 'pronoun') resolvePronoun(doc, order, k);
        else if (mention.kind === 'title' && doc.actors[mention.actor]?.anonymous)
          resolveTitle(doc, order, k);
        else if (mention.kind === 'agent' && doc.actors[mention.actor]?.anonymous) {
          resolveGroup(doc, order, k);
          resolveBody(doc, order, k);
        }
      });
    },
  };
}

/** Marks the characters between an opening and a closing quotation mark (1 = inside). */
function quotedRegions(doc: Doc): Uint8Array {
  const inside = new Uint8Array(doc.text.length + 1);
  let open = -1;
  for (const token of doc.tokens) {
    if (token.kind !== 'quote' || doc.text[token.start] === '’') continue;
    if (quoteDirection(doc.text, token) === 'open') open = token.end;
    else if (open >= 0) {
      inside.fill(1, open, token.start);
      open = -1;
    }
  }
  return inside;
}

function isNamedPerson(actor: Actor | undefined): actor is Actor {
  return actor !== undefined && actor.type === 'person' && !actor.anonymous;
}

function resolvePronoun(doc: Doc, order: Mention[], k: number): void {
  const pronoun = order[k];
  const form = doc.slice(pronoun).toLowerCase();
  if (NEUTER.has(form)) {
    pronoun.actor = resolvePlural(doc, order, k, true);
    lendState(doc, pronoun);
    return;
  }
  if (PLURAL.has(form)) {
    const compound = nearestCompound(doc, pronoun);
    if (compound?.members) {
      (pronoun as { members?: readonly number[] }).members = compound.members;
      return;
    }
    pronoun.actor = resolvePlural(doc, order, k);
    return;
  }
  // "The African Union Commission chairman called for restraint and said he would send an envoy":
  // the subject of what a person's saying reports is that person, named or not.
  const sayer = sayerOfSubject(doc, pronoun);
  if (sayer >= 0) {
    pronoun.actor = sayer;
    return;
  }
  const gender = MALE.has(form) ? 'm' : FEMALE.has(form) ? 'f' : null;
  const compatible = (m: Mention) => {
    const actor = doc.actors[m.actor];
    return isNamedPerson(actor) && (actor.gender === null || gender === null || actor.gender === gender);
  };
  const candidates: Mention[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const m = order[j];
    if (pronoun.sentence - m.sentence > WINDOW) break;
    if (m.kind !== 'pronoun' && compatible(m)) candidates.push(m);
  }
  if (candidates.length === 0) return;
  // "Trump told Netanyahu that he opposed a strike": the subject of a reported clause is the
  // teller, not the nearer one told.
  const teller = tellerOf(doc, pronoun);
  if (teller && compatible(teller)) {
    pronoun.actor = teller.actor;
    return;
  }
  if (opensClause(doc, pronoun)) {
    // The subject of the nearest earlier sentence that has one.
    for (const sentence of new Set(candidates.map((c) => c.sentence))) {
      if (sentence === pronoun.sentence) continue;
      const subject = candidates.filter((c) => c.sentence === sentence && c.subject).pop();
      if (subject) {
        pronoun.actor = subject.actor;
        return;
      }
    }
  }
  pronoun.actor = candidates[0].actor;
}

/**
 * The named person whose telling reports the clause this pronoun is the subject of ("X told Y
 * that he…", "X assured Y he…", "X refused to meet Y, saying he…"), or null. Only when someone
 * was named between: "X said he…" needs no rule.
 */
function tellerOf(doc: Doc, pronoun: Mention): Mention | null {
  const { tokens } = doc;
  const { tokenStart, tokenEnd } = doc.sentences[pronoun.sentence];
  const p = firstTokenOf(doc, pronoun);
  if (p < 0 || !(tokens[p].deprel ?? '').startsWith('nsubj')) return null;
  const kidsOf = (h: number) => {
    const out: number[] = [];
    for (let k = tokenStart; k < tokenEnd; k++) if (tokens[k].head === h) out.push(k);
    return out;
  };
  const clause = tokens[p].head ?? -1;
  if (clause < 0) return null;
  const kids = kidsOf(clause).map((k) => tokens[k]);
  const that = kids.some((x) => x.deprel === 'mark' && doc.slice(x).toLowerCase() === 'that');
  if (tokens[clause].deprel !== 'ccomp' && !that) return null;
  // "told Netanyahu that he must stop": a demand's subject is the one told.
  if (kids.some((x) => x.deprel === 'aux' && DEMANDING.has(doc.slice(x).toLowerCase()))) return null;
  // The telling verb: above the clause, the parser may hang it a level lower ("told X during a
  // call that he…", with the clause on "call").
  let verb = tokens[clause].head ?? -1;
  for (let up = 0; verb >= 0 && up < 2 && tokens[verb].upos !== 'VERB'; up++) verb = tokens[verb].head ?? -1;
  if (verb < 0 || tokens[verb].upos !== 'VERB') return null;
  const verbKids = kidsOf(verb);
  const told = verbKids.some((k) => tokens[k].deprel === 'obj' || tokens[k].deprel === 'iobj');
  let subject = verbKids.find((k) => tokens[k].deprel === 'nsubj');
  // "Katsav refused to meet King Abdullah, saying he would…": a participle that reports has
  // the subject of the verb it hangs on, whoever was named since.
  // (Up through "to meet": an infinitive has its controller's subject.)
  if (subject === undefined && tokens[verb].xpos === 'VBG' && tokens[verb].deprel === 'advcl') {
    for (let up = tokens[verb].head ?? -1, steps = 0; up >= 0 && steps < 3; steps++) {
      subject = kidsOf(up).find((k) => tokens[k].deprel === 'nsubj');
      if (subject !== undefined || tokens[up].deprel !== 'xcomp') break;
      up = tokens[up].head ?? -1;
    }
  } else if (!told) return null;
  if (subject === undefined) return null;
  const at = tokens[subject];
  const m = doc.mentions.find(
    (x) => x.kind !== 'compound' && x.start <= at.start && at.end <= x.end && x.actor >= 0,
  );
  return m ?? null;
}

const DEMANDING = new Set(['must', 'should', 'ought']);

/** The doc.tokens index of a mention's first token, searched within its sentence; -1 if none. */
function firstTokenOf(doc: Doc, mention: Mention): number {
  const { tokenStart, tokenEnd } = doc.sentences[mention.sentence];
  for (let p = tokenStart; p < tokenEnd; p++) if (doc.tokens[p].start >= mention.start) return p;
  return -1;
}

/** "Chile and Peru said they would…": the compound just before a plural pronoun. */
function nearestCompound(doc: Doc, pronoun: Mention): Mention | null {
  let best: Mention | null = null;
  for (const m of doc.mentions) {
    if (m.kind !== 'compound' || m.end > pronoun.start) continue;
    if (pronoun.sentence - m.sentence > 1) continue;
    if (!best || m.start > best.start) best = m;
  }
  // Only when nothing else plural stands between them.
  if (!best) return null;
  const between = doc.mentions.some(
    (m) =>
      m.start >= best.end &&
      m.end <= pronoun.start &&
      m.kind !== 'pronoun' &&
      doc.actors[m.actor]?.type === 'group' &&
      !restates(doc, m, best),
  );
  return between ? null : best;
}

/**
 * "Egypt, Qatar and Turkey, the three guarantors of the truce, said they…": a group set in
 * apposition to the compound is the compound again, not another candidate.
 */
function restates(doc: Doc, group: Mention, compound: Mention): boolean {
  const first = firstTokenOf(doc, group);
  const { tokens } = doc;
  const { tokenEnd } = doc.sentences[group.sentence];
  for (let p = first; p >= 0 && p < tokenEnd && tokens[p].start < group.end; p++) {
    const head = tokens[p].head;
    if (tokens[p].deprel !== 'appos' || head === undefined || head < 0) continue;
    const at = tokens[head].start;
    if (at >= compound.start && at < compound.end) return true;
  }
  return false;
}

/**
 * "they" → the nearest earlier compound or group in this or the previous sentence. For "its"
 * (`neuter`), an unnamed body counts too: "Russia's defence ministry said its forces…".
 */
function resolvePlural(doc: Doc, order: Mention[], k: number, neuter = false): number {
  const pronoun = order[k];
  const acted = actedOn(doc, pronoun);
  if (acted !== UNDECIDED) return acted;
  const subject = neuter ? ownersSubject(doc, pronoun) : -1;
  if (subject >= 0) return subject;
  const sayer = neuter ? sayerOfOwnedSubject(doc, pronoun) : -1;
  if (sayer >= 0) return sayer;
  const itsSayer = neuter ? sayerOfItsClause(doc, pronoun) : -1;
  if (itsSayer >= 0) return itsSayer;
  const reported = neuter ? subjectReportedBy(doc, pronoun) : -1;
  if (reported >= 0) return reported;
  for (let j = k - 1; j >= 0; j--) {
    const m = order[j];
    if (pronoun.sentence - m.sentence > 1) break;
    const actor = doc.actors[m.actor];
    const body = neuter && m.kind === 'agent' && actor?.anonymous === true;
    if (!actor || !(PLURAL_ACTORS.has(actor.type) || body)) continue;
    // ("said it had moved additional troops to its northern border": "its" is never a plural noun.)
    if (neuter && m.kind === 'agent' && actor.type === 'group') continue;
    // A state named as one ("Lithuania", "Washington") is "it"; "they" is its people or forces,
    // or a compound, or something that is no actor ("the prisoners were driven into Lithuania,
    // where they were met").
    if (!neuter && m.kind === 'state') continue;
    if (attackerOfOwn(doc, m, pronoun)) continue;
    if (m.sentence === pronoun.sentence) {
      // The pronoun then stands for the noun the clause modifies, or for no actor at all.
      const modified = modifiedNoun(doc, m, pronoun);
      if (modified >= 0) return actorAt(doc, modified);
    }
    return m.actor;
  }
  return -1;
}

/**
 * "the navy said rebel gunboats had attacked its patrol boats": whoever attacks does not attack its
 * own. True when `m` is the subject of an attack verb whose object `pronoun` is the possessor of.
 */
function attackerOfOwn(doc: Doc, m: Mention, pronoun: Mention): boolean {
  const { tokens } = doc;
  const { tokenStart, tokenEnd } = doc.sentences[pronoun.sentence];
  if (m.sentence !== pronoun.sentence) return false;
  const p = firstTokenOf(doc, pronoun);
  if (p < 0 || tokens[p].deprel !== 'nmod:poss') return false;
  const owned = tokens[p].head ?? -1;
  if (owned < 0 || tokens[owned].deprel !== 'obj') return false;
  const verb = tokens[owned].head ?? -1;
  if (verb < 0 || !ATTACKING.has(tokens[verb].lemma ?? '')) return false;
  // The subject's phrase holds the mention ("Hezbollah fighters"), or the mention holds the
  // subject ("M23 artillery", parsed as two subjects).
  for (let k = tokenStart; k < tokenEnd; k++) {
    if (tokens[k].head !== verb || tokens[k].deprel !== 'nsubj') continue;
    let first = k;
    while (first > tokenStart && tokens[first - 1].head === k) first--;
    if (tokens[first].start <= m.start && m.end <= tokens[k].end) return true;
    if (m.start <= tokens[k].start && tokens[k].end <= m.end) return true;
  }
  return false;
}

/** Verbs of attack, whose object's owner is the one attacked, not the attacker. */
const ATTACKING = new Set([
  'attack',
  'shell',
  'strike',
  'bomb',
  'hit',
  'raid',
  'storm',
  'target',
  'overrun',
  'ambush',
  'assault',
]);

/**
 * "imposed curbs on three firms over shipments to Cuba, freezing their accounts": in a
 * participle clause with no subject of its own, a plural pronoun means what the main verb acted
 * on — the first group, organisation or state named after that verb (or, when that name sits in
 * a clause modifying another noun, that noun) — not the nearest name. UNDECIDED when the
 * pronoun is in no such clause.
 */
function actedOn(doc: Doc, pronoun: Mention): number {
  const { tokens } = doc;
  let t = tokens.findIndex((x) => x.start === pronoun.start);
  // "protested to Albania, charging its neighbour with…": a neighbour is the neighbour of the one
  // who acts, and is what the main verb acted on.
  const owned = t >= 0 && tokens[t].deprel === 'nmod:poss' ? (tokens[t].head ?? -1) : -1;
  if (owned >= 0 && NEIGHBOURS.has(tokens[owned].lemma ?? '')) return UNDECIDED;
  for (let steps = 0; t >= 0 && steps < 4; steps++, t = tokens[t].head ?? -1) {
    if (tokens[t].deprel !== 'advcl' || tokens[t].xpos !== 'VBG') continue;
    if (tokens.some((x) => x.head === t && (x.deprel ?? '').startsWith('nsubj'))) return UNDECIDED;
    const verb = tokens[t].head ?? -1;
    if (verb < 0) return UNDECIDED;
    const after = doc.mentions.find(
      (m) =>
        m.kind !== 'pronoun' &&
        m.sentence === pronoun.sentence &&
        m.start > tokens[verb].start &&
        m.end <= tokens[t].start &&
        PLURAL_ACTORS.has(doc.actors[m.actor]?.type ?? ''),
    );
    if (!after) return UNDECIDED;
    const modified = modifiedNoun(doc, after, pronoun);
    return modified >= 0 ? actorAt(doc, modified) : after.actor;
  }
  return UNDECIDED;
}

const UNDECIDED = -2;

const NEIGHBOURS = new Set(['neighbour', 'neighbor']);

/**
 * "Pakistan refused to send troops to Iraq and urged its citizens to stay away": "its" on what a
 * verb acts on is the verb's own subject (also one a conjoined verb shares), not the state named
 * last. Not for attacks, whose object's owner is the one attacked (see attackerOfOwn). -1 when
 * the pronoun is in no such place or the subject names no group, organisation or state.
 */
function ownersSubject(doc: Doc, pronoun: Mention): number {
  const { tokens } = doc;
  const p = firstTokenOf(doc, pronoun);
  if (p < 0 || tokens[p].deprel !== 'nmod:poss') return -1;
  const owned = tokens[p].head ?? -1;
  if (owned < 0 || !['obj', 'obl'].includes(tokens[owned].deprel ?? '')) return -1;
  const verb = tokens[owned].head ?? -1;
  if (verb < 0 || ATTACKING.has(tokens[verb].lemma ?? '')) return -1;
  const { tokenStart, tokenEnd } = doc.sentences[pronoun.sentence];
  const subjectOf = (v: number) => {
    for (let k = tokenStart; k < tokenEnd; k++)
      if (tokens[k].head === v && tokens[k].deprel === 'nsubj') return k;
    return -1;
  };
  let subject = subjectOf(verb);
  if (subject < 0 && tokens[verb].deprel === 'conj') subject = subjectOf(tokens[verb].head ?? -1);
  // "protested to Albania, charging its neighbour with…": a participle with no subject of its own
  // shares its verb's.
  if (subject < 0 && tokens[verb].deprel === 'advcl' && tokens[verb].xpos === 'VBG')
    subject = subjectOf(tokens[verb].head ?? -1);
  return subject < 0 ? -1 : actorAt(doc, subject);
}

/**
 * "The army accused the RSF of … and said its aircraft had destroyed…": "its" on the subject of
 * what a saying reports is the sayer's, not the actor named in between. Returns that actor, else -1.
 */
function sayerOfOwnedSubject(doc: Doc, pronoun: Mention): number {
  const { tokens } = doc;
  const p = firstTokenOf(doc, pronoun);
  if (p < 0 || tokens[p].deprel !== 'nmod:poss') return -1;
  const owned = tokens[p].head ?? -1;
  const subject = owned < 0 ? -1 : sayerOf(doc, pronoun.sentence, owned, false);
  return subject < 0 ? -1 : bodyAt(doc, subject);
}

/**
 * "Kenya would send more police to Haiti, its interior minister said": "its" on the sayer of a
 * report that comes after what is reported is the reported clause's subject's, not the nearest
 * name. Returns that actor, else -1.
 */
function subjectReportedBy(doc: Doc, pronoun: Mention): number {
  const { tokens } = doc;
  const p = firstTokenOf(doc, pronoun);
  if (p < 0 || tokens[p].deprel !== 'nmod:poss') return -1;
  const sayer = tokens[p].head ?? -1;
  const verb = sayer < 0 || tokens[sayer].deprel !== 'nsubj' ? -1 : (tokens[sayer].head ?? -1);
  if (verb < 0 || !SAYING.has(tokens[verb].lemma ?? '')) return -1;
  const { tokenStart, tokenEnd } = doc.sentences[pronoun.sentence];
  const kid = (v: number, rel: string) => {
    for (let k = tokenStart; k < tokenEnd; k++)
      if (tokens[k].head === v && tokens[k].deprel === rel) return k;
    return -1;
  };
  // The parser hangs the report either way: "said" the root with the clause its ccomp, or the
  // clause the root with "said" its parataxis.
  const clause = tokens[verb].deprel === 'parataxis' ? (tokens[verb].head ?? -1) : kid(verb, 'ccomp');
  if (clause < 0 || clause > p) return -1;
  const subject = kid(clause, 'nsubj');
  return subject < 0 ? -1 : actorAt(doc, subject);
}

/**
 * "Kenya said its interior minister would visit": an unnamed office-holder or body that "its"
 * owns serves the state "its" stands for, when its own words named none.
 */
function lendState(doc: Doc, pronoun: Mention): void {
  const owner = doc.actors[pronoun.actor];
  if (!owner || owner.type !== 'state' || owner.sector !== null || !owner.country) return;
  const { tokens } = doc;
  const p = firstTokenOf(doc, pronoun);
  const owned = p >= 0 && tokens[p].deprel === 'nmod:poss' ? (tokens[p].head ?? -1) : -1;
  if (owned < 0) return;
  const { start, end } = tokens[owned];
  const m = doc.mentions.find(
    (x) => (x.kind === 'title' || x.kind === 'agent') && x.start <= start && end <= x.end,
  );
  const actor = m ? doc.actors[m.actor] : undefined;
  if (!m || !actor?.anonymous || actor.org !== null || !actor.sector) return;
  // ("…to Taiwan, its foreign ministry said": a state the mentions stage guessed from a name
  // nearby gives way to the owner "its" names; one the body's own words name stays.)
  if (actor.country !== null && (actor.country === owner.country || /\p{Lu}/u.test(doc.slice(m)))) return;
  actor.country = owner.country;
  actor.code = `${owner.code ?? owner.country}${actor.sector}`;
}

/** Like `actorAt`, but a state's unnamed body ("the army", "the ministry") counts too: "its" may be its. */
function bodyAt(doc: Doc, t: number): number {
  const found = actorAt(doc, t);
  if (found >= 0) return found;
  const { start, end } = doc.tokens[t];
  const m = doc.mentions.find((x) => x.kind === 'agent' && x.start <= start && end <= x.end);
  const actor = m ? doc.actors[m.actor] : undefined;
  return m && actor?.anonymous && STATE_BODIES.has(actor.sector ?? '') ? m.actor : -1;
}

const STATE_BODIES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * "Ethiopia … said it had moved additional troops to its northern border": "its" in a clause whose
 * subject is "it", reported by a saying, is the sayer's, as that "it" is. Returns that actor, else -1.
 */
function sayerOfItsClause(doc: Doc, pronoun: Mention): number {
  const { tokens } = doc;
  let verb = firstTokenOf(doc, pronoun);
  for (let steps = 0; verb >= 0 && tokens[verb].upos !== 'VERB' && steps < 6; steps++)
    verb = tokens[verb].head ?? -1;
  if (verb < 0 || tokens[verb].upos !== 'VERB') return -1;
  const { tokenStart, tokenEnd } = doc.sentences[pronoun.sentence];
  for (let k = tokenStart; k < tokenEnd; k++) {
    if (tokens[k].head !== verb || tokens[k].deprel !== 'nsubj' || tokens[k].lemma !== 'it') continue;
    const subject = sayerOf(doc, pronoun.sentence, k, false);
    return subject < 0 ? -1 : bodyAt(doc, subject);
  }
  return -1;
}

/**
 * The person (an unnamed office-holder too) whose saying reports the clause the pronoun is the
 * subject of; -1 when there is none, or when the saying tells someone (left to `tellerOf` and the
 * nearest person).
 */
function sayerOfSubject(doc: Doc, pronoun: Mention): number {
  const p = firstTokenOf(doc, pronoun);
  const subject = p < 0 ? -1 : sayerOf(doc, pronoun.sentence, p, true);
  if (subject < 0) return -1;
  const at = doc.tokens[subject];
  const m = doc.mentions.find(
    (x) => x.kind !== 'pronoun' && x.kind !== 'compound' && x.start <= at.start && at.end <= x.end,
  );
  return m && doc.actors[m.actor]?.type === 'person' ? m.actor : -1;
}

/**
 * For `t`, the subject of a clause a verb of saying reports: the token of that saying's subject
 * (its own, or that of the verb it is conjoined to: "accused X … and said"), else -1. With
 * `untold`, also -1 when the saying has an object (someone told, whom the clause may be about).
 */
function sayerOf(doc: Doc, sentence: number, t: number, untold: boolean): number {
  const { tokens } = doc;
  if (tokens[t].deprel !== 'nsubj') return -1;
  const clause = tokens[t].head ?? -1;
  if (clause < 0 || tokens[clause].deprel !== 'ccomp') return -1;
  const verb = tokens[clause].head ?? -1;
  if (verb < 0 || !SAYING.has(tokens[verb].lemma ?? '')) return -1;
  const { tokenStart, tokenEnd } = doc.sentences[sentence];
  const kid = (v: number, rel: string) => {
    for (let k = tokenStart; k < tokenEnd; k++)
      if (tokens[k].head === v && tokens[k].deprel === rel) return k;
    return -1;
  };
  if (untold && (kid(verb, 'obj') >= 0 || kid(verb, 'iobj') >= 0)) return -1;
  const own = kid(verb, 'nsubj');
  return own >= 0 || tokens[verb].deprel !== 'conj' ? own : kid(tokens[verb].head ?? -1, 'nsubj');
}

/** Verbs of saying whose reported clause's subject ("he", "its forces") is the sayer or the sayer's. */
const SAYING = new Set(['say', 'announce', 'report', 'claim', 'state', 'add', 'confirm', 'insist']);

/** Actors a plural or neuter pronoun can stand for. */
const PLURAL_ACTORS = new Set(['group', 'organization', 'state']);

/** The group, organisation or state whose mention covers token `t`, else -1. */
function actorAt(doc: Doc, t: number): number {
  const { start, end } = doc.tokens[t];
  const m = doc.mentions.find((x) => x.kind !== 'pronoun' && x.start <= start && end <= x.end);
  const actor = m ? doc.actors[m.actor] : undefined;
  return m && actor && PLURAL_ACTORS.has(actor.type) ? m.actor : -1;
}

/**
 * "curbs on settlers charged with attacks on Bedouin herders, freezing their assets": a
 * name inside a clause that modifies another noun is not what a later pronoun outside that
 * clause refers to; the noun the clause modifies is. Returns that noun's token, else -1.
 */
function modifiedNoun(doc: Doc, m: Mention, pronoun: Mention): number {
  const { tokens } = doc;
  const tokenOf = (start: number) => tokens.findIndex((t) => t.start === start);
  let t = tokenOf(m.start);
  const p = tokenOf(pronoun.start);
  if (t < 0 || p < 0) return -1;
  for (let steps = 0; t >= 0 && steps < 8; steps++, t = tokens[t].head ?? -1) {
    const rel = tokens[t].deprel ?? '';
    if (rel !== 'acl' && rel !== 'acl:relcl') continue;
    // A pronoun inside the same clause may well mean the name.
    for (let q = p, up = 0; q >= 0 && up < 12; up++, q = tokens[q].head ?? -1) if (q === t) return -1;
    return tokens[t].head ?? -1;
  }
  return -1;
}

/** "the minister" → the nearest earlier named person whose role shares the title's head noun. */
function resolveTitle(doc: Doc, order: Mention[], k: number): void {
  const mention = order[k];
  const unnamed = doc.actors[mention.actor];
  const head = (unnamed.role ?? '').toLowerCase().split(' ').pop() ?? '';
  if (!head) return;
  // "the ousted president, Mohamed Bazoum,": the name set beside the title is whom it means
  // (also after it: "Yassin Ibrahim, Sudan's defence minister,").
  const after = order[k + 1];
  const before = order[k - 1];
  const beside =
    after?.sentence === mention.sentence && /^\s*,\s*$/.test(doc.text.slice(mention.end, after.start))
      ? after
      : before?.sentence === mention.sentence && /^\s*,\s*$/.test(doc.text.slice(before.end, mention.start))
        ? before
        : undefined;
  if (beside && isNamedPerson(doc.actors[beside.actor])) {
    mention.actor = beside.actor;
    takeTitle(doc.actors[beside.actor], unnamed);
    return;
  }
  for (let j = k - 1; j >= 0; j--) {
    const m = order[j];
    if (mention.sentence - m.sentence > TITLE_WINDOW) break;
    const actor = doc.actors[m.actor];
    if (!isNamedPerson(actor) || !actor.role) continue;
    // "the German ambassador" is no other state's (or organisation's) ambassador.
    if (unnamed.country && actor.country !== unnamed.country) continue;
    // The role shares the head ("the minister"), or the person was introduced with the title
    // as an honorific ("Prince Faisal bin Farhan" … "the prince").
    const introduced = doc.slice(m).toLowerCase().split(/\s+/).includes(head);
    if (actor.role.toLowerCase().split(' ').includes(head) || introduced) {
      mention.actor = m.actor;
      return;
    }
  }
}

/**
 * A name the knowledge base does not know takes what its title says: "Yassin Ibrahim, Sudan's
 * defence minister" serves Sudan's government.
 */
function takeTitle(person: Actor, title: Actor): void {
  if (person.kbId !== null || person.country !== null) return;
  person.country = title.country;
  person.sector ??= title.sector;
  person.role ??= title.role;
  person.code = title.code;
}

/** Nouns by which news prose refers back to a named armed group or movement ("the group said"). */
const GROUP_NOUNS = new Set([
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
  'rebels',
  'militants',
]);

/** Nouns that name a group by its kind, so only a group of that sector is their antecedent. */
const REBEL_NOUNS = new Set(['rebels', 'militants']);

/**
 * "the group", "the militant group", "the Rwanda-backed group" → the nearest earlier non-state
 * organisation (or group of one) within three sentences. Only a definite phrase of no state or
 * organisation of its own: "a rights group" or "Palestinian groups" stay as they are. "The
 * rebels" and "the militants" are a rebel group, never the mercenaries or party named last
 * ("Russian paramilitaries of the Africa Corps … the rebels in the north"), and when none is
 * named within three sentences, the one rebel group the story named before, if it named one.
 */
function resolveGroup(doc: Doc, order: Mention[], k: number): void {
  const mention = order[k];
  const own = doc.actors[mention.actor];
  if (!own || own.org !== null) return;
  const text = doc.slice(mention);
  const noun = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  if (!GROUP_NOUNS.has(noun)) return;
  // (Placed or not when no word of its own names a state: "talks between Kinshasa and the rebels
  // in Doha" placed them by the city, a guess "the" overrules.)
  if (own.country !== null && /\s\p{Lu}/u.test(text)) return;
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > 3 || !definite(doc, mention, words)) return;
  const rebels = REBEL_NOUNS.has(noun);
  const fits = (actor: Actor | undefined): actor is Actor =>
    actor !== undefined &&
    actor.org !== null &&
    actor.sector !== 'IGO' &&
    (actor.type === 'organization' || actor.type === 'group') &&
    (!rebels || actor.sector === 'REB');
  const earlier = new Set<string | number>();
  for (let j = k - 1; j >= 0; j--) {
    const m = order[j];
    // (Past the window only "the rebels" looks on, for the story's one rebel group.)
    if (mention.sentence - m.sentence > WINDOW && !rebels) return;
    if (!fits(doc.actors[m.actor])) continue;
    if (mention.sentence - m.sentence <= WINDOW) {
      // ("Al-Shabaab, which is linked to al-Qaeda, claimed the attack. … strikes against the
      // group": the group the sentence is about, its subject, over one it names in passing.)
      const subject = order.find(
        (o, i) => i < j && o.sentence === m.sentence && o.subject && fits(doc.actors[o.actor]),
      );
      mention.actor = !m.subject && subject ? subject.actor : m.actor;
      return;
    }
    earlier.add(doc.actors[m.actor].org ?? m.actor);
  }
  if (!rebels || earlier.size !== 1) return;
  for (let j = k - 1; j >= 0; j--) {
    if (fits(doc.actors[order[j].actor])) {
      mention.actor = order[j].actor;
      return;
    }
  }
}

/**
 * "…, its foreign ministry said. The ministry urged Washington…": a state's body named again with
 * "the" and its head noun alone is the one of that noun named within the three sentences before.
 */
function resolveBody(doc: Doc, order: Mention[], k: number): void {
  const mention = order[k];
  const own = doc.actors[mention.actor];
  // (Placed or not: the mentions stage places it by a state named near it, a guess "the" overrules.)
  if (!own || own.org !== null) return;
  const words = doc.slice(mention).toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0] !== 'the' || !BODY_NOUNS.has(words[1])) return;
  for (let j = k - 1; j >= 0; j--) {
    const m = order[j];
    if (mention.sentence - m.sentence > WINDOW) return;
    const actor = doc.actors[m.actor];
    if (!actor?.country || actor.org !== null || actor.sector !== own.sector) continue;
    if (doc.slice(m).toLowerCase().split(/\s+/).pop() !== words[1]) continue;
    mention.actor = m.actor;
    return;
  }
}

/** Head nouns of a state's bodies that a story names again alone ("the ministry"). */
const BODY_NOUNS = new Set([
  'ministry',
  'department',
  'office',
  'agency',
  'embassy',
  'presidency',
  'cabinet',
]);

/** The phrase opens with "the", or "the" stands just before it ("the Rwanda-backed group"). */
function definite(doc: Doc, mention: Mention, words: string[]): boolean {
  if (words[0] === 'the') return true;
  const before = doc.text.slice(Math.max(0, mention.start - 40), mention.start);
  return /\bthe\s+[\w-]+\s*$/i.test(before);
}

/** A pronoun that starts its sentence, or follows a closing quote ("…,” he said). */
function opensClause(doc: Doc, mention: Mention): boolean {
  const sentence = doc.sentences[mention.sentence];
  const before = doc.text.slice(sentence.start, mention.start).trim();
  return before === '' || /^[“"‘']$/.test(before);
}

/** Subject position: the syntax stage's nsubj when present, else a verb right after the mention. */
export function isSubject(doc: Doc, mention: Mention): boolean {
  const tokens = doc.tokens;
  let first = -1;
  let last = -1;
  for (
    let i = doc.sentences[mention.sentence].tokenStart;
    i < doc.sentences[mention.sentence].tokenEnd;
    i++
  ) {
    if (tokens[i].start < mention.start || tokens[i].end > mention.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (last < 0) return false;
  // The mention's head is the word hung outside it ("Abbas" of "Abbas Araghchi", the surname
  // being its `flat`); its last word stands in when there is no parse.
  const inside = (h: number | undefined) => h !== undefined && h >= first && h <= last;
  let head = last;
  for (let i = first; i <= last; i++) if (tokens[i].head !== undefined && !inside(tokens[i].head)) head = i;
  const deprel = tokens[head].deprel;
  // ("The ELN's chief negotiator, Pablo Beltrán, said…": a name set beside the subject is it.)
  const beside = deprel === 'appos' ? tokens[tokens[head].head ?? -1]?.deprel : undefined;
  if (beside === 'nsubj' || beside === 'nsubj:pass') return true;
  if (deprel !== undefined) return deprel === 'nsubj' || deprel === 'nsubj:pass';
  const next = tokens[head + 1];
  if (!next || next.sentence !== mention.sentence) return false;
  const word = doc.slice(next);
  if (word === "'s" || word === '’s') return false;
  return (
    /^[a-z]+(?:ed|s)$/.test(word) ||
    /^(?:said|told|met|spoke|went|made|took|held|was|is|has|had|will|would|also)$/.test(word)
  );
}
