import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { SitrepError } from '../errors.js';
import { charsetFromContentType, decodeBody } from './charset.js';
import { feedDate } from './dates.js';
import { type FeedItem, isFeed, parseFeed, readFeedFile } from './index.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'sitrep-feeds-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function pick(items: FeedItem[], index: number): Partial<FeedItem> {
  return items[index];
}

describe('parseFeed: the three feed formats', () => {
  const rss = parseFeed(fixture('rss2.xml'), 'https://example.org/feed.xml');
  const atom = parseFeed(fixture('atom.xml'), 'https://example.org/atom.xml');
  const rdf = parseFeed(fixture('rdf.xml'));

  const cases: Array<{ name: string; items: FeedItem[]; index: number; expected: Partial<FeedItem> }> = [
    {
      name: 'RSS 2.0: guid, content:encoded over description, RFC 822 date in the publisher zone',
      items: rss,
      index: 0,
      expected: {
        id: 'hsw-0001',
        title: 'Envoys meet in Muscat',
        url: 'https://example.org/2026/09/envoys-meet',
        published: '2026-09-08',
        html: '<p>Envoys met in <b>Muscat</b> on Monday &amp; agreed to meet again.</p>',
        text: null,
        outlet: 'Harbour & Strait Wire',
      },
    },
    {
      name: 'RSS 2.0: escaped HTML description, dc:date, relative link resolved, link as id',
      items: rss,
      index: 1,
      expected: {
        id: 'https://example.org/2026/09/second-incident',
        url: 'https://example.org/2026/09/second-incident',
        published: '2026-09-10',
        html: '<p>A vessel was <i>shadowed</i> near the shoal.</p>',
        text: null,
      },
    },
    {
      name: 'RSS 2.0: plain description is text; two-digit year; no guid or link gives a hash id',
      items: rss,
      index: 2,
      expected: { url: null, published: '2026-09-12', text: 'No markup here, just words.', html: null },
    },
    {
      name: 'Atom: xhtml content kept in order, alternate link chosen, published over updated',
      items: atom,
      index: 0,
      expected: {
        id: 'tag:example.org,2026:pd-17',
        title: 'Talks planned for Thursday',
        url: 'https://example.org/pd-17',
        published: '2026-09-13',
        html: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Officials said talks <em>could</em> start on Thursday.</p></div>',
        outlet: 'Pacific Desk',
      },
    },
    {
      name: 'Atom: html summary when there is no content, relative link, updated date',
      items: atom,
      index: 1,
      expected: {
        url: 'https://example.org/pd-18',
        published: '2026-09-15',
        html: '<p>A statement &amp; a denial.</p>',
        text: null,
      },
    },
    {
      name: 'Atom: text content is text',
      items: atom,
      index: 2,
      expected: { url: null, text: 'Ministers met & talked.', html: null },
    },
    {
      name: 'RDF: items beside the channel, dc:date, channel title as outlet',
      items: rdf,
      index: 0,
      expected: {
        id: 'https://example.org/lrb/1',
        title: 'Mediators arrive in Goma',
        published: '2026-09-21',
        text: 'Mediators arrived on Monday.',
        outlet: 'Lakes Region Bulletin',
      },
    },
    {
      name: 'RDF: rdf:about as link when there is no link element',
      items: rdf,
      index: 1,
      expected: {
        url: 'https://example.org/lrb/2',
        published: '2026-09-22',
        html: 'Monitors deployed <b>late</b> on Tuesday.',
      },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const item = pick(c.items, c.index);
      for (const [key, value] of Object.entries(c.expected)) {
        assert.deepEqual(item[key as keyof FeedItem], value, key);
      }
    });
  }

  test('item counts', () => {
    assert.deepEqual([rss.length, atom.length, rdf.length], [3, 3, 2]);
  });

  test('hash id is stable and distinct from other items', () => {
    const again = parseFeed(fixture('rss2.xml'), 'https://example.org/feed.xml');
    assert.match(rss[2].id, /^feed-[0-9a-f]{16}$/);
    assert.equal(again[2].id, rss[2].id);
  });
});

describe('parseFeed: bad input', () => {
  const cases: Array<{ name: string; xml: string; code: string; says: RegExp }> = [
    {
      name: 'unclosed tag',
      xml: '<rss><channel><item><title>x</channel></rss>',
      code: 'E070',
      says: /not well-formed XML \(line 1, column \d+/,
    },
    { name: 'not XML at all', xml: 'hello, world', code: 'E070', says: /not well-formed/ },
    { name: 'two roots', xml: '<rss></rss><rss></rss>', code: 'E070', says: /not well-formed/ },
    {
      name: 'XML that is not a feed',
      xml: '<html><body/></html>',
      code: 'E071',
      says: /root element <html>/,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.throws(
        () => parseFeed(c.xml, 'https://example.org/bad.xml'),
        (error: unknown) =>
          error instanceof SitrepError &&
          error.code === c.code &&
          c.says.test(error.message) &&
          error.message.includes('https://example.org/bad.xml'),
      );
    });
  }
});

describe('isFeed', () => {
  const cases: Array<[string, string, boolean]> = [
    ['RSS 2.0', fixture('rss2.xml'), true],
    ['Atom', fixture('atom.xml'), true],
    ['RDF', fixture('rdf.xml'), true],
    ['BOM and blank lines before RSS', '\uFEFF\n\n<rss version="2.0"><channel/></rss>', true],
    ['JSON Lines', '{"id":"a","text":"<rss>"}', false],
    ['HTML page', '<!DOCTYPE html><html><body><p>hi</p></body></html>', false],
    ['malformed RSS', '<rss><channel>', false],
    ['empty', '', false],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.equal(isFeed(text), expected));
  }
});

