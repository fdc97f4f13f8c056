/**
 * The Reader: loads sitrep's data once, builds the pipeline, and turns articles into Docs and
 * output records. This is what the CLI, the benchmarks and (later) the server call.
 */
import { Doc } from './doc/doc.js';
import type { ArticleInput } from './io/article.js';
import { type OutputRecord, toRecord } from './output/record.js';
import { createPipeline, type Pipeline, type Stage } from './pipeline/pipeline.js';
import { textStage } from './stages/01-text/index.js';

export interface ReaderOptions {
  /** Replace the default stages (for tests and custom pipelines). */
  stages?: readonly Stage[];
}

export class Reader {
  readonly pipeline: Pipeline;

  constructor(options: ReaderOptions = {}) {
    this.pipeline = createPipeline(options.stages ?? defaultStages());
  }

  /** Runs the pipeline on one article. */
  read(article: Partial<ArticleInput> & { text: string }): Doc {
    const doc = new Doc(article.text, {
      id: article.id ?? '',
      title: article.title ?? null,
      published: article.published ?? null,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
    });
    for (const warning of article.warnings ?? []) doc.warn('input', warning);
    if (doc.meta.published === null) {
      doc.warn(
        'no-published',
        'No publication date: relative dates ("Sunday", "last week") resolve to null.',
      );
    }
    return this.pipeline.run(doc);
  }

  extract(article: Partial<ArticleInput> & { text: string }): OutputRecord {
    return toRecord(this.read(article));
  }
}

export function defaultStages(): Stage[] {
  return [textStage()];
}
