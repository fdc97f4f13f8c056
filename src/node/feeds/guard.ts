/**
 * SSRF guard. A feed list or an article link is text from outside; fetching whatever it names
 * would let it reach the machine's own services or the local network. Only http(s) to public
 * addresses is allowed unless the user passes --allow-private. Every address a host resolves to
 * is checked before the request, and again at connect time through the socket's `lookup`, so a
 * DNS answer that changes between the two (rebinding) is caught too.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { SitrepError } from '../errors.js';

interface Range {
  family: 4 | 6;
  base: string;
  bits: number;
  rule: string;
}

// The ranges a fetch from a server must never reach by default (IANA special-purpose registries).
const RANGES: readonly Range[] = [
  { family: 4, base: '0.0.0.0', bits: 8, rule: 'unspecified ("this network")' },
  { family: 4, base: '10.0.0.0', bits: 8, rule: 'private (RFC 1918)' },
  { family: 4, base: '100.64.0.0', bits: 10, rule: 'carrier-grade NAT (RFC 6598)' },
  { family: 4, base: '127.0.0.0', bits: 8, rule: 'loopback' },
  { family: 4, base: '169.254.0.0', bits: 16, rule: 'link-local' },
  { family: 4, base: '172.16.0.0', bits: 12, rule: 'private (RFC 1918)' },
  { family: 4, base: '192.0.0.0', bits: 24, rule: 'reserved (IETF protocol assignments)' },
  { family: 4, base: '192.0.2.0', bits: 24, rule: 'reserved (documentation)' },
  { family: 4, base: '192.168.0.0', bits: 16, rule: 'private (RFC 1918)' },
  { family: 4, base: '198.18.0.0', bits: 15, rule: 'reserved (benchmarking)' },
  { family: 4, base: '198.51.100.0', bits: 24, rule: 'reserved (documentation)' },
  { family: 4, base: '203.0.113.0', bits: 24, rule: 'reserved (documentation)' },
  { family: 4, base: '224.0.0.0', bits: 4, rule: 'multicast' },
  { family: 4, base: '240.0.0.0', bits: 4, rule: 'reserved (including broadcast)' },
  { family: 6, base: '::', bits: 128, rule: 'unspecified' },
  { family: 6, base: '::1', bits: 128, rule: 'loopback' },
  { family: 6, base: '100::', bits: 64, rule: 'reserved (discard-only)' },
  { family: 6, base: '2001:db8::', bits: 32, rule: 'reserved (documentation)' },
  { family: 6, base: 'fc00::', bits: 7, rule: 'unique local (IPv6 ULA)' },
  { family: 6, base: 'fe80::', bits: 10, rule: 'link-local' },
  { family: 6, base: 'fec0::', bits: 10, rule: 'site-local (deprecated)' },
  { family: 6, base: 'ff00::', bits: 8, rule: 'multicast' },
];

function ipv4Value(address: string): bigint {
  return address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

/** 128-bit value of an IPv6 address, including the "::" shorthand and a dotted IPv4 tail. */
function ipv6Value(address: string): bigint {
  let text = address.split('%')[0]; // a zone id (fe80::1%eth0) names an interface, not address bits
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Value(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === null ? [] : new Array(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].reduce(
    (acc, group) => (acc << 16n) | BigInt(Number.parseInt(group, 16)),
    0n,
  );
}

function inRange(value: bigint, family: 4 | 6, range: Range): boolean {
  const width = family === 4 ? 32 : 128;
  const shift = BigInt(width - range.bits);
  const base = family === 4 ? ipv4Value(range.base) : ipv6Value(range.base);
  return value >> shift === base >> shift;
}

function v4FromBits(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

// IPv6 forms that carry an IPv4 address and may reach it: mapped (::ffff:a.b.c.d), the old
// compatible form (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). They are judged by the
// IPv4 address inside.
function embeddedIpv4(value: bigint): string | null {
  if (value >> 32n === 0n) return v4FromBits(value);
  if (value >> 32n === 0xffffn) return v4FromBits(value & 0xffffffffn);
  if (value >> 32n === 0x64ff9b0000000000000000n) return v4FromBits(value & 0xffffffffn);
  if (value >> 112n === 0x2002n) return v4FromBits((value >> 80n) & 0xffffffffn);
  return null;
}

/** The rule a literal IP address breaks ("loopback", "private (RFC 1918)", ...), or null if public. */
export function blockedRule(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.split('%')[0]);
  if (family === 4) {
    const value = ipv4Value(bare);
    return RANGES.find((r) => r.family === 4 && inRange(value, 4, r))?.rule ?? null;
  }
  if (family !== 6) return null;
  const value = ipv6Value(bare);
  const direct = RANGES.find((r) => r.family === 6 && inRange(value, 6, r));
  if (direct) return direct.rule;
  const inner = embeddedIpv4(value);
  return inner ? blockedRule(inner) : null;
}

/** Scheme check; throws E074 for anything but http(s), E079 for text that is not a URL. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SitrepError('E079', { url: raw, reason: 'not a valid absolute URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SitrepError('E074', { url: raw, scheme: url.protocol });
  }
  return url;
}

function refuse(url: string, host: string, address: string, rule: string): SitrepError {
  return new SitrepError('E073', { url, host, address, rule });
}

/**
 * Resolves the URL's host and throws E073 if any of its addresses is non-public (unless
 * `allowPrivate`). Checking every address, not just the first, stops a host that lists one public
 * and one private address from getting through on the second try.
 */
export async function checkUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = parseHttpUrl(raw);
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await dnsLookupAsync(host, { all: true })).map((entry) => entry.address);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new SitrepError('E079', { url: raw, reason: `cannot resolve ${host} (${code})` });
    }
  }
  for (const address of addresses) {
    const rule = blockedRule(address);
    if (rule) throw refuse(raw, host, address, rule);
  }
  return url;
}

/** A socket `lookup` that refuses non-public answers at connect time (see the header comment). */
export function guardedLookup(url: string): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, entries: LookupAddress[]) => {
      if (error) return callback(error, '');
      const bad = entries.find((entry) => blockedRule(entry.address) !== null);
      if (bad) return callback(refuse(url, hostname, bad.address, blockedRule(bad.address) ?? ''), '');
      if (options.all) return callback(null, entries);
      const chosen = entries[0];
      return chosen ? callback(null, chosen.address, chosen.family) : callback(null, entries);
    });
  };
}
