/**
 * The one error type sitrep throws on purpose. Each code has a template that says what went
 * wrong and how to fix it, so a message read in a log is enough to act on.
 */
export const ERROR_TEMPLATES = {
  E001: 'No stage named "{name}" in the pipeline. Available: {options}.',
  E002: 'Stage "{stage}" needs "{needs}", which no earlier stage assigns. Put a stage that assigns it first.',
  E003: 'Stage "{stage}" failed on document {doc}: {reason}. This is a bug in sitrep; please report it with the article. The other documents of the batch are not affected.',
  E010: 'Cannot read data file {file}: {reason}. Reinstall sitrep or restore the file from the repository.',
  E011: 'Bad row in data file {file} line {line}: {reason}. Fix that line (see the header of the file for the columns).',
  E020: 'Input line {line} is not valid JSON: {reason}.',
  E021: 'Input line {line} has no "text" string. Each JSON line needs at least {"text": "..."}.',
  E022: 'Input file {file} cannot be read: {reason}.',
  E023: 'Input line {line} has an invalid "published" value {value}: use an ISO date such as 2026-02-02.',
  E030: 'Unknown option {option}. Run "sitrep --help" for the list.',
  E031: 'Missing argument: {what}. Run "sitrep --help" for usage.',
  E040: 'Model file {file} is missing or corrupt ({reason}). Rebuild it with "npm run train:syntax" or restore it from the repository.',
  E041: 'The neural parser needs the package onnxruntime-node, which does not load ({reason}). Reinstall with "npm ci", or choose the linear parser (--parser linear, SITREP_PARSER=linear).',
  E042: 'Unknown parser {value}: choose "linear" or "neural".',
  E043: 'Neural parser file {file} is missing or corrupt ({reason}). Rebuild it with "npm run train:syntax:neural", restore it from the repository, or choose the linear parser (--parser linear).',
  E070: 'Feed {source} is not well-formed XML ({reason}). Check that the URL or file is an RSS or Atom feed and not an HTML page; if it is the feed, the publisher has to fix it.',
  E071: 'Feed {source} is XML but not RSS 2.0, RSS 1.0 (RDF) or Atom (root element <{root}>). Use the feed address itself, usually linked from the site as application/rss+xml or application/atom+xml.',
  E072: 'Cannot read feed file {file}: {reason}. Check the path and that the file is readable.',
  E073: 'Refused {url}: {host} resolves to {address}, a {rule} address (SSRF guard). Only public addresses are fetched by default; pass --allow-private if this host is one you trust.',
  E074: 'Refused {url}: only http: and https: URLs are fetched, not {scheme}. Give a web address.',
  E075: 'Fetching {url} timed out after {ms} ms. Try again later, or raise the timeout if the server is known to be slow.',
  E076: 'Response from {url} is larger than the {max}-byte cap; it was cut off and not used. Check that the URL is a feed or article, or raise the size cap.',
  E077: 'Fetching {url} needed more than {max} redirects. The site may be in a redirect loop; use the final address directly.',
  E078: 'HTTP {status} from {url}. {hint}',
  E079: 'Cannot fetch {url}: {reason}. Check the address and that the server is reachable.',
  E050: 'Cannot open the database {file}: {reason}. Check the path and permissions, or pass another file with --db PATH.',
  E051: 'No database at {file} ({reason}). Create it first with "sitrep ingest FILE --db {file}".',
  E052: 'The database {file} has schema version {version}, newer than this sitrep supports ({supported}). Upgrade sitrep.',
  E053: 'Bad --dyad value {value}: write SOURCE:TARGET, e.g. --dyad USA:IRN.',
  E054: 'Bad date {value} for {option}: use an ISO date such as 2026-02-02.',
  E055: 'Cannot read ingest input {input}: {reason}. Check the path, or give an http(s) URL of a feed.',
} as const;

export type ErrorCode = keyof typeof ERROR_TEMPLATES;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, details: Record<string, string | number> = {}) {
    super(`${code}: ${fillTemplate(ERROR_TEMPLATES[code], details)}`);
    this.name = 'SitrepError';
    this.code = code;
    this.details = details;
  }
}

function fillTemplate(template: string, details: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in details ? String(details[key]) : whole,
  );
}
