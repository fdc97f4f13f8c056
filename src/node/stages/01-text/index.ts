/** The text stage: tokens and sentences for a Doc. */
import type { Doc, Token } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { type Abbreviations, loadAbbreviations } from './abbreviations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { quoteDirection } from './tokenize.js';

export function textStage(abbreviations: Abbreviations = loadAbbreviations()): Stage {
  return {
    name: 'text',
    requires: [],
    assigns: ['tokens', 'sentences'],
    run: function annotateText(doc: Doc) {
      const raw = tokenize(doc.text, abbreviations);
      const bounds = splitSentences(doc.text, raw, abbreviations);
      const tokens: Token[] = raw.map((t, index) => ({
        start: t.start,
        end: t.end,
        index,
        sentence: 0,
        kind: t.kind,
        spaceAfter: t.end < doc.text.length && /\s/.test(doc.text[t.end]),
      }));
      doc.sentences = bounds.map((b, index) => {
        for (let i = b.tokenStart; i < b.tokenEnd; i++) tokens[i].sentence = index;
        return {
          index,
          start: tokens[b.tokenStart].start,
          end: tokens[b.tokenEnd - 1].end,
          tokenStart: b.tokenStart,
          tokenEnd: b.tokenEnd,
          paragraph: b.paragraph,
        };
      });
      doc.tokens = tokens;
    },
  };
}
