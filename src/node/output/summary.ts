/** A readable summary of one output record, for people at a terminal. */
import type { OutputRecord } from './record.js';

export function renderSummary(record: OutputRecord): string {
  const lines: string[] = [];
  const head = [record.title, record.outlet, record.published].filter(Boolean).join(' · ');
  lines.push(`# ${record.id || 'article'}${head ? ` — ${head}` : ''}`);

  lines.push('', `Actors (${record.actors.length})`);
  for (const a of record.actors) {
    const where = [a.country, a.org].filter(Boolean).join('/') || '—';
    const role = a.role ? `, ${a.role}` : '';
    const aka = a.aliases.length ? `  (also: ${a.aliases.slice(0, 4).join('; ')})` : '';
    lines.push(`  ${a.name} [${where}${a.sector ? ` ${a.sector}` : ''}${role}] ×${a.spans.length}${aka}`);
  }

  lines.push('', `Quotes (${record.quotes.length})`);
  for (const q of record.quotes) {
    const who = q.speaker
      ? q.speaker.name
        ? `${q.speaker.name}${q.speaker.country ? ` (${q.speaker.country})` : ''}`
        : `anonymous: ${q.speaker.description ?? '?'}`
      : 'unattributed';
    lines.push(`  ${who}: “${shorten(q.text, 110)}”`);
  }

  lines.push('', `Sources (${record.sources.length})`);
  for (const s of record.sources) {
    lines.push(
      `  [${s.kind}] ${s.text}${s.via ? ` — via ${s.via}` : ''}${s.also.length ? ` ×${s.also.length + 1}` : ''}`,
    );
  }

  lines.push('', `Dates (${record.dates.length})`);
  for (const d of record.dates) {
    lines.push(`  “${d.text}” → ${d.value ?? `unresolved${d.note ? ` (${d.note})` : ''}`}`);
  }

  lines.push('', `Events (${record.events.length})`);
  for (const e of record.events) {
    const who = (a: (typeof e)['source']) => (a ? (a.org ?? a.country ?? a.name) : '—');
    const when = e.date ? ` on ${e.date}` : '';
    const where = e.location ? ` in ${e.location.name}` : '';
    const kind = e.plover ? ` ${e.plover}` : '';
    lines.push(
      `  ${who(e.source)} → ${who(e.target)}  CAMEO ${e.cameo}${kind}  [${e.factuality}]${when}${where}`,
    );
    lines.push(`      “${shorten(e.evidence, 100)}”`);
  }
  if (record.warnings.length) {
    lines.push('', 'Warnings');
    for (const w of record.warnings) lines.push(`  ${w}`);
  }
  return `${lines.join('\n')}\n`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
