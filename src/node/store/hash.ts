/**
 * Identity of articles: an exact content hash (after normalising whitespace and case, so the
 * same text pasted twice with different line breaks is one article) and a 64-bit SimHash over
 * word shingles, so wire copies with small edits can be linked as one story.
 */
import { createHash } from 'node:crypto';

/** Lower case, one space between words, no leading/trailing space: what "the same text" means. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** SHA-256 of the normalised text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex');
}

/** A URL reduced to what identifies the page: no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|ocid$|cmpid$)/i.test(key)) u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

const SHINGLE = 3;
const MASK64 = (1n << 64n) - 1n;

/** FNV-1a over 32 bits with a chosen basis: two bases give the two halves of a 64-bit hash. */
function fnv1a32(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche so neighbouring shingles do not share low bits.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * 64-bit SimHash of the article's word 3-shingles. Near-identical texts get fingerprints a few
 * bits apart; unrelated texts differ in about 32 bits. Computed in 32-bit halves (plain numbers
 * are much cheaper than BigInt in the inner loop).
 */
export function simhash(text: string): bigint {
  const words = normalizeText(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .split(' ')
    .filter(Boolean);
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const lo = fnv1a32(shingle, 0x811c9dc5);
    const hi = fnv1a32(shingle, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      counts[b] += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] > 0) lo |= 1 << b;
    if (counts[b + 32] > 0) hi |= 1 << b;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function hamming(a: bigint, b: bigint): number {
  let x = (a ^ b) & MASK64;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Near duplicates: at most this many of the 64 bits differ. */
export const NEAR_DUPLICATE_BITS = 3;

/**
 * The four 16-bit bands of a fingerprint. Two fingerprints within 3 bits agree exactly on at
 * least one band (pigeonhole), so an index on bands finds every candidate without a scan.
 */
export function bands(hash: bigint): number[] {
  return [0, 1, 2, 3].map((i) => Number((hash >> BigInt(16 * i)) & 0xffffn));
}

/** SQLite integers are signed 64-bit: store the fingerprint as such and read it back. */
export function toSigned64(hash: bigint): bigint {
  return BigInt.asIntN(64, hash);
}

export function fromSigned64(value: bigint | number): bigint {
  return BigInt.asUintN(64, BigInt(value));
}
