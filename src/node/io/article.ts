/**
 * Input articles: the JSON Lines shape of EVALUATION.md §1, plain text files and HTML pages.
 * A bad line becomes an error record for that line; it never stops the batch.
 */
import { SitrepError } from '../errors.js';

export interface ArticleInput {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** Problems with the input that did not stop its processing. */
  warnings: string[];
}

export interface InputError {
  id: string | null;
  line: number;
  error: string;
}

export type ParsedLine =
  | { ok: true; article: ArticleInput; line: number }
  | { ok: false; failure: InputError };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalises a published value to YYYY-MM-DD, or returns null when it is not a valid date. */
export function normalizePublished(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Parses one JSON Lines record. `line` is 1-based, for error messages. */
export function parseArticleLine(raw: string, line: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      failure: { id: null, line, error: new SitrepError('E020', { line, reason }).message },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      failure: {
        id: null,
        line,
        error: new SitrepError('E020', { line, reason: 'not a JSON object' }).message,
      },
    };
  }
  const record = value as Record<string, unknown>;
  const id = record.id === undefined || record.id === null ? `line-${line}` : String(record.id);
  if (typeof record.text !== 'string') {
    return { ok: false, failure: { id, line, error: new SitrepError('E021', { line }).message } };
  }
  return {
    ok: true,
    line,
    article: {
      id,
      text: record.text,
      title: optionalString(record.title),
      published: normalizePublished(record.published),
      outlet: optionalString(record.outlet),
      url: optionalString(record.url),
      warnings: publishedIsInvalid(record.published)
        ? [new SitrepError('E023', { line, value: JSON.stringify(record.published) }).message]
        : [],
    },
  };
}

/** Whether a published value was given but could not be read (worth a warning). */
export function publishedIsInvalid(raw: unknown): boolean {
  return raw !== undefined && raw !== null && raw !== '' && normalizePublished(raw) === null;
}
