#!/usr/bin/env node
/**
 * The sitrep command line: a thin shell that parses flags, calls the library, and turns errors
 * into one line on stderr and an exit code (0 all processed, 1 some inputs failed, 2 usage).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExtractFormat, extractCommand } from './commands/extract.js';
import { SitrepError } from './errors.js';
import { Reader } from './reader.js';

const HELP = `sitrep — reads news into who did what to whom, who said so, and when

Usage
  sitrep extract FILE... [options]   articles → output records
      FILE is a .txt or .html article, a .jsonl file of articles, or - for JSON Lines on stdin
      --format summary|json|jsonl    default: summary for one article, jsonl for JSON Lines
      --published YYYY-MM-DD         publication date of a text/HTML article (resolves "Sunday")
      --title TEXT  --outlet NAME  --id ID
  sitrep parse [--conllu] FILE       CoNLL-U parse of raw text, or of a CoNLL-U file's tokens
  sitrep --version | --help

Examples
  sitrep extract article.txt --published 2026-02-02
  sitrep extract articles.jsonl > out.jsonl
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
  throw new SitrepError('E030', { option: command });
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    id: { type: 'string' },
  });
  if (positionals.length === 0) throw new SitrepError('E031', { what: 'an input FILE (or - for stdin)' });
  const format = values.format as string | undefined;
  if (format !== undefined && !FORMATS.includes(format as ExtractFormat)) {
    throw new SitrepError('E030', { option: `--format ${format} (use ${FORMATS.join(', ')})` });
  }
  const reader = new Reader();
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
  const { values, positionals } = parseFlags(args, { conllu: { type: 'boolean' } });
  if (positionals.length !== 1) throw new SitrepError('E031', { what: 'one input FILE' });
  // Loaded lazily: the parser's model is only read when someone asks for a parse.
  const { parseCommand } = await import('./commands/parse.js');
  await parseCommand({ file: positionals[0], conllu: values.conllu === true, out: process.stdout });
  return 0;
}

type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;

function parseFlags(args: string[], options: FlagSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new SitrepError('E030', { option: (error as Error).message.replace(/^.*?'(.+?)'.*$/s, '$1') });
  }
}

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