describe('feed dates', () => {
  const cases: Array<[string | null, string | null]> = [
    ['Tue, 08 Sep 2026 22:40:00 -0400', '2026-09-08'],
    ['8 Sep 2026 01:00 +1000', '2026-09-08'],
    ['Wed, 30 Sep 26 12:00:00 GMT', '2026-09-30'],
    ['Thursday, 01 October 2026 09:00:00 EST', '2026-10-01'],
    ['2026-10-20T23:59:59-07:00', '2026-10-20'],
    ['2026-10-20', '2026-10-20'],
    ['Mon, 31 Sep 2026 10:00:00 GMT', null],
    ['2026-02-30', null],
    ['not a date', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) {
    test(String(input), () => assert.equal(feedDate(input), expected));
  }
});

describe('charsets', () => {
  // "Café – naïve" in windows-1252: é=0xE9, en dash=0x96, ï=0xEF.
  const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);

  test('a windows-1252 feed file is decoded by its XML declaration', () => {
    const xml = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Le Courrier</title><item><guid>c1</guid><title>',
      ),
      cp1252,
      Buffer.from('</title><description>'),
      cp1252,
      Buffer.from('</description></item></channel></rss>'),
    ]);
    const path = join(scratch, 'cp1252.xml');
    writeFileSync(path, xml);
    const [item] = readFeedFile(path);
    assert.equal(item.title, 'Café – naïve');
    assert.equal(item.text, 'Café – naïve');
  });

  const cases: Array<{
    name: string;
    bytes: Uint8Array;
    contentType: string | null;
    kind: 'xml' | 'html';
    text: string;
    charset: string;
    warns: boolean;
  }> = [
    {
      name: 'Content-Type wins over the XML declaration',
      bytes: Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>'),
        cp1252,
        Buffer.from('</a>'),
      ]),
      contentType: 'application/rss+xml; charset="windows-1252"',
      kind: 'xml',
      text: '<?xml version="1.0" encoding="utf-8"?><a>Café – naïve</a>',
      charset: 'windows-1252',
      warns: false,
    },
    {
      name: 'HTML meta charset (koi8-r)',
      bytes: Buffer.concat([
        Buffer.from('<html><head><meta charset="koi8-r"></head><body>'),
        Buffer.from([0xe4, 0xc1]),
        Buffer.from('</body></html>'),
      ]),
      contentType: 'text/html',
      kind: 'html',
      text: '<html><head><meta charset="koi8-r"></head><body>Да</body></html>',
      charset: 'koi8-r',
      warns: false,
    },
    {
      name: 'HTML http-equiv form (shift_jis)',
      bytes: Buffer.concat([
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'),
        Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
        Buffer.from('</p>'),
      ]),
      contentType: null,
      kind: 'html',
      text: '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本</p>',
      charset: 'shift_jis',
      warns: false,
    },
    {
      name: 'UTF-8 byte-order mark beats a wrong header',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a>é</a>')]),
      contentType: 'text/xml; charset=iso-8859-1',
      kind: 'xml',
      text: '<a>é</a>',
      charset: 'utf-8',
      warns: false,
    },
    {
      name: 'unknown charset falls back to UTF-8 and says so',
      bytes: Buffer.from('<a>é</a>'),
      contentType: 'text/xml; charset=x-klingon',
      kind: 'xml',
      text: '<a>é</a>',
      charset: 'utf-8',
      warns: true,
    },
    {
      name: 'undeclared and not UTF-8: replaced and said',
      bytes: Buffer.concat([Buffer.from('<a>'), cp1252, Buffer.from('</a>')]),
      contentType: null,
      kind: 'xml',
      text: '<a>Caf\uFFFD \uFFFD na\uFFFDve</a>',
      charset: 'utf-8',
      warns: true,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const decoded = decodeBody(c.bytes, c.contentType, c.kind);
      assert.equal(decoded.text, c.text);
      assert.equal(decoded.charset, c.charset);
      assert.equal(decoded.warnings.length > 0, c.warns);
    });
  }

  test('charset parameter parsing', () => {
    assert.equal(charsetFromContentType('text/xml; Charset=ISO-8859-7'), 'ISO-8859-7');
    assert.equal(charsetFromContentType('text/xml'), null);
    assert.equal(charsetFromContentType(null), null);
  });
});

describe('fixture files and the demo feed', () => {
  test('readFeedFile reads a fixture', () => {
    const items = readFeedFile(new URL('atom.xml', FIXTURES).pathname);
    assert.equal(items.length, 3);
  });

  test('readFeedFile on a missing file is E072', () => {
    assert.throws(() => readFeedFile(join(scratch, 'missing.xml')), /E072: Cannot read feed file/);
  });

  test('data/demo/feed.xml parses into dated items with text', () => {
    const items = readFeedFile(new URL('../../../data/demo/feed.xml', import.meta.url).pathname);
    assert.ok(items.length >= 8, `only ${items.length} items`);
    for (const item of items) {
      assert.match(item.published ?? '', /^2026-(09|10)-\d{2}$/);
      assert.ok((item.text ?? item.html ?? '').length > 200, item.id);
      assert.ok(item.url?.startsWith('https://example.org/'), item.id);
    }
  });
});
