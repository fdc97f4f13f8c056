/**
 * Reading sitrep's data files: TSV tables with `#` comment lines, one header row, and `|`
 * between the values of a multi-valued cell. Every row keeps its line number so a bad entry
 * is reported where an analyst can fix it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../errors.js';

/** Absolute path of a file under the repository's data/ folder (works from src/ and dist/). */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../data/${relative}`, import.meta.url));
}

export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new SitrepError('E010', { file, reason: (error as Error).message });
  }
}

export function readTsv(file: string, requiredColumns: readonly string[] = []): TsvRow[] {
  const lines = readText(file).split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      for (const column of requiredColumns) {
        if (!header.includes(column)) {
          throw new SitrepError('E011', { file, line: i + 1, reason: `header lacks column "${column}"` });
        }
      }
      return;
    }
    if (cells.length > header.length) {
      throw new SitrepError('E011', {
        file,
        line: i + 1,
        reason: `${cells.length} cells for ${header.length} columns`,
      });
    }
    const record: Record<string, string> = {};
    header.forEach((column, c) => {
      record[column] = (cells[c] ?? '').trim();
    });
    rows.push({ line: i + 1, cells: record });
  });
  return rows;
}

/** Splits a multi-valued cell ("Turkey|Türkiye") into its values. */
export function splitValues(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Reads a one-term-per-line word list (comments with #). */
export function readWordList(file: string): string[] {
  return readText(file)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}
