/**
 * Network entry points for `sitrep ingest`: poll a feed (conditional GET, backoff) and fetch an
 * article page. Neither throws: every failure comes back as a result with a message that says
 * what went wrong and what to do.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { SitrepError } from '../errors.js';
import { failed, initialState, succeeded } from './backoff.js';
import { decodeBody } from './charset.js';
import { httpErrorHint, httpGet } from './http.js';
import { parseFeed } from './parse.js';
import type { ArticleFetchResult, FeedFetchResult, FeedState, FetchOptions } from './types.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';
const ARTICLE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function conditionalHeaders(state: FeedState): Record<string, string> {
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function redirectNotes(crossHost: string[], finalUrl: string): string[] {
  return crossHost.length > 0
    ? [`redirected to another host (${crossHost.join(', ')}); read from ${finalUrl}`]
    : [];
}

/**
 * Polls one feed. `state` is what the previous poll returned (null the first time); the returned
 * state replaces it. Does not itself wait for `nextPollAt`: the caller's scheduler decides.
 */
export async function fetchFeed(
  url: string,
  state: FeedState | null,
  options: FetchOptions,
): Promise<FeedFetchResult> {
  const before = state ?? initialState(url);
  const now = (options.now ?? (() => new Date()))();
  const error = (message: string): FeedFetchResult => ({
    status: 'error',
    items: [],
    state: failed(before, now, message),
    error: message,
  });
  try {
    const response = await httpGet(url, conditionalHeaders(before), options);
    const validators = {
      etag: header(response.headers, 'etag'),
      lastModified: header(response.headers, 'last-modified'),
    };
    const notes = redirectNotes(response.crossHost, response.finalUrl);
    if (response.status === 304) {
      return {
        status: 'not-modified',
        items: [],
        state: succeeded(before, validators, '304 not modified'),
        finalUrl: response.finalUrl,
        warnings: notes,
      };
    }
    if (response.status < 200 || response.status >= 300) {
      return error(
        new SitrepError('E078', { status: response.status, url, hint: httpErrorHint(response.status) })
          .message,
      );
    }
    const decoded = decodeBody(response.body, header(response.headers, 'content-type'), 'xml');
    const items = parseFeed(decoded.text, response.finalUrl);
    return {
      status: 'ok',
      items,
      state: succeeded(before, validators, `${response.status} ok, ${items.length} items`),
      finalUrl: response.finalUrl,
      warnings: [...notes, ...decoded.warnings],
    };
  } catch (caught) {
    return error(messageOf(caught));
  }
}

/** Fetches an article page as HTML, decoded by its declared charset; `finalUrl` is after redirects. */
export async function fetchArticle(url: string, options: FetchOptions): Promise<ArticleFetchResult> {
  try {
    const response = await httpGet(url, { accept: ARTICLE_ACCEPT }, options);
    if (response.status < 200 || response.status >= 300) {
      const hint = httpErrorHint(response.status);
      return { ok: false, error: new SitrepError('E078', { status: response.status, url, hint }).message };
    }
    const decoded = decodeBody(response.body, header(response.headers, 'content-type'), 'html');
    const warnings = [...redirectNotes(response.crossHost, response.finalUrl), ...decoded.warnings];
    return { ok: true, html: decoded.text, finalUrl: response.finalUrl, warnings };
  } catch (caught) {
    return { ok: false, error: messageOf(caught) };
  }
}
