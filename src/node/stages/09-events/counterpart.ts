/**
 * The counterpart of a directed act whose target the clause leaves implicit ("Choi condemned the
 * launch", "Hezbollah denied any involvement", "the two sides agreed to a ceasefire"): news
 * prose names the other party nearby. The nearest codable actor of another state or
 * organisation in the sentence, else in the sentence before, stands in for it — only for roots
 * whose events nearly always have a target.
 */
import type { Doc, Mention } from '../../doc/doc.js';
import type { Participant } from './participants.js';

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

export function counterpartOf(
  doc: Doc,
  sentence: number,
  source: number,
  near: number,
  partners: ReadonlySet<number> = new Set(),
): Participant | null {
  const own = keyOf(doc, source);
  const excluded = new Set([...partners].map((p) => keyOf(doc, p)));
  const usable = (m: Mention) => {
    if (m.quoted || m.actor < 0 || m.kind === 'pronoun') return false;
    const key = keyOf(doc, m.actor);
    return key !== null && key !== own && !excluded.has(key);
  };
  // Earlier in the sentence, then the end of the sentence before (the act a speech act answers
  // is usually told just before it), then later in the sentence.
  const here = doc.mentions.filter((m) => m.sentence === sentence && usable(m));
  const before = here.filter((m) => m.end <= near).pop();
  const previous = doc.mentions.filter((m) => m.sentence === sentence - 1 && usable(m)).pop();
  const after = here.find((m) => m.start >= near);
  const chosen = before ?? previous ?? after;
  return chosen ? { actor: chosen.actor, span: chosen } : null;
}

function keyOf(doc: Doc, actor: number): string | null {
  const a = doc.actors[actor];
  if (!a) return null;
  return a.org ?? a.country ?? null;
}
