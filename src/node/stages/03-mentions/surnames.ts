/**
 * Later mentions of a person by surname alone ("Abdallah said") when the knowledge base does
 * not know the person: after the full name appeared, the last word of that name refers to the
 * same actor. Known people have their surnames in the knowledge base already.
 */
import type { Doc } from '../../doc/doc.js';
import type { AtomLexicon } from './atoms.js';

export function linkSurnames(doc: Doc, lexicon: AtomLexicon): void {
  const bySurname = new Map<string, number>();
  doc.actors.forEach((actor, index) => {
    if (actor.type !== 'person' || actor.anonymous || actor.kbId !== null) return;
    const words = actor.name.split(' ');
    if (words.length < 2) return;
    const last = words[words.length - 1];
    // Family name first ("Choi Sang-mok", "Shi Yi"): a hyphenated or very short last word is a given name.
    const familyFirst = last.includes('-') || (words.length === 2 && last.length <= 3);
    for (const surname of familyFirst ? [words[0], last] : [last]) {
      if (lexicon.notNames.has(surname.toLowerCase())) continue;
      // Two people sharing a surname make the bare surname ambiguous: link neither.
      bySurname.set(surname, bySurname.has(surname) ? -1 : index);
    }
  });
  if (bySurname.size === 0) return;
  const covered = new Uint8Array(doc.text.length);
  for (const m of doc.mentions) covered.fill(1, m.start, m.end);
  for (const token of doc.tokens) {
    if (covered[token.start] === 1 || token.kind !== 'word') continue;
    const actor = bySurname.get(doc.slice(token));
    if (actor === undefined || actor < 0) continue;
    doc.mentions.push({ start: token.start, end: token.end, sentence: token.sentence, kind: 'name', actor });
  }
}
