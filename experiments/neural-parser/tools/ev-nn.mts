// usage (from the repository root): SITREP_PARSER=neural node --import tsx experiments/neural-parser/tools/ev-nn.mts — dev/seed/petr/plover scores

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Reader } from '../../../src/node/reader.ts';
import { tuneV8 } from '../../../src/node/runtime/tune-v8.ts';

tuneV8();
const reader = new Reader();
const out = process.env.OUTDIR ?? '/tmp/ev';
mkdirSync(out, { recursive: true });
const sets: [string, string, string][] = [
  [
    'seed',
    (process.env.SITREP_SHARED ?? '../shared') + '/bench/seed/articles.jsonl',
    (process.env.SITREP_SHARED ?? '../shared') + '/bench/seed/gold.jsonl',
  ],
  [
    'dev',
    (process.env.SITREP_SHARED ?? '../shared') + '/bench/dev/articles.jsonl',
    (process.env.SITREP_SHARED ?? '../shared') + '/bench/dev/gold.jsonl',
  ],
  ['petr', 'bench/out/petr2-gsr/articles.jsonl', 'bench/out/petr2-gsr/gold.jsonl'],
  ['plover', 'bench/out/plover-gsr/articles.jsonl', 'bench/out/plover-gsr/gold.jsonl'],
];
for (const [name, a, g] of sets) {
  const arts = readFileSync(a, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const sys = `${out}/${name}.jsonl`;
  writeFileSync(
    sys,
    arts
      .map((x) =>
        JSON.stringify(
          reader.extract({
            id: x.id,
            text: x.text,
            title: x.title ?? null,
            published: x.published ?? null,
            outlet: x.outlet ?? null,
            url: null,
            warnings: [],
          } as any),
        ),
      )
      .join('\n') + '\n',
  );
  const s = JSON.parse(
    execFileSync(
      'node',
      [(process.env.SITREP_SHARED ?? '../shared') + '/bench/score.mjs', g, sys, '--json'],
      { encoding: 'utf8' },
    ),
  );
  const f = (k: string) => (s[k]?.f1 ?? s[k])?.toFixed?.(3);
  console.log(
    name,
    'len',
    f('events_lenient'),
    'strict',
    f('events_strict'),
    'leak',
    s.leak_rate,
    'date',
    s.date_accuracy?.toFixed(3),
    'place',
    s.place_accuracy?.toFixed(3),
    'label',
    s.events_lenient?.label_recall?.toFixed?.(3) ?? '',
  );
}
for (const name of ['seed', 'dev']) {
  const g = `${process.env.SITREP_SHARED ?? '../shared'}/bench/${name}/gold.jsonl`;
  const s = JSON.parse(
    execFileSync(
      'node',
      [(process.env.SITREP_SHARED ?? '../shared') + '/bench/score.mjs', g, `${out}/${name}.jsonl`, '--json'],
      { encoding: 'utf8' },
    ),
  );
  console.log(
    name,
    'quotes',
    s.quotes?.f1 ?? s.quotes,
    'speakers',
    s.speaker_accuracy,
    'actors',
    s.actors?.f1 ?? s.actors,
    'country',
    s.actor_country_accuracy,
    'sources',
    s.sources?.f1 ?? s.sources,
    'kind',
    s.source_kind_accuracy,
  );
}
