/**
 * One GET with the limits a crawler needs: a deadline over the whole exchange (all redirect hops
 * and the body), a cap on the decompressed body, redirects followed by hand so that every hop
 * passes the SSRF guard, and errors as SitrepErrors whose messages say what to do.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { SitrepError } from '../errors.js';
import { checkUrl, guardedLookup } from './guard.js';
import type { FetchOptions } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'sitrep/0.1 (news event coder; +https://www.npmjs.com/package/sitrep)';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  finalUrl: string;
  /** Hops that left the starting host, for the log ("a.example -> b.example"). */
  crossHost: string[];
}

interface Limits {
  allowPrivate: boolean;
  maxBytes: number;
  maxRedirects: number;
  signal: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/** Reads the body, stopping as soon as it passes the cap (the cap applies after decompression). */
async function readCapped(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new SitrepError('E076', { url, max: maxBytes });
  }
  const stream = decompressed(response);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buffer.byteLength;
    if (total > maxBytes) {
      stream.destroy();
      response.destroy();
      throw new SitrepError('E076', { url, max: maxBytes });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Sends one request and resolves when the status line and headers are in. */
function send(url: URL, headers: Record<string, string>, limits: Limits): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers,
      signal: limits.signal,
      // No pooled keep-alive sockets: each fetch is short and should leave nothing open behind it.
      agent: false,
      lookup: limits.allowPrivate ? undefined : guardedLookup(url.href),
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function nextHop(response: IncomingMessage, current: URL): URL {
  const location = response.headers.location;
  if (!location) {
    throw new SitrepError('E079', {
      url: current.href,
      reason: `redirect ${response.statusCode} without a Location header`,
    });
  }
  try {
    return new URL(location, current);
  } catch {
    throw new SitrepError('E079', { url: current.href, reason: `redirect to an invalid URL ${location}` });
  }
}

async function follow(start: string, headers: Record<string, string>, limits: Limits): Promise<HttpResponse> {
  let current = await checkUrl(start, limits.allowPrivate);
  const crossHost: string[] = [];
  for (let hop = 0; ; hop++) {
    const response = await send(current, headers, limits);
    const status = response.statusCode ?? 0;
    if (!REDIRECTS.has(status)) {
      // Error bodies are not read: only the status matters, and they can be large.
      const ok = status >= 200 && status < 300;
      const body = ok ? await readCapped(response, current.href, limits.maxBytes) : Buffer.alloc(0);
      if (!ok) response.destroy();
      return { status, headers: response.headers, body, finalUrl: current.href, crossHost };
    }
    response.destroy();
    if (hop >= limits.maxRedirects) throw new SitrepError('E077', { url: start, max: limits.maxRedirects });
    const next = nextHop(response, current);
    if (next.hostname !== current.hostname) crossHost.push(`${current.hostname} -> ${next.hostname}`);
    current = await checkUrl(next.href, limits.allowPrivate);
  }
}

function asSitrepError(error: unknown, url: string, timedOut: boolean, timeoutMs: number): SitrepError {
  if (timedOut) return new SitrepError('E075', { url, ms: timeoutMs });
  if (error instanceof SitrepError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message ?? String(error);
  return new SitrepError('E079', { url, reason: code ? `${code} (${message})` : message });
}

/** GET `url` within the options' limits. Throws SitrepError (E073–E079); HTTP error statuses are returned. */
export async function httpGet(
  url: string,
  headers: Record<string, string>,
  options: FetchOptions,
): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const limits: Limits = {
    allowPrivate: options.allowPrivate,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    signal: controller.signal,
  };
  const allHeaders = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    'accept-encoding': 'gzip, deflate, br',
    ...headers,
  };
  try {
    return await follow(url, allHeaders, limits);
  } catch (error) {
    throw asSitrepError(error, url, controller.signal.aborted, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** A message for an HTTP error status that says what to do about it. */
export function httpErrorHint(status: number): string {
  if (status === 401 || status === 403)
    return 'The server refuses access; the feed may need a login or block robots.';
  if (status === 404 || status === 410)
    return 'The address is gone; check it on the site and update the feed list.';
  if (status === 429) return 'The server asks for fewer requests; sitrep backs off and tries later.';
  if (status >= 500) return 'The server failed; sitrep backs off and tries again later.';
  return 'Check the address.';
}
