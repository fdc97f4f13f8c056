/**
 * The Reader: loads sitrep's data once, builds the pipeline, and turns articles into Docs and
 * output records. This is what the CLI, the benchmarks and (later) the server call.
 */

import { dataPath, readWordList } from './data/files.js';
import { applyDictionaries, type DictionaryFiles, type DictionaryLoad } from './dictionaries.js';
import { Doc } from './doc/doc.js';
import { SitrepError } from './errors.js';
import type { ArticleInput } from './io/article.js';
import { loadKnowledgeBaseData } from './kb/load.js';
import type { KnowledgeBaseData } from './kb/types.js';
import { type OutputRecord, toRecord } from './output/record.js';
import { createPipeline, type Pipeline, type Stage } from './pipeline/pipeline.js';
import { loadAbbreviations } from './stages/01-text/abbreviations.js';
import { textStage } from './stages/01-text/index.js';
import {
  loadSyntaxModel,
  type NameMarker,
  nameMarker,
  type ParserChoice,
  syntaxStage,
} from './stages/02-syntax/index.js';
import { loadMentionResources, mentionsStage } from './stages/03-mentions/index.js';
import { corefStage } from './stages/04-coref/index.js';
import { loadAttributionLexicon, quotesStage } from './stages/05-quotes/index.js';
import { namedSpeakersStage } from './stages/05-quotes/named-speakers.js';
import { sourcesStage } from './stages/06-sources/index.js';
import { timeStage } from './stages/07-time/index.js';
import { loadPlaceGazetteer, placesStage } from './stages/08-places/index.js';
import {
  type CameoTable,
  eventsStage,
  loadEventLexicon,
  loadEventResources,
} from './stages/09-events/index.js';

export interface ReaderOptions {
  /** Replace the default stages (for tests and custom pipelines). */
  stages?: readonly Stage[];
  /** Analysts' dictionaries in the Phoenix/PETRARCH formats, on top of (or instead of) sitrep's. */
  dictionaries?: DictionaryFiles;
  /** The dependency parser (default: SITREP_PARSER, else linear; see stages/02-syntax). */
  parser?: ParserChoice;
}

export class Reader {
  readonly pipeline: Pipeline;
  readonly cameo: CameoTable;
  /** What each analyst dictionary file gave (empty without dictionaries). */
  readonly dictionaryLoads: readonly DictionaryLoad[] = [];

  constructor(options: ReaderOptions = {}) {
    let lexicon = loadEventLexicon();
    let kb = loadKnowledgeBaseData();
    if (options.dictionaries) {
      const applied = applyDictionaries(kb, lexicon, options.dictionaries);
      ({ kb, lexicon } = applied);
      this.dictionaryLoads = applied.loads;
    }
    this.cameo = lexicon.cameo;
    this.pipeline = createPipeline(options.stages ?? defaultStages(lexicon, kb, options.parser));
  }

  /** Runs the pipeline on one article. */
  read(article: Partial<ArticleInput> & { text: string }): Doc {
    return this.pipeline.run(newDoc(article));
  }

  extract(article: Partial<ArticleInput> & { text: string }): OutputRecord {
    return toRecord(this.read(article), this.cameo);
  }

  /**
   * Runs the pipeline on a batch, stage by stage (see `Pipeline.runMany`): the same records as
   * `read` one by one, faster. An article a stage fails on gets its error (E003) in its slot.
   */
  readMany(articles: readonly (Partial<ArticleInput> & { text: string })[]): (Doc | SitrepError)[] {
    return this.pipeline.runMany(articles.map(newDoc));
  }

  /**
   * `extract` over a batch, in order; a failed article gets its error instead of a record. Runs
   * the pipeline on slices of at most BATCH_ARTICLES articles and BATCH_CHARS characters, so a
   * long list (or a few huge articles) never holds more than one slice's Docs in memory.
   */
  extractMany(
    articles: readonly (Partial<ArticleInput> & { text: string })[],
  ): (OutputRecord | SitrepError)[] {
    const out: (OutputRecord | SitrepError)[] = [];
    for (const slice of batchSlices(articles)) {
      for (const doc of this.readMany(slice)) out.push(this.recordOf(doc));
    }
    return out;
  }

