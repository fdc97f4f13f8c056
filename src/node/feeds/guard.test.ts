import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkUrl, guardedLookup } from './guard.js';
import { backoffDelay, blockedRule } from './index.js';

describe('blockedRule: address ranges', () => {
  const cases: Array<[string, string | null]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private (RFC 1918)'],
    ['172.16.0.1', 'private (RFC 1918)'],
    ['172.31.255.255', 'private (RFC 1918)'],
    ['172.32.0.1', null],
    ['192.168.10.10', 'private (RFC 1918)'],
    ['100.64.0.1', 'carrier-grade NAT (RFC 6598)'],
    ['100.128.0.1', null],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved (including broadcast)'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'unique local (IPv6 ULA)'],
    ['fc00::1', 'unique local (IPv6 ULA)'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private (RFC 1918)'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:c0a8:0101::1', 'private (RFC 1918)'],
    ['[::1]', 'loopback'],
    ['2606:4700:4700::1111', null],
    ['2001:db8::1', 'reserved (documentation)'],
    ['not-an-ip', null],
  ];
  for (const [address, rule] of cases) {
    test(address, () => assert.equal(blockedRule(address), rule));
  }
});

describe('checkUrl: refusals name the rule and the flag', () => {
  const cases: Array<{ url: string; says: RegExp }> = [
    { url: 'http://127.0.0.1:9/feed', says: /E073: .*127\.0\.0\.1, a loopback address .*--allow-private/ },
    {
      url: 'http://localhost:9/feed',
      says: /E073: .*localhost resolves to 127\.0\.0\.1, a loopback address/,
    },
    { url: 'http://[::1]:9/', says: /E073: .*a loopback address/ },
    { url: 'http://2130706433/', says: /E073: .*127\.0\.0\.1/ }, // the URL parser normalises decimal IPv4
    { url: 'http://0x7f.1/', says: /E073: .*127\.0\.0\.1/ },
    { url: 'http://169.254.169.254/latest/meta-data/', says: /link-local/ },
    { url: 'http://[::ffff:192.168.0.1]/', says: /private \(RFC 1918\)/ },
    { url: 'file:///etc/passwd', says: /E074: .*only http: and https: URLs/ },
    { url: 'gopher://127.0.0.1/', says: /E074/ },
    { url: 'not a url', says: /E079: .*not a valid absolute URL/ },
  ];
  for (const c of cases) {
    test(c.url, async () => {
      await assert.rejects(checkUrl(c.url, false), c.says);
    });
  }

  test('allowPrivate lets loopback through', async () => {
    assert.equal((await checkUrl('http://127.0.0.1:9/feed', true)).hostname, '127.0.0.1');
  });

  test('the connect-time lookup refuses a name that resolves to loopback', async () => {
    const lookup = guardedLookup('http://localhost/');
    const outcome = await new Promise<Error | null>((resolve) =>
      lookup('localhost', {}, (error: Error | null) => resolve(error)),
    );
    assert.match(outcome?.message ?? '', /E073: .*loopback/);
  });
});

describe('backoffDelay', () => {
  const minute = 60_000;
  const cases: Array<{ failures: number; random: number; ms: number }> = [
    { failures: 1, random: 1, ms: 2 * minute },
    { failures: 2, random: 1, ms: 4 * minute },
    { failures: 5, random: 1, ms: 32 * minute },
    { failures: 6, random: 1, ms: 60 * minute },
    { failures: 40, random: 1, ms: 60 * minute },
    { failures: 1, random: 0, ms: 0.8 * 2 * minute },
    { failures: 9, random: 0, ms: 0.8 * 60 * minute },
  ];
  for (const c of cases) {
    test(`${c.failures} failures, jitter ${c.random}`, () => {
      assert.equal(
        backoffDelay(c.failures, () => c.random),
        c.ms,
      );
    });
  }
});
