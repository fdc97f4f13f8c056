/** Streams the merged events matching a filter to a writable stream in one export format. */
import {
  csvRow,
  type ExportFormat,
  gdeltRow,
  headerLine,
  icewsRow,
  jsonlRecord,
  ploverRecord,
} from './formats.js';
import type { EventFilter, Store } from './types.js';

export interface ExportOptions {
  format: ExportFormat;
  filter: EventFilter;
  /** GDELT and ICEWS files have no header line; write one only when asked. CSV always has one. */
  header: boolean;
  out: NodeJS.WritableStream;
}

export interface ExportResult {
  written: number;
  /** Events PLOVER has no category for (public statements, appeals): not written in that format. */
  skipped: number;
}

export async function exportEvents(store: Store, options: ExportOptions): Promise<ExportResult> {
  const { format, out } = options;
  const result: ExportResult = { written: 0, skipped: 0 };
  const header = headerLine(format);
  if (header && (options.header || format === 'csv')) await write(out, `${header}\n`);
  const codedDate = new Date().toISOString().slice(0, 10);
  for (const e of store.mergedEvents(options.filter)) {
    let line: string | null;
    if (format === 'gdelt') line = gdeltRow(e);
    else if (format === 'icews') line = icewsRow(e, store.reportsOf(e.id)[0]?.storyId ?? e.firstArticleId);
    else if (format === 'csv') line = csvRow(e);
    else if (format === 'jsonl') line = jsonlRecord(e, store.reportsOf(e.id));
    else {
      const record = ploverRecord(e, codedDate);
      line = record ? JSON.stringify(record) : null;
    }
    if (line === null) {
      result.skipped++;
      continue;
    }
    await write(out, `${line}\n`);
    result.written++;
  }
  return result;
}

/** Writes and waits for drain when the stream's buffer is full (a pipe to `head` or a slow disk). */
function write(out: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (out.write(text)) return;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
