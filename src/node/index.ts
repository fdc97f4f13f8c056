/** sitrep's public API. */
export type {
  Actor,
  ArticleMeta,
  Doc,
  Mention,
  Quote,
  Sentence,
  SourceRef,
  Span,
  Timex,
  Token,
} from './doc/doc.js';
export { ERROR_TEMPLATES, type ErrorCode, SitrepError } from './errors.js';
export { type ArticleInput, parseArticleLine } from './io/article.js';
export { htmlToArticle } from './io/html.js';
export type { OutputRecord } from './output/record.js';
export { createPipeline, Pipeline, type Stage } from './pipeline/pipeline.js';
export { defaultStages, Reader, type ReaderOptions } from './reader.js';
export { tuneV8, V8_FLAGS } from './runtime/tune-v8.js';
