/**
 * Compound mentions: "Turkey, Egypt, and Qatar", "Washington and Tehran", "France, Germany and
 * Britain". Adjacent mentions of actors joined only by commas and one "and" become one compound
 * mention whose members are the parts, so an event coded on the compound gives one event per
 * member.
 */
import type { Doc, Mention } from '../../doc/doc.js';

const JOINABLE = new Set<Mention['kind']>(['name', 'state', 'organization', 'agent', 'title']);

/** Scans the mentions added for one sentence (from index `first`) and adds compounds. */
export function findCompounds(doc: Doc, first: number): void {
  const added = doc.mentions.slice(first).map((m, i) => ({ m, i: first + i }));
  const heads = added.filter(({ m }) => JOINABLE.has(m.kind) && !isMemberOfAgentCompound(doc, m, first));
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const members = [...run];
      const a = doc.mentions[members[0]];
      const b = doc.mentions[members[members.length - 1]];
      doc.mentions.push({
        start: a.start,
        end: b.end,
        sentence: a.sentence,
        kind: 'compound',
        actor: -1,
        members,
      });
    }
    run = [];
  };
  for (let k = 0; k < heads.length; k++) {
    const current = heads[k];
    if (run.length === 0) {
      run.push(current.i);
      continue;
    }
    const previous = doc.mentions[run[run.length - 1]];
    // "Egypt and the United Arab Emirates", "Egypt, the UAE and Qatar": a member's article stands
    // outside its mention.
    const gap = doc.text
      .slice(previous.end, current.m.start)
      .trim()
      .replace(/^(,? ?(?:and|or)|,) the$/i, '$1');
    const joins =
      gap === ',' || gap === 'and' || gap === ', and' || gap === ',and' || gap === 'or' || gap === ', or';
    if (joins && !opensClause(doc, previous, current.m)) {
      run.push(current.i);
      if (gap.includes('and') || gap.includes('or')) flush();
      continue;
    }
    // A run closed only by commas is an apposition ("Larijani, the secretary"), not a compound.
    run = [current.i];
  }
}

function isMemberOfAgentCompound(doc: Doc, m: Mention, first: number): boolean {
  for (let i = first; i < doc.mentions.length; i++) {
    const c = doc.mentions[i];
    if (c.kind === 'compound' && c.members?.some((x) => doc.mentions[x] === m)) return true;
  }
  return false;
}

/**
 * "…the fate of Russian envoys, and NATO's chief thanked Polish officials": a name that is
 * the subject of the verb right after it opens a clause of its own; it is joined to nothing before.
 */
function opensClause(doc: Doc, previous: Mention, m: Mention): boolean {
  const { tokens } = doc;
  const after = tokens.findIndex((t) => t.start >= m.end);
  if (after < 0 || !FINITE.has(tokens[after].xpos ?? '')) return false;
  let subject = -1;
  for (let k = after - 1; k >= 0 && tokens[k].start >= m.start; k--)
    if (tokens[k].head === after && (tokens[k].deprel ?? '').startsWith('nsubj')) subject = k;
  if (subject < 0) return false;
  // ("Egypt, Qatar, and Turkey met": the names before are that subject's conjuncts, or it theirs.)
  const head = headOf(doc, previous);
  for (let k = head, steps = 0; k >= 0 && steps < 8; k = tokens[k].head ?? -1, steps++) {
    if (k === subject || k === after || tokens[k].head === after) return false;
    if (tokens[k].deprel !== 'conj' && k !== head) break;
  }
  return true;
}

/** The token of a mention whose head lies outside it. */
function headOf(doc: Doc, m: Mention): number {
  const { tokens } = doc;
  let last = -1;
  for (let k = 0; k < tokens.length && tokens[k].start < m.end; k++) {
    if (tokens[k].start < m.start) continue;
    const h = tokens[k].head ?? -1;
    if (h < 0 || tokens[h].start < m.start || tokens[h].start >= m.end) return k;
    last = k;
  }
  return last;
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