  private recordOf(doc: Doc | SitrepError): OutputRecord | SitrepError {
    if (doc instanceof SitrepError) return doc;
    try {
      return toRecord(doc, this.cameo);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return new SitrepError('E003', { stage: 'output', doc: doc.meta.id || '(no id)', reason });
    }
  }
}

/** Articles per pipeline run in `extractMany`: enough to keep each stage's tables warm. */
export const BATCH_ARTICLES = 32;
/** Characters per pipeline run in `extractMany` (an article longer than this runs alone). */
export const BATCH_CHARS = 1_000_000;

/**
 * Consecutive slices of at most `maxArticles` articles and `maxChars` characters (a longer article
 * makes a slice of its own).
 */
export function* batchSlices<T extends { text: string }>(
  articles: readonly T[],
  maxArticles = BATCH_ARTICLES,
  maxChars = BATCH_CHARS,
): Generator<T[]> {
  let slice: T[] = [];
  let chars = 0;
  for (const article of articles) {
    const length = article.text.length;
    if (slice.length > 0 && (slice.length >= maxArticles || chars + length > maxChars)) {
      yield slice;
      slice = [];
      chars = 0;
    }
    slice.push(article);
    chars += length;
  }
  if (slice.length > 0) yield slice;
}

/** A Doc for an article, with the warnings its input already carries. */
function newDoc(article: Partial<ArticleInput> & { text: string }): Doc {
  const doc = new Doc(article.text, {
    id: article.id ?? '',
    title: article.title ?? null,
    published: article.published ?? null,
    outlet: article.outlet ?? null,
    url: article.url ?? null,
  });
  for (const warning of article.warnings ?? []) doc.warn('input', warning);
  if (doc.meta.published === null) {
    doc.warn('no-published', 'No publication date: relative dates ("Sunday", "last week") resolve to null.');
  }
  return doc;
}

/** The whole pipeline, each stage's data loaded once. */
export function defaultStages(
  lexicon = loadEventLexicon(),
  kb = loadKnowledgeBaseData(),
  parser?: ParserChoice,
): Stage[] {
  const abbreviations = loadAbbreviations();
  const attribution = loadAttributionLexicon();
  const places = loadPlaceGazetteer(undefined, { abbreviations });
  return [
    textStage(abbreviations),
    syntaxOrWarning(knownNames(kb), parser),
    mentionsStage(loadMentionResources(kb, abbreviations, places)),
    corefStage(),
    quotesStage(attribution),
    namedSpeakersStage(new Set(readWordList(dataPath('lexicon/not-names.txt')))),
    sourcesStage(attribution),
    timeStage(),
    placesStage(places),
    eventsStage(loadEventResources(kb, lexicon)),
  ];
}

/** The names of states, organisations and institutions, as a hint to the tagger (see names.ts). */
function knownNames(kb: KnowledgeBaseData): NameMarker {
  const names: string[] = [];
  for (const c of kb.countries) names.push(c.name, ...c.aliases);
  for (const o of kb.organizations) names.push(o.name, ...o.aliases);
  for (const i of kb.institutions) names.push(i.name, ...i.aliases);
  return nameMarker(names);
}

/**
 * The syntax stage, or — when its model file is missing or corrupt — a stage that says so in
 * every document's warnings, so extraction still runs (less accurately) and nobody is misled.
 */
function syntaxOrWarning(names?: NameMarker, parser?: ParserChoice): Stage {
  try {
    return syntaxStage(loadSyntaxModel({ parser }), names);
  } catch (error) {
    if (!(error instanceof SitrepError)) throw error;
    const message = error.message;
    return {
      name: 'syntax',
      requires: ['tokens', 'sentences'],
      assigns: ['syntax'],
      run: function warnNoSyntax(doc: Doc) {
        doc.warn('no-syntax', message);
      },
    };
  }
}
