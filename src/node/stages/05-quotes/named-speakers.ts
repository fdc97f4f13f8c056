/**
 * Named speakers the mention finder did not know: "“It’s horrifying,” Tapper said." A quote's
 * speaker phrase that holds a proper name but no actor gets a person actor of that name, so the
 * speaker is named and listed. A surname alone takes the fullest form of the name the article
 * uses elsewhere ("CNN’s Jake Tapper" → Jake Tapper).
 */
import type { Doc, Span } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';

export function namedSpeakersStage(notNames: ReadonlySet<string>): Stage {
  return {
    name: 'named-speakers',
    requires: ['quotes', 'mentions'],
    assigns: ['coref'],
    run: function nameSpeakers(doc: Doc) {
      const byName = new Map<string, number>();
      const before = doc.mentions.length;
      for (const quote of doc.quotes) {
        const speaker = quote.speaker;
        if (!speaker?.mention) continue;
        // "his campaign manager Jeff Weaver": a named person inside the phrase is the speaker,
        // not the owner of the possessive or an unnamed title.
        const named = namedMentionIn(doc, speaker.mention);
        if (named !== null && speaker.actor !== named && !isNamed(doc, speaker.actor)) {
          speaker.actor = named;
          speaker.anonymous = false;
          continue;
        }
        // A phrase with no actor may still hold a name ("said Charlie King, a New York Democrat");
        // an unnamed official ("a South Korean official") stays unnamed.
        if (speaker.actor !== null) continue;
        const name = properName(doc, speaker.mention, notNames);
        if (!name) continue;
        const full = fullestForm(doc, doc.slice(name), notNames);
        // A capitalised adjective ("the Democratic nominee") is no name.
        if (
          !full.includes(' ') &&
          /(?:ic|an|ish|ese)$/.test(full) &&
          doc.slice(speaker.mention).trim() !== full
        )
          continue;
        let actor = byName.get(full) ?? existingPerson(doc, full);
        if (actor === undefined) {
          actor = doc.actors.length;
          doc.actors.push({
            id: `a${actor}`,
            kbId: null,
            type: 'person',
            name: full,
            country: null,
            org: null,
            sector: null,
            role: null,
            code: null,
            gender: null,
            anonymous: false,
          });
        }
        byName.set(full, actor);
        speaker.actor = actor;
        speaker.anonymous = false;
        doc.mentions.push({
          start: name.start,
          end: name.end,
          sentence: quote.sentence,
          kind: 'name',
          actor,
          subject: true,
        });
      }
      if (doc.mentions.length > before) doc.sortMentions();
    },
  };
}

function isNamed(doc: Doc, actor: number | null): boolean {
  const a = actor === null ? undefined : doc.actors[actor];
  return a !== undefined && !a.anonymous && a.type === 'person';
}

/** The last named person mentioned inside the phrase, or null. */
function namedMentionIn(doc: Doc, phrase: Span): number | null {
  let found: number | null = null;
  for (const m of doc.mentions) {
    if (m.start < phrase.start || m.end > phrase.end || m.kind !== 'name') continue;
    if (isNamed(doc, m.actor)) found = m.actor;
  }
  return found;
}

/** The last run of capitalised words in the phrase that are not titles or function words. */
function properName(doc: Doc, phrase: Span, notNames: ReadonlySet<string>): Span | null {
  let best: Span | null = null;
  let run: Span | null = null;
  let depth = 0;
  for (const token of doc.tokens) {
    if (token.end <= phrase.start) continue;
    if (token.start >= phrase.end) break;
    const word = doc.slice(token);
    // "Rep. Gwen Moore (D-Wis.)": a parenthesis adds a party or place, never the name.
    if (word === '(') depth++;
    if (word === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || word === ')') {
      if (run) best = run;
      run = null;
      continue;
    }
    const capital =
      token.kind === 'word' && /^\p{Lu}/u.test(word) && !notNames.has(word.toLowerCase()) && word.length > 1;
    if (capital) run = run ? { start: run.start, end: token.end } : { start: token.start, end: token.end };
    else if (run) {
      best = run;
      run = null;
    }
  }
  return run ?? best;
}

/** "Tapper" → "Jake Tapper" when the article writes the full name somewhere. */
function fullestForm(doc: Doc, name: string, notNames: ReadonlySet<string>): string {
  if (name.includes(' ')) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]+ ){1,3})${escaped}\\b`, 'gu');
  let best = name;
  for (const m of doc.text.matchAll(pattern)) {
    // Words up to a possessive belong to another name ("CNN’s Jake Tapper").
    const all = m[1].trim().split(' ');
    const words = all
      .slice(all.findLastIndex((w) => /['’]s$/.test(w)) + 1)
      .filter((w) => !notNames.has(w.toLowerCase()));
    const candidate = [...words, name].join(' ');
    if (words.length > 0 && candidate.length > best.length) best = candidate;
  }
  return best;
}

function existingPerson(doc: Doc, name: string): number | undefined {
  const last = name.split(' ').pop() ?? name;
  const index = doc.actors.findIndex(
    (a) => a.type === 'person' && !a.anonymous && a.name.split(' ').pop() === last,
  );
  return index >= 0 ? index : undefined;
}
