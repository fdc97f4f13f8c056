/**
 * RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 to FeedItems, with fast-xml-parser doing the XML.
 * The parser is pure JavaScript with no install scripts, validates well-formedness with line and
 * column, and caps entity expansion, so a hostile feed cannot blow up memory.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SitrepError } from '../errors.js';
import { decodeBody } from './charset.js';
import { feedDate } from './dates.js';
import type { FeedItem } from './types.js';

type XmlNode = Record<string, unknown>;
type FeedKind = 'rss' | 'rdf' | 'atom';

const REPEATED = new Set(['item', 'entry', 'link']);

const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Values stay strings: a title "2026" or a guid "0012" must not turn into numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Feeds written by hand use HTML entities such as &nbsp; without declaring them.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name: string) => REPEATED.has(name),
} as const;

// Atom bodies may be inline XHTML, which the object form would reorder; kept raw, then decoded per type.
const parser = new XMLParser({ ...OPTIONS, stopNodes: ['*.entry.content', '*.entry.summary'] });
const fragmentParser = new XMLParser({ parseTagValue: false, trimValues: true, htmlEntities: true });

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text of an element, whether it came back as a string or as a node with attributes. */
function textOf(value: unknown): string | null {
  const v = first(value);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isNode(v)) {
    if ('#text' in v) return textOf(v['#text']);
    // Markup inside an element we did not keep raw (an XHTML title): join its text leaves.
    const parts = Object.entries(v)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, child]) => textOf(child))
      .filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return null;
}

function attr(value: unknown, name: string): string | null {
  const v = first(value);
  return isNode(v) && typeof v[`@_${name}`] === 'string' ? (v[`@_${name}`] as string) : null;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function rootOf(doc: XmlNode): { kind: FeedKind | null; name: string; node: XmlNode } {
  const name = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#')) ?? '';
  const node = isNode(doc[name]) ? (doc[name] as XmlNode) : {};
  const local = localName(name);
  const kind = local === 'rss' ? 'rss' : local === 'RDF' ? 'rdf' : local === 'feed' ? 'atom' : null;
  return { kind, name, node };
}

function parseDocument(xml: string, source: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new SitrepError('E070', { source, reason: `line ${line}, column ${col}: ${msg}` });
  }
  const doc: unknown = parser.parse(xml);
  if (!isNode(doc)) throw new SitrepError('E070', { source, reason: 'no root element' });
  return doc;
}

/** Decodes a body kept raw by the stop-node option: entities and CDATA, as the XML means them. */
function decodeRaw(raw: string): string {
  const parsed: unknown = fragmentParser.parse(`<x>${raw}</x>`);
  return isNode(parsed) ? (textOf(parsed.x) ?? '') : raw;
}

function looksLikeMarkup(text: string): boolean {
  return /<[a-zA-Z][^>]*>|<\/[a-zA-Z]+>|&[a-zA-Z]+;|&#\d+;/.test(text);
}

/** HTML bodies go to `html` for the caller to convert; bodies with no markup are plain text already. */
function body(value: string | null): Pick<FeedItem, 'text' | 'html'> {
  if (value === null) return { text: null, html: null };
  return looksLikeMarkup(value) ? { text: null, html: value } : { text: value, html: null };
}

function atomBody(value: unknown): Pick<FeedItem, 'text' | 'html'> {
  const v = first(value);
  if (v === undefined) return { text: null, html: null };
  const raw = isNode(v) ? (typeof v['#text'] === 'string' ? v['#text'] : '') : String(v);
  const type = (attr(v, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return raw.trim() ? { text: null, html: raw.trim() } : { text: null, html: null };
  const decoded = decodeRaw(raw).trim();
  if (decoded === '') return { text: null, html: null };
  return type === 'html' || type.includes('html')
    ? { text: null, html: decoded }
    : { text: decoded, html: null };
}

function resolveUrl(link: string | null, base: string | undefined): string | null {
  if (link === null) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link; // relative link and no base to resolve it against: keep what the feed said
  }
}

/** Fallback id when an item has neither guid nor link: stable across polls for the same item. */
function hashId(title: string | null, published: string | null): string {
  return `feed-${createHash('sha256')
    .update(`${title ?? ''}\u0000${published ?? ''}`)
    .digest('hex')
    .slice(0, 16)}`;
}

function makeItem(fields: Omit<FeedItem, 'id'> & { guid: string | null }): FeedItem {
  const { guid, ...rest } = fields;
  return { id: guid ?? rest.url ?? hashId(rest.title, rest.published), ...rest };
}

function rssItem(item: XmlNode, outlet: string | null, base: string | undefined): FeedItem {
  const url = resolveUrl(textOf(item.link) ?? attr(item, 'rdf:about'), base);
  return makeItem({
    guid: textOf(item.guid),
    title: textOf(item.title),
    url,
    published: feedDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    ...body(textOf(item['content:encoded']) ?? textOf(item.description)),
    outlet,
  });
}

function atomLink(links: unknown, base: string | undefined): string | null {
  const candidates = asList(links);
  const alternate =
    candidates.find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate') ?? candidates[0];
  return resolveUrl(attr(alternate, 'href'), base);
}

function atomEntry(entry: XmlNode, outlet: string | null, base: string | undefined): FeedItem {
  const content = atomBody(entry.content);
  return makeItem({
    guid: textOf(entry.id),
    title: textOf(entry.title),
    url: atomLink(entry.link, base),
    published: feedDate(textOf(entry.published) ?? textOf(entry.updated)),
    ...((content.text ?? content.html) !== null ? content : atomBody(entry.summary)),
    outlet,
  });
}

function nodes(value: unknown): XmlNode[] {
  return asList(value).filter(isNode);
}

function itemsOf(kind: FeedKind, root: XmlNode, base: string | undefined): FeedItem[] {
  if (kind === 'atom') {
    const outlet = textOf(root.title);
    return nodes(root.entry).map((entry) => atomEntry(entry, outlet, base));
  }
  const channel = isNode(first(root.channel)) ? (first(root.channel) as XmlNode) : {};
  const outlet = textOf(channel.title);
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it under rdf:RDF.
  const items = kind === 'rss' ? nodes(channel.item) : [...nodes(root.item), ...nodes(channel.item)];
  return items.map((item) => rssItem(item, outlet, base));
}

/** Whether `text` is an RSS or Atom document (any malformed or other XML, or non-XML, is not). */
export function isFeed(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('<')) return false;
  try {
    return rootOf(parseDocument(trimmed, 'input')).kind !== null;
  } catch {
    return false;
  }
}

/**
 * Items of an RSS 2.0, RSS 1.0 or Atom document. `sourceUrl` names the feed in errors and is the
 * base for relative links. Throws SitrepError E070 (not well-formed) or E071 (not a feed).
 */
export function parseFeed(xml: string, sourceUrl?: string): FeedItem[] {
  return parseFrom(xml, sourceUrl ?? 'input', sourceUrl);
}

function parseFrom(xml: string, source: string, base: string | undefined): FeedItem[] {
  const doc = parseDocument(xml.replace(/^\uFEFF/, '').trimStart(), source);
  const { kind, name, node } = rootOf(doc);
  if (kind === null) throw new SitrepError('E071', { source, root: name || '(none)' });
  return itemsOf(kind, node, base);
}

/** A feed file on disk, decoded by its XML declaration (feed files carry no Content-Type). */
export function readFeedFile(path: string): FeedItem[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SitrepError('E072', { file: path, reason: (error as Error).message });
  }
  return parseFrom(decodeBody(bytes, null, 'xml').text, path, undefined);
}
