/**
 * `sitrep export`: merged events from the store to stdout as GDELT, ICEWS, PLOVER, CSV or
 * sitrep's JSON Lines, filtered by dyad, actor, CAMEO code, dates and factuality.
 */
import { SitrepError } from '../errors.js';
import { normalizePublished } from '../io/article.js';
import { type ExportResult, exportEvents } from '../store/export.js';
import { EXPORT_FORMATS, type ExportFormat } from '../store/formats.js';
import { SqliteStore } from '../store/sqlite.js';
import type { EventFilter, Factuality } from '../store/types.js';

const FACTUALITIES: readonly Factuality[] = ['asserted', 'negated', 'hypothetical', 'future'];

export interface ExportCommandOptions {
  db: string;
  format: string;
  header: boolean;
  dyad: string | null;
  actor: string | null;
  code: string | null;
  from: string | null;
  to: string | null;
  /** Default asserted (what the reports say happened); "any" for all. */
  factuality: string | null;
  out: NodeJS.WritableStream;
}

export async function exportCommand(options: ExportCommandOptions): Promise<ExportResult> {
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) {
    throw new SitrepError('E030', {
      option: `--format ${options.format} (use ${EXPORT_FORMATS.join(', ')})`,
    });
  }
  const filter = exportFilter(options);
  const store = new SqliteStore(options.db, { mustExist: true });
  try {
    return await exportEvents(store, {
      format: options.format as ExportFormat,
      filter,
      header: options.header,
      out: options.out,
    });
  } finally {
    store.close();
  }
}

/** The flags as a store filter; bad values are usage errors that say the expected form. */
export function exportFilter(
  options: Omit<ExportCommandOptions, 'db' | 'format' | 'header' | 'out'>,
): EventFilter {
  const filter: EventFilter = {};
  if (options.dyad !== null) {
    const m = /^([^:]+):([^:]+)$/.exec(options.dyad.trim());
    if (!m) throw new SitrepError('E053', { value: options.dyad });
    filter.dyad = { source: m[1], target: m[2] };
  }
  if (options.actor) filter.actor = options.actor;
  if (options.code) {
    if (!/^\d{1,4}$/.test(options.code))
      throw new SitrepError('E030', { option: `--code ${options.code} (a CAMEO code such as 19 or 0412)` });
    filter.code = options.code;
  }
  for (const key of ['from', 'to'] as const) {
    const value = options[key];
    if (value === null) continue;
    const day = normalizePublished(value);
    if (!day) throw new SitrepError('E054', { value, option: `--${key}` });
    filter[key] = day;
  }
  const factuality = options.factuality ?? 'asserted';
  if (factuality !== 'any') {
    if (!FACTUALITIES.includes(factuality as Factuality)) {
      throw new SitrepError('E030', {
        option: `--factuality ${factuality} (use ${FACTUALITIES.join(', ')} or any)`,
      });
    }
    filter.factuality = factuality as Factuality;
  }
  return filter;
}
