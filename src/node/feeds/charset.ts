/**
 * Bytes to text by the declared charset. Order of authority: a byte-order mark, then the
 * Content-Type header, then the document's own declaration (XML `encoding=` for feeds,
 * `<meta charset>` for HTML pages). Node 20 ships full ICU, so TextDecoder knows the legacy
 * encodings news sites still use (windows-1252, iso-8859-x, koi8-r, shift_jis, gb18030...).
 */
import { TextDecoder } from 'node:util';

export type BodyKind = 'xml' | 'html';

export interface DecodedBody {
  text: string;
  /** The encoding actually used, as TextDecoder names it. */
  charset: string;
  warnings: string[];
}

const BOMS: ReadonlyArray<{ bytes: number[]; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];

function bomCharset(bytes: Uint8Array): string | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) return bom.label;
  }
  return null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const [key, ...rest] = part.split('=');
    if (key.trim().toLowerCase() === 'charset') {
      const value = rest
        .join('=')
        .trim()
        .replace(/^["']|["']$/g, '');
      return value === '' ? null : value;
    }
  }
  return null;
}

// Declarations are ASCII and sit at the start, so the prologue is read as latin1, which maps every
// byte to one character and so cannot fail, whatever the real encoding.
function prologue(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, length)).toString('latin1');
}

/** The `encoding` pseudo-attribute of an XML declaration. */
export function xmlDeclaredCharset(bytes: Uint8Array): string | null {
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(prologue(bytes, 512));
  return m ? m[1] : null;
}

/** `<meta charset="...">` or the http-equiv Content-Type form, within the first 4 KB as browsers do. */
export function htmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = prologue(bytes, 4096);
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return direct ? direct[1] : null;
}

// WHATWG index-windows-1252 for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20.18.3+ decodes windows-1252 (and the labels latin1, iso-8859-1 and ascii, which WHATWG
 * maps to it) as ISO-8859-1, so curly quotes and dashes come out as C1 control characters
 * (nodejs/node#60888). Mapping that range afterwards is right whether or not the runtime is fixed.
 */
function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // RangeError: a label TextDecoder does not know
  }
}

function declared(bytes: Uint8Array, contentType: string | null, kind: BodyKind): string | null {
  return (
    bomCharset(bytes) ??
    charsetFromContentType(contentType) ??
    (kind === 'xml' ? xmlDeclaredCharset(bytes) : htmlDeclaredCharset(bytes))
  );
}

export function decodeBody(bytes: Uint8Array, contentType: string | null, kind: BodyKind): DecodedBody {
  const label = declared(bytes, contentType, kind);
  const decoder = label ? decoderFor(label) : null;
  if (decoder) return { text: decode(decoder, bytes), charset: decoder.encoding, warnings: [] };
  const text = new TextDecoder('utf-8').decode(bytes);
  const warnings: string[] = [];
  if (label) {
    warnings.push(`unknown charset "${label}"; decoded as UTF-8 instead`);
  } else if (text.includes('\uFFFD')) {
    warnings.push(
      'no charset declared and the body is not valid UTF-8; decoded as UTF-8 with bad bytes replaced',
    );
  }
  return { text, charset: 'utf-8', warnings };
}
