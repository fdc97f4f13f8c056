/**
 * The event coder's word lists by role (`data/events/word-roles.tsv`): which verbs report,
 * commit the speaker, control their complement, lend their subject to an event noun, and so on.
 * Each list serves one rule of the coder (coder.ts, subjects.ts, targets.ts, verbs.ts, nouns.ts,
 * crowds.ts, intents.ts, to-events.ts), factuality.ts, participants.ts or when.ts, where a
 * constant reads it by role.
 */
import { dataPath, readTsv, splitValues } from '../../data/files.js';
import { SitrepError } from '../../errors.js';

export const WORD_ROLES = [
  'reciprocal',
  'naming',
  'describing',
  'discussing',
  'peacekeeping',
  'object-control',
  'claiming',
  'demand-saying',
  'consequence',
  'receiving',
  'readiness',
  'mishap',
  'telling',
  'light',
  'committing',
  'intent',
  'referential',
  'occurring',
  'reporting',
  'business',
  'relation',
  'military',
  'saying',
  'patient-noun',
  'statement-noun',
  'cancelling',
  'scheduling',
  'gathering',
  'sides',
  'go-between',
  'summoning',
  'pair-of-people',
  'crowd',
  'plan-making',
  'ordering',
  'enabling',
  'collective',
  'stance',
  'merchant-ship',
  'preventing',
  'gathering-place',
  'partaking',
  'delegates',
  'threat-content',
  'carrying',
  'titling',
  'power',
  'harming',
  'partnering',
  'same-past',
  'body-speech',
  'office',
  'punishment',
  'own-body',
  'guarding',
  'undergoing',
  'unarmed-operation',
  'mutual-ties',
] as const;

export type WordRole = (typeof WORD_ROLES)[number];
export type WordRoles = Readonly<Record<WordRole, ReadonlySet<string>>>;

/** Reads the lists; a row with an unknown role, or a role with no row, is E011 naming the file. */
export function loadWordRoles(file = dataPath('events/word-roles.tsv')): WordRoles {
  const found = new Map<WordRole, ReadonlySet<string>>();
  let last = 0;
  for (const row of readTsv(file, ['role', 'words'])) {
    const role = row.cells.role as WordRole;
    if (!WORD_ROLES.includes(role) || found.has(role)) {
      const reason = found.has(role) ? `role "${role}" appears twice` : `unknown role "${row.cells.role}"`;
      throw new SitrepError('E011', { file, line: row.line, reason });
    }
    found.set(role, new Set(splitValues(row.cells.words).map((w) => w.toLowerCase())));
    last = row.line;
  }
  const missing = WORD_ROLES.filter((r) => !found.has(r));
  if (missing.length > 0) {
    throw new SitrepError('E011', { file, line: last, reason: `no row for role(s) ${missing.join(', ')}` });
  }
  return Object.fromEntries(found) as WordRoles;
}

/** The lists as shipped, read once when the events stage is first loaded. */
export const WORDS: WordRoles = loadWordRoles();
