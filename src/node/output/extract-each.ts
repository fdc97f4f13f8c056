/**
 * Reading a list of articles with whatever reads them, so that one failure never costs the
 * others: what the CLI, the ingest workers and the server's POST share. Types only are imported,
 * so the server can use it without loading the pipeline.
 */
import type { OutputRecord } from './record.js';

/** What reads articles into records: a `Reader`, or a stand-in with the same methods. */
export interface ArticleExtractor<A> {
  extract(article: A): OutputRecord;
  /** A batch, stage by stage (see Reader.extractMany); one by one when absent. */
  extractMany?(articles: readonly A[]): (OutputRecord | Error)[];
}

/**
 * Each article's record, or the error that stopped it, in order: the batch path when the
 * extractor has one, and one by one if that call itself fails (a bug), so a failure never costs
 * the other articles.
 */
export function extractEach<A>(
  extractor: ArticleExtractor<A>,
  articles: readonly A[],
): (OutputRecord | Error)[] {
  if (extractor.extractMany) {
    try {
      return extractor.extractMany(articles);
    } catch {
      // Fall through: each article gets its own outcome.
    }
  }
  return articles.map((article) => {
    try {
      return extractor.extract(article);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}
