/** Loads data/lexicon/abbreviations.tsv: which dotted words keep their period. */
import { dataPath, readTsv } from '../../data/files.js';
import { SitrepError } from '../../errors.js';

export type AbbreviationRole = 'title' | 'before' | 'number' | 'general';

export type Abbreviations = ReadonlyMap<string, AbbreviationRole>;

const ROLES: readonly AbbreviationRole[] = ['title', 'before', 'number', 'general'];

export function loadAbbreviations(file = dataPath('lexicon/abbreviations.tsv')): Abbreviations {
  const map = new Map<string, AbbreviationRole>();
  for (const row of readTsv(file, ['abbreviation', 'role'])) {
    const role = row.cells.role as AbbreviationRole;
    if (!ROLES.includes(role)) {
      throw new SitrepError('E011', {
        file,
        line: row.line,
        reason: `role must be one of ${ROLES.join(', ')}`,
      });
    }
    map.set(row.cells.abbreviation, role);
  }
  return map;
}
