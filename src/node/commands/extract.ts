/**
 * `sitrep extract`: articles in, output records out. JSON Lines input gives one output line per
 * input line, same id, same order; a bad line gives an error record and the batch goes on.
 * A text or HTML file gives one record (a readable summary by default at a terminal).
 */
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { SitrepError } from '../errors.js';
import { type ArticleInput, normalizePublished, parseArticleLine } from '../io/article.js';
import { htmlToArticle, looksLikeHtml } from '../io/html.js';
import { renderSummary } from '../output/summary.js';
import type { Reader } from '../reader.js';

export type ExtractFormat = 'summary' | 'json' | 'jsonl';

export interface ExtractOptions {
  inputs: string[];
  format: ExtractFormat | null;
  published: string | null;
  title: string | null;
  outlet: string | null;
  id: string | null;
  out: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface ExtractResult {
  articles: number;
  errors: number;
}

/** Runs extraction over every input; returns counts so the CLI can choose its exit code. */
export async function extractCommand(reader: Reader, options: ExtractOptions): Promise<ExtractResult> {
  const result: ExtractResult = { articles: 0, errors: 0 };
  for (const input of options.inputs) {
    if (input === '-' || extname(input).toLowerCase() === '.jsonl') {
      await extractJsonLines(reader, input, options, result);
    } else {
      extractFile(reader, input, options, result);
    }
  }
  return result;
}

async function extractJsonLines(
  reader: Reader,
  input: string,
  options: ExtractOptions,
  result: ExtractResult,
) {
  const stream = input === '-' ? options.stdin : openFile(input);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const format = options.format ?? 'jsonl';
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    const parsed = parseArticleLine(raw, lineNumber);
    if (!parsed.ok) {
      result.errors++;
      options.out.write(`${JSON.stringify(parsed.failure)}\n`);
      continue;
    }
    writeRecord(reader, parsed.article, format, options, result, lineNumber);
  }
}

function extractFile(reader: Reader, path: string, options: ExtractOptions, result: ExtractResult) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SitrepError('E022', { file: path, reason: (error as Error).message });
  }
  const html = extname(path).toLowerCase().startsWith('.htm') || looksLikeHtml(text);
  const page = html ? htmlToArticle(text) : null;
  const article: ArticleInput = {
    id: options.id ?? path,
    text: page ? page.text : text,
    title: options.title ?? page?.title ?? null,
    published: normalizePublished(options.published) ?? page?.published ?? null,
    outlet: options.outlet,
    url: null,
    warnings:
      options.published && !normalizePublished(options.published)
        ? [`--published ${options.published} is not an ISO date (YYYY-MM-DD); ignored.`]
        : [],
  };
  writeRecord(reader, article, options.format ?? 'summary', options, result, 0);
}

function writeRecord(
  reader: Reader,
  article: ArticleInput,
  format: ExtractFormat,
  options: ExtractOptions,
  result: ExtractResult,
  line: number,
) {
  try {
    const record = reader.extract(article);
    result.articles++;
    if (format === 'summary') options.out.write(renderSummary(record));
    else options.out.write(`${JSON.stringify(record, null, format === 'json' ? 2 : undefined)}\n`);
  } catch (error) {
    // A failure inside the pipeline is a bug, but it must not cost the rest of the batch.
    result.errors++;
    const message = error instanceof Error ? error.message : String(error);
    options.out.write(`${JSON.stringify({ id: article.id, line, error: `internal error: ${message}` })}\n`);
  }
}

function openFile(path: string): NodeJS.ReadableStream {
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new SitrepError('E022', { file: path, reason: (error as Error).message });
  }
  return createReadStream(path, { encoding: 'utf8' });
}
