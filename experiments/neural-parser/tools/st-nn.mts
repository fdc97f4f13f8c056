import { readFileSync } from 'node:fs';
import { parseArticleLine } from '../../../src/node/io/article.ts';
import { Reader } from '../../../src/node/reader.ts';

const arts = readFileSync((process.env.SITREP_SHARED ?? '../shared') + '/bench/dev/articles.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l, i) => {
    const p = parseArticleLine(l, i + 1);
    if (!p.ok) throw 0;
    return p.article;
  });
const reader = new Reader();
const times: Record<string, number> = {};
for (const st of reader.pipeline.stages as any[]) {
  const r = st.run.bind(st);
  const rm = st.runMany?.bind(st);
  st.run = (d: any) => {
    const t = performance.now();
    r(d);
    times[st.name] = (times[st.name] ?? 0) + performance.now() - t;
  };
  if (rm)
    st.runMany = (ds: any) => {
      const t = performance.now();
      rm(ds);
      times[st.name] = (times[st.name] ?? 0) + performance.now() - t;
    };
}
const newDoc = await import('../../../src/node/doc/doc.ts' as any).catch(() => null);
for (let k = 0; k < 3; k++) reader.extractMany(arts);
for (const k of Object.keys(times)) times[k] = 0;
const t0 = performance.now();
const R = 25;
for (let k = 0; k < R; k++) reader.extractMany(arts);
const total = performance.now() - t0;
console.log('art/s', (((arts.length * R) / total) * 1000).toFixed(1));
for (const [k, v] of Object.entries(times))
  console.log(k, ((v / total) * 100).toFixed(1) + '%', (v / R).toFixed(0) + 'ms');
