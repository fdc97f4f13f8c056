/** Shapes shared by the feed parser, the fetcher and their caller (`sitrep ingest`). */

export interface FeedItem {
  id: string;
  title: string | null;
  url: string | null;
  /** ISO date YYYY-MM-DD, or null when the feed gives none that can be read. */
  published: string | null;
  /** Plain text when the feed gives only text; null when it gives HTML (see `html`). */
  text: string | null;
  /** The item body as HTML (content:encoded, Atom content, or description); the caller converts it. */
  html: string | null;
  outlet: string | null;
}

/** What the caller keeps per feed between polls, so requests can be conditional and failures back off. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  /** ISO datetime before which the feed should not be polled again; null when no backoff is in force. */
  nextPollAt: string | null;
  lastStatus: string | null;
}

export interface FetchOptions {
  /** Fetch private, loopback and other non-public addresses (the `--allow-private` flag). */
  allowPrivate: boolean;
  /** Whole-request deadline, headers and body together. Default 15000. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Clock for backoff arithmetic; tests pin it. */
  now?: () => Date;
}

export interface FeedFetchResult {
  status: 'ok' | 'not-modified' | 'error';
  items: FeedItem[];
  state: FeedState;
  error?: string;
  /** The address the feed was finally read from, after redirects. */
  finalUrl?: string;
  /** Things worth logging that did not stop the fetch: cross-host redirects, charset fallbacks. */
  warnings?: string[];
}

export type ArticleFetchResult =
  | { ok: true; html: string; finalUrl: string; warnings?: string[] }
  | { ok: false; error: string };
