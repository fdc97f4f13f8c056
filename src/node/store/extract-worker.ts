/** A worker thread of the extraction pool: one Reader, articles in, output records out. */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../io/article.js';
import { Reader } from '../reader.js';

const reader = new Reader();

parentPort?.on('message', (message: { id: number; article: ArticleInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, record: reader.extract(message.article) });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
