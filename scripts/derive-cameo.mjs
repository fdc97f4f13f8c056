// Derives data/events/cameo.tsv from the shared CAMEO reference table (cameo-reference.tsv:
// CAMEO 1.1b3 names, GDELT Goldstein scale, Phoenix quad classes, CAMEO→PLOVER 2021 mapping).
// Four-digit codes without a Goldstein value inherit their three-digit parent's.
// Usage: node scripts/derive-cameo.mjs ../shared/data/cameo/cameo-reference.tsv > data/events/cameo.tsv
import { readFileSync } from 'node:fs';

const [source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node scripts/derive-cameo.mjs PATH/TO/cameo-reference.tsv');
  process.exit(2);
}
const lines = readFileSync(source, 'utf8').trim().split('\n');
const head = lines[0].split('\t');
const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, i) => [head[i], c.trim()])));
const byCode = new Map(rows.map((r) => [r.cameo_code, r]));
const parentOf = (code) => byCode.get(code.slice(0, 3)) ?? byCode.get(code.slice(0, 2));
// Where the PLOVER 2.0 manual places a code itself, it wins over the 2021 mapping: its COERCE
// modes table lists "cyber" (hacking, security breaches, website attacks), which the mapping leaves
// untyped; and its CONCEDE section names the removal of curfews and the easing of legal
// restrictions as concessions ("the lifting of a curfew is, effectively, a promise"), where the
// mapping has RETREAT for easing a curfew (0813) or a state of emergency (0814); and its SANCTION
// modes code "international (political or economic) sanctions" as SANCTION `discontinue`, where
// the mapping has COERCE for imposing an embargo, boycott or sanctions (163).
const PLOVER_MANUAL = {
  163: ['SANCTION', 'discontinue'],
  176: ['COERCE', 'cyber'],
  '0813': ['CONCEDE', ''],
  '0814': ['CONCEDE', ''],
};

const out = [
  '# CAMEO event codes with their Goldstein score, quad class and PLOVER 2.0 type and mode.',
  '# Derived by scripts/derive-cameo.mjs from cameo-reference.tsv (CAMEO 1.1b3 code names, the GDELT',
  '# Goldstein scale, Phoenix quad classes, CAMEO2PLOVER-2021 by P. Schrodt); see DATA.md for credits.',
  '# quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.',
  '# plover is empty for codes PLOVER does not cover (public statements, appeals).',
  ['code', 'name', 'goldstein', 'quad', 'plover', 'plover_mode'].join('\t'),
];
for (const r of rows) {
  const parent = parentOf(r.cameo_code);
  const goldstein = r.goldstein_gdelt || parent?.goldstein_gdelt || '';
  const quad =
    r.quadclass_phoenix && r.quadclass_phoenix !== '0' ? r.quadclass_phoenix : r.quadclass_gdelt_assumed;
  const [manualType, manualMode] = PLOVER_MANUAL[r.cameo_code] ?? [];
  const plover =
    manualType || r.plover_event || (r.cameo_code.length === 4 ? (parent?.plover_event ?? '') : '');
  const mode =
    manualMode ?? (r.plover_mode || (r.cameo_code.length === 4 ? (parent?.plover_mode ?? '') : ''));
  const name = r['name_cameo_1.1b3'] || r.name_tabari_07b5 || r['name_tabari_0.7b5'] || '';
  out.push([r.cameo_code, name.replace(/\s+/g, ' '), goldstein, quad, plover, mode].join('\t'));
}
console.log(out.join('\n'));
