/**
 * `sitrep parse [--conllu] FILE`: tags and parses text and prints CoNLL-U.
 * With --conllu the file is CoNLL-U with gold tokens (how the benchmark runs it): the same file
 * comes back with UPOS, XPOS, LEMMA, HEAD and DEPREL predicted and every other line intact.
 * Without it the file is raw text, tokenized and split by sitrep's own text stage.
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../doc/doc.js';
import { SitrepError } from '../errors.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { textStage } from '../stages/01-text/index.js';
import { annotateConllu } from '../stages/02-syntax/annotate.js';
import { type ConlluSentence, type ConlluWord, readConllu, writeConllu } from '../stages/02-syntax/conllu.js';
import { loadSyntaxModel, syntaxStage } from '../stages/02-syntax/index.js';

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new SitrepError('E022', { file, reason: (err as Error).message });
  }
}

function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** Converts a parsed Doc into CoNLL-U sentences, with sent_id and text comments. */
export function docToConllu(doc: Doc): ConlluSentence[] {
  return doc.sentences.map((sentence, s) => {
    const words: ConlluWord[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = doc.tokens[i];
      const last = i === sentence.tokenEnd - 1;
      words.push({
        id: i - sentence.tokenStart + 1,
        form: doc.text.slice(t.start, t.end).replace(/\s+/g, ' '),
        lemma: t.lemma ?? '_',
        upos: t.upos ?? '_',
        xpos: t.xpos ?? '_',
        feats: '_',
        head: t.head === undefined ? Number.NaN : t.head < 0 ? 0 : t.head - sentence.tokenStart + 1,
        deprel: t.deprel ?? '_',
        deps: '_',
        misc: !t.spaceAfter && !last ? 'SpaceAfter=No' : '_',
      });
    }
    const text = doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
    return {
      lines: [
        { kind: 'raw', text: `# sent_id = ${s + 1}` },
        { kind: 'raw', text: `# text = ${text}` },
        ...words.map((_, i) => ({ kind: 'word' as const, word: i })),
      ],
      words,
    };
  });
}

export async function parseCommand(args: {
  file: string;
  conllu: boolean;
  out: NodeJS.WritableStream;
}): Promise<void> {
  const input = readInput(args.file);
  const model = loadSyntaxModel();
  if (args.conllu) {
    await write(args.out, writeConllu(annotateConllu(model, readConllu(input))));
    return;
  }
  const doc = new Doc(input);
  createPipeline([textStage(), syntaxStage(model)]).run(doc);
  await write(args.out, writeConllu(docToConllu(doc)));
}
