/**
 * The output record of one article: the interchange shape of EVALUATION.md §2, plus the spans
 * that tie every item back to the characters it came from. Built from a finished Doc; nothing
 * here decides anything about the text, it only selects and names.
 */
import type { Actor, Doc, DocEvent, Mention, Span } from '../doc/doc.js';

/** What the record needs to name event codes: the CAMEO table (scales, PLOVER types). */
export interface CodeBook {
  info(code: string): { goldstein: number | null; quad: number; plover: string; ploverMode: string } | null;
}

export type OutSpan = [number, number];

export interface OutActorRef {
  name: string;
  country: string | null;
  org: string | null;
  code: string | null;
}

export interface OutActor extends OutActorRef {
  id: string;
  type: Actor['type'];
  sector: string | null;
  role: string | null;
  aliases: string[];
  /** Every mention of the actor in the text. */
  spans: OutSpan[];
}

export interface OutSpeaker {
  name: string | null;
  country: string | null;
  org: string | null;
  anonymous: boolean;
  description: string | null;
  span: OutSpan | null;
}

export interface OutQuote {
  text: string;
  span: OutSpan;
  sentence: number;
  speaker: OutSpeaker | null;
  cue: string | null;
}

export interface OutSource {
  text: string;
  kind: string;
  via: string | null;
  span: OutSpan;
  sentence: number;
  /** Further places where the same source is cited. */
  also: OutSpan[];
}

export interface OutTimex {
  text: string;
  value: string | null;
  anchor: string;
  span: OutSpan;
  sentence: number;
  note?: string;
  /** The day of a dateline: when the report was filed, which dates no event. */
  dateline?: true;
}

export interface OutPlace {
  /** The place as the text names it. */
  name: string;
  /** The gazetteer's canonical name. */
  gazetteer: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  span: OutSpan;
}

/** One coded event, in the EVALUATION.md §2 shape plus provenance spans and scales. */
export interface OutEvent {
  /** `${article id}#e${n}`: stable within a record. */
  id: string;
  source: OutActorRef | null;
  target: OutActorRef | null;
  cameo: string;
  /** PLOVER 2.0 event type, null for codes PLOVER does not cover. */
  plover: string | null;
  ploverMode: string | null;
  /** Goldstein conflict–cooperation score (−10 … +10). */
  goldstein: number | null;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: number | null;
  factuality: 'asserted' | 'negated' | 'hypothetical' | 'future';
  date: string | null;
  location: OutPlace | null;
  sentence: number;
  evidence: string;
  spans: {
    evidence: OutSpan;
    trigger: OutSpan;
    source: OutSpan | null;
    target: OutSpan | null;
    date: OutSpan | null;
    factuality: OutSpan | null;
  };
  /** The lexicon entry that coded it. */
  rule: string;
}

export interface OutputRecord {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  actors: OutActor[];
  events: OutEvent[];
  quotes: OutQuote[];
  sources: OutSource[];
  dates: OutTimex[];
  sentences: OutSpan[];
  warnings: string[];
}

const span = (s: Span): OutSpan => [s.start, s.end];

/**
 * Actors listed in output are the named people and organisations that act or speak in the
 * article (ANNOTATION.md): a person mentioned outside quotations, an organisation that is the
 * subject of a clause or speaks. States, state bodies and unnamed groups appear in events only.
 */
function isListedActor(doc: Doc, actor: Actor, index: number, mentions: readonly Mention[]): boolean {
  if (actor.anonymous) return false;
  if (actor.type === 'person') return mentions.some((m) => !m.quoted);
  if (actor.type !== 'organization') return false;
  const speaks = doc.quotes.some((q) => q.speaker?.actor === index);
  // Monitors and think tanks cited for figures are sources, not actors, unless quoted.
  if (actor.sector === 'NGO') return speaks;
  return speaks || mentions.some((m) => !m.quoted && m.subject);
}

export function actorRef(actor: Actor): OutActorRef {
  return { name: actor.name, country: actor.country, org: actor.org, code: actor.code };
}

