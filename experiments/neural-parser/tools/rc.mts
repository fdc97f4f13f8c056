// usage: node --import tsx /work/exp/rc.mts "text" — tokens with tags and heads (sentence-relative)
import { Reader } from '../../../src/node/reader.ts';

const reader = new Reader();
const d: any = reader.read({ text: process.argv[2], published: '2026-02-02' } as any);
for (const s of d.sentences) {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = d.tokens[k];
    console.log(
      [
        k - s.tokenStart + 1,
        d.slice(t),
        t.lemma,
        t.upos,
        t.xpos,
        t.head < 0 ? 0 : t.head - s.tokenStart + 1,
        t.deprel,
      ].join('\t'),
    );
  }
  console.log();
}
