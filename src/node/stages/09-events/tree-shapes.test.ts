/**
 * The coder on trees given, not parsed: each case imposes a tree on its sentence after the
 * syntax stage (CoNLL-style heads, 1-based, 0 the root) and checks an event. These are the shapes
 * the neural parser gives where the linear one gave others, so the rules are tested on both
 * whichever parser is the default.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { defaultStages, Reader } from '../../reader.js';

/** "head:relation" for each token of the sentence, in order. */
type Shape = string;

/** A stage that replaces the first sentence's tree with `shape`. */
function imposed(shape: Shape): Stage {
  return {
    name: 'imposed-tree',
    requires: ['syntax'],
    assigns: [],
    run(doc: Doc) {
      const sentence = doc.sentences[0];
      const arcs = shape.split(' ');
      const n = sentence.tokenEnd - sentence.tokenStart;
      if (arcs.length !== n) throw new Error(`shape has ${arcs.length} arcs for ${n} tokens`);
      arcs.forEach((arc, k) => {
        const head = Number(arc.slice(0, arc.indexOf(':')));
        const token = doc.tokens[sentence.tokenStart + k];
        token.head = head === 0 ? -1 : sentence.tokenStart + head - 1;
        token.deprel = arc.slice(arc.indexOf(':') + 1);
      });
    },
  };
}

const stages = defaultStages();

function eventsWith(text: string, shape: Shape): string[] {
  const at = stages.findIndex((s) => s.name === 'syntax') + 1;
  const reader = new Reader({ stages: [...stages.slice(0, at), imposed(shape), ...stages.slice(at)] });
  const record = reader.extract({ id: 't', text, published: '2026-02-02' });
  const code = (side: { code?: string | null } | null) => side?.code ?? '-';
  const trigger = (e: { spans: { trigger: [number, number] | null } }) =>
    e.spans.trigger ? text.slice(...e.spans.trigger) : '-';
  return record.events.map(
    (e) => `${code(e.source)}>${code(e.target)} ${e.cameo} ${e.factuality} ${e.date ?? '-'} ${trigger(e)}`,
  );
}

describe('coder on given tree shapes', () => {
  // [what, sentence, shape, expected event]
  const cases: Array<[string, string, Shape, string]> = [
    [
      // "between" hung on the place that hangs on the time, under the object's verb (targets.ts
      // obliqueWith, third level).
      'a "between" phrase on the place of a meeting set for later',
      'Oman is working to arrange a meeting later this week in Muscat between Iranian and American envoys .',
      '3:nsubj 3:aux 0:root 5:mark 3:advcl 7:det 5:obj 5:advmod 10:det 5:obl:unmarked 12:case 10:nmod 17:case 17:amod 16:cc 14:conj 12:nmod 3:punct',
      'OMN>IRNGOV 045 asserted 2026-02-02/2026-02-08 arrange',
    ],
  ];
  for (const [what, text, shape, expected] of cases) {
    it(what, () => {
      const found = eventsWith(text, shape);
      assert.ok(found.includes(expected), `${expected} not in ${found.join('; ')}`);
    });
  }
});
