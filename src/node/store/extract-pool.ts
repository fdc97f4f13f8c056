/**
 * Extraction on worker threads, so that on a machine with two or more cores the main thread
 * writes to the database while the workers read the next articles. Each worker holds its own
 * Reader; articles go to the least busy one.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../io/article.js';
import type { OutputRecord } from '../output/record.js';

interface Pending {
  resolve: (record: OutputRecord) => void;
  reject: (error: Error) => void;
  worker: number;
}

/**
 * Worker threads do not inherit the parent's module hooks, so from source each worker first
 * registers tsx itself, then loads the .ts worker (the built package runs the .js one directly).
 */
function tsxBootstrap(worker: URL): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`;
}

export class ExtractPool {
  private readonly workers: Worker[];
  private readonly busy: number[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    // From source the worker is the .ts file, and needs tsx registered in its own thread too.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(`./extract-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
    this.workers = Array.from({ length: Math.max(1, size) }, (_, i) => {
      const worker = fromSource ? new Worker(tsxBootstrap(url), { eval: true }) : new Worker(url);
      worker.on('message', (m: { id: number; record?: OutputRecord; error?: string }) => this.settle(m));
      worker.on('error', (error) => this.failWorker(i, error));
      return worker;
    });
    this.busy = this.workers.map(() => 0);
  }

  extract(article: ArticleInput): Promise<OutputRecord> {
    const id = this.nextId++;
    let worker = 0;
    for (let i = 1; i < this.busy.length; i++) if (this.busy[i] < this.busy[worker]) worker = i;
    this.busy[worker]++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      this.workers[worker].postMessage({ id, article });
    });
  }

  private settle(m: { id: number; record?: OutputRecord; error?: string }) {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.busy[p.worker]--;
    if (m.record) p.resolve(m.record);
    else p.reject(new Error(m.error ?? 'extraction failed'));
  }

  /** A crashed worker fails its pending articles (they are stored as extraction errors); the rest go on. */
  private failWorker(index: number, error: Error) {
    for (const [id, p] of this.pending) {
      if (p.worker !== index) continue;
      this.pending.delete(id);
      p.reject(error);
    }
    this.busy[index] = Number.POSITIVE_INFINITY;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
