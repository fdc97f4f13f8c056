/**
 * Turns an article's annotation spans into flat text segments, each with the set of marks that
 * cover it (spans may nest or overlap: evidence ⊃ trigger, quote ⊃ speaker). Pure, so it is
 * tested under node; the view turns segments into <mark> elements holding text nodes only.
 */
export interface Mark {
  start: number;
  end: number;
  /** CSS class of the mark: hl-evidence, hl-trigger, hl-actor, … */
  cls: string;
  title?: string;
}

export interface Segment {
  text: string;
  start: number;
  marks: Mark[];
}

export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({
      text: text.slice(start, end),
      start,
      marks: valid.filter((m) => m.start <= start && m.end >= end),
    });
  }
  return out;
}
