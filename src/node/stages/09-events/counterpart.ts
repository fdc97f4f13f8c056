/**
 * The counterpart of a directed act whose target the clause leaves implicit ("Choi condemned the
 * launch", "Hezbollah denied any involvement", "the two sides agreed to a ceasefire"): news
 * prose names the other party nearby. The nearest codable actor of another state or
 * organisation in the sentence, else in the sentence before, stands in for it — only for roots
 * whose events nearly always have a target.
 */
import type { Doc } from '../../doc/doc.js';
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
  for (const s of [sentence, sentence - 1]) {
    if (s < 0) break;
    let best: { m: Participant; distance: number } | null = null;
    for (const m of doc.mentions) {
      if (m.sentence !== s || m.quoted || m.actor < 0 || m.kind === 'pronoun') continue;
      const key = keyOf(doc, m.actor);
      if (key === null || key === own || excluded.has(key)) continue;
      const distance = s === sentence ? Math.abs(m.start - near) : doc.text.length - m.start;
      if (!best || distance < best.distance) best = { m: { actor: m.actor, span: m }, distance };
    }
    if (best) return best.m;
  }
  return null;
}

function keyOf(doc: Doc, actor: number): string | null {
  const a = doc.actors[actor];
  if (!a) return null;
  return a.org ?? a.country ?? null;
}
