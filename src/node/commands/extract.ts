/**
 * `sitrep extract`: articles in, output records out. JSON Lines input gives one output line per
 * input line, same id, same order; a bad line gives an error record and the batch goes on.
 * A text or HTML file gives one record (a readable summary by default at a terminal).
 * Lines are read in batches of up to BATCH_ARTICLES articles, each run through the pipeline stage by
 * stage (`Reader.extractMany`), which is faster than one article at a time.
 */
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { SitrepError } from '../errors.js';
import { type ArticleInput, normalizePublished, parseArticleLine } from '../io/article.js';
import { htmlToArticle, looksLikeHtml } from '../io/html.js';
import { lineBatches } from '../io/line-batches.js';
import { extractEach } from '../output/extract-each.js';
import type { OutputRecord } from '../output/record.js';
import { renderSummary } from '../output/summary.js';
import { BATCH_ARTICLES, type Reader } from '../reader.js';

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
  const format = options.format ?? 'jsonl';
  for await (const lines of lineBatches(stream as AsyncIterable<string | Buffer>, BATCH_ARTICLES)) {
    const parsed = lines.filter((l) => l.text.trim() !== '').map((l) => parseArticleLine(l.text, l.line));
    const articles = parsed.flatMap((p) => (p.ok ? [p.article] : []));
    const records = extractEach(reader, articles);
    let next = 0;
    for (const p of parsed) {
      if (!p.ok) {
        result.errors++;
        options.out.write(`${JSON.stringify(p.failure)}\n`);
        continue;
      }
      writeOutcome(records[next++], p.article, format, options, result, p.line);
    }
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
  writeOutcome(extractEach(reader, [article])[0], article, format, options, result, line);
}

function writeOutcome(
  outcome: OutputRecord | Error,
  article: ArticleInput,
  format: ExtractFormat,
  options: ExtractOptions,
  result: ExtractResult,
  line: number,
) {
  if (outcome instanceof Error) {
    // A failure inside the pipeline is a bug, but it must not cost the rest of the batch.
    result.errors++;
    options.out.write(
      `${JSON.stringify({ id: article.id, line, error: `internal error: ${outcome.message}` })}\n`,
    );
    return;
  }
  result.articles++;
  if (format === 'summary') options.out.write(renderSummary(outcome));
  else options.out.write(`${JSON.stringify(outcome, null, format === 'json' ? 2 : undefined)}\n`);
}

function openFile(path: string): NodeJS.ReadableStream {
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new SitrepError('E022', { file: path, reason: (error as Error).message });
  }
  return createReadStream(path, { encoding: 'utf8' });
}
