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

/** A stage that replaces the tree of sentence `index` (the first by default) with `shape`. */
function imposed(shape: Shape, index = 0): Stage {
  return {
    name: 'imposed-tree',
    requires: ['syntax'],
    assigns: [],
    run(doc: Doc) {
      const sentence = doc.sentences[index];
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

function eventsWith(text: string, shape: Shape, index = 0): string[] {
  const at = stages.findIndex((s) => s.name === 'syntax') + 1;
  const reader = new Reader({ stages: [...stages.slice(0, at), imposed(shape, index), ...stages.slice(at)] });
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
    [
      // A day between the noun and its "between" phrase, both on the verb (nouns.ts phraseAfter).
      'a "between" phrase after a day, both hung on the verb',
      'The plan came after a phone call on Sunday between Erdogan and Putin .',
      '2:det 3:nsubj 0:root 7:case 7:det 7:compound 3:obl 9:case 3:obl 11:case 3:obl 13:cc 11:conj 3:punct',
      'TURGOV>RUSGOV 041 asserted 2026-02-01 call',
    ],
    [
      // A sum read through its size keeps the phrase hung on its symbol (targets.ts obliqueWith).
      'a phrase on the symbol of a sum',
      'Qatar gave $ 2 billion to Egypt .',
      '2:nsubj 0:root 2:obj 5:compound 3:nummod 7:case 3:nmod 2:punct',
      'QAT>EGY 071 asserted - gave',
    ],
    [
      // ... or hung on the day itself.
      'a "between" phrase hung on the day after the noun',
      'The plan came after a phone call on Sunday between Erdogan and Putin .',
      '2:det 3:nsubj 0:root 7:case 7:det 7:compound 3:obl 9:case 3:obl 11:case 9:nmod 13:cc 11:conj 3:punct',
      'TURGOV>RUSGOV 041 asserted 2026-02-01 call',
    ],
    [
      // "ahead of" as UD has it, a case with "of" fixed to it (factuality.ts governor).
      'what comes "ahead of" is still to come, with "ahead" the case',
      'Troops were deployed in Doha ahead of talks between Qatar and Iran .',
      '3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 8:case 6:fixed 3:obl 10:case 8:nmod 12:cc 10:conj 3:punct',
      'QAT>IRN 046 future - talks',
    ],
  ];
  for (const [what, text, shape, expected] of cases) {
    it(what, () => {
      const found = eventsWith(text, shape);
      assert.ok(found.includes(expected), `${expected} not in ${found.join('; ')}`);
    });
  }

  it('another event conjoined to the sides of a "between" phrase is no side (nouns.ts)', () => {
    const found = eventsWith(
      'The trip followed a call between Lavrov and his Turkish counterpart , and a meeting in Paris .',
      '2:det 3:nsubj 0:root 5:det 3:obj 7:case 5:nmod 11:cc 11:nmod:poss 11:amod 7:conj 15:punct 15:cc 15:det 7:conj 17:case 15:nmod 3:punct',
    );
    assert.ok(found.includes('RUSGOV>TUR 041 asserted - call'), found.join('; '));
    assert.ok(!found.some((e) => e.includes('FRA')), found.join('; '));
  });
});