export function toRecord(doc: Doc, codes: CodeBook | null = null): OutputRecord {
  return {
    id: doc.meta.id,
    title: doc.meta.title,
    published: doc.meta.published,
    outlet: doc.meta.outlet,
    actors: actorsOf(doc),
    events: doc.events.map((e, n) => eventOf(doc, e, n, codes)),
    quotes: doc.quotes.map((q) => ({
      text: doc.slice(q),
      span: span(q),
      sentence: q.sentence,
      speaker: q.speaker ? speakerOf(doc, q.speaker) : null,
      cue: q.cue ? doc.slice(q.cue) : null,
    })),
    sources: sourcesOf(doc),
    dates: doc.timexes.map((t) => ({
      text: doc.slice(t),
      value: t.value,
      anchor: t.anchor,
      span: span(t),
      sentence: t.sentence,
      ...(t.note ? { note: t.note } : {}),
      ...(t.dateline ? { dateline: true as const } : {}),
    })),
    sentences: doc.sentences.map(span),
    warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`),
  };
}

function eventOf(doc: Doc, e: DocEvent, n: number, codes: CodeBook | null): OutEvent {
  const info = codes?.info(e.cameo) ?? null;
  const place = e.place === null ? null : doc.places[e.place];
  const evidence = doc.sentences[e.sentence] ?? e.evidence;
  return {
    id: `${doc.meta.id}#e${n}`,
    source: e.source === null ? null : actorRef(doc.actors[e.source]),
    target: e.target === null ? null : actorRef(doc.actors[e.target]),
    cameo: e.cameo,
    plover: info?.plover || null,
    ploverMode: info?.ploverMode || null,
    goldstein: info?.goldstein ?? null,
    quad: info?.quad ?? null,
    factuality: e.factuality,
    date: e.date,
    location: place
      ? {
          // As the text writes it ("Belgorod region"); the gazetteer's name is `gazetteer`.
          name: doc.slice(place).replace(/^the\s+/i, ''),
          gazetteer: place.name,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
          span: span(place),
        }
      : null,
    sentence: e.sentence,
    evidence: doc.slice(evidence),
    spans: {
      evidence: span(e.evidence),
      trigger: span(e.trigger),
      source: e.sourceSpan ? span(e.sourceSpan) : null,
      target: e.targetSpan ? span(e.targetSpan) : null,
      date: e.dateSpan ? span(e.dateSpan) : null,
      factuality: e.factualityCue ? span(e.factualityCue) : null,
    },
    rule: e.rule,
  };
}

function actorsOf(doc: Doc): OutActor[] {
  const spans = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    if (m.actor < 0) continue;
    const list = spans.get(m.actor) ?? [];
    list.push(m);
    spans.set(m.actor, list);
  }
  const out: OutActor[] = [];
  doc.actors.forEach((actor, index) => {
    const mentions = spans.get(index) ?? [];
    if (mentions.length === 0 || !isListedActor(doc, actor, index, mentions)) return;
    const aliases = new Set<string>();
    for (const m of mentions) {
      const surface = doc.slice(m).replace(/\s+/g, ' ');
      if (surface !== actor.name && !/^(?:he|she|him|her|his|hers|they|them|their)$/i.test(surface)) {
        aliases.add(surface);
      }
    }
    out.push({
      id: actor.id,
      type: actor.type,
      ...actorRef(actor),
      sector: actor.sector,
      role: actor.role,
      aliases: [...aliases],
      spans: mentions.map(span),
    });
  });
  return out;
}

function speakerOf(doc: Doc, speaker: NonNullable<Doc['quotes'][number]['speaker']>): OutSpeaker {
  const actor = speaker.actor === null ? null : doc.actors[speaker.actor];
  const description = speaker.mention ? doc.slice(speaker.mention) : null;
  const named = actor !== null && !actor.anonymous;
  return {
    name: named ? actor.name : null,
    country: actor?.country ?? null,
    org: actor?.org ?? null,
    anonymous: named ? false : speaker.anonymous,
    description,
    span: speaker.mention ? span(speaker.mention) : null,
  };
}

/** One entry per distinct source text; later citations of the same source go to `also`. */
function sourcesOf(doc: Doc): OutSource[] {
  const byKey = new Map<string, OutSource>();
  for (const s of doc.sources) {
    const text = doc.slice(s);
    const key = `${s.kind}|${text.toLowerCase().replace(/\s+/g, ' ')}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.also.push(span(s));
      if (!seen.via && s.via) seen.via = s.via;
      continue;
    }
    byKey.set(key, { text, kind: s.kind, via: s.via, span: span(s), sentence: s.sentence, also: [] });
  }
  return [...byKey.values()];
}
