/**
 * Time-stage bench on the TempEval-3 platinum test set (20 news articles, gold TimeML).
 * Text = the <TEXT> element with its tags stripped (offsets into that text); the publication
 * date = the DCT. Reports detection P/R/F1 of gold DATE/TIME TIMEX3 (any overlap), value
 * accuracy on matched DATE timexes whose gold value is a day, an ISO week, a month or a year
 * (compared at the gold granularity: correct when the system range lies inside that gold
 * unit), and the stage's speed (median of 5 warm runs). System timexes that overlap only a gold
 * DURATION or SET are neither true nor false positives: the task scores DATE/TIME only.
 *
 * Data: $SITREP_SHARED/data/timex-gold/te3-platinum (default SITREP_SHARED = ../shared from the
 * repository root). Run alone: node --import tsx bench/time.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Doc } from '../src/node/doc/doc.js';
import { textStage } from '../src/node/stages/01-text/index.js';
import {
  dayNumber,
  mondayOf,
  monthRange,
  parseValue,
  timeStage,
  yearRange,
} from '../src/node/stages/07-time/index.js';

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface GoldDoc {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function dataDir(): string {
  const shared = process.env.SITREP_SHARED ?? resolve(ROOT, '../shared');
  return join(shared, 'data/timex-gold/te3-platinum');
}

/** Strips the TimeML tags of the TEXT element, keeping the offsets of each TIMEX3. */
export function parseTimeML(id: string, xml: string): GoldDoc | null {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1];
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (!dct || open < 0 || close < open) return null;
  const body = xml.slice(open + 6, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*?)\/?>|&(amp|lt|gt|quot|apos);/g;
  let last = 0;
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]];
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      if (current) timexes.push({ ...current, end: text.length, text: text.slice(current.start) });
      current = null;
    } else {
      const attr = (name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(m[3])?.[1] ?? '';
      current = { start: text.length, type: attr('type'), value: attr('value') };
    }
  }
  text += body.slice(last);
  return { id, dct: dct.slice(0, 10), text, timexes };
}

/** The gold value as a day range at its own granularity, when it is a day, week, month or year. */
function goldRange(value: string): { start: number; end: number; unit: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return d === null ? null : { start: d, end: d, unit: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4 = dayNumber(Number(m[1]), 1, 4) ?? 0;
    const monday = mondayOf(jan4) + 7 * (Number(m[2]) - 1);
    return { start: monday, end: monday + 6, unit: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { ...monthRange(Number(m[1]), Number(m[2])), unit: 'month' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { ...yearRange(Number(m[1])), unit: 'year' };
  return null;
}

function loadGold(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeML(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8')))
    .filter((d): d is GoldDoc => d !== null);
}

export async function runTimeBench(): Promise<Record<string, number | string>> {
  const dir = dataDir();
  if (!existsSync(dir)) return { skipped: `no TempEval-3 platinum data at ${dir}` };
  const gold = loadGold(dir);
  const text = textStage();
  const time = timeStage();
  const docs = gold.map((g) => {
    const doc = new Doc(g.text, { id: g.id, published: g.dct });
    text.run(doc);
    return doc;
  });

  let sys = 0;
  let sysMatched = 0;
  let sysNeutral = 0;
  let goldCount = 0;
  let goldMatched = 0;
  let valueScored = 0;
  let valueCorrect = 0;
  const misses: string[] = [];
  docs.forEach((doc, k) => {
    time.run(doc);
    const g = gold[k];
    const scored = g.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const other = g.timexes.filter((t) => !(t.type === 'DATE' || t.type === 'TIME'));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
      a.start < b.end && b.start < a.end;
    for (const s of doc.timexes) {
      sys++;
      if (scored.some((t) => overlaps(s, t))) sysMatched++;
      else if (other.some((t) => overlaps(s, t))) sysNeutral++;
    }
    for (const t of scored) {
      goldCount++;
      const s = doc.timexes.find((x) => overlaps(x, t));
      if (!s) {
        misses.push(`${g.id}: "${t.text}"`);
        continue;
      }
      goldMatched++;
      const gr = t.type === 'DATE' ? goldRange(t.value) : null;
      if (!gr) continue;
      valueScored++;
      const sr = parseValue(s.value);
      if (sr && sr.start >= gr.start && sr.end <= gr.end) valueCorrect++;
      else misses.push(`${g.id}: value "${doc.slice(s)}" ${s.value} vs gold ${t.value}`);
    }
  });

  // Speed: the time stage alone over the 20 articles, as in a long batch: after a warm-up
  // (the JIT compiles the matcher), 5 timed runs of 10 passes each; the median run is reported.
  for (let r = 0; r < 20; r++) for (const doc of docs) time.run(doc);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let pass = 0; pass < 10; pass++) for (const doc of docs) time.run(doc);
    runs.push((performance.now() - t0) / (10 * docs.length));
  }
  runs.sort((a, b) => a - b);
  const words = docs.reduce((n, d) => n + d.tokens.filter((t) => t.kind === 'word').length, 0) / docs.length;

  const p = sysMatched / Math.max(1, sys - sysNeutral);
  const rec = goldMatched / Math.max(1, goldCount);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  if (process.env.SITREP_BENCH_VERBOSE) for (const m of misses) console.log(`  ${m}`);
  return {
    articles: docs.length,
    gold_date_time: goldCount,
    system_timexes: sys,
    system_neutral: sysNeutral,
    detection_p: round(p),
    detection_r: round(rec),
    detection_f1: round((2 * p * rec) / Math.max(1e-9, p + rec)),
    value_scored: valueScored,
    value_accuracy: round(valueCorrect / Math.max(1, valueScored)),
    ms_per_article: round(runs[Math.floor(runs.length / 2)]),
    words_per_article: Math.round(words),
    ms_per_400_words: round((runs[Math.floor(runs.length / 2)] * 400) / Math.max(1, words)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void runTimeBench().then((result) => {
    for (const [k, v] of Object.entries(result)) console.log(`${k}\t${v}`);
  });
}
