/**
 * The counterpart of a directed act whose target the clause leaves implicit ("Choi condemned the
 * launch", "Hezbollah denied any involvement", "the two sides agreed to a ceasefire"): news
 * prose names the other party nearby. The nearest codable actor of another state or
 * organisation in the sentence, else in the sentence before, stands in for it — only for roots
 * whose events nearly always have a target.
 */
import type { Doc, Mention } from '../../doc/doc.js';
import type { Participant } from './participants.js';
import { sideKey } from './sides.js';

/** Roots whose events are nearly always aimed at someone (all but force posture, coercion and mass violence, whose targets are often unnamed). */
export const DIRECTED_ROOTS = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '16',
  '18',
  '19',
]);

/**
 * The stand-in for the target of `source`'s act in sentence `sentence`; `storyWide` false keeps
 * to the sentence itself (no main party of the story, nothing from the sentence before).
 */
export function counterpartOf(
  doc: Doc,
  sentence: number,
  source: number,
  near: number,
  partners: ReadonlySet<number> = new Set(),
  aggressor: Participant | null = null,
  storyWide = true,
): Participant | null {
  const own = keyOf(doc, source);
  const excluded = new Set([...partners].map((p) => keyOf(doc, p)));
  // Disapproval aimed at no one named is aimed at whoever used force in the story.
  if (aggressor && usableActor(doc, aggressor.actor, own, excluded)) return aggressor;
  // One of the two sides the story is about answers the other ("Choi condemned the launch" in a
  // story about North Korea and South Korea), whoever was named last.
  const parties = storyWide ? mainParties(doc) : [];
  if (own !== null && parties.some((p) => keyOf(doc, p.actor) === own)) {
    const other = parties.find((p) => keyOf(doc, p.actor) !== own);
    const otherKey = other ? keyOf(doc, other.actor) : null;
    if (other && otherKey !== null && !excluded.has(otherKey)) {
      const named = doc.mentions.filter(
        (m) => m.start < near && usableMention(doc, m, own, excluded) && keyOf(doc, m.actor) === otherKey,
      );
      if (named.length > 0) return { actor: other.actor, span: named[named.length - 1] };
      // A party first named later in the story ("Portugal, the former colonial power, called
      // for…" after a coup) is no one an earlier act was aimed at; the article's first sentence
      // (a headline, or a lead that sums up the story) may aim at one it names below.
      return sentence === 0 ? other : null;
    }
  }
  // Earlier in the sentence, then the end of the sentence before (the act a speech act answers
  // is usually told just before it), then later in the sentence.
  const here = doc.mentions.filter((m) => m.sentence === sentence && usableMention(doc, m, own, excluded));
  const before = here.filter((m) => m.end <= near).pop();
  const previous = storyWide
    ? doc.mentions.filter((m) => m.sentence === sentence - 1 && usableMention(doc, m, own, excluded)).pop()
    : undefined;
  const after = here.find((m) => m.start >= near);
  const chosen = before ?? previous ?? after;
  return chosen ? { actor: chosen.actor, span: chosen } : null;
}

/** The sentence names a codable party other than the source's side (not as its backer). */
export function namesOtherParty(doc: Doc, sentence: number, source: number): boolean {
  const own = keyOf(doc, source);
  return doc.mentions.some((m) => m.sentence === sentence && usableMention(doc, m, own, new Set()));
}

const partiesOf = new WeakMap<Doc, Participant[]>();

/**
 * The two parties the article is most about ("both sides", "the two sides"): the two states
 * or organisations (or their people) named most often outside quotations, each given by its first mention.
 * Monitors, agencies and news outlets report on the sides; they are not one. `without` (a state
 * or organisation key) leaves out the one acting on them: "Qatari mediators held talks with both
 * sides" in a story naming Qatar more often than Venezuela means the United States and Venezuela.
 */
export function mainParties(doc: Doc, without: string | null = null): Participant[] {
  return rankedParties(doc)
    .filter((p) => without === null || keyOf(doc, p.actor) !== without)
    .slice(0, 2);
}

/** The story's parties, most named first (see mainParties). */
function rankedParties(doc: Doc): Participant[] {
  const cached = partiesOf.get(doc);
  if (cached) return cached;
  const counts = new Map<string, { n: number; actor: number; span: Mention }>();
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    // People count for their side: a story about Kim Jong Un is about North Korea.
    if (!a || m.quoted || m.kind === 'pronoun') continue;
    if (a.type === 'organization' && (a.sector === 'NGO' || a.sector === 'IGO' || a.sector === 'MED'))
      continue;
    const key = a.org ?? a.country;
    if (!key) continue;
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, actor: m.actor, span: m });
  }
  const parties = [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((c) => ({ actor: c.actor, span: c.span }));
  partiesOf.set(doc, parties);
  return parties;
}

/** A mention outside quotations that names (not "he", "they") a usable actor. */
function usableMention(
  doc: Doc,
  m: Mention,
  own: string | null,
  excluded: ReadonlySet<string | null>,
): boolean {
  return (
    !m.quoted &&
    m.actor >= 0 &&
    m.kind !== 'pronoun' &&
    !BACKING.test(doc.text.slice(m.end, m.end + 12)) &&
    usableActor(doc, m.actor, own, excluded)
  );
}

/** "the Rwanda-backed group", "a US-led coalition": a state named as what stands behind a side is on it. */
const BACKING = /^-(backed|led|allied|aligned|sponsored|supported|funded|armed|trained)\b/i;

function usableActor(
  doc: Doc,
  actor: number,
  own: string | null,
  excluded: ReadonlySet<string | null>,
): boolean {
  const key = keyOf(doc, actor);
  return key !== null && key !== own && !excluded.has(key);
}

function keyOf(doc: Doc, actor: number): string | null {
  const a = doc.actors[actor];
  return a ? sideKey(a) : null;
}
