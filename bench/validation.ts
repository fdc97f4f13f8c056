/**
 * PETRARCH validation records (../shared/data/event-gold/universal-petrarch/, MIT, Open Event
 * Data Alliance): stylised sentences about fictional states (Arnor, Gondor …) that each test one
 * coding feature, coded with their own actor and agent dictionaries. sitrep reads them with
 * those dictionaries in place of its own (`--actors`, `--agents`, `--verbs`, replace mode) and
 * we report the share of records coded exactly as expected: the same set of (source, target,
 * event code) triples among sitrep's asserted events, or no event where none is expected. The
 * verbs are PETR_Validate_verbs_2_02.txt, the dictionary the records were coded with.
 *
 * PETRARCH has no factuality: it codes "Arnor will abandon ties" as it codes "Arnor abandoned
 * ties". So the report also gives the share coded exactly when sitrep's future and hypothetical
 * events count too (`exact_any_tense`; negated ones never do, since PETRARCH turns a negated verb
 * into another code), and the share right on source and target alone.
 * Run alone: node --import tsx bench/validation.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Reader } from '../src/node/reader.js';
import { sharedDir, skip } from './shared.js';

interface ValidationRecord {
  readonly id: string;
  readonly category: string;
  readonly published: string;
  readonly text: string;
  /** "SOURCE>TARGET:CODE" triples; empty when no event is expected. */
  readonly expected: readonly string[];
}

const ATTRIBUTE = (name: string) => new RegExp(`${name}="([^"]*)"`);

/** Sentences marked evaluate="true" with expected events or "noevents"; error records are left out. */
export function readValidationRecords(xml: string): ValidationRecord[] {
  const out: ValidationRecord[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const block of body.split('<Sentence ').slice(1)) {
    const head = block.slice(0, block.indexOf('>'));
    if (ATTRIBUTE('evaluate').exec(head)?.[1] !== 'true') continue;
    const codings = [...block.matchAll(/<EventCoding([^>]*)\/>/g)].map((m) => m[1]);
    if (codings.some((c) => /error=/.test(c))) continue;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1].replace(/\s+/g, ' ').trim() ?? '';
    const date = ATTRIBUTE('date').exec(head)?.[1] ?? '';
    const expected = codings
      .filter((c) => !/noevents/.test(c))
      .map((c) => {
        const get = (name: string) => ATTRIBUTE(name).exec(c)?.[1] ?? '';
        return `${get('sourcecode')}>${get('targetcode')}:${get('eventcode')}`;
      });
    out.push({
      id: ATTRIBUTE('id').exec(head)?.[1] ?? '',
      category: ATTRIBUTE('category').exec(head)?.[1] ?? '',
      published: date.length === 8 ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : '',
      text,
      expected: [...new Set(expected)].sort(),
    });
  }
  return out;
}

export async function runValidationBench(): Promise<Record<string, number | string>> {
  const shared = sharedDir();
  if (!shared) return skip('validation', 'no shared folder (../shared or SITREP_SHARED)');
  const dir = join(shared, 'data/event-gold/universal-petrarch');
  const records = join(dir, 'PETR_Validate_records_2_02.xml');
  const verbs = join(dir, 'PETR_Validate_verbs_2_02.txt');
  if (!existsSync(records) || !existsSync(verbs))
    return skip('validation', `${records} or ${verbs} not found`);
  const reader = new Reader({
    dictionaries: {
      actors: [join(dir, 'PETR_Validate_actors_2_02.txt')],
      agents: [join(dir, 'PETR_Validate_agents_2_02.txt')],
      verbs: [verbs],
      replace: true,
    },
  });
  const cases = readValidationRecords(readFileSync(records, 'utf8'));
  let exact = 0;
  let anyTense = 0;
  let dyads = 0;
  const byCategory = new Map<string, { n: number; exact: number }>();
  for (const c of cases) {
    const out = reader.extract({ id: c.id, text: c.text, published: c.published || null });
    const triples = (keep: (factuality: string) => boolean) =>
      [
        ...new Set(
          out.events
            .filter((e) => keep(e.factuality))
            .map((e) => `${e.source?.code ?? ''}>${e.target?.code ?? ''}:${e.cameo}`),
        ),
      ].sort();
    const matches = (got: readonly string[]) =>
      got.length === c.expected.length && got.every((g, i) => g === c.expected[i]);
    const got = triples((f) => f === 'asserted');
    const same = matches(got);
    if (matches(triples((f) => f !== 'negated'))) anyTense++;
    const pairs = (list: readonly string[]) =>
      [...new Set(list.map((x) => x.split(':')[0]))].sort().join(' ');
    if (same) exact++;
    if (pairs(got) === pairs(c.expected)) dyads++;
    const cat = byCategory.get(c.category) ?? { n: 0, exact: 0 };
    cat.n++;
    if (same) cat.exact++;
    byCategory.set(c.category, cat);
  }
  const figures: Record<string, number | string> = {
    'validation.records': cases.length,
    'validation.exact': round(exact / cases.length),
    'validation.exact_any_tense': round(anyTense / cases.length),
    'validation.dyads_right': round(dyads / cases.length),
  };
  for (const [cat, v] of [...byCategory].sort()) figures[`validation.${cat}`] = `${v.exact}/${v.n}`;
  return figures;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runValidationBench().then((f) => console.log(JSON.stringify(f, null, 2)));
}
