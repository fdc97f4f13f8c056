/**
 * News feeds for `sitrep ingest`: parse RSS 2.0, RSS 1.0 (RDF) and Atom; poll feeds with
 * conditional requests and backoff; fetch article pages. Network access is guarded against
 * private addresses (SSRF) unless the caller passes `allowPrivate` (the --allow-private flag).
 */
export { backoffDelay, initialState } from './backoff.js';
export { fetchArticle, fetchFeed } from './fetch.js';
export { blockedRule } from './guard.js';
export { isFeed, parseFeed, readFeedFile } from './parse.js';
export type {
  ArticleFetchResult,
  FeedFetchResult,
  FeedItem,
  FeedState,
  FetchOptions,
} from './types.js';
