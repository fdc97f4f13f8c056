#!/usr/bin/env node
/**
 * The sitrep command line: a thin shell that parses flags, calls the library, and turns errors
 * into one line on stderr and an exit code (0 all processed, 1 some inputs failed, 2 usage).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExtractFormat, extractCommand } from './commands/extract.js';
import { describeLoad } from './dictionaries.js';
import { SitrepError } from './errors.js';
import { Reader } from './reader.js';
import { tuneV8 } from './runtime/tune-v8.js';

const HELP = `sitrep — reads news into who did what to whom, who said so, and when

Usage
  sitrep extract FILE... [options]   articles → output records
      FILE is a .txt or .html article, a .jsonl file of articles, or - for JSON Lines on stdin
      --format summary|json|jsonl    default: summary for one article, jsonl for JSON Lines
      --published YYYY-MM-DD         publication date of a text/HTML article (resolves "Sunday")
      --title TEXT  --outlet NAME  --id ID
      --actors FILE  --agents FILE  --verbs FILE   analysts' Phoenix/PETRARCH dictionaries, on top
                                     of sitrep's own (repeatable); --replace-dictionaries: instead
      --parser linear|neural         which dependency parser (default linear, or SITREP_PARSER);
                                     neural is more accurate, a little slower
  sitrep parse [--conllu] FILE       CoNLL-U parse of raw text, or of a CoNLL-U file's tokens
      --parser linear|neural         as for extract
  sitrep ingest PATH|URL... [options] articles and feeds → the monitor's database
      PATH is a .txt/.html article, a .jsonl file, an RSS/Atom file, or a folder of them;
      URL is an RSS/Atom feed. Already stored articles (same text or URL) are skipped.
      --db PATH              database file (default ./sitrep.db; created if missing)
      --watch                keep polling the feed URLs  --interval SECONDS (default 300)
      --fetch-articles       fetch each feed item's page for its full text
      --allow-private        allow feed/article URLs on private or loopback addresses
      --batch N              articles per transaction (default 100)
      --workers N            extraction threads (default: one per core; 0 = in process)
  sitrep export --format gdelt|icews|plover|csv|jsonl [options]   merged events → stdout
      --db PATH  --dyad SRC:TGT (e.g. USA:IRN)  --actor CODE  --code CAMEO-PREFIX (e.g. 19)
      --from YYYY-MM-DD  --to YYYY-MM-DD  --factuality asserted|negated|hypothetical|future|any
      (default asserted)  --header (column names for gdelt/icews; csv always has them)
      Country codes are ISO 3166-1 alpha-3 throughout, also in GDELT's columns where GDELT
      itself uses FIPS 10-4; GDELT's AvgTone and geo ADM codes are left empty.
  sitrep serve [options]            the dashboard and JSON API (OpenAPI at /openapi.json)
      --db PATH              database file (default ./sitrep.db)
      --port N               default 8080 (0: any free port)  --host ADDR (default 127.0.0.1)
      --alerts FILE          alert rules (default ./sitrep.alerts.json when present)
      --seed FILE            ingest FILE first when the database is empty (npm start: the demo)
      SITREP_TOKEN=...       enables POST /api/articles with "Authorization: Bearer ..."
  sitrep --version | --help

Examples
  sitrep extract article.txt --published 2026-02-02
  sitrep extract articles.jsonl > out.jsonl
  sitrep ingest data/demo/articles.jsonl && sitrep export --format gdelt --dyad USA:IRN
`;

const FORMATS: readonly ExtractFormat[] = ['summary', 'json', 'jsonl'];

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'parse') return parse(rest);
  if (command === 'ingest') return ingest(rest);
  if (command === 'export') return exportEvents(rest);
  if (command === 'serve') return serveDashboard(rest);
  throw new SitrepError('E030', { option: command });
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    id: { type: 'string' },
    actors: { type: 'string', multiple: true },
    agents: { type: 'string', multiple: true },
    verbs: { type: 'string', multiple: true },
    'replace-dictionaries': { type: 'boolean' },
    parser: { type: 'string' },
  });
  if (positionals.length === 0) throw new SitrepError('E031', { what: 'an input FILE (or - for stdin)' });
  await chooseParser(typeof values.parser === 'string' ? values.parser : undefined);
  const format = values.format as string | undefined;
  if (format !== undefined && !FORMATS.includes(format as ExtractFormat)) {
    throw new SitrepError('E030', { option: `--format ${format} (use ${FORMATS.join(', ')})` });
  }
  const dictionaries = {
    actors: values.actors as string[] | undefined,
    agents: values.agents as string[] | undefined,
    verbs: values.verbs as string[] | undefined,
    replace: values['replace-dictionaries'] === true,
  };
  const custom = Boolean(dictionaries.actors ?? dictionaries.agents ?? dictionaries.verbs);
  const reader = new Reader(custom ? { dictionaries } : {});
  for (const l of reader.dictionaryLoads) process.stderr.write(`sitrep: ${describeLoad(l)}\n`);
  const result = await extractCommand(reader, {
    inputs: positionals,
    format: (format as ExtractFormat | undefined) ?? null,
    published: (values.published as string | undefined) ?? null,
    title: (values.title as string | undefined) ?? null,
    outlet: (values.outlet as string | undefined) ?? null,
    id: (values.id as string | undefined) ?? null,
    out: process.stdout,
    stdin: process.stdin,
  });
  if (result.errors > 0) {
    process.stderr.write(
      `sitrep: ${result.errors} input(s) could not be processed; see their error records.\n`,
    );
    return 1;
  }
  return 0;
}

async function parse(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    conllu: { type: 'boolean' },
    parser: { type: 'string' },
  });
  if (positionals.length !== 1) throw new SitrepError('E031', { what: 'one input FILE' });
  await chooseParser(typeof values.parser === 'string' ? values.parser : undefined);
  // Loaded lazily: the parser's model is only read when someone asks for a parse.
  const { parseCommand } = await import('./commands/parse.js');
  await parseCommand({ file: positionals[0], conllu: values.conllu === true, out: process.stdout });
  return 0;
}

/**
 * --parser linear|neural: checked here (E042), and passed on as SITREP_PARSER, which the syntax
 * stage reads wherever it is loaded (also in ingest's worker threads).
 */
