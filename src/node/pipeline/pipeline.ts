/**
 * A Pipeline is an ordered list of named stages run over one Doc. Each stage declares what
 * it needs (`requires`) and what it adds (`assigns`); createPipeline() checks that every need
 * is met by an earlier stage, so a misordered pipeline fails at construction, not mid-batch.
 *
 * `runMany` runs a batch stage by stage rather than document by document: each stage's tables
 * (the syntax model's weights above all) stay in the processor's cache across the batch instead
 * of being evicted by the other stages after every article, for the same annotations.
 */
import type { Doc } from '../doc/doc.js';
import { SitrepError } from '../errors.js';

/** The annotation layers a stage can add to a Doc. */
export type Layer =
  | 'tokens'
  | 'sentences'
  | 'syntax'
  | 'mentions'
  | 'actors'
  | 'coref'
  | 'quotes'
  | 'sources'
  | 'timexes'
  | 'places'
  | 'events';

export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc): void;
  /**
   * Optional: the same annotations as `run` on each doc, done over the whole batch at once where
   * that is faster. If it throws, `Pipeline.runMany` runs the stage doc by doc instead, so it
   * must leave a doc that `run` can annotate again.
   */
  runMany?(docs: readonly Doc[]): void;
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    this.stages = stages;
  }

  get names(): string[] {
    return this.stages.map((stage) => stage.name);
  }

  run(doc: Doc): Doc {
    for (const stage of this.stages) stage.run(doc);
    return doc;
  }

  /**
   * Runs every stage over all the docs before the next stage. A stage that throws on one doc
   * (a bug) stops that doc only: its slot holds the error (E003) and the rest of the batch
   * goes on, each doc annotated exactly as `run` would.
   */
  runMany(docs: readonly Doc[]): (Doc | SitrepError)[] {
    const out: (Doc | SitrepError)[] = [...docs];
    for (const stage of this.stages) {
      if (stage.runMany && batchRun(stage, out)) continue;
      for (let i = 0; i < out.length; i++) {
        const doc = out[i];
        if (doc instanceof SitrepError) continue;
        try {
          stage.run(doc);
        } catch (error) {
          out[i] = stageFailure(stage.name, doc, error);
        }
      }
    }
    return out;
  }

  get(name: string): Stage {
    const stage = this.stages.find((s) => s.name === name);
    if (!stage) throw new SitrepError('E001', { name, options: this.names.join(', ') });
    return stage;
  }
}

/** Runs a stage's `runMany` over the batch's live docs; false if it threw (run them one by one). */
function batchRun(stage: Stage, docs: readonly (Doc | SitrepError)[]): boolean {
  const live = docs.filter((doc): doc is Doc => !(doc instanceof SitrepError));
  try {
    stage.runMany?.(live);
    return true;
  } catch {
    return false;
  }
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<Layer>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) throw new SitrepError('E002', { stage: stage.name, needs: need });
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  return new Pipeline(stages);
}

function stageFailure(stage: string, doc: Doc, error: unknown): SitrepError {
  const reason = error instanceof Error ? error.message : String(error);
  return new SitrepError('E003', { stage, doc: doc.meta.id || '(no id)', reason });
}
