/**
 * Seeds data/events/verbs.tsv from the PETRARCH-2 verb dictionary (CAMEO.2.0.txt, MIT,
 * © Open Event Data Alliance). Prints candidate rows (lemma, pattern, code, note) that
 * verbs.tsv does not have yet to stdout and the conversion counts to stderr; an analyst
 * reviews the candidates and pastes the ones that fit modern news into verbs.tsv.
 *
 *   node --import tsx scripts/seed-verbs-from-petrarch.ts [CAMEO.2.0.txt] > /tmp/candidates.tsv
 *
 * The dictionary is looked up in ../shared/data/cameo/phoenix-petrarch relative to the repo
 * root (or $SITREP_SHARED/cameo/phoenix-petrarch) when no path is given. Patterns are applied
 * to the verb their comment names ("# CLOSE"), not to every synonym of the block, because the
 * blocks group loose synonyms and a pattern seen with one verb rarely suits them all.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPattern, loadEventLexicon } from '../src/node/stages/09-events/lexicon.js';
import { convertPetrarchVerbs } from '../src/node/stages/09-events/petrarch.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SITREP_SHARED ?? join(root, '..', 'shared', 'data');
const file = process.argv[2] ?? join(shared, 'cameo', 'phoenix-petrarch', 'CAMEO.2.0.txt');

const lexicon = loadEventLexicon();
const result = convertPetrarchVerbs(readFileSync(file, 'utf8'), file, {
  cameo: lexicon.cameo,
  scope: 'origin',
});

// A candidate is new when verbs.tsv has no row with the same lemma and pattern.
const existing = new Set<string>();
for (const [lemma, rows] of lexicon.verbs)
  for (const r of rows) existing.add(`${lemma}\t${formatPattern(r)}`);

const seen = new Set<string>();
const out: string[] = [];
for (const row of result.rows) {
  const key = `${row.lemma}\t${formatPattern(row)}`;
  if (existing.has(key) || seen.has(key)) continue;
  seen.add(key);
  out.push(`${key}\t${row.code ?? '-'}\t${row.note} (${row.rule})`);
}
process.stdout.write(`${out.join('\n')}\n`);
process.stderr.write(
  `${result.converted} patterns converted, ${result.skipped} skipped; ${out.length} new candidate rows\n`,
);
for (const [reason, n] of [...result.skipReasons].sort((a, b) => b[1] - a[1])) {
  process.stderr.write(`  ${n}\t${reason}\n`);
}
