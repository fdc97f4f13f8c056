/**
 * A worker thread of the extraction pool: one Reader, articles in, output records out. Articles
 * that arrive together are extracted as one batch (`Reader.extractMany`, stage by stage), which
 * is faster than one at a time; each still gets its own reply.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../io/article.js';
import { extractEach } from '../output/extract-each.js';
import { BATCH_ARTICLES, Reader } from '../reader.js';

const reader = new Reader();
let queue: { id: number; article: ArticleInput }[] = [];

parentPort?.on('message', (message: { id: number; article: ArticleInput }) => {
  queue.push(message);
  // The messages already posted arrive before the immediate runs, so they join this batch.
  if (queue.length === 1) setImmediate(drain);
});

function drain() {
  const batch = queue.slice(0, BATCH_ARTICLES);
  queue = queue.slice(batch.length);
  if (queue.length > 0) setImmediate(drain);
  const outcomes = extractEach(
    reader,
    batch.map((m) => m.article),
  );
  batch.forEach((m, i) => {
    const outcome = outcomes[i];
    if (outcome instanceof Error) parentPort?.postMessage({ id: m.id, error: outcome.message });
    else parentPort?.postMessage({ id: m.id, record: outcome });
  });
}