async function chooseParser(value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const { parserChoice } = await import('./stages/02-syntax/index.js');
  process.env.SITREP_PARSER = parserChoice(value);
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    db: { type: 'string' },
    watch: { type: 'boolean' },
    interval: { type: 'string' },
    'fetch-articles': { type: 'boolean' },
    'allow-private': { type: 'boolean' },
    batch: { type: 'string' },
    workers: { type: 'string' },
  });
  if (positionals.length === 0) throw new SitrepError('E031', { what: 'a PATH or feed URL to ingest' });
  const { availableParallelism } = await import('node:os');
  const workers = Number(values.workers ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 0)
    throw new SitrepError('E030', { option: `--workers ${values.workers} (a count, >= 0)` });
  const interval = Number(values.interval ?? 300);
  const batch = Number(values.batch ?? 100);
  if (!(interval > 0))
    throw new SitrepError('E030', { option: `--interval ${values.interval} (seconds, > 0)` });
  if (!Number.isInteger(batch) || batch < 1)
    throw new SitrepError('E030', { option: `--batch ${values.batch} (a count, >= 1)` });
  // Loaded lazily: the database driver and the reader's data only when ingesting.
  const { ingestCommand } = await import('./commands/ingest.js');
  const { SqliteStore } = await import('./store/sqlite.js');
  const { ExtractPool } = await import('./store/extract-pool.js');
  const store = new SqliteStore((values.db as string | undefined) ?? 'sitrep.db');
  // Workers read while the main thread writes; 0 reads in process (one core, or debugging).
  let pool: InstanceType<typeof ExtractPool> | null = null;
  const extractor = () => {
    if (workers === 0) return new Reader();
    pool = new ExtractPool(workers);
    return pool;
  };
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await ingestCommand(store, extractor, {
      inputs: positionals,
      watch: values.watch === true,
      intervalSeconds: interval,
      fetchArticles: values['fetch-articles'] === true,
      allowPrivate: values['allow-private'] === true,
      batchSize: batch,
      progress: process.stderr.isTTY ? 'bar' : 'log',
      log: process.stderr,
      signal: stop.signal,
    });
    if (process.stderr.isTTY) {
      process.stderr.write(
        `sitrep: ${summary.read} read, ${summary.stored} stored, ${summary.duplicates} already stored, ` +
          `${summary.newMergedEvents} new events, ${summary.problems} problem(s) (${summary.articlesPerSecond} articles/s).\n`,
      );
    }
    return summary.problems > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await (pool as InstanceType<typeof ExtractPool> | null)?.close();
    store.close();
  }
}

async function exportEvents(args: string[]): Promise<number> {
  const { values } = parseFlags(args, {
    db: { type: 'string' },
    format: { type: 'string' },
    header: { type: 'boolean' },
    dyad: { type: 'string' },
    actor: { type: 'string' },
    code: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    factuality: { type: 'string' },
  });
  if (values.format === undefined)
    throw new SitrepError('E031', { what: '--format gdelt|icews|plover|csv|jsonl' });
  const { exportCommand } = await import('./commands/export.js');
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  await exportCommand({
    db: text(values.db) ?? 'sitrep.db',
    format: String(values.format),
    header: values.header === true,
    dyad: text(values.dyad),
    actor: text(values.actor),
    code: text(values.code),
    from: text(values.from),
    to: text(values.to),
    factuality: text(values.factuality),
    out: process.stdout,
  });
  return 0;
}

async function serveDashboard(args: string[]): Promise<number> {
  const { values } = parseFlags(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    alerts: { type: 'string' },
    seed: { type: 'string' },
  });
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SitrepError('E030', { option: `--port ${values.port} (0-65535)` });
  // Loaded lazily: the web server only when serving.
  const { serveCommand } = await import('./commands/serve.js');
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const server = await serveCommand({
    db: text(values.db) ?? 'sitrep.db',
    port,
    host: text(values.host) ?? '127.0.0.1',
    alerts: text(values.alerts),
    seed: text(values.seed),
    out: process.stdout,
  });
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return 0;
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

function parseFlags(args: string[], options: FlagSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new SitrepError('E030', { option: (error as Error).message.replace(/^.*?'(.+?)'.*$/s, '$1') });
  }
}

// Before any work, so every stage is optimised under it (see runtime/tune-v8.ts).
tuneV8();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof SitrepError && (error.code === 'E030' || error.code === 'E031');
    process.stderr.write(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
