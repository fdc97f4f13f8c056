/**
 * Poll bookkeeping. A failing feed is retried later and later (exponential backoff with jitter,
 * capped at an hour) so a broken site is not hammered; one success clears it.
 */
import type { FeedState } from './types.js';

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 60 * 60_000;

export function initialState(url: string): FeedState {
  return { url, etag: null, lastModified: null, failures: 0, nextPollAt: null, lastStatus: null };
}

/**
 * Delay after the n-th consecutive failure: min(base·2^n, 1 h), then scaled into [80 %, 100 %] of
 * that so feeds that failed together do not all retry in the same second, and the cap holds.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponential = BACKOFF_BASE_MS * 2 ** Math.min(failures, 30);
  return Math.round(Math.min(exponential, BACKOFF_MAX_MS) * (0.8 + 0.2 * random()));
}

export function failed(state: FeedState, now: Date, message: string): FeedState {
  const failures = state.failures + 1;
  const nextPollAt = new Date(now.getTime() + backoffDelay(failures)).toISOString();
  return { ...state, failures, nextPollAt, lastStatus: message };
}

/** After a 200 or 304: no backoff in force (nextPollAt null), validators kept for the next request. */
export function succeeded(
  state: FeedState,
  validators: { etag: string | null; lastModified: string | null },
  message: string,
): FeedState {
  return {
    ...state,
    etag: validators.etag ?? state.etag,
    lastModified: validators.lastModified ?? state.lastModified,
    failures: 0,
    nextPollAt: null,
    lastStatus: message,
  };
}
