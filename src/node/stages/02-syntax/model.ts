/**
 * The trained syntax model: tagger, parser and lemmatizer, and its file format.
 *
 * `syntax.bin.gz` is gzip over: the magic "SXM1", a uint32 header length, a JSON header (tag,
 * label and word lists, tag dictionaries, array sizes), then for the tagger's two passes, the
 * parser's move classifier and its label classifier the weight arrays (int32 keys, uint8 run lengths, uint8
 * classes, int16 weights), each aligned to 4 bytes. The lemma tables are plain text files beside it.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SitrepError } from '../../errors.js';
import { mendNeuralHabits, PARTICLES } from './habits.js';
import { Lemmatizer } from './lemmatizer.js';
import type { NeuralParser } from './neural.js';
import {
  bestLabel,
  bestMove,
  coarseTags,
  forcedMove,
  LEFT,
  N_MOVES,
  PARSER_MAX_FEATS,
  ParserState,
  RIGHT,
  SHIFT,
  WORD_UNK,
} from './parser.js';
import { MoveWeights, SparseWeights, type WeightArrays } from './perceptron.js';
import { attachPunctuation } from './punctuation.js';
import { type Lex, Tagger } from './tagger.js';
import { ADV, NOUN, PLURAL, VERB, VERB_ED, VERB_S, WordClasses } from './wordclasses.js';

export interface ParsedWord {
  upos: string;
  xpos: string;
  lemma: string;
  /** 0-based index of the head in the sentence, -1 for the root. */
  head: number;
  deprel: string;
}

/** One sentence for `parseMany`: its words and, optionally, which of them are known names. */
export interface SentenceInput {
  words: readonly string[];
  names?: Uint8Array | null;
}

export const MODEL_FILE = 'syntax.bin.gz';
export const LEMMA_EXCEPTIONS_FILE = 'lemma-exceptions.tsv';
export const LEMMA_LEXICON_FILE = 'lemma-lexicon.txt';
export const WORD_CLASSES_FILE = 'word-classes.tsv';
const MAGIC = 'SXM1';
/**
 * Bumped whenever the file layout or the feature templates change (2: coarse-tag parser
 * features; 3: separate move and label classifiers, second tagger pass).
 */
const FORMAT_VERSION = 4;

export interface ModelHeader {
  version: number;
  /** Joint tags "UPOS XPOS", indexed by tagger class. */
  tags: string[];
  labels: string[];
  /** Parser vocabulary; word id = index + 3. */
  vocab: string[];
  /** Most frequent tag of frequent words: parallel lists of words and tag ids. */
  ambiguityWords: string[];
  ambiguityTags: number[];
  /** Words always given one tag, skipping the tagger. */
  dictionaryWords: string[];
  dictionaryTags: number[];
  taggerSizes: [number, number];
  secondSizes: [number, number];
  moveSizes: [number, number];
  labelSizes: [number, number];
  /** Free-form provenance: corpus, training date, dev scores. */
  info: Record<string, string | number>;
}

export interface ModelParts {
  header: ModelHeader;
  tagger: SparseWeights;
  /** Second tagger pass; empty (no keys) for a one-pass tagger. */
  second: SparseWeights;
  /** Parser move classifier: SHIFT, LEFT, RIGHT. */
  moves: MoveWeights;
  /** Parser label classifier, consulted for arcs only. */
  labels: SparseWeights;
  lemmatizer: Lemmatizer;
  /** Dictionary classes of words, a tagger feature (format 4). */
  wordClasses: WordClasses;
}

/** The three weight sets of a model, in file order. */
export type ModelWeights = Pick<ModelParts, 'tagger' | 'second' | 'moves' | 'labels'>;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeModel(header: ModelHeader, weights: ModelWeights): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Uint8Array[] = [Buffer.from(MAGIC, 'latin1')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  parts.push(len, json, new Uint8Array(pad4(json.length) - json.length));
  for (const set of [weights.tagger, weights.second, weights.moves, weights.labels]) {
    for (const arr of [set.keys, set.lens, set.cls, set.w]) {
      const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
      parts.push(bytes, new Uint8Array(pad4(bytes.length) - bytes.length));
    }
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a typed array out of `bytes` at a 4-aligned offset (copied, so alignment never matters). */
class Reader {
  private offset: number;
  constructor(
    private readonly bytes: Uint8Array,
    offset: number,
  ) {
    this.offset = offset;
  }

  take(byteLength: number): ArrayBuffer {
    if (this.offset + byteLength > this.bytes.length) throw new Error('file is truncated');
    // A copy, not a view: Buffer views share a pooled ArrayBuffer at arbitrary offsets.
    const copy = new Uint8Array(byteLength);
    copy.set(this.bytes.subarray(this.offset, this.offset + byteLength));
    this.offset += pad4(byteLength);
    return copy.buffer;
  }

  weights(nClasses: number, sizes: [number, number]): WeightArrays {
    const [nKeys, nnz] = sizes;
    const keys = new Int32Array(this.take(nKeys * 4));
    const lens = new Uint8Array(this.take(nKeys));
    const cls = new Uint8Array(this.take(nnz));
    const w = new Int16Array(this.take(nnz * 2));
    return { nClasses, keys, lens, cls, w };
  }
}

/**
 * The model in a file's bytes. Without `parserWeights` the linear parser's tables are left
 * empty (the neural parser replaces them): 20 MB less memory.
 */
export function decodeModel(gz: Uint8Array, parserWeights = true): { header: ModelHeader } & ModelWeights {
  const bytes = gunzipSync(gz);
  if (bytes.length < 8 || Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== MAGIC) {
    throw new Error('not a sitrep syntax model');
  }
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
    throw new Error('big-endian hosts are not supported');
  const jsonLength = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(4);
  const header = JSON.parse(Buffer.from(bytes.subarray(8, 8 + jsonLength)).toString('utf8')) as ModelHeader;
  if (header.version !== FORMAT_VERSION)
    throw new Error(
      `format version ${header.version}, expected ${FORMAT_VERSION}: trained for other features`,
    );
  const reader = new Reader(bytes, 8 + pad4(jsonLength));
  const tagger = new SparseWeights(reader.weights(header.tags.length, header.taggerSizes));
  const second = new SparseWeights(reader.weights(header.tags.length, header.secondSizes));
  const moves = new MoveWeights(
    parserWeights ? reader.weights(N_MOVES, header.moveSizes) : emptyWeights(N_MOVES),
  );
  const labels = new SparseWeights(
    parserWeights
      ? reader.weights(header.labels.length, header.labelSizes)
      : emptyWeights(header.labels.length),
  );
  return { header, tagger, second, moves, labels };
}

function emptyWeights(nClasses: number): WeightArrays {
  return {
    nClasses,
    keys: new Int32Array(0),
    lens: new Uint8Array(0),
    cls: new Uint8Array(0),
    w: new Int16Array(0),
  };
}

export type HeaderFields = Omit<
  ModelHeader,
  'version' | 'taggerSizes' | 'secondSizes' | 'moveSizes' | 'labelSizes'
>;

export function newHeader(fields: HeaderFields, weights: ModelWeights): ModelHeader {
  const sizes = (a: WeightArrays): [number, number] => [a.keys.length, a.w.length];
  return {
    version: FORMAT_VERSION,
    ...fields,
    taggerSizes: sizes(weights.tagger),
    secondSizes: sizes(weights.second),
    moveSizes: sizes(weights.moves),
    labelSizes: sizes(weights.labels),
  };
}

/** Whether `heads` (0-based, -1 the root) make one tree: one root, every word reaching it. */
export function isTree(heads: Int32Array): boolean {
  const n = heads.length;
  if (n > 0 && heads.filter((h) => h === -1).length !== 1) return false;
  for (let i = 0; i < n; i++) {
    let x = i;
    for (let steps = 0; x !== -1; steps++) {
      if (steps > n || x < -1 || x >= n) return false;
      x = heads[x];
    }
  }
  return true;
}

/** A parse: each word's head (0-based, -1 for the root) and label index. */
type Parse = { heads: Int32Array; labels: Int32Array };
/**
 * A sentence while it is parsed: the tagger's tag ids, the parser's word and tag ids (tag ids
 * + 2), and the words' lexical features. The retries change a tag and parse it again.
 */
interface Draft {
  tagIds: Int32Array;
  wordIds: Int32Array;
  parserTags: Int32Array;
  lex: Lex;
}

const NOMINAL_UPOS = new Set(['NOUN', 'PROPN']);
/** Words that can be the subject of a relative clause with no pronoun ("a move Belgrade rejected"). */
const SUBJECT_UPOS = new Set(['NOUN', 'PROPN', 'PRON']);
const INDEFINITE = new Set(['a', 'an']);
/** Verb forms that follow an auxiliary ("did not comment", "has seized", "was struck"). */
const VERB_AFTER_AUX = new Set(['VB', 'VBN', 'VBG']);
/** Words that name news media as the subject of a saying. */
const MEDIA_WORDS = new Set([
  'media',
  'agency',
  'kcna',
  'television',
  'tv',
  'radio',
  'newspaper',
  'broadcaster',
]);
/** Past tenses of speech acts, which after "and" continue a saying rather than what it reports. */
const SPEECH_PASTS = new Set([
  'accused',
  'warned',
  'urged',
  'demanded',
  'vowed',
  'threatened',
  'condemned',
  'criticised',
  'criticized',
  'denied',
  'rejected',
  'insisted',
  'added',
  'called',
]);
/** Relative pronouns that open a clause as its subject after a comma. */
const RELATIVE_SUBJECTS = new Set(['who', 'which']);
/** Verbs of give-and-take whose plural object is what the two sides give each other. */
const GIVE_AND_TAKE = new Set(['trade', 'exchange', 'swap']);
/** Words that open a noun phrase before a number ("the 72 drones"). */
const NUMBER_ARTICLES = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our']);
/** Spans of time that measure a clause from "after" or "before" ("hours after the strike began"). */
const TIME_SPANS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments']);
const SPAN_SUBORDINATORS = new Set(['after', 'before']);
/** What a copula can join its subject to: "is due", "is a threat", "is Kenya's". */
const PREDICATE_UPOS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words that are prepositions before a noun and subordinators before a clause. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as']);
/** Measures of time that come before "after" or "before" ("two days after", "hours before"). */
const TIME_NOUNS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'hour',
  'hours',
  'month',
  'months',
  'year',
  'years',
  'minutes',
  'moments',
]);
/** Relations that only a clause has: what a noun read as a clause must lack to be an object. */
const CLAUSE_MARKERS = new Set(['case', 'mark', 'cop', 'aux', 'nsubj', 'csubj', 'expl']);
/** Relative pronouns that open a clause after a comma. */
const RELATIVE_WORDS = new Set(['which', 'who']);
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve", "'d"]);
/** Relations of a clause beside another under one head (both reported by one saying). */
const SIBLING_CLAUSES = new Set(['ccomp', 'conj', 'parataxis']);
/** How a noun before ", which" may be hung on the relative clause's verb parsed in its place. */
const OUTER_NOUN_RELATIONS = new Set(['nsubj:outer', 'dislocated', 'nsubj', 'vocative']);
/** Dependents that show a verb heads a clause of its own, not a participle on a noun. */
const CLAUSE_KIDS = new Set(['cc', 'nsubj', 'obj', 'iobj', 'xcomp', 'ccomp', 'csubj']);
/** Penn tags a past tense is misread with before a noun (participle, adjective) or has. */
const PAST_XPOS = new Set(['VBN', 'VBD', 'JJ']);

/** Nouns of saying that a remark after a clause names ("…, a charge Moscow denies"). */
const REMARK_NOUNS = new Set(['charge', 'accusation', 'allegation', 'claim', 'assertion', 'account']);

/** Tags of the words of a short noun phrase ("M23 fighters", "the two armies"). */
const SHORT_PHRASE_UPOS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Tags of a word that opens an object ("positions", "the town", "two soldiers", "its base"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);
/** Relations of a word that heads a clause of its own (not one that modifies a noun). */
const CLAUSE_LABELS = new Set(['root', 'ccomp', 'conj', 'advcl', 'parataxis']);
/** Relations the parser gives the subject of a closing saying when it hangs it in the clause reported. */
const SAYER_SLIPS = new Set(['conj', 'obl:unmarked']);
/** Relations of the noun a saying's that-clause may be misparsed onto: where, or whom, it was said. */
const TOLD_RELATIONS = new Set(['obl', 'obj', 'iobj']);

/** A verb's past and its participle, which the tagger often confuses. */
const PAST_FORMS = new Set(['VBD', 'VBN']);

/** The possessive clitic, as the tokenizer splits it. */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'"]);

/** Verbs (as written) that take a bare infinitive: "help rebuild", "let go", "go buy". */
const BARE_INFINITIVE_TAKERS = new Set(
  'help helps helped helping let lets letting make makes made making go goes went going come comes came coming see sees saw seen hear hears heard watch watched feel felt bid dare'.split(
    ' ',
  ),
);

/**
 * Words that count a plural noun: after one of them and a singular noun ("all member states",
 * "two border crossings"), a present verb's form is the plural noun the count needs.
 */
const PLURAL_COUNTERS = new Set(
  'all both several many few these those various numerous two three four five six seven eight nine ten eleven twelve'.split(
    ' ',
  ),
);

/** Tags that open a noun phrase: a determiner, a possessive, a name, a pronoun or a number. */
const NOUN_PHRASE_OPENERS = new Set(['DT', 'PRP$', 'NNP', 'NNPS', 'PRP', 'CD']);

/** Forms of verbs of keeping on, starting and stopping, which take a gerund ("keep targeting"). */
const ASPECT_FORMS = new Set(
  'keep keeps kept keeping continue continues continued continuing stop stops stopped start starts started begin begins began resume resumes resumed'.split(
    ' ',
  ),
);

/** Words that open an apposition set off by commas ("Al-Shabaab, an al-Qaeda affiliate, …"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/** Words that set a time from now ("next month"). */
const TIME_SHIFTERS = new Set(['next', 'last', 'this']);
/** Nouns of a time a shifter sets. */
const SHIFTED_TIMES = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** Words that open what talks are about ("talks on ending the war"). */
const TOPIC_MARKS = new Set(['on', 'about']);

/** Nouns of talks and deals, whose topic a gerund after "on" may be. */
const TALK_NOUNS = new Set(
  'talks negotiations discussions consultations talk negotiation discussion consultation dialogue agreement agreements deal deals accord accords pact treaty memorandum'.split(
    ' ',
  ),
);

/** Subordinators that open a headline's second clause ("Japan protests after…"). */
const HEADLINE_SUBORDINATORS = new Set([
  'after',
  'as',
  'amid',
  'over',
  'while',
  'despite',
  'following',
  'before',
]);

/** Tags of a name or adjective before a noun ("U.S. claims", "Israeli reports"). */
const NAMING_UPOS = new Set(['PROPN', 'ADJ']);

/** Relations a name slipped into when it was a later clause's subject. */
const NAME_SLIPS = new Set(['appos', 'conj', 'flat', 'nmod', 'compound']);

/** Conjunctions that open a clause after a comma (", but fighting goes on"). */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'while', 'as']);

/** The gerunds that can be auxiliaries ("being attacked", "having met", "getting hurt"). */
const AUXILIARY_GERUNDS = new Set(['being', 'having', 'doing', 'getting']);

/** Pronouns that are a plural subject. */
const PLURAL_SUBJECTS = new Set(['they', 'we']);

/** Days and months: words a list of names is not conjoined to. */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Days named by a single word, which take no conjunct without "and". */
const DAY_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'overnight',
]);
const DATE_WORDS = new Set([...DAY_WORDS, ...MONTHS]);
/** Verbs after which a participle is the main verb, not a modifier of what follows. */
const PARTICIPLE_AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'having',
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'get',
  'gets',
  'got',
  'gotten',
]);
/** Pronouns that stand in for a clause later in the sentence ("it is vital to act"). */
const EXPLETIVES = new Set(['it', 'this', 'that', 'there']);
/** Dependents that a participle heading a clause has and a past tense does not. */
const PARTICIPLE_MARKERS = new Set(['aux', 'aux:pass', 'cop', 'nsubj:pass']);
/** Penn tags of finite verbs. */
const FINITE_XPOS = new Set(['VBD', 'VBZ', 'VBP']);
/** Tags of words that go on a noun phrase an adjective may describe. */
const NOUN_PHRASE_UPOS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Relations of the auxiliaries before a verb. */
const AUXILIARY_RELATIONS = new Set(['aux', 'aux:pass']);
/**
 * Nouns completed by an infinitive whose doer is the noun's owner ("Turkey's plan to", "a bid to"),
 * singular and plural. (Not "demands to release", whose doer is the one asked.)
 */
const INFINITIVE_NOUNS = new Set(
  [
    'plan',
    'bid',
    'decision',
    'offer',
    'proposal',
    'attempt',
    'effort',
    'move',
    'promise',
    'pledge',
    'threat',
    'campaign',
    'drive',
  ].flatMap((w) => [w, `${w}s`]),
);
/** Parts of speech that end a bare noun phrase read back from a verb. */
const PHRASE_BREAKERS = new Set(['ADP', 'AUX', 'VERB', 'PUNCT', 'SCONJ']);
/** Words that join a clause to the one before it after a comma (", but Germany opposes…"). */
const CLAUSE_COORDINATORS = new Set(['but', 'and', 'while', 'yet']);
/** Past and present forms of the commonest verbs that report a sentence ("…, officials said"). */
const SAYING_FORMS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'reported',
  'reports',
  'announced',
  'confirmed',
  'stated',
  'noted',
  'warned',
  'wrote',
  'claimed',
  'insisted',
  'explained',
]);

/** The score lead of `label` over every other label but the root's. */
function labelLead(scores: Int32Array, label: number, rootLabel: number): number {
  let second = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) {
    if (c !== label && c !== rootLabel && scores[c] > second) second = scores[c];
  }
  return scores[label] - second;
}

/** The score lead of `move` over the other legal moves (Infinity when it is the only one). */
function lead(state: ParserState, scores: Int32Array, move: number): number {
  let least = Number.POSITIVE_INFINITY;
  if (move !== SHIFT && state.canShift()) least = Math.min(least, scores[move] - scores[SHIFT]);
  if (move !== LEFT && state.canLeft()) least = Math.min(least, scores[move] - scores[LEFT]);
  if (move !== RIGHT && state.canRight()) least = Math.min(least, scores[move] - scores[RIGHT]);
  return least;
}

/** Fewest all-caps words that make a sentence a headline to truecase. */
const CAPS_MIN_WORDS = 3;

/**
 * Sentences per run of the neural parser, sorted by length: small batches were both faster and
 * lighter than 64 (less padding, smaller buffers; 55–60k against 48k words/s, 40 MB less RSS).
 */
const NEURAL_BATCH = 16;

export class SyntaxModel {
  readonly header: ModelHeader;
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
  private readonly moves: MoveWeights;
  private readonly labels: SparseWeights;
  private readonly vocab: Map<string, number>;
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly propnTag: boolean[];
  private readonly ambiguity: Map<string, number>;
  private readonly rootLabel: number;
  /** Tagger class of a past-tense verb ("VERB VBD"), -1 if the model has none. */
  private readonly pastTag: number;
  private readonly presentTag: number;
  private readonly participleTag: number;
  private readonly baseTag: number;
  private readonly toTag: number;
  private readonly nounTag: number;
  /** Joint tag ids of singular and plural proper nouns, for the words of known names. */
  private readonly properTag: number;
  /** Joint tag ids of "which" and "who" as relative pronouns. */
  private readonly relativeWhichTag: number;
  private readonly relativeWhoTag: number;
  private readonly properPluralTag: number;
  private readonly pluralNounTag: number;
  private readonly subjectLabel: number;
  private readonly parataxisLabel: number;
  /** Label ids the tree edits write or look for (-1 when a model has no such label). */
  private readonly markLabel: number;
  private readonly advclLabel: number;
  private readonly objectLabel: number;
  private readonly conjLabel: number;
  private readonly aclLabel: number;
  private readonly amodLabel: number;
  private readonly xcompLabel: number;
  private readonly csubjLabel: number;
  private readonly ccompLabel: number;
  /** More labels the tree edits below write or look for. */
  private readonly edit: {
    prt: number;
    case: number;
    nummod: number;
    advmod: number;
    fixed: number;
    obl: number;
    compound: number;
    appos: number;
    cop: number;
    obj: number;
  };
  private readonly relclLabel: number;
  private readonly oblLabel: number;
  private readonly passiveSubjectLabel: number;
  private readonly state: ParserState;
  private readonly feats = new Int32Array(PARSER_MAX_FEATS);
  private readonly moveScores = new Int32Array(N_MOVES);
  private readonly labelScores: Int32Array;

  /** The neural parser, when chosen: it replaces the linear parser's moves (see neural.ts). */
  private readonly neural: NeuralParser | null;
  /** The words of the sentence being parsed, and its tag ids, for the neural parser. */
  private neuralForms: string[] | null = null;
  private neuralTags: Int32Array | null = null;
  /** Neural parses of a batch's sentences, made together (keyed by words and tags). */
  private readonly neuralPre = new Map<string, Parse>();

  constructor(parts: ModelParts, neural: NeuralParser | null = null) {
    this.neural = neural;
    const { header } = parts;
    this.header = header;
    this.ambiguity = new Map();
    header.ambiguityWords.forEach((word, i) => {
      this.ambiguity.set(word, header.ambiguityTags[i]);
    });
    const dictionary = new Map<string, number>();
    header.dictionaryWords.forEach((word, i) => {
      dictionary.set(word, header.dictionaryTags[i]);
    });
    const second = parts.second.keys.length > 0 ? parts.second : undefined;
    this.tagger = new Tagger(
      header.tags,
      parts.tagger,
      this.ambiguity,
      dictionary,
      second,
      parts.wordClasses,
    );
    this.lemmatizer = parts.lemmatizer;
    this.moves = parts.moves;
    this.labels = parts.labels;
    this.vocab = new Map();
    header.vocab.forEach((word, i) => {
      this.vocab.set(word, i + 3);
    });
    this.upos = header.tags.map((t) => t.split(' ')[0]);
    this.xpos = header.tags.map((t) => t.split(' ')[1] ?? '_');
    this.propnTag = this.upos.map((u) => u === 'PROPN');
    this.pastTag = header.tags.indexOf('VERB VBD');
    this.presentTag = header.tags.indexOf('VERB VBP');
    this.participleTag = header.tags.indexOf('VERB VBN');
    this.baseTag = header.tags.indexOf('VERB VB');
    this.toTag = header.tags.indexOf('PART TO');
    this.nounTag = header.tags.indexOf('NOUN NN');
    this.properTag = header.tags.indexOf('PROPN NNP');
    this.relativeWhichTag = header.tags.indexOf('PRON WDT');
    this.relativeWhoTag = header.tags.indexOf('PRON WP');
    this.properPluralTag = header.tags.indexOf('PROPN NNPS');
    this.pluralNounTag = header.tags.indexOf('NOUN NNS');
    this.subjectLabel = header.labels.indexOf('nsubj');
    this.parataxisLabel = header.labels.indexOf('parataxis');
    this.markLabel = header.labels.indexOf('mark');
    this.advclLabel = header.labels.indexOf('advcl');
    this.objectLabel = header.labels.indexOf('obj');
    this.conjLabel = header.labels.indexOf('conj');
    this.aclLabel = header.labels.indexOf('acl');
    this.amodLabel = header.labels.indexOf('amod');
    this.xcompLabel = header.labels.indexOf('xcomp');
    this.csubjLabel = header.labels.indexOf('csubj');
    this.ccompLabel = header.labels.indexOf('ccomp');
    const label = (name: string) => header.labels.indexOf(name);
    this.edit = {
      prt: label('compound:prt'),
      case: label('case'),
      nummod: label('nummod'),
      advmod: label('advmod'),
      fixed: label('fixed'),
      obl: label('obl'),
      compound: label('compound'),
      appos: label('appos'),
      cop: label('cop'),
      obj: label('obj'),
    };
    this.relclLabel = header.labels.indexOf('acl:relcl');
    this.oblLabel = header.labels.indexOf('obl:unmarked');
    this.passiveSubjectLabel = header.labels.indexOf('nsubj:pass');
    this.rootLabel = header.labels.indexOf('root');
    if (this.rootLabel < 0) throw new Error('model has no root label');
    this.state = new ParserState(coarseTags(header.tags));
    this.labelScores = new Int32Array(header.labels.length);
  }

  /**
   * How far the best move must lead every other legal move on the leading templates alone
   * (`ParserState.headEnd`: 60 of the 124 templates, ranked by how many EWT dev decisions each
   * one swings) to be taken without scoring the rest. The unit is that of the quantised weights
   * (the largest is 32767), so it holds across retraining. At 110000, 37% of the move decisions
   * on EWT dev and PUD are taken early, with the same UAS and LAS on EWT dev and test as scoring
   * every key (80000: 48% early, 0.1 UAS lost). Infinity scores every key.
   */
  clearLead = 110000;
  /**
   * The same for an arc's label, on the 20 leading label templates of 39
   * (`ParserState.labelHeadEnd`): at 25000 most labels are taken early with the same LAS on EWT
   * dev as scoring every key (20000 lost 0.01 with the format-4 model, 0.03 with format 3).
   * Together the two make tagging and parsing about 14% faster.
   */
  clearLabelLead = 25000;

  /**
   * Tags, lemmatises and parses one sentence of words. Never throws; always returns a tree.
   * `names` (optional, one entry per word) marks words of known names, tagged as proper nouns.
   */
  parse(words: readonly string[], names: Uint8Array | null = null): ParsedWord[] {
    return this.parseMany([{ words, names }])[0];
  }

  /**
   * Sentences per phase of `parseMany`. The tagger keeps 48 keys per word of a phase to reuse in
   * its second pass; a few hundred sentences keep that buffer within the processor's cache.
   */
  phaseSentences = 256;

  /**
   * Parses several sentences, each exactly as `parse` would, but in phases: all are tagged
   * before any is parsed (and the tagger runs its two passes phase by phase too), so each 8 MB
   * weight table serves many sentences while it is in the processor's cache instead of being
   * swapped out for the next table at every sentence. 10–15% faster on batches of articles.
   */
  parseMany(sentences: readonly SentenceInput[]): ParsedWord[][] {
    const out: ParsedWord[][] = new Array(sentences.length);
    const size = Math.max(1, this.phaseSentences);
    for (let from = 0; from < sentences.length; from += size) {
      const group = sentences.slice(from, from + size);
      const inputs = group.map(({ words }) => {
        // Empty or blank strings cannot come from a tokenizer, but must not break the features.
        const clean = words.map((w) => (typeof w === 'string' && w.trim() !== '' ? w : '_'));
        const cased = this.truecase(clean);
        return { clean, cased, lex: this.tagger.lex(cased) };
      });
      const tags = this.tagger.tagMany(inputs.map((input) => input.lex));
      const neural = this.neural;
      if (neural) {
        const batch = inputs.map(({ clean, lex }, k) => {
          const t = Int32Array.from(tags[k]);
          this.fixTags(t, lex, group[k].names ?? null);
          return { forms: clean, tags: Array.from(t, (x) => `${this.upos[x]}|${this.xpos[x]}`) };
        });
        const index = new Map(this.header.labels.map((l, i) => [l, i]));
        this.neuralPre.clear();
        const sorted = batch
          .filter((s) => s.forms.length > 0)
          .sort((a, b) => a.forms.length - b.forms.length);
        for (let i = 0; i < sorted.length; i += NEURAL_BATCH) {
          const part = sorted.slice(i, i + NEURAL_BATCH);
          neural.parseMany(part).forEach((r, k) => {
            const key = `${part[k].forms.join(' ')}\t${part[k].tags.join(' ')}`;
            this.neuralPre.set(key, {
              heads: r.heads,
              labels: Int32Array.from(r.labels, (l) => index.get(l) ?? index.get('dep') ?? 0),
            });
          });
        }
      }
      inputs.forEach(({ clean, cased, lex }, k) => {
        out[from + k] = this.parseTagged(clean, cased, lex, tags[k], group[k].names ?? null);
      });
    }
    return out;
  }

  private fixTags(tagIds: Int32Array, lex: Lex, names: Uint8Array | null): void {
    this.verbAfterModal(tagIds, lex);
    this.giveAndTakeVerb(tagIds, lex);
    this.verbAfterTo(tagIds, lex);
    this.gerundNotAuxiliary(tagIds, lex);
    this.participleAfterHave(tagIds, lex);
    this.verbAfterRelative(tagIds, lex);
    this.verbAfterPluralSubject(tagIds, lex);
    this.nounAfterVerb(tagIds, lex);
    this.pluralAfterCounter(tagIds, lex);
    this.claimsAfterName(tagIds, lex);
    this.headlineVerbAfterName(tagIds, lex);
    this.nounBeforeFrenchOf(tagIds, lex);
    this.gerundSubjectFirst(tagIds, lex);
    this.pastAfterWhere(tagIds, lex);
    if (names) this.properNames(tagIds, names);
  }

  /** The neural parser's habits mended (habits.ts), on label indexes. */
  private normalizeNeural(tagIds: Int32Array, parse: Parse): Parse {
    const forms = this.neuralForms;
    if (!forms) return parse;
    const names = this.header.labels;
    const xpos = Array.from(tagIds, (t) => this.xpos[t - 2]);
    const tree = {
      forms,
      upos: Array.from(tagIds, (t) => this.upos[t - 2]),
      xpos: [...xpos],
      heads: parse.heads,
      labels: Array.from(parse.labels, (l) => names[l]),
      verbLemma: (i: number) => this.lemmatizer.lemma(forms[i], 'VERB', xpos[i]),
    };
    const before = { heads: Int32Array.from(parse.heads), labels: Int32Array.from(parse.labels) };
    mendNeuralHabits(tree, SAYING_FORMS);
    // A mend that left no tree (a cycle, or not one root) is undone as a whole: a parse always
    // comes back as a tree.
    if (!isTree(tree.heads)) {
      if (process.env.SITREP_DEBUG_HABITS) console.error('habits left no tree:', forms.join(' '));
      return before;
    }
    // (A mend may retag a word: the sentence's tags take the new tag, when the model knows it.)
    const own = this.neuralTags;
    tree.xpos.forEach((x, i) => {
      if (x === xpos[i] || !own || own.length !== tagIds.length) return;
      const id = this.header.tags.indexOf(`${tree.upos[i]} ${x}`);
      if (id >= 0) own[i] = id;
    });
    const index = new Map(names.map((l, i) => [l, i]));
    return { heads: tree.heads, labels: Int32Array.from(tree.labels, (l) => index.get(l) ?? 0) };
  }

  /**
   * Retries and tree edits: the linear parser's slips that news shows, mended. Each edit names
   * the slip it mends (see the methods). Returns the tree to keep.
   */
  private treeEdits(draft: Draft, heads: Int32Array, labels: Int32Array): Parse {
    const { tagIds, lex } = draft;
    const retry =
      this.verblessRetry(draft, heads, labels) ??
      this.activeParticipleRetry(draft, heads, labels) ??
      this.subordinatePastRetry(draft, heads, labels) ??
      this.bareParticipleRootRetry(draft, heads, labels);
    if (retry) ({ heads, labels } = retry);
    const aside = this.relativeAsideRetry(draft, heads, labels);
    if (aside) ({ heads, labels } = aside);
    this.spanBeforeSubordinate(tagIds, lex, heads, labels);
    this.subjectOfSaying(tagIds, heads, labels);
    this.sayerAcrossComma(tagIds, heads, labels);
    this.trailingSaying(tagIds, lex, heads, labels);
    this.sayingInStatement(lex, heads, labels);
    this.clauseAfterReported(tagIds, lex, heads, labels);
    this.subordinateClause(tagIds, lex, heads, labels);
    this.nounAsObject(tagIds, lex, heads, labels);
    this.objectAsSecondSubject(tagIds, heads, labels);
    this.participleAfterNoun(tagIds, heads, labels);
    this.chargeDeniedAfterClause(tagIds, lex, heads, labels);
    this.gerundOnClause(tagIds, heads, labels);
    this.participleWithSubject(tagIds, lex, heads, labels);
    this.participleBetweenCommas(tagIds, heads, labels);
    this.complementAsSubject(lex, heads, labels);
    this.upToNumber(tagIds, lex, heads, labels);
    this.participleBeforeObject(tagIds, lex, heads, labels);
    this.objectAfterDay(tagIds, lex, heads, labels);
    this.listAfterDate(tagIds, lex, heads, labels);
    this.dayBeforeSubordinator(lex, heads, labels);
    this.subjectAfterCoordinator(tagIds, lex, heads, labels);
    this.infinitiveOfNoun(lex, heads, labels);
    this.compoundAcrossCase(tagIds, heads, labels);
    this.participleAfterPossessive(tagIds, lex, heads, labels);
    this.copulaOnSaying(tagIds, heads, labels);
    this.nounAsReportedClause(tagIds, heads, labels);
    this.clauseBeforeAppositiveNoun(tagIds, lex, heads, labels);
    this.relativeAfterPhrase(tagIds, lex, heads, labels);
    this.namesListedInHeadline(tagIds, lex, heads, labels);
    this.gerundAfterAspect(tagIds, lex, heads, labels);
    this.topicOfTalks(tagIds, lex, heads, labels);
    this.reducedRelative(tagIds, heads, labels);
    this.placeBeforeTime(tagIds, lex, heads, labels);
    this.participleAfterNumber(tagIds, heads, labels);
    this.pastAfterAnd(tagIds, lex, heads, labels);
    this.reactionAfterComma(tagIds, heads, labels);
    this.gerundSubjectOfClause(tagIds, heads, labels);
    this.relativeClauseAsMain(lex, heads, labels);
    this.mainVerbInRelative(tagIds, lex, heads, labels);
    this.relativeClauseAsConjunct(tagIds, lex, heads, labels);
    this.conjunctPastItsClause(tagIds, heads, labels);
    this.pastConjunctOfSaying(tagIds, lex, heads, labels);
    this.pastConjunctOfCharge(tagIds, lex, heads, labels);
    this.pastConjunctOfParticiple(tagIds, heads, labels);
    this.zeroRelativeAfterComma(tagIds, lex, heads, labels);
    this.clauseReadAsModifier(tagIds, lex, heads, labels);
    this.infinitiveAfterRelative(tagIds, lex, heads, labels);
    this.activeSubjectWithObject(heads, labels);
    this.compoundSubjectOfVerb(tagIds, heads, labels);
    this.subjectOfSubject(tagIds, heads, labels);
    return { heads, labels };
  }

  /** The rest of `parse` once the tagger has run: tag fixes, parse, retries, tree edits, lemmas. */
  private parseTagged(
    clean: string[],
    input: string[],
    lex: Lex,
    tagIds: Int32Array,
    names: Uint8Array | null,
  ): ParsedWord[] {
    const n = clean.length;
    if (n === 0) return [];
    this.fixTags(tagIds, lex, names);
    const wordIds = new Int32Array(n);
    const parserTags = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      wordIds[i] = this.vocab.get(lex.norm[i]) ?? WORD_UNK;
      parserTags[i] = tagIds[i] + 2;
    }
    const draft: Draft = { tagIds, wordIds, parserTags, lex };
    this.neuralForms = clean;
    this.neuralTags = tagIds;
    let { heads, labels } = this.parseIds(wordIds, parserTags);
    ({ heads, labels } = this.treeEdits(draft, heads, labels));
    attachPunctuation(
      clean,
      Array.from(tagIds, (t) => this.upos[t] === 'PUNCT'),
      heads,
    );
    const out: ParsedWord[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const upos = this.upos[tagIds[i]];
      const xpos = this.xpos[tagIds[i]];
      out[i] = {
        upos,
        xpos,
        lemma: this.lemmatizer.lemma(upos === 'PROPN' ? input[i] : clean[i], upos, xpos),
        head: heads[i],
        deprel: this.header.labels[labels[i]],
      };
    }
    return out;
  }

  /**
   * "The junta, led by General Goita, has since expelled the ambassador", labelled with "junta" as
   * a passive subject: a verb with no passive auxiliary and an object of its own is active, and its
   * subject an active one (a label edit; EWT dev, test and PUD unchanged at two decimals).
   */
  private activeSubjectWithObject(heads: Int32Array, labels: Int32Array): void {
    const { passiveSubjectLabel, subjectLabel } = this;
    if (passiveSubjectLabel < 0 || subjectLabel < 0) return;
    if (!labels.includes(passiveSubjectLabel)) return;
    const label = (i: number) => this.header.labels[labels[i]];
    // Per head: 1 = has an object, 2 = has a passive auxiliary.
    const kids = new Uint8Array(heads.length);
    for (let k = 0; k < heads.length; k++) {
      if (heads[k] < 0) continue;
      if (label(k) === 'obj') kids[heads[k]] |= 1;
      else if (label(k) === 'aux:pass') kids[heads[k]] |= 2;
    }
    for (let i = 0; i < heads.length; i++)
      if (labels[i] === passiveSubjectLabel && heads[i] >= 0 && kids[heads[i]] === 1)
        labels[i] = subjectLabel;
  }

  /**
   * "M23 seizes mining town", with "M23" a `compound` of the verb: a verb takes no compound; a
   * noun before a verb that has no subject, hung on it as one, is its subject (a label edit).
   */
  private compoundSubjectOfVerb(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { subjectLabel } = this;
    const compound = this.header.labels.indexOf('compound');
    if (compound < 0 || subjectLabel < 0 || !labels.includes(compound)) return;
    for (let i = 0; i < heads.length; i++) {
      const verb = heads[i];
      if (labels[i] !== compound || verb <= i || this.upos[tagIds[verb]] !== 'VERB') continue;
      // (A finite verb only: a participle or gerund read as a verb is often a noun's modifier.)
      if (!NOMINAL_UPOS.has(this.upos[tagIds[i]]) || !FINITE_XPOS.has(this.xpos[tagIds[verb]])) continue;
      if (heads.some((h, k) => h === verb && this.header.labels[labels[k]].startsWith('nsubj'))) continue;
      labels[i] = subjectLabel;
    }
  }

  /**
   * "The United Nations human rights office urged Ecuador to…" came out with "Nations" the subject
   * of "office", itself the subject of "urged". A noun takes no subject unless it is a predicate
   * (with a copula); a name right before a noun subject's own modifiers, hung on it as its
   * subject, is its compound (EWT and PUD unchanged).
   */
  private subjectOfSubject(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const compound = this.edit.compound;
    const { subjectLabel } = this;
    if (compound < 0 || subjectLabel < 0) return;
    for (let i = 0; i < heads.length; i++) {
      const noun = heads[i];
      if (labels[i] !== subjectLabel || noun <= i || this.upos[tagIds[i]] !== 'PROPN') continue;
      if (this.upos[tagIds[noun]] !== 'NOUN' || labels[noun] !== subjectLabel) continue;
      if (heads.some((h, k) => h === noun && this.header.labels[labels[k]] === 'cop')) continue;
      // (Only when the words between are the noun's own modifiers.)
      let between = true;
      // (Not a name joined to the noun: "Bush and his administration came…".)
      for (let k = i + 1; k < noun; k++)
        if (!this.dominates(heads, noun, k) || this.header.labels[labels[k]] === 'cc') between = false;
      if (between) labels[i] = compound;
    }
  }

  /** Words of a known name are proper nouns (plural when the tagger read a plural noun). */
  private properNames(tagIds: Int32Array, names: Uint8Array): void {
    if (this.properTag < 0) return;
    for (let i = 0; i < tagIds.length; i++) {
      // ("Al-Shabaab" tagged PROPN ADD, as an address: a name's proper tag is NNP or NNPS.)
      const xpos = this.xpos[tagIds[i]];
      if (names[i] !== 1 || (this.upos[tagIds[i]] === 'PROPN' && (xpos === 'NNP' || xpos === 'NNPS')))
        continue;
      const plural = this.xpos[tagIds[i]] === 'NNS' && this.properPluralTag >= 0;
      tagIds[i] = plural ? this.properPluralTag : this.properTag;
    }
  }

  /**
   * "Israel will free the prisoners": after a modal (and perhaps "not" or an adverb) comes a
   * verb, but an adjective or noun the tagger prefers ("free", "present", "open") hides it.
   * Such a word is retagged as the base verb when the dictionary says it can be one.
   */
  private verbAfterModal(tagIds: Int32Array, lex: Lex): void {
    if (this.baseTag < 0) return;
    for (let i = 1; i < tagIds.length; i++) {
      const upos = this.upos[tagIds[i]];
      // ("would not back down": an adverb too, when a particle follows it.)
      const phrasal = upos === 'ADV' && PARTICLES.has(lex.norm[i + 1] ?? '');
      if (upos !== 'ADJ' && upos !== 'NOUN' && !phrasal) continue;
      const before = this.xpos[tagIds[i - 1]] === 'RB' && i > 1 ? i - 2 : i - 1;
      if (this.xpos[tagIds[before]] !== 'MD') continue;
      if ((lex.wc[i + 2] & VERB) !== 0) tagIds[i] = this.baseTag;
    }
  }

  /**
   * "But fighting continued in eastern Congo" was tagged with "fighting" as an auxiliary (the
   * parser then made "continued" a passive). Only "be", "have", "do" and "get" have auxiliary
   * gerunds; another word's is the noun it names.
   */
  private gerundNotAuxiliary(tagIds: Int32Array, lex: Lex): void {
    if (this.nounTag < 0) return;
    for (let i = 0; i < tagIds.length; i++) {
      if (this.upos[tagIds[i]] !== 'AUX' || this.xpos[tagIds[i]] !== 'VBG') continue;
      if (!AUXILIARY_GERUNDS.has(lex.norm[i])) tagIds[i] = this.nounTag;
    }
  }

  /**
   * "refused to free the ousted president" was tagged with "free" as an adjective (and "to" as
   * a preposition), so nothing was freed. After a verb and "to", a word the dictionary says can
   * be a verb, followed at once by the start of a noun phrase ("the", "its", a name), is the
   * infinitive, and "to" its marker.
   */
  private verbAfterTo(tagIds: Int32Array, lex: Lex): void {
    if (this.baseTag < 0 || this.toTag < 0) return;
    for (let i = 2; i + 1 < tagIds.length; i++) {
      const upos = this.upos[tagIds[i]];
      if ((upos !== 'ADJ' && upos !== 'NOUN') || lex.norm[i - 1] !== 'to') continue;
      if (this.upos[tagIds[i - 2]] !== 'VERB' || (lex.wc[i + 2] & VERB) === 0) continue;
      if (!NOUN_PHRASE_OPENERS.has(this.xpos[tagIds[i + 1]])) continue;
      tagIds[i] = this.baseTag;
      tagIds[i - 1] = this.toTag;
    }
  }

  /**
   * "said it had shot down 48 drones" was tagged with "shot" as a noun, the object of "had". A
   * singular noun with no determiner right after "have" ("had shot", "has hit"), which the word
   * classes say can be a verb's past form, is the participle of a perfect tense ("had water"
   * stays a noun: "water" is no past form).
   */
  private participleAfterHave(tagIds: Int32Array, lex: Lex): void {
    if (this.participleTag < 0) return;
    for (let i = 1; i + 1 < tagIds.length; i++) {
      if (!HAVE_FORMS.has(lex.norm[i - 1])) continue;
      // ("has committed(JJ) to withdrawing": an adjective too, unless a noun it may describe
      // follows, "has dedicated staff".)
      const adjective = this.xpos[tagIds[i]] === 'JJ' && !NOUN_PHRASE_UPOS.has(this.upos[tagIds[i + 1]]);
      if (this.xpos[tagIds[i]] !== 'NN' && !adjective) continue;
      if ((lex.wc[i + 2] & VERB_ED) === 0) continue;
      tagIds[i] = this.participleTag;
      // "had" itself is then the auxiliary, not a verb with an object.
      const aux = this.header.tags.indexOf(`AUX ${this.xpos[tagIds[i - 1]]}`);
      if (this.upos[tagIds[i - 1]] === 'VERB' && aux >= 0) tagIds[i - 1] = aux;
    }
  }

  /**
   * "The Palestinians reject proposed changes" was tagged with "reject" as an adverb: right after
   * a plural subject, a word the word classes know as a verb and never as an adverb is the verb.
   */
  private verbAfterPluralSubject(tagIds: Int32Array, lex: Lex): void {
    if (this.presentTag < 0) return;
    for (let i = 1; i < tagIds.length; i++) {
      if (this.xpos[tagIds[i]] !== 'RB' || (lex.wc[i + 2] & (VERB | ADV)) !== VERB) continue;
      const before = this.xpos[tagIds[i - 1]];
      if (before === 'NNS' || before === 'NNPS' || PLURAL_SUBJECTS.has(lex.norm[i - 1]))
        tagIds[i] = this.presentTag;
    }
  }

  /**
   * "Venezuela and Guyana trade accusations over Essequibo incident" (a headline) was tagged with
   * "trade" a noun compounded onto "accusations", leaving no verb. In a sentence with no verb, a
   * verb of give-and-take ("trade", "exchange", "swap") read as a noun right after a name and
   * before a plural noun is the present-tense verb of the names before it.
   */
  private giveAndTakeVerb(tagIds: Int32Array, lex: Lex): void {
    if (this.presentTag < 0) return;
    if (tagIds.some((t) => this.upos[t] === 'VERB' || this.upos[t] === 'AUX')) return;
    for (let i = 1; i + 1 < tagIds.length; i++) {
      if (!GIVE_AND_TAKE.has(lex.norm[i]) || this.xpos[tagIds[i]] !== 'NN') continue;
      if (this.upos[tagIds[i - 1]] !== 'PROPN' || this.xpos[tagIds[i + 1]] !== 'NNS') continue;
      tagIds[i] = this.presentTag;
      return;
    }
  }

  /**
   * "France will impose import restrictions" was tagged with "import" as a second verb, whose
   * object "restrictions" then was, so nothing was imposed. A base verb right after another verb
   * and right before a noun is a noun of a compound ("import restrictions", "export controls")
   * when the word classes say it can be a noun, unless the verb before takes a bare infinitive
   * ("help rebuild homes", "let them", "go buy food").
   */
  private nounAfterVerb(tagIds: Int32Array, lex: Lex): void {
    if (this.nounTag < 0 || this.baseTag < 0) return;
    for (let i = 1; i + 1 < tagIds.length; i++) {
      if (tagIds[i] !== this.baseTag || (lex.wc[i + 2] & NOUN) === 0) continue;
      if (this.upos[tagIds[i - 1]] !== 'VERB' || BARE_INFINITIVE_TAKERS.has(lex.norm[i - 1])) continue;
      const next = this.xpos[tagIds[i + 1]];
      if (next === 'NN' || next === 'NNS') tagIds[i] = this.nounTag;
    }
  }

  /**
   * "Japan protests after Chinese ships enter waters near disputed islands" was tagged with
   * "protests" a noun, the subject of "enter". In a headline (no closing mark), a plural noun that
   * can be a verb's present form, right after an opening name and before a subordinator, is that
   * verb ("Iran warns as…", "Seoul protests after…").
   */
  private headlineVerbAfterName(tagIds: Int32Array, lex: Lex): void {
    const n = tagIds.length;
    const present = this.header.tags.indexOf('VERB VBZ');
    if (present < 0 || n < 5 || this.upos[tagIds[n - 1]] === 'PUNCT') return;
    let i = 1;
    while (i < n && this.upos[tagIds[i]] === 'PROPN') i++;
    if (i + 1 >= n || this.upos[tagIds[0]] !== 'PROPN' || this.xpos[tagIds[i]] !== 'NNS') return;
    if ((lex.wc[i + 2] & VERB_S) === 0 || !HEADLINE_SUBORDINATORS.has(lex.norm[i + 1])) return;
    tagIds[i] = present;
  }

  /**
   * "Venezuela rejected U.S. claims that a boat belonged to a cartel" was tagged with "claims" a
   * verb whose subject was "U.S.", and the rest of the sentence its content. After a verb and a
   * name or adjective of one or two words, a present verb that can be a plural noun, right before
   * "that", is that noun ("denied Israeli reports that").
   */
  private claimsAfterName(tagIds: Int32Array, lex: Lex): void {
    if (this.pluralNounTag < 0) return;
    for (let i = 2; i + 1 < tagIds.length; i++) {
      if (this.xpos[tagIds[i]] !== 'VBZ' || (lex.wc[i + 2] & PLURAL) === 0 || lex.norm[i + 1] !== 'that')
        continue;
      let k = i - 1;
      while (k > 0 && i - k <= 2 && NAMING_UPOS.has(this.upos[tagIds[k]])) k--;
      if (k === i - 1 || this.upos[tagIds[k]] !== 'VERB') continue;
      tagIds[i] = this.pluralNounTag;
    }
  }

  /**
   * "called on all member states to cooperate" was tagged with "states" as a verb whose subject
   * was "the decision" before it. "All member" cannot end a noun phrase: after a word that
   * counts a plural ("all", "both", "several", "two") and a singular noun comes the plural head,
   * so a present verb there, which the word classes say can be a plural noun, is that noun.
   */
  private pluralAfterCounter(tagIds: Int32Array, lex: Lex): void {
    if (this.pluralNounTag < 0) return;
    for (let i = 2; i < tagIds.length; i++) {
      if (this.xpos[tagIds[i]] !== 'VBZ' || (lex.wc[i + 2] & PLURAL) === 0) continue;
      if (this.xpos[tagIds[i - 1]] === 'NN' && PLURAL_COUNTERS.has(lex.norm[i - 2]))
        tagIds[i] = this.pluralNounTag;
      // ("shot down 58 of the 72 drones Russia launched": an article and a number open a noun
      // phrase, not a clause.)
      else if (this.xpos[tagIds[i - 1]] === 'CD' && NUMBER_ARTICLES.has(lex.norm[i - 2]))
        tagIds[i] = this.pluralNounTag;
    }
  }

  /**
   * "Fighting continued on Sunday in South Kivu, …, officials said" was tagged with "Fighting" a
   * participle and "continued" another, so the sentence had no clause of its own. A sentence that
   * opens with a gerund right before a verb's past form is that gerund as the subject of the
   * past tense ("Fighting continued", "Shelling killed five"; not "Having…", "Being…").
   */
  private gerundSubjectFirst(tagIds: Int32Array, lex: Lex): void {
    if (this.nounTag < 0 || this.pastTag < 0 || tagIds.length < 3) return;
    this.gerundSubjectAt(0, tagIds, lex);
    // ("Congo, Rwanda sign economic pact, but fighting goes on": so does a clause after a comma
    // and a conjunction.)
    for (let g = 2; g + 1 < tagIds.length; g++)
      if (lex.norm[g - 2] === ',' && CLAUSE_CONJUNCTIONS.has(lex.norm[g - 1]))
        this.gerundSubjectAt(g, tagIds, lex);
  }

  private gerundSubjectAt(g: number, tagIds: Int32Array, lex: Lex): void {
    if (this.xpos[tagIds[g]] !== 'VBG' || AUXILIARY_GERUNDS.has(lex.norm[g])) return;
    const next = this.xpos[tagIds[g + 1]];
    if (g > 0 && next === 'VBZ') {
      tagIds[g] = this.nounTag;
      return;
    }
    if ((next !== 'VBN' && next !== 'VBD') || (lex.wc[g + 1 + 2] & VERB_ED) === 0) return;
    tagIds[g] = this.nounTag;
    tagIds[g + 1] = this.pastTag;
  }

  /**
   * "…in South Kivu, where M23 fighters attacked(VBN) positions held by…" was tagged with
   * "attacked" an adjective-like participle on "positions". A clause that ", where" opens has a
   * subject and a verb: after a short noun phrase, a participle or adjective that the word classes
   * say can be a verb's past, before what opens an object, is that past tense.
   */
  private pastAfterWhere(tagIds: Int32Array, lex: Lex): void {
    if (this.pastTag < 0) return;
    const n = tagIds.length;
    for (let w = 1; w + 3 < n; w++) {
      if (lex.norm[w] !== 'where' || lex.norm[w - 1] !== ',') continue;
      let v = w + 1;
      while (v < n && v - w <= 4 && SHORT_PHRASE_UPOS.has(this.upos[tagIds[v]])) v++;
      if (v === w + 1 || v + 1 >= n || !NOMINAL_UPOS.has(this.upos[tagIds[v - 1]])) continue;
      if (!PAST_XPOS.has(this.xpos[tagIds[v]]) || this.xpos[tagIds[v]] === 'VBD') continue;
      if ((lex.wc[v + 2] & VERB_ED) === 0) continue;
      if (!OBJECT_OPENERS.has(this.upos[tagIds[v + 1]])) continue;
      tagIds[v] = this.pastTag;
    }
  }

  /**
   * "summoned the Malian charge d'affaires" was tagged with "charge" as a verb and the title as
   * its object. A word before a French "d'" ("charge d'affaires", "coup d'etat") is the noun of a
   * borrowed phrase.
   */
  private nounBeforeFrenchOf(tagIds: Int32Array, lex: Lex): void {
    if (this.nounTag < 0) return;
    for (let i = 0; i + 1 < tagIds.length; i++) {
      const next = lex.norm[i + 1];
      if (this.upos[tagIds[i]] !== 'VERB' || !(next.startsWith("d'") || next.startsWith('d’'))) continue;
      if (next.length > 2) tagIds[i] = this.nounTag;
    }
  }

  /**
   * "Latvia, which shot down two drones last spring, said…" was tagged with "which" as a
   * determiner and "shot" as a noun ("which shot?"). After a comma, "which" or "who" opens a
   * relative clause, whose first word, when the word classes say it can be a verb's past, is
   * that past.
   */
  private verbAfterRelative(tagIds: Int32Array, lex: Lex): void {
    if (this.pastTag < 0) return;
    for (let i = 2; i < tagIds.length; i++) {
      const upos = this.upos[tagIds[i]];
      if (upos !== 'NOUN' && upos !== 'ADJ') continue;
      if (!RELATIVE_WORDS.has(lex.norm[i - 1]) || lex.norm[i - 2] !== ',') continue;
      if ((lex.wc[i + 2] & VERB_ED) === 0) continue;
      tagIds[i] = this.pastTag;
      const pronoun = lex.norm[i - 1] === 'which' ? this.relativeWhichTag : this.relativeWhoTag;
      if (pronoun >= 0) tagIds[i - 1] = pronoun;
    }
  }

  /**
   * News sentences almost always have a main verb, but a past tense read as a participle
   * ("warplanes and tanks shelled camps" with "shelled" as VBN) leaves a noun at the root
   * (or a second subject of the reporting verb) and the verb as its modifier. Such a parse is
   * tried again with the participle tagged as a past tense, last candidate first, and the new
   * parse kept if that verb became the root or the clause a verb reports, with its own subject.
   * Returns null (keep the first parse) otherwise; tags are updated in place when kept.
   */
  private verblessRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const n = heads.length;
    if (n < 4 || this.pastTag < 0) return null;
    const suspects = this.verblessNominals(tagIds, lex, heads, labels);
    if (suspects.size === 0) return null;
    // The participle right after a noun left at the root goes first: "Georgian police detained(VBN)
    // two opposition leaders as thousands of protesters rallied(VBN)…" is the police's detention,
    // the rally its clause of time; the last candidate first made the police rally.
    const root = heads.indexOf(-1);
    const first =
      root >= 0 && NOMINAL_UPOS.has(this.upos[tagIds[root]]) && heads[root + 1] === root ? root + 1 : -1;
    const order = [...(first > 0 ? [first] : []), ...Array.from({ length: n - 1 }, (_, k) => n - 1 - k)];
    for (const i of order) {
      const label = this.header.labels[labels[i]];
      if (label !== 'amod' && label !== 'acl') continue;
      // (After a bracketed short name too: "the National Liberation Army (ELN) resumed talks".)
      const before = this.xpos[tagIds[i - 1]] === '-RRB-' && i > 1 ? i - 2 : i - 1;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[before]])) continue;
      if (!this.participle(i, suspects, tagIds, heads, labels, lex)) continue;
      const again = this.asPastTense(
        i,
        draft,
        (parse) =>
          parse.heads[i] === -1 || this.headsClause(parse, i) || this.adjectiveRoot(parse, i, tagIds),
      );
      if (again) {
        this.rootFromAdjective(again, i, tagIds);
        return again;
      }
    }
    return this.nounAsVerbRetry(draft, heads, labels);
  }

  /**
   * "Georgian riot police dispersed(VBD) protesters…" reparsed with the opening adjective as the
   * root and the verb, with its own subject, as its clause: the opening word of a sentence is no
   * root for a verb with a subject.
   */
  private adjectiveRoot(parse: Parse, verb: number, tagIds: Int32Array): boolean {
    return (
      parse.heads[0] === -1 &&
      this.upos[tagIds[0]] === 'ADJ' &&
      parse.heads[verb] === 0 &&
      this.hasSubject(parse, verb)
    );
  }

  /** Makes such a verb the root, and the adjective a modifier of its subject. */
  private rootFromAdjective(parse: Parse, verb: number, tagIds: Int32Array): void {
    if (!this.adjectiveRoot(parse, verb, tagIds)) return;
    const { heads, labels } = parse;
    const subject = heads.findIndex((h, k) => h === verb && labels[k] === this.subjectLabel);
    for (let k = 1; k < heads.length; k++) if (heads[k] === 0) heads[k] = verb;
    heads[verb] = -1;
    labels[verb] = this.rootLabel;
    heads[0] = subject;
    labels[0] = this.amodLabel;
  }

  /**
   * "Kenyan police shot dead two fighters", tagged with "shot" as a noun: a sentence where no verb
   * heads a clause, whose root noun, right after another noun, can be a verb's past form is parsed again
   * with it as a past tense, kept if it becomes the root with a subject.
   */
  private nounAsVerbRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const root = heads.indexOf(-1);
    if (root < 1 || this.upos[tagIds[root]] !== 'NOUN' || (lex.wc[root + 2] & VERB_ED) === 0) return null;
    if (!NOMINAL_UPOS.has(this.upos[tagIds[root - 1]])) return null;
    // No verb heads a clause ("suspected" on "fighters" only modifies).
    for (let i = 0; i < tagIds.length; i++) {
      const upos = this.upos[tagIds[i]];
      if ((upos === 'VERB' || upos === 'AUX') && this.header.labels[labels[i]] !== 'amod') return null;
    }
    return this.asPastTense(root, draft, (parse) => parse.heads[root] === -1 && this.hasSubject(parse, root));
  }

  /**
   * Parses again with word `i` tagged as a past tense; keeps that tag and returns the parse if
   * `keep` accepts it, else restores the tag and returns null.
   */
  private asPastTense(i: number, draft: Draft, keep: (parse: Parse) => boolean): Parse | null {
    const { tagIds, wordIds, parserTags } = draft;
    const saved = parserTags[i];
    parserTags[i] = this.pastTag + 2;
    const again = this.parseIds(wordIds, parserTags);
    if (keep(again)) {
      tagIds[i] = this.pastTag;
      return again;
    }
    parserTags[i] = saved;
    return null;
  }

  /**
   * "tanks and mortar bombs struck Rafah", "jets struck suspected depots": a past
   * tense read as a participle that modifies the noun before it, yet has an object of its own —
   * which a passive participle cannot have. The sentence is parsed again with the word as a past
   * tense and the new parse kept if the verb then has a subject.
   */
  private activeParticipleRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const n = heads.length;
    if (n < 3 || this.pastTag < 0) return null;
    for (let i = 1; i < n; i++) {
      if (this.xpos[tagIds[i]] !== 'VBN' || this.header.labels[labels[i]] !== 'acl') continue;
      const noun = heads[i];
      if (noun < 0 || noun >= i || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      // Right after the noun, or after a comma closing what was put between ("the embassy, in a
      // statement, accused Estonia").
      if (!NOMINAL_UPOS.has(this.upos[tagIds[i - 1]]) && this.xpos[tagIds[i - 1]] !== ',') continue;
      // ("Qatar's foreign ministry called(VBN) on both sides to exercise restraint and said…": or
      // the noun is the subject of a past tense joined by "and" after the participle's phrase,
      // which a reduced relative clause would leave with no verb of its own before "and".)
      const joined = this.pastJoinedAfter(i, noun, tagIds, heads, labels, lex);
      if ((!this.hasObject(i, tagIds, heads, labels) && !joined) || (lex.wc[i + 2] & VERB_ED) === 0) continue;
      const again = this.asPastTense(i, draft, (parse) => this.hasSubject(parse, i));
      if (again) return again;
    }
    return null;
  }

  /** The noun is the subject of a past tense after `i` that an "and" opens. */
  private pastJoinedAfter(
    i: number,
    noun: number,
    tagIds: Int32Array,
    heads: Int32Array,
    labels: Int32Array,
    lex: Lex,
  ): boolean {
    const verb = heads[noun];
    if (verb <= i || labels[noun] !== this.subjectLabel || this.xpos[tagIds[verb]] !== 'VBD') return false;
    return lex.norm[verb - 1] === 'and' && heads[verb - 1] === verb;
  }

  /**
   * "hours after the African Union lifted(VBN) its embargo on…", with "after" the preposition of
   * "Union" and "lifted" an adjective on "embargo": a past form right after the phrase of a
   * noun that a subordinator (after, before, since, until, as) governs as a preposition, modifying
   * the noun after it, is retried as a past tense, kept if it then has a subject (the
   * subordinate-clause edit below then gives it the right one).
   */
  private subordinatePastRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const n = heads.length;
    if (this.pastTag < 0) return null;
    for (let w = 0; w < n - 3; w++) {
      if (!SUBORDINATORS.has(lex.norm[w]) || this.header.labels[labels[w]] !== 'case') continue;
      const noun = heads[w];
      if (noun <= w || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      const v = this.phraseEnd(heads, noun) + 1;
      if (v + 1 >= n || heads[v] !== v + 1 || !NOMINAL_UPOS.has(this.upos[tagIds[v + 1]])) continue;
      const rel = this.header.labels[labels[v]];
      if ((rel !== 'amod' && rel !== 'acl') || !PAST_XPOS.has(this.xpos[tagIds[v]])) continue;
      if ((lex.wc[v + 2] & VERB_ED) === 0) continue;
      const again = this.asPastTense(v, draft, (parse) => this.hasSubject(parse, v));
      if (again) return again;
    }
    return this.pastReadAsNounRetry(draft, heads, labels);
  }

  /**
   * "after the Algerian army shot(NN) down a Malian drone": the subordinator's noun is itself a
   * verb's past form (by the word classes), after a noun it took as a compound and before what
   * opens an object (a particle, a determiner, a possessive, a number). Retried as a past tense,
   * kept if it then has a subject.
   */
  private pastReadAsNounRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const n = heads.length;
    for (let w = 0; w < n - 3; w++) {
      if (!SUBORDINATORS.has(lex.norm[w]) || this.header.labels[labels[w]] !== 'case') continue;
      const v = heads[w];
      if (v <= w + 1 || v + 1 >= n || this.upos[tagIds[v]] !== 'NOUN' || (lex.wc[v + 2] & VERB_ED) === 0)
        continue;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[v - 1]]) || heads[v - 1] !== v) continue;
      const next = this.upos[tagIds[v + 1]];
      // (Not "in": "after the bank run in Boston".)
      const opensObject =
        (PARTICLES.has(lex.norm[v + 1]) && lex.norm[v + 1] !== 'in') ||
        next === 'DET' ||
        next === 'NUM' ||
        this.xpos[tagIds[v + 1]] === 'PRP$';
      if (!opensObject) continue;
      const again = this.asPastTense(v, draft, (parse) => this.hasSubject(parse, v));
      if (again) return again;
    }
    return null;
  }

  /**
   * "Venezuela's foreign minister, Yvan Gil, accused Guyana of staging the incident" came out
   * with "accused" a participle at the root, the minister its passive subject and the name a
   * second subject: a passive needs a form of "be", so a participle at the root with a passive
   * subject and no auxiliary is retried as a past tense, kept if it then has a subject.
   */
  private bareParticipleRootRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex } = draft;
    const root = heads.indexOf(-1);
    if (
      root < 1 ||
      this.pastTag < 0 ||
      this.xpos[tagIds[root]] !== 'VBN' ||
      (lex.wc[root + 2] & VERB_ED) === 0
    )
      return null;
    let passive = false;
    for (let k = 0; k < heads.length; k++) {
      if (heads[k] !== root) continue;
      const label = this.header.labels[labels[k]];
      if (label === 'aux' || label === 'aux:pass' || label === 'cop') return null;
      if (label === 'nsubj:pass') passive = true;
    }
    return passive
      ? this.asPastTense(root, draft, (parse) => parse.heads[root] === -1 && this.hasSubject(parse, root))
      : null;
  }

  /** `i` has an object to its right: a direct object, or a name or noun read as its complement. */
  private hasObject(i: number, tagIds: Int32Array, heads: Int32Array, labels: Int32Array): boolean {
    for (let k = i + 1; k < heads.length; k++) {
      if (heads[k] !== i) continue;
      const label = this.header.labels[labels[k]];
      if (label === 'obj' || (label === 'xcomp' && NOMINAL_UPOS.has(this.upos[tagIds[k]]))) return true;
    }
    return false;
  }

  /**
   * A participle that may be the lost main verb: tagged as one under a suspect noun, or — read as
   * an adjective ("guerrillas wounded two soldiers" with "wounded" on "soldiers") — a verb's
   * past form (by the word classes) right after a suspect noun.
   */
  private participle(
    i: number,
    suspects: Set<number>,
    tagIds: Int32Array,
    heads: Int32Array,
    labels: Int32Array,
    lex: Lex,
  ): boolean {
    const xpos = this.xpos[tagIds[i]];
    if (xpos === 'VBN' || xpos === 'VBD') return this.underSuspect(i, suspects, tagIds, heads, labels);
    return xpos === 'JJ' && suspects.has(i - 1) && (lex.wc[i + 2] & VERB_ED) !== 0;
  }

  /**
   * The phrase of `i` hangs on one of the suspect nouns through nouns and participial modifiers
   * only ("aircraft using guided missiles killed…": killed → missiles → using → aircraft).
   */
  private underSuspect(
    i: number,
    suspects: Set<number>,
    tagIds: Int32Array,
    heads: Int32Array,
    labels: Int32Array,
  ): boolean {
    for (let h = heads[i], steps = 0; h >= 0 && steps < 5; h = heads[h], steps++) {
      if (suspects.has(h)) return true;
      const modifier = this.header.labels[labels[h]] === 'acl';
      if (!NOMINAL_UPOS.has(this.upos[tagIds[h]]) && !modifier) return false;
    }
    return false;
  }

  /**
   * Nouns standing where a verb should: at the root, as a second subject of one verb ("forces
   * fired on posts, an official said" with both nouns subjects of "said"), or as the clause a verb
   * reports ("guards fired on posts, an official said" with "guards" its ccomp). (With the format-3
   * model the last kind lost more subjects than it gained on sitrep's dev articles; with format 4
   * it changes nothing there, nor on EWT dev or PUD, and mends the sentences it was meant for.)
   */
  private verblessNominals(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): Set<number> {
    const out = new Set<number>();
    this.reportedAsObject(tagIds, lex, heads, labels, out);
    const subjectOf = new Map<number, number>();
    for (let i = 0; i < heads.length; i++) {
      if (!NOMINAL_UPOS.has(this.upos[tagIds[i]])) continue;
      const label = this.header.labels[labels[i]];
      if (label === 'root' || (label === 'ccomp' && !NOMINAL_UPOS.has(this.upos[tagIds[heads[i]]] ?? '')))
        out.add(i);
      // "forces clashed(VBN) with militiamen on Sunday, residents said": the reported clause's
      // subject left as a bare oblique of the saying, before the saying's own subject.
      // (Or as a plain oblique with no preposition: "The United States on Tuesday lifted(VBN)
      // sanctions on…, the Treasury said".)
      else if (
        (label === 'obl:unmarked' ||
          (label === 'obl' && !heads.some((h, k) => h === i && this.header.labels[labels[k]] === 'case'))) &&
        this.subjectBetween(heads, labels, i, heads[i])
      )
        out.add(i);
      else if (label === 'nsubj') {
        const other = subjectOf.get(heads[i]);
        if (other !== undefined) out.add(other).add(i);
        else subjectOf.set(heads[i], i);
      }
      // "after the African Union renewed(VBN) sanctions on…": a noun that takes an object
      // stands where a verb's subject would.
      else if (label === 'obj' && NOMINAL_UPOS.has(this.upos[tagIds[heads[i]]] ?? '')) out.add(heads[i]);
    }
    return out;
  }

  /**
   * "Chile said Argentine troops shelled two villages", parsed as if Chile said the troops or the
   * villages, with "shelled" an adjective or participle on the villages: a past form after a noun
   * of a verb of saying's object (the object itself, or a compound in it), modifying a noun to its
   * right. That noun and the one before the past form become suspects, so the retry reads the
   * past form as the verb of the reported clause.
   */
  private reportedAsObject(
    tagIds: Int32Array,
    lex: Lex,
    heads: Int32Array,
    labels: Int32Array,
    out: Set<number>,
  ): void {
    const label = (i: number) => this.header.labels[labels[i]];
    for (let p = 2; p < heads.length; p++) {
      if ((label(p) !== 'amod' && label(p) !== 'acl') || heads[p] <= p) continue;
      const noun = p - 1;
      if (!PAST_XPOS.has(this.xpos[tagIds[p]]) || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      // ("said the strikes in the Qandil mountains targeted militants": or the last noun of a
      // phrase inside that object.)
      let object = noun;
      for (let steps = 0; steps < 3 && (label(object) === 'compound' || label(object) === 'nmod'); steps++)
        object = heads[object];
      if (object < 0 || label(object) !== 'obj' || !SAYING_FORMS.has(lex.norm[heads[object]])) continue;
      out.add(noun).add(heads[p]);
      if (object !== noun) out.add(object);
    }
  }

  /**
   * "North Korea fired missiles on Wednesday, Japan's defence ministry said", parsed with
   * "ministry" conjoined to "Wednesday" and "said" left with no subject. A verb that reports a
   * clause before it and has no subject takes as its subject the noun right before it when
   * that noun, after a comma, was conjoined to a word of the reported clause. Edits the tree in
   * place; it stays a tree (the noun's phrase ends at the verb, so no arc crosses).
   */
  private subjectOfSaying(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const label = (i: number) => this.header.labels[labels[i]];
    for (let v = 2; v < heads.length; v++) {
      if (this.upos[tagIds[v]] !== 'VERB') continue;
      const noun = v - 1;
      // (Or hung as a bare oblique: "…to attack Haifa, Israeli intelligence said".)
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]]) || !SAYER_SLIPS.has(label(noun))) continue;
      const conjoinedTo = heads[noun];
      let reported = -1;
      let hasSubject = false;
      for (let k = 0; k < heads.length; k++) {
        if (heads[k] !== v) continue;
        if (label(k).startsWith('nsubj') || label(k).startsWith('csubj')) hasSubject = true;
        if (k < noun && (label(k) === 'ccomp' || label(k) === 'parataxis')) reported = k;
      }
      if (hasSubject || reported < 0 || conjoinedTo < reported || conjoinedTo >= noun) continue;
      if (!this.dominates(heads, reported, conjoinedTo) || !this.commaOpens(tagIds, heads, noun)) continue;
      heads[noun] = v;
      labels[noun] = this.subjectLabel;
    }
  }

  /**
   * "Russia is preparing to attack Kharkiv, Ukrainian intelligence said", parsed with "Kharkiv" a
   * compound of "intelligence" across the comma and "said" left with no subject: a compound never
   * spans a comma, so the word before the comma takes the noun's place in the reported clause, and
   * the noun right before the saying becomes its subject (the words between modify it).
   */
  private sayerAcrossComma(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const compound = this.edit.compound;
    if (compound < 0) return;
    for (let v = 3; v < heads.length; v++) {
      const noun = v - 1;
      if (this.upos[tagIds[v]] !== 'VERB' || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      if (
        heads.some(
          (h, k) => h === v && (labels[k] === this.subjectLabel || labels[k] === this.passiveSubjectLabel),
        )
      )
        continue;
      const reported = heads.findIndex((h, k) => h === v && k < noun && labels[k] === this.ccompLabel);
      if (reported < 0 || !this.dominates(heads, reported, noun)) continue;
      const c = heads.findIndex((h, k) => h === noun && k < noun && labels[k] === compound);
      if (c < 0 || c + 1 >= noun) continue;
      const comma =
        c + 1 + heads.slice(c + 1, noun).findIndex((_h, k) => this.xpos[tagIds[c + 1 + k]] === ',');
      if (comma <= c) continue;
      heads[c] = heads[noun];
      labels[c] = labels[noun];
      for (let k = c + 1; k < noun; k++) if (heads[k] === c || heads[k] === noun) heads[k] = noun;
      for (let k = c + 1; k < noun; k++) if (labels[k] === this.edit.appos) labels[k] = this.amodLabel;
      heads[noun] = v;
      labels[noun] = this.subjectLabel;
    }
  }

  /**
   * "Israeli troops push into southern Syria village, Damascus condemns", parsed with "Damascus" an
   * apposition of "Syria" and "condemns" a conjunct sharing the troops as subject: a finite verb
   * joined with no "and" and no subject of its own, right after a name set off by a comma and hung
   * on an earlier word, has that name for subject, a clause beside the first (parataxis).
   */
  private reactionAfterComma(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const label = (i: number) => this.header.labels[labels[i]];
    for (let v = 3; v < heads.length; v++) {
      const noun = v - 1;
      if (!FINITE_XPOS.has(this.xpos[tagIds[v]]) || label(v) !== 'conj' || heads[v] >= noun) continue;
      if (this.upos[tagIds[noun]] !== 'PROPN' || !NAME_SLIPS.has(label(noun)) || heads[noun] >= noun)
        continue;
      if (heads.some((h, k) => h === v && (label(k).startsWith('nsubj') || label(k) === 'cc'))) continue;
      if (heads.some((h, k) => h === v && k > v && label(k) !== 'punct')) continue;
      if (!this.commaOpens(tagIds, heads, noun)) continue;
      heads[noun] = v;
      labels[noun] = this.subjectLabel;
      labels[v] = this.parataxisLabel;
    }
  }

  /**
   * "said peace was possible only after the rebels disarmed", parsed with the after-clause on
   * "said": a subordinate clause with its own subject and subordinator (or a participle with no
   * subject: "struck the camp, killing 12, officials said") that follows at once the clause a
   * saying reports belongs to that clause (the report's content), not to the saying.
   */
  private clauseAfterReported(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { advclLabel, ccompLabel, subjectLabel, markLabel } = this;
    if (advclLabel < 0 || ccompLabel < 0) return;
    for (let v = 3; v < heads.length; v++) {
      const saying = heads[v];
      if (labels[v] !== advclLabel || saying < 0 || !SAYING_FORMS.has(lex.norm[saying])) continue;
      const reported = heads.findIndex((h, k) => h === saying && labels[k] === ccompLabel);
      if (reported < 0 || reported > v) continue;
      const kids = (h: number) => heads.map((x, k) => (x === h ? k : -1)).filter((k) => k >= 0);
      const own = kids(v);
      // (A participle with no subject of its own, "…, killing 50, officials said", as well.)
      const participle = this.xpos[tagIds[v]] === 'VBG' && !own.some((k) => labels[k] === subjectLabel);
      if (!participle && !own.some((k) => labels[k] === subjectLabel && k < v)) continue;
      if (!participle && !own.some((k) => labels[k] === markLabel && k < v)) continue;
      // The clause starts right where the reported clause's phrase ends.
      let first = v;
      for (const k of own) if (k < first) first = k;
      let last = reported;
      const stack = [reported];
      while (stack.length > 0) {
        const k = stack.pop() as number;
        if (k > last) last = k;
        stack.push(...kids(k));
      }
      if (first !== last + 1) continue;
      heads[v] = reported;
    }
  }

  /**
   * "the movement said in its statement that it would respect a truce", parsed with the
   * that-clause as a clause on "statement" (or "told state radio that…", as a relative
   * clause on "radio"): a that-clause with its own subject, on a noun that says where or
   * whom a verb of saying with no other complement spoke, is what the saying reports (ccomp).
   * The clause ends the noun's phrase, so the tree stays projective.
   */
  private sayingInStatement(lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { aclLabel, relclLabel, ccompLabel, subjectLabel, markLabel } = this;
    if (aclLabel < 0 || ccompLabel < 0) return;
    for (let v = 3; v < heads.length; v++) {
      const noun = heads[v];
      if ((labels[v] !== aclLabel && labels[v] !== relclLabel) || noun < 0 || noun > v) continue;
      const saying = heads[noun];
      if (saying < 0 || saying > noun || !SAYING_FORMS.has(lex.norm[saying])) continue;
      // ("told state radio that peace was possible": the one told, too.)
      if (!TOLD_RELATIONS.has(this.header.labels[labels[noun]])) continue;
      const kids = (h: number, label: number) => heads.some((x, k) => x === h && labels[k] === label);
      const that = heads.some(
        (x, k) => x === v && k < v && labels[k] === markLabel && lex.norm[k] === 'that',
      );
      if (!that || !kids(v, subjectLabel) || kids(saying, ccompLabel)) continue;
      heads[v] = saying;
      labels[v] = ccompLabel;
    }
  }

  /**
   * "Portugal will support Turkey's bid to join the Community, President Mario Soares said",
   * parsed with "said" as a relative clause of "Community". A verb of saying with its own
   * subject, opened by a comma and closing the sentence, that hangs as a clause on a noun,
   * reports the whole sentence: it is rehung on the root as parataxis (UD's reading). No word
   * outside its phrase hangs inside it, so the tree stays projective.
   */
  private trailingSaying(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const n = heads.length;
    const root = heads.indexOf(-1);
    const label = (i: number) => this.header.labels[labels[i]];
    for (let v = 2; v < n; v++) {
      if (this.upos[tagIds[v]] !== 'VERB' || !SAYING_FORMS.has(lex.norm[v])) continue;
      if (!label(v).startsWith('acl') || heads[v] === root) continue;
      let subject = -1;
      for (let k = 0; k < n; k++) {
        if (heads[k] !== v) continue;
        const rel = label(k);
        if (rel === 'obj' || rel === 'ccomp' || rel === 'xcomp') subject = -2;
        if (rel === 'nsubj' && k < v && subject === -1) subject = k;
      }
      if (subject < 0 || !this.commaOpens(tagIds, heads, subject)) continue;
      // The saying's phrase runs to the end of the sentence (but for its final mark).
      let first = subject;
      while (first > 0 && this.dominates(heads, v, first - 1)) first--;
      const end = this.xpos[tagIds[n - 1]] === '.' && heads[n - 1] !== v ? n - 1 : n;
      let whole = root < first - 1;
      for (let k = first; k < end && whole; k++) whole = this.dominates(heads, v, k);
      for (let k = 0; k < first && whole; k++)
        whole = heads[k] < first || heads[k] > end - 1 || k === first - 1;
      if (!whole) continue;
      heads[v] = root;
      labels[v] = this.parataxisLabel;
    }
  }

  /**
   * "The next session of negotiations, which Norway had proposed to host, has not been fixed", parsed
   * with the relative clause's verb in the main verb's place (the root, or the clause a later
   * saying reports), the noun as its outer subject and the main verb conjoined to it. A verb
   * with a relative pronoun after a comma, a noun before that comma hung on it, and a later
   * conjoined verb with auxiliaries but no subject of its own: the conjoined verb takes the first
   * verb's place, the noun becomes its subject, and the first verb the noun's relative clause
   * (words after the main verb that hung on the first move to the main verb).
   */
  private relativeClauseAsMain(lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { relclLabel, passiveSubjectLabel, subjectLabel } = this;
    if (relclLabel < 0 || passiveSubjectLabel < 0) return;
    const n = heads.length;
    const label = (i: number) => this.header.labels[labels[i]];
    for (let pronoun = 2; pronoun < n; pronoun++) {
      if (!RELATIVE_WORDS.has(lex.norm[pronoun]) || lex.norm[pronoun - 1] !== ',') continue;
      const first = heads[pronoun];
      if (first <= pronoun || label(first) === 'acl:relcl') continue;
      let noun = -1;
      let main = -1;
      for (let k = 0; k < n; k++) {
        if (heads[k] !== first) continue;
        const rel = label(k);
        if (k < pronoun - 1 && noun < 0 && OUTER_NOUN_RELATIONS.has(rel)) noun = k;
        else if (k > first && rel === 'conj' && main < 0) main = k;
      }
      // (Or the main verb is the first verb's sibling: both reported by a later saying.)
      const sibling = main < 0 && heads[first] >= 0;
      for (let k = first + 1; sibling && k < n && main < 0; k++)
        if (heads[k] === heads[first] && SIBLING_CLAUSES.has(label(k))) main = k;
      if (noun < 0 || main < 0) continue;
      // The noun's phrase runs up to the comma before the pronoun.
      let phrase = true;
      for (let k = noun + 1; k < pronoun - 1 && phrase; k++) phrase = this.dominates(heads, noun, k);
      if (!phrase) continue;
      let passive = false;
      let auxiliary = false;
      let subject = false;
      let joined = false;
      for (let k = 0; k < n; k++) {
        if (heads[k] !== main) continue;
        const rel = label(k);
        if (rel.startsWith('nsubj') || rel === 'expl' || rel === 'csubj') subject = true;
        if (rel === 'aux:pass') passive = true;
        if (rel.startsWith('aux')) auxiliary = true;
        if (rel === 'cc' && k < main) joined = true;
      }
      // ("Israel, which struck Hezbollah on Monday, said…": with no auxiliary, a verb right after
      // the comma that closes the relative clause, joined by no "and".)
      const afterComma = lex.norm[main - 1] === ',' && !joined;
      if (subject || !(auxiliary || afterComma)) continue;
      for (let k = main + 1; k < n; k++) if (heads[k] === first) heads[k] = main;
      if (!sibling) {
        heads[main] = heads[first];
        labels[main] = labels[first];
      }
      heads[noun] = main;
      labels[noun] = passive ? passiveSubjectLabel : subjectLabel;
      heads[first] = noun;
      labels[first] = relclLabel;
      return;
    }
  }

  /**
   * "Russia, which brokered a ceasefire in 2020, said it welcomed the deal", parsed with the noun
   * at the root and the main verb conjoined to its relative clause. A noun at the root with a
   * relative clause opened by ", which" or ", who", whose verb has a conjunct (or a clause hung as
   * a modifier) after a comma with no "and" or "or" and no subject of its own: that verb is the
   * root and the noun its subject
   * (the noun's words after the conjunct, such as the final full stop, move to it).
   */
  private mainVerbInRelative(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { relclLabel, conjLabel, subjectLabel, rootLabel } = this;
    if (relclLabel < 0 || conjLabel < 0 || subjectLabel < 0) return;
    const n = heads.length;
    const label = (i: number) => this.header.labels[labels[i]];
    for (let pronoun = 2; pronoun < n; pronoun++) {
      if (!RELATIVE_WORDS.has(lex.norm[pronoun]) || lex.norm[pronoun - 1] !== ',') continue;
      const first = heads[pronoun];
      const noun = first >= 0 ? heads[first] : -1;
      // (The relative clause may be read as a parataxis, opened as it is by ", which".)
      if (noun < 0 || heads[noun] !== -1) continue;
      if (labels[first] !== relclLabel && label(first) !== 'parataxis') continue;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      // ("Myanmar, which is not a member of the court, rejected the warrant": or hung on the
      // clause's predicate as a modifier.)
      // ("Rwanda, which U.N. experts say commands(NN) the M23, denied involvement": or on a word of
      // the clause's own object.)
      const main = heads.findIndex(
        (h, k) =>
          (h === first || (h > first && heads[h] === first)) &&
          k > first &&
          (labels[k] === conjLabel || label(k) === 'acl'),
      );
      if (main < 0 || lex.norm[main - 1] !== ',' || this.upos[tagIds[main]] !== 'VERB') continue;
      const own = heads.some(
        (h, k) => h === main && (label(k).startsWith('nsubj') || label(k) === 'cc' || label(k) === 'expl'),
      );
      if (own) continue;
      for (let k = main + 1; k < n; k++) if (heads[k] === noun) heads[k] = main;
      heads[main] = -1;
      labels[main] = rootLabel;
      heads[noun] = main;
      labels[noun] = subjectLabel;
      labels[first] = relclLabel;
      return;
    }
  }

  /**
   * "…if Somalia failed to curb al-Shabaab, which Nairobi blames for the attack", parsed with "blames"
   * conjoined to "failed": a clause opened by a relative pronoun after a comma, hung as a conjunct
   * with no "and" or "or", is a relative clause of the noun before the comma.
   */
  private relativeClauseAsConjunct(
    tagIds: Int32Array,
    lex: Lex,
    heads: Int32Array,
    labels: Int32Array,
  ): void {
    const { relclLabel, conjLabel } = this;
    const parataxis = this.header.labels.indexOf('parataxis');
    if (relclLabel < 0 || conjLabel < 0) return;
    const n = heads.length;
    for (let pronoun = 2; pronoun < n; pronoun++) {
      if (!RELATIVE_WORDS.has(lex.norm[pronoun]) || lex.norm[pronoun - 1] !== ',') continue;
      const verb = heads[pronoun];
      const noun = pronoun - 2;
      // (Or as a side clause with a subject of its own after the pronoun: "its border crossings
      // with Iran, which Ankara closed in June".)
      const own = heads.findIndex((h, k) => h === verb && k > pronoun && labels[k] === this.subjectLabel);
      const side =
        labels[verb] === conjLabel ||
        (own > 0 && ((labels[verb] === parataxis && parataxis >= 0) || labels[verb] === this.advclLabel));
      if (verb <= pronoun || !side || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      if (this.dominates(heads, verb, noun)) continue;
      let joined = false;
      for (let k = 0; k < n && !joined; k++)
        joined = heads[k] === verb && k < verb && this.header.labels[labels[k]] === 'cc';
      if (joined) continue;
      heads[verb] = noun;
      labels[verb] = relclLabel;
      // "which Ankara closed": with a subject of its own after it, the pronoun is the object.
      if (
        labels[pronoun] === this.subjectLabel &&
        own > 0 &&
        this.objectLabel >= 0 &&
        !this.hasKid(heads, labels, verb, this.objectLabel)
      )
        labels[pronoun] = this.objectLabel;
    }
  }

  /**
   * "The government, which seized power in 2022, declared mourning and vowed to hunt down the
   * attackers" came out with "vowed" conjoined to "seized", inside the relative clause, across the
   * main verb "declared", which governs that clause. A verb conjoined to a verb whose own
   * governing verb lies between the two is conjoined to that governing verb (the nearest such),
   * as a coordination does not reach back into a clause past its head (a tree edit).
   */
  private conjunctPastItsClause(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel } = this;
    if (conjLabel < 0) return;
    for (let v = 0; v < heads.length; v++) {
      const h = heads[v];
      if (labels[v] !== conjLabel || h < 0 || h > v || this.upos[tagIds[v]] !== 'VERB') continue;
      for (let a = heads[h], steps = 0; a >= 0 && steps < heads.length; a = heads[a], steps++) {
        if (a > h && a < v && this.upos[tagIds[a]] === 'VERB') {
          heads[v] = a;
          break;
        }
      }
    }
  }

  /**
   * "Netanyahu said Hamas was violating the agreement and threatened to resume operations" came out
   * with "threatened" conjoined to "violating", inside what was said, so Hamas threatened. A past
   * tense (VBD) with no subject of its own, conjoined to a progressive ("was violating") or an
   * infinitive after an auxiliary ("should stop") inside the clause a past verb reports, is
   * conjoined to that verb: a past tense does not share the auxiliary, so the two are not one
   * coordination (a tree edit).
   */
  private pastConjunctOfSaying(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel, ccompLabel, subjectLabel } = this;
    const aux = this.header.labels.indexOf('aux');
    if (conjLabel < 0 || ccompLabel < 0 || aux < 0) return;
    for (let v = 0; v < heads.length; v++) {
      const h = heads[v];
      if (labels[v] !== conjLabel || h < 0 || this.xpos[tagIds[v]] !== 'VBD') continue;
      // (Not after a perfect or passive participle: "had attacked and seized(VBD) a ship" shares
      // "had", the second participle read as a past tense.)
      // (Nor after a modal's infinitive: "told reporters that Manila should stop its
      // provocations and warned that…" — "should warned" is no English.)
      // (But a speech act after a perfect is the sayer's: "Zakharova said Helsinki had turned the
      // region into a staging ground and accused the Finnish government of provoking tensions".)
      const nonFinite = this.xpos[tagIds[h]] === 'VBG' || this.xpos[tagIds[h]] === 'VB';
      const spoken = this.xpos[tagIds[h]] === 'VBN' && SPEECH_PASTS.has(lex.norm[v]);
      if (labels[h] !== ccompLabel || !(nonFinite || spoken)) continue;
      const saying = heads[h];
      if (saying < 0 || saying > h || this.xpos[tagIds[saying]] !== 'VBD') continue;
      if (!this.hasKid(heads, labels, h, aux) || this.hasKid(heads, labels, v, subjectLabel)) continue;
      // ("State media said Kim had supervised the test and warned…": news media report a
      // leader's words; the warning stays his.)
      if (spoken && !nonFinite && this.mediaSays(lex, heads, labels, saying)) continue;
      heads[v] = saying;
    }
  }

  /** The subject of `saying` is news media ("state media", "the news agency KCNA"). */
  private mediaSays(lex: Lex, heads: Int32Array, labels: Int32Array, saying: number): boolean {
    for (let k = 0; k < saying; k++)
      if (heads[k] === saying && labels[k] === this.subjectLabel)
        for (let w = k; w >= 0 && w > k - 6; w--) if (MEDIA_WORDS.has(lex.norm[w])) return true;
    return false;
  }

  /**
   * "The Kremlin accused Baku of staging a provocation and warned(VBN) of consequences": a past
   * form with no auxiliary or subject conjoined to the gerund of an of-clause ("accused X of
   * staging") is conjoined to the past verb that clause hangs on: a gerund takes no past conjunct.
   */
  private pastConjunctOfCharge(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel, advclLabel, subjectLabel, markLabel } = this;
    const aux = this.header.labels.indexOf('aux');
    if (conjLabel < 0 || advclLabel < 0 || markLabel < 0) return;
    for (let v = 0; v < heads.length; v++) {
      const h = heads[v];
      if (labels[v] !== conjLabel || h < 0 || !['VBD', 'VBN'].includes(this.xpos[tagIds[v]])) continue;
      if (labels[h] !== advclLabel || this.xpos[tagIds[h]] !== 'VBG') continue;
      const charged = heads[h];
      if (charged < 0 || charged > h || this.xpos[tagIds[charged]] !== 'VBD') continue;
      const of = heads.findIndex((x, k) => x === h && labels[k] === markLabel);
      if (of < 0 || !['of', 'for'].includes(lex.norm[of])) continue;
      if (this.hasKid(heads, labels, v, aux) || this.hasKid(heads, labels, v, subjectLabel)) continue;
      heads[v] = charged;
    }
  }

  /**
   * "said its vessels had acted to expel ships that "illegally intruded" into its waters and
   * warned Manila to stop" came out with "intruded" as a participle on "ships" and "warned"
   * conjoined to it, so the warning was part of what the ships did. A past tense (VBD) with no
   * subject of its own does not coordinate with a participle that modifies a noun (`acl`, VBN), nor
   * with a noun: it is conjoined to the nearest finite verb above (a tree edit).
   */
  private pastConjunctOfParticiple(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel, aclLabel, subjectLabel } = this;
    const aux = this.header.labels.indexOf('aux');
    if (conjLabel < 0 || aclLabel < 0) return;
    for (let v = 0; v < heads.length; v++) {
      const h = heads[v];
      if (labels[v] !== conjLabel || h < 0 || h > v || this.xpos[tagIds[v]] !== 'VBD') continue;
      // ("vowed to "eliminate" the militants and appealed to Gulf states", with "appealed" joined to
      // "militants": nor with a noun.)
      const participle = labels[h] === aclLabel && this.xpos[tagIds[h]] === 'VBN';
      const noun = this.upos[tagIds[h]] === 'NOUN' || this.upos[tagIds[h]] === 'PROPN';
      if (!participle && !noun) continue;
      if (this.hasKid(heads, labels, v, subjectLabel)) continue;
      for (let a = heads[h], steps = 0; a >= 0 && steps < heads.length; a = heads[a], steps++) {
        if (this.upos[tagIds[a]] !== 'VERB') continue;
        if (!FINITE_XPOS.has(this.xpos[tagIds[a]]) && !this.hasKid(heads, labels, a, aux)) continue;
        heads[v] = a;
        break;
      }
    }
  }

  private hasKid(heads: Int32Array, labels: Int32Array, head: number, label: number): boolean {
    for (let k = 0; k < heads.length; k++) if (heads[k] === head && labels[k] === label) return true;
    return false;
  }

  /**
   * "failed to adopt the levy after Malta and Cyprus vetoed a proposed cap", parsed with "after"
   * as the preposition of "Malta" and "vetoed" as a verb with no subject (so too "as police in
   * Togo cracked down", with "cracked" conjoined to the main verb). A word that is a
   * preposition or a subordinator, hung as `case` on a noun whose phrase runs right up to a finite
   * verb without a subject, opens that verb's clause: the noun becomes its subject and the word
   * its `mark`; a clause conjoined to an earlier verb becomes that verb's `advcl`.
   */
  private subordinateClause(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const n = heads.length;
    const label = (i: number) => this.header.labels[labels[i]];
    for (let w = 0; w < n - 2; w++) {
      if (!SUBORDINATORS.has(lex.norm[w]) || label(w) !== 'case') continue;
      const noun = heads[w];
      if (noun <= w || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      const first = this.phraseEnd(heads, noun) + 1;
      // ("as thousands of protesters rallied(VBN) outside parliament": a bare past participle there,
      // with no auxiliary, is the clause's past tense.)
      const bare =
        first < n &&
        this.xpos[tagIds[first]] === 'VBN' &&
        (lex.wc[first + 2] & VERB_ED) !== 0 &&
        !heads.some((h, k) => h === first && AUXILIARY_RELATIONS.has(label(k)));
      if (
        first >= n ||
        !(FINITE_XPOS.has(this.xpos[tagIds[first]]) || this.xpos[tagIds[first]] === 'MD' || bare)
      )
        continue;
      // ("before the treaty can be signed": the clause's verb comes after its auxiliaries.)
      let verb = first;
      while (AUXILIARY_RELATIONS.has(label(verb)) && heads[verb] > verb) verb = heads[verb];
      if (this.dominates(heads, noun, verb)) continue;
      let free = true;
      // ("came days after the Union lifted its embargo", with "days" taken for the subject: a
      // subject before the subordinator is the measure of time of the verb above.)
      let outside = -1;
      // ("…, while Aliyev urged Yerevan to amend it before the treaty can be signed", with the
      // while-clause taken for the subject: a clause with its own subordinator is no subject, and
      // goes to the verb above as the clause of time or contrast it is.)
      let clause = -1;
      for (let k = w + 1; k < noun && free; k++) free = this.dominates(heads, noun, k);
      for (let k = 0; k < n && free; k++) {
        if (heads[k] !== verb) continue;
        const rel = label(k);
        if (rel === 'nsubj' && k < w && outside < 0 && this.oblLabel >= 0 && TIME_NOUNS.has(lex.norm[k]))
          outside = k;
        else if (
          rel.startsWith('nsubj') &&
          k < w &&
          clause < 0 &&
          this.opensOwnClause(tagIds, heads, labels, k)
        )
          clause = k;
        // ("after the army shot down a drone", with the army already the verb's subject and
        // "after" still its preposition: only the subordinator is to move.)
        else if (rel.startsWith('nsubj') && k === noun) continue;
        else if (rel.startsWith('nsubj') || rel === 'mark' || rel === 'expl') free = false;
      }
      if (!free) continue;
      const above = heads[verb];
      const hung = bare
        ? ['conj', 'parataxis', 'advcl', 'ccomp', 'xcomp']
        : ['conj', 'parataxis', 'advcl', 'ccomp'];
      if (above >= w || (above >= 0 && !hung.includes(label(verb)))) continue;
      if (outside >= 0 || clause >= 0) {
        if (above < 0) continue;
        if (outside >= 0) {
          heads[outside] = above;
          labels[outside] = this.oblLabel;
        }
        if (clause >= 0) {
          heads[clause] = above;
          labels[clause] = this.advclLabel;
        }
      }
      const passive = heads.some((h, k) => h === verb && label(k) === 'aux:pass');
      // ("fight until the last inch is liberated": the clause hangs where the phrase did, when that
      // is a verb before it; a clause conjoined to a verb above is that verb's.)
      const phraseHead = heads[noun];
      const host =
        (clause >= 0 || first !== verb) &&
        phraseHead >= 0 &&
        phraseHead < w &&
        this.upos[tagIds[phraseHead]] === 'VERB'
          ? phraseHead
          : -1;
      // ("… is liberated" and ordered a mobilisation", with "liberated" taken for a conjunct of
      // "vowed" and "ordered" joined to it: the verbs joined to a conjunct that becomes a
      // subordinate clause are the conjuncts of what it was joined to.)
      if (label(verb) === 'conj' && above >= 0)
        for (let k = verb + 1; k < n; k++) if (heads[k] === verb && label(k) === 'conj') heads[k] = above;
      if (host >= 0) heads[verb] = host;
      heads[noun] = verb;
      labels[noun] = passive && this.passiveSubjectLabel >= 0 ? this.passiveSubjectLabel : this.subjectLabel;
      heads[w] = verb;
      labels[w] = this.markLabel;
      if (above >= 0) labels[verb] = this.advclLabel;
      if (bare && this.pastTag >= 0) tagIds[verb] = this.pastTag;
    }
  }

  /**
   * "Relations have worsened since the army seized power in 2020" came out with "since" the case of
   * "power" and "seized" (VBN) an adjective on it that has a subject of its own. A past form
   * modifying the noun right after it, with its own subject before it and a subordinator as that
   * noun's preposition, is the verb of a subordinate clause: the noun its object, the subordinator
   * its mark, and it the clause where the noun hung, in the past tense when no auxiliary helps it.
   */
  private clauseReadAsModifier(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const n = heads.length;
    const label = (i: number) => this.header.labels[labels[i]];
    const { obj } = this.edit;
    if (obj < 0 || this.advclLabel < 0 || this.markLabel < 0) return;
    for (let v = 2; v < n - 1; v++) {
      const xpos = this.xpos[tagIds[v]];
      if ((xpos !== 'VBN' && xpos !== 'VBD') || (label(v) !== 'amod' && label(v) !== 'acl')) continue;
      const noun = heads[v];
      if (noun !== v + 1 || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      let subject = -1;
      let marker = -1;
      let helped = false;
      for (let k = 0; k < n; k++) {
        if (heads[k] === v && label(k) === 'nsubj' && k < v) subject = k;
        if (heads[k] === v && label(k).startsWith('aux')) helped = true;
        if (heads[k] === noun && label(k) === 'case' && k < v && SUBORDINATORS.has(lex.norm[k])) marker = k;
      }
      if (subject < 0 || marker < 0 || marker > subject) continue;
      const above = heads[noun];
      if (above < 0) continue;
      // (A clause on a noun, "ruptures … since the army seized power", is its acl.)
      const predicate = ['VERB', 'ADJ', 'AUX'].includes(this.upos[tagIds[above]]);
      const aclLabel = this.header.labels.indexOf('acl');
      if (!predicate && aclLabel < 0) continue;
      heads[v] = above;
      labels[v] = predicate ? this.advclLabel : aclLabel;
      heads[noun] = v;
      labels[noun] = obj;
      heads[marker] = v;
      labels[marker] = this.markLabel;
      const subordinator = this.header.tags.indexOf('SCONJ IN');
      if (subordinator >= 0) tagIds[marker] = subordinator;
      if (!helped && xpos === 'VBN' && this.pastTag >= 0) tagIds[v] = this.pastTag;
    }
  }

  /**
   * "called on the United States and France, which oversee the ceasefire, to pressure Israel" came
   * out with "to pressure" on "oversee", inside the relative clause. A to-infinitive right after the
   * comma that closes a relative clause set off by commas belongs to the verb the clause's noun
   * depends on (its `xcomp`), when that is a verb.
   */
  private infinitiveAfterRelative(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const n = heads.length;
    const label = (i: number) => this.header.labels[labels[i]];
    if (this.xcompLabel < 0) return;
    for (let to = 2; to + 1 < n; to++) {
      if (lex.norm[to] !== 'to' || label(to) !== 'mark' || lex.norm[to - 1] !== ',') continue;
      const inf = heads[to];
      const rel = heads[inf];
      if (inf !== to + 1 || rel < 0 || rel > to) continue;
      if (label(inf) !== 'advcl' && label(inf) !== 'xcomp') continue;
      // The relative clause opens after a comma and closes with the comma before "to"; the parser
      // may have hung it on the verb as a parataxis, its relative word first.
      let first = rel;
      for (let k = 0; k < rel; k++) if (heads[k] === rel && label(k) !== 'punct') first = Math.min(first, k);
      const relative =
        label(rel) === 'acl:relcl' || (label(rel) === 'parataxis' && RELATIVE_WORDS.has(lex.norm[first]));
      if (!relative || lex.norm[first - 1] !== ',' || !this.dominates(heads, rel, to - 2)) continue;
      const noun = heads[rel];
      let verb = label(rel) === 'parataxis' ? noun : heads[noun];
      // (The noun may be a conjunct: "the United States and France, which…".)
      if (label(rel) !== 'parataxis' && verb >= 0 && label(noun) === 'conj') verb = heads[verb];
      if (verb < 0 || this.upos[tagIds[verb]] !== 'VERB') continue;
      heads[inf] = verb;
      labels[inf] = this.xcompLabel;
    }
  }

  /**
   * "…accused Rwanda of sending troops, an allegation Kigali rejected.": a noun after a comma,
   * then a subject and a verb that closes the sentence, is a noun described by a relative clause
   * with no pronoun, whose object it is. The parser made the noun a second subject of the verb
   * (with the subject its apposition) or the verb's object with the verb a relative clause of
   * the main verb. The noun goes where the verb hung, as an apposition, and the verb becomes its
   * `acl:relcl` with the subject its own. Not a noun of time ("…, the day Russia attacked").
   */
  private zeroRelativeAfterComma(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { relclLabel, subjectLabel } = this;
    const appos = this.edit.appos;
    if (relclLabel < 0 || appos < 0) return;
    const n = heads.length;
    const upos = (i: number) => this.upos[tagIds[i]];
    const label = (i: number) => this.header.labels[labels[i]];
    const verb = upos(n - 1) === 'PUNCT' ? n - 2 : n - 1;
    if (verb < 3 || heads[verb] < 0) return;
    // ("…, charges France has repeatedly rejected.": a perfect, its auxiliary and adverbs before it.)
    let first = verb;
    while (first - 1 > 0 && (upos(first - 1) === 'AUX' || upos(first - 1) === 'ADV')) first--;
    const perfect = first < verb && this.xpos[tagIds[verb]] === 'VBN' && upos(first) === 'AUX';
    if (!FINITE_XPOS.has(this.xpos[tagIds[verb]]) && !perfect) return;
    let comma = first - 1;
    while (comma > 0 && comma > first - 8 && lex.norm[comma] !== ',') comma--;
    if (lex.norm[comma] !== ',') return;
    let noun = comma + 1;
    while (noun < first && (upos(noun) === 'DET' || upos(noun) === 'ADJ')) noun++;
    // (A plural noun the tagger read as a verb: "charges", "claims", which the word classes allow.)
    const misread =
      this.xpos[tagIds[noun]] === 'VBZ' && (lex.wc[noun + 2] & PLURAL) !== 0 && this.pluralNounTag >= 0;
    if ((upos(noun) !== 'NOUN' && !misread) || noun + 1 >= first || TIME_NOUNS.has(lex.norm[noun])) return;
    // The words between noun and verb make one nominal phrase: the clause's subject.
    let subject = -1;
    for (let k = noun + 1; k < first; k++) {
      if (heads[k] > noun && heads[k] < first) continue;
      if (subject >= 0) return;
      subject = k;
    }
    if (subject < 0 || !['PROPN', 'NOUN', 'PRON'].includes(upos(subject))) return;
    // ("…, the Philippine coast guard said": a noun compounded into the subject is part of it.)
    if (heads[noun] === subject && label(noun) === 'compound') return;
    for (let k = 0; k < n; k++) {
      if (heads[k] !== verb || k === noun || k === subject) continue;
      if (['obj', 'ccomp', 'xcomp', 'mark', 'nsubj', 'nsubj:pass'].includes(label(k))) return;
    }
    const outer = heads[verb] >= noun && heads[verb] <= verb ? heads[noun] : heads[verb];
    if (outer < 0 || (outer >= noun && outer <= verb)) return;
    if (misread) tagIds[noun] = this.pluralNounTag;
    heads[noun] = outer;
    labels[noun] = appos;
    heads[verb] = noun;
    labels[verb] = relclLabel;
    heads[subject] = verb;
    labels[subject] = subjectLabel;
  }

  /** Word `k` is a verb with a subject and a subordinator of its own ("while Aliyev urged"). */
  private opensOwnClause(tagIds: Int32Array, heads: Int32Array, labels: Int32Array, k: number): boolean {
    if (this.upos[tagIds[k]] !== 'VERB') return false;
    let subject = false;
    let mark = false;
    for (let j = 0; j < heads.length; j++) {
      if (heads[j] !== k) continue;
      if (labels[j] === this.subjectLabel) subject = true;
      if (labels[j] === this.markLabel) mark = true;
    }
    return subject && mark;
  }

  /**
   * "Turkey has expelled over 5,000 Syrians", parsed with "Syrians" as `obl:agent` (or
   * as a clause, `advcl`): an agent is introduced by "by", and a clause has a verb, a copula or a
   * subordinator; a bare noun right after a verb with no object, given neither, is the object.
   */
  private nounAsObject(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const obj = this.objectLabel;
    if (obj < 0) return;
    for (let a = 0; a < heads.length; a++) {
      const rel = this.header.labels[labels[a]];
      if (rel !== 'obl:agent' && rel !== 'advcl') continue;
      const verb = heads[a];
      if (verb < 0 || verb > a || this.upos[tagIds[verb]] !== 'VERB') continue;
      if (rel === 'advcl' && !NOMINAL_UPOS.has(this.upos[tagIds[a]])) continue;
      // ("announced by Gravity CEO Kim", with "by" hung elsewhere, is still an agent.)
      let blocked = false;
      for (let k = verb + 1; k < a; k++)
        if (lex.norm[k] === 'by' || this.upos[tagIds[k]] === 'VERB') blocked = true;
      for (let k = 0; k < heads.length && !blocked; k++) {
        if (heads[k] === verb && labels[k] === obj) blocked = true;
        if (heads[k] !== a) continue;
        const kid = this.header.labels[labels[k]];
        if (CLAUSE_MARKERS.has(kid.split(':')[0])) blocked = true;
      }
      if (!blocked) labels[a] = obj;
    }
  }

  /**
   * "Canada has no plans to ease its sanctions, a spokesperson said", parsed with "plans" as a
   * second subject of "said" and "has" with no object: of two subjects of one verb, the first,
   * when its phrase follows at once a clause the verb reports whose verb has a subject but no
   * object, is that verb's object.
   */
  private objectAsSecondSubject(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { subjectLabel: nsubj, objectLabel: obj, ccompLabel: ccomp } = this;
    if (nsubj < 0 || obj < 0 || ccomp < 0) return;
    for (let a = 1; a < heads.length; a++) {
      const verb = heads[a];
      if (labels[a] !== nsubj || verb <= a) continue;
      if (!heads.some((h, k) => h === verb && k > a && labels[k] === nsubj)) continue;
      const clause = heads.findIndex((h, k) => h === verb && k < a && labels[k] === ccomp);
      if (clause < 0 || this.upos[tagIds[clause]] !== 'VERB') continue;
      const kids = heads.map((h, k) => (h === clause ? labels[k] : -1));
      if (!kids.includes(nsubj) || kids.includes(obj)) continue;
      // The phrase of the first subject starts right after the reported verb.
      let first = a;
      while (first > clause + 1 && heads[first - 1] === a) first--;
      if (first !== clause + 1) continue;
      heads[a] = clause;
      labels[a] = obj;
    }
  }

  /**
   * "Thailand's army accused Cambodian troops of violating the truce, a charge Phnom Penh denied"
   * came out with "charge" the subject of "denied" at the root, the name its apposition and the
   * accusation a clause of the denial, so the accusation read as denied. A noun of saying after the
   * comma that closes a clause, with a name and then a verb at the end of the sentence, is a remark
   * on that clause: the clause's verb is the root, the verb describes the noun (`acl:relcl`) and
   * the name is its subject.
   */
  private chargeDeniedAfterClause(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const root = heads.indexOf(-1);
    if (root < 4 || this.relclLabel < 0 || this.edit.appos < 0) return;
    const noun = heads.findIndex((h, k) => h === root && labels[k] === this.subjectLabel);
    if (noun < 2 || !REMARK_NOUNS.has(lex.norm[noun]) || lex.norm[noun - 2] !== ',') return;
    if (!['a', 'an', 'the'].includes(lex.norm[noun - 1])) return;
    const name = noun + 1;
    if (this.upos[tagIds[name]] !== 'PROPN' || name >= root) return;
    for (let k = name; k < root; k++) if (!NOMINAL_UPOS.has(this.upos[tagIds[k]])) return;
    const clause = heads.findIndex((h, k) => h === root && k < noun - 2 && this.upos[tagIds[k]] === 'VERB');
    if (clause < 0) return;
    heads[clause] = -1;
    labels[clause] = this.rootLabel;
    for (let k = 0; k < heads.length; k++) if (heads[k] === root && k !== noun && k > root) heads[k] = clause;
    heads[noun] = clause;
    labels[noun] = this.edit.appos;
    heads[noun - 2] = noun;
    heads[root] = noun;
    labels[root] = this.relclLabel;
    heads[name] = root;
    labels[name] = this.subjectLabel;
    for (let k = name + 1; k < root; k++) if (heads[k] === noun || heads[k] === name) heads[k] = name;
  }

  /**
   * "cut relations with the United Arab Emirates on Tuesday, accusing it of…" came out with
   * "accusing" an adverbial clause of "Emirates". Set off by a comma, a gerund with no subject
   * says what the subject of the clause did besides; a noun that is no predicate (no copula)
   * takes no adverbial clause, so it goes to the nearest verb above the noun.
   */
  private gerundOnClause(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    if (this.advclLabel < 0) return;
    for (let g = 2; g < heads.length; g++) {
      const noun = heads[g];
      if (labels[g] !== this.advclLabel || this.xpos[tagIds[g]] !== 'VBG' || noun < 0 || noun > g) continue;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]]) || this.header.labels[labels[g - 1]] !== 'punct')
        continue;
      if (heads.some((h, k) => h === noun && this.header.labels[labels[k]] === 'cop')) continue;
      if (heads.some((h, k) => h === g && this.header.labels[labels[k]].startsWith('nsubj'))) continue;
      let verb = heads[noun];
      while (verb >= 0 && this.upos[tagIds[verb]] !== 'VERB') verb = heads[verb];
      if (verb >= 0 && verb < g) heads[g] = verb;
    }
  }

  /**
   * "…, a grave breach of the armistice agreed in June, officials said", parsed with "agreed"
   * conjoined to the main verb. Conjuncts are joined by "and" or a comma; a past form right
   * after a noun with neither (nor a subject or an object) is a participle describing that noun
   * (`acl`).
   */
  private participleAfterNoun(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel: conj, aclLabel: acl } = this;
    if (conj < 0 || acl < 0) return;
    for (let v = 1; v < heads.length; v++) {
      const xpos = this.xpos[tagIds[v]];
      if (labels[v] !== conj || (xpos !== 'VBN' && xpos !== 'VBD')) continue;
      const noun = v - 1;
      if (this.upos[tagIds[noun]] !== 'NOUN' || this.dominates(heads, v, noun)) continue;
      // (A verb with an object or a complement has a subject of its own: "the individual made a
      // mistake", "his team made that happen".)
      let joined = false;
      for (let k = 0; k < heads.length && !joined; k++) {
        if (heads[k] !== v) continue;
        const rel = this.header.labels[labels[k]].split(':')[0];
        // (A comma after the participle's phrase closes it; one before would join a conjunct.)
        joined = CLAUSE_KIDS.has(rel) || (rel === 'punct' && k < v);
      }
      if (joined) continue;
      heads[v] = noun;
      labels[v] = acl;
      if (this.participleTag >= 0) tagIds[v] = this.participleTag;
    }
  }

  /**
   * "Israel struck(VBN) Beirut.", with "Beirut" read as the participle's complement: a participle
   * that heads a clause with an active subject and no auxiliary is a past tense the tagger read
   * as a participle (a passive one would have "was", an active one "has"). It is retagged, and a
   * noun read as its complement becomes its object. (Reparsing with the new tag instead moved
   * other words of such sentences, often for the worse.)
   */
  private participleWithSubject(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const n = heads.length;
    if (this.pastTag < 0) return;
    for (let i = 1; i < n; i++) {
      if (this.xpos[tagIds[i]] !== 'VBN' || !CLAUSE_LABELS.has(this.header.labels[labels[i]])) continue;
      if ((lex.wc[i + 2] & VERB_ED) === 0) continue;
      let subject = false;
      let auxiliary = false;
      for (let k = 0; k < n; k++) {
        if (heads[k] !== i) continue;
        const label = this.header.labels[labels[k]];
        if (label === 'nsubj') subject = true;
        else if (PARTICIPLE_MARKERS.has(label)) auxiliary = true;
      }
      if (!subject || auxiliary) continue;
      tagIds[i] = this.pastTag;
      for (let k = i + 1; k < n; k++) {
        if (heads[k] === i && labels[k] === this.xcompLabel && NOMINAL_UPOS.has(this.upos[tagIds[k]])) {
          labels[k] = this.objectLabel;
        }
      }
    }
  }

  /**
   * "that its soldiers, aided by Ethiopian troops, had pushed back an attack", parsed with "aided"
   * as the clause's verb (subject "soldiers", agent "troops") and "had pushed" conjoined to an
   * earlier verb with no subject: a verb with a by-agent and no auxiliary or object, set off by
   * commas after its subject, is a participle on that subject, and the verb with an auxiliary but
   * no subject right after the second comma is the clause's own (it takes the participle's place,
   * subject and subordinators).
   */
  private participleBetweenCommas(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { subjectLabel: nsubj, aclLabel: acl, conjLabel: conj } = this;
    const agent = this.header.labels.indexOf('obl:agent');
    if (nsubj < 0 || acl < 0 || conj < 0 || agent < 0) return;
    const n = heads.length;
    const label = (k: number) => this.header.labels[labels[k]];
    for (let v = 2; v < n; v++) {
      if (!PAST_FORMS.has(this.xpos[tagIds[v]]) || this.xpos[tagIds[v - 1]] !== ',') continue;
      const kids = heads.map((h, k) => (h === v ? k : -1)).filter((k) => k >= 0);
      const subject = kids.find((k) => labels[k] === nsubj && k < v);
      if (subject === undefined || !kids.some((k) => labels[k] === agent)) continue;
      if (kids.some((k) => label(k).startsWith('aux') || label(k) === 'obj')) continue;
      let end = v;
      for (let k = v + 1; k < n && this.dominates(heads, v, k); k++) end = k;
      if (end + 2 >= n || this.xpos[tagIds[end + 1]] !== ',') continue;
      let w = end + 2;
      while (w < n && label(w).startsWith('aux')) w++;
      if (w === end + 2 || w >= n || this.upos[tagIds[w]] !== 'VERB' || labels[w] !== conj) continue;
      if (heads.some((h, k) => h === w && label(k).startsWith('nsubj'))) continue;
      heads[w] = heads[v];
      labels[w] = labels[v];
      for (const k of kids) if (k < subject || labels[k] === nsubj) heads[k] = w;
      heads[v] = subject;
      labels[v] = acl;
      if (this.participleTag >= 0) tagIds[v] = this.participleTag;
      // (The closing comma now sits inside the clause: it hangs on its verb.)
      heads[end + 1] = w;
    }
  }

  /**
   * "A battalion of soldiers from Ghana is due to reach Mali in March, officials said" came out
   * with "battalion" and "is" hung on "said" and "due" as its adverbial clause. A verb takes no copula:
   * when a verb that closes the sentence has one, the word right after the copula (an adjective
   * or noun hung on the same verb) is the predicate of the clause the verb reports: the copula,
   * and the subjects and auxiliaries before it, go to that word, which becomes the verb's `ccomp`.
   */
  private copulaOnSaying(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const cop = this.edit.cop;
    if (cop < 0) return;
    for (let c = 0; c + 1 < heads.length; c++) {
      const v = heads[c];
      if (labels[c] !== cop || v <= c + 1 || this.upos[tagIds[v]] !== 'VERB') continue;
      let p = c + 1;
      while (p < v && this.upos[tagIds[p]] === 'PART') p++;
      if (heads[p] !== v || !PREDICATE_UPOS.has(this.upos[tagIds[p]])) continue;
      // (Only when the verb has a subject of its own after the predicate: the one who said it.)
      if (!heads.some((h, k) => h === v && k > p && labels[k] === this.subjectLabel)) continue;
      for (let k = 0; k < c; k++) {
        const rel = this.header.labels[labels[k]];
        if (heads[k] === v && (rel.startsWith('nsubj') || rel === 'aux' || rel === 'advmod')) heads[k] = p;
      }
      for (let k = c + 1; k < p; k++) if (heads[k] === v) heads[k] = p;
      heads[c] = p;
      labels[p] = this.ccompLabel;
    }
  }

  /**
   * "refused to host Iran's visiting President", parsed with "Iran" as the object and
   * "visiting" as a clause of its own whose object is "President": after a possessive "'s", a
   * present participle whose object follows at once is an adjective on that noun, which takes the
   * possessor's place (and the possessor is its nmod:poss); what else hung on the participle hangs
   * on the noun's new head.
   */
  private participleAfterPossessive(
    tagIds: Int32Array,
    lex: Lex,
    heads: Int32Array,
    labels: Int32Array,
  ): void {
    const { objectLabel: obj, amodLabel: amod } = this;
    const poss = this.header.labels.indexOf('nmod:poss');
    if (obj < 0 || amod < 0 || poss < 0) return;
    const n = heads.length;
    for (let k = 1; k + 2 < n; k++) {
      if (!POSSESSIVE_MARKS.has(lex.norm[k]) || heads[k] !== k - 1) continue;
      const owner = k - 1;
      const g = k + 1;
      if (this.xpos[tagIds[g]] !== 'VBG' || heads[owner] === g) continue;
      const noun = heads.findIndex((h, j) => h === g && j > g && labels[j] === obj);
      if (noun < 0 || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      // Only the noun's own words between the participle and the noun.
      let name = true;
      for (let j = g + 1; j < noun; j++) if (heads[j] !== noun) name = false;
      if (!name || this.dominates(heads, g, heads[owner])) continue;
      heads[noun] = heads[owner];
      labels[noun] = labels[owner];
      for (let j = noun + 1; j < n; j++) if (heads[j] === g) heads[j] = heads[noun];
      heads[owner] = noun;
      labels[owner] = poss;
      heads[g] = noun;
      labels[g] = amod;
    }
  }

  /**
   * "Witkoff is due to meet Iranian officials", with "meet" read as the clausal subject of "due":
   * a word that has a nominal subject has no clausal one as well, so a clausal subject after its
   * head, beside a nominal subject, is the head's open complement (an expletive "it" is no
   * nominal subject, even when parsed as one: "it is vital to act" keeps its clausal subject).
   */
  private complementAsSubject(lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.csubjLabel < 0 || this.xcompLabel < 0) return;
    for (let k = 1; k < heads.length; k++) {
      const head = heads[k];
      if (labels[k] !== this.csubjLabel || head < 0 || head > k) continue;
      const subject = heads.findIndex((h, j) => h === head && labels[j] === this.subjectLabel);
      if (subject >= 0 && !EXPLETIVES.has(lex.norm[subject])) labels[k] = this.xcompLabel;
    }
  }

  /**
   * "willing to send up to 3,000 soldiers", with "up" a particle of the verb and "to" the
   * preposition of "troops": "up to" before a number bounds the number. As in EWT, "up" becomes an
   * adverb of the counted noun with "to" fixed to it, and the noun the verb's object when it has
   * none.
   */
  private upToNumber(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const L = this.edit;
    if (Object.values(L).some((x) => x < 0) || this.objectLabel < 0) return;
    for (let up = 1; up + 2 < heads.length; up++) {
      if (lex.norm[up] !== 'up' || lex.norm[up + 1] !== 'to' || labels[up] !== L.prt) continue;
      const verb = heads[up];
      const noun = heads[up + 1];
      const number = up + 2;
      if (labels[up + 1] !== L.case || noun <= number || heads[noun] !== verb || labels[noun] !== L.obl)
        continue;
      if (heads[number] !== noun || labels[number] !== L.nummod || this.upos[tagIds[number]] !== 'NUM')
        continue;
      if (heads.some((h, k) => h === verb && labels[k] === this.objectLabel)) continue;
      heads[up] = noun;
      labels[up] = L.advmod;
      heads[up + 1] = up;
      labels[up + 1] = L.fixed;
      labels[noun] = this.objectLabel;
    }
  }

  /**
   * "extradited suspected militant Haroon Aswad to Britain", with "suspected" read as the verb's
   * complement and the man as its object: a participle right after a verb that has no object of
   * its own, taking as its object the noun after it, is that noun's modifier, and the noun (with
   * what followed it on the participle) the verb's.
   */
  private participleBeforeObject(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.xcompLabel < 0 || this.amodLabel < 0) return;
    for (let p = 1; p + 1 < heads.length; p++) {
      const verb = p - 1;
      // (Or read as a past tense: "Venezuela frees detained(VBD) Americans"; a complement is never finite.)
      const xpos = this.xpos[tagIds[p]];
      if ((xpos !== 'VBN' && xpos !== 'VBD') || labels[p] !== this.xcompLabel || heads[p] !== verb) continue;
      // ("have classified X", "got hurt": after an auxiliary the participle is the verb.)
      if (this.upos[tagIds[verb]] !== 'VERB' || PARTICIPLE_AUXILIARIES.has(lex.norm[verb])) continue;
      const noun = heads.findIndex((h, k) => h === p && labels[k] === this.objectLabel);
      if (noun <= p || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      if (heads.some((h, k) => h === verb && labels[k] === this.objectLabel)) continue;
      // Nothing may hang on the participle before the noun; what follows the noun ("to Britain")
      // is the verb's.
      if (heads.some((h, k) => h === p && k < noun)) continue;
      this.participleOnObject(heads, labels, verb, p, noun);
      if (xpos === 'VBD' && this.participleTag >= 0) tagIds[p] = this.participleTag;
    }
  }

  /**
   * Makes `noun` the object of `verb` and the `participle` that had taken it as its object an
   * adjective (`amod`) on it; what followed the noun on the participle goes to the verb.
   */
  private participleOnObject(
    heads: Int32Array,
    labels: Int32Array,
    verb: number,
    participle: number,
    noun: number,
  ): void {
    for (let k = noun + 1; k < heads.length; k++) if (heads[k] === participle) heads[k] = verb;
    heads[noun] = verb;
    labels[noun] = this.objectLabel;
    heads[participle] = noun;
    labels[participle] = this.amodLabel;
  }

  /**
   * "drove out on Sunday more than 500 villagers", with the villagers conjoined to the day:
   * a noun joined to a day with no "and" or "or" is the object of the verb the day hangs on, when
   * that verb has none.
   */
  private objectAfterDay(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.conjLabel < 0 || this.objectLabel < 0) return;
    for (let k = 2; k < heads.length; k++) {
      const day = heads[k];
      if (labels[k] !== this.conjLabel || day < 0 || day >= k || !DAY_WORDS.has(lex.norm[day])) continue;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[k]])) continue;
      if (heads.some((h, j) => h === k && this.upos[tagIds[j]] === 'CCONJ')) continue;
      const verb = heads[day];
      if (verb < 0 || this.upos[tagIds[verb]] !== 'VERB') continue;
      if (heads.some((h, j) => h === verb && labels[j] === this.objectLabel)) continue;
      heads[k] = verb;
      labels[k] = this.objectLabel;
    }
  }

  /**
   * "ease the curbs in early May on Cuba, Syria, Libya and Sudan", with the later names
   * read as conjuncts of "May": names joined to a date that already governs a name of their
   * own kind, between the two, are that name's conjuncts (a list of days or months stays).
   */
  private listAfterDate(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.conjLabel < 0) return;
    const proper = (i: number) => this.upos[tagIds[i]] === 'PROPN' && !DATE_WORDS.has(lex.norm[i]);
    for (let k = 2; k < heads.length; k++) {
      const date = heads[k];
      if (labels[k] !== this.conjLabel || date < 0 || date >= k || !DATE_WORDS.has(lex.norm[date])) continue;
      if (!proper(k)) continue;
      const first = heads.findIndex((h, j) => h === date && j > date && j < k && proper(j));
      if (first >= 0) heads[k] = first;
    }
  }

  /**
   * "said here Friday that Israel must be ready", with "Friday" read as a second subject of
   * the reported clause: a day before the clause's subordinator belongs to the verb above it, as
   * the bare time (`obl:unmarked`) EWT gives a day with no preposition.
   */
  private dayBeforeSubordinator(lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.subjectLabel < 0 || this.oblLabel < 0) return;
    for (let k = 0; k < heads.length; k++) {
      const clause = heads[k];
      if (labels[k] !== this.subjectLabel || clause <= k || !DAY_WORDS.has(lex.norm[k])) continue;
      const above = heads[clause];
      if (above < 0 || above > k) continue;
      const mark = heads.findIndex((h, j) => h === clause && j > k && labels[j] === this.markLabel);
      if (mark < 0) continue;
      if (!heads.some((h, j) => h === clause && j > mark && labels[j] === this.subjectLabel)) continue;
      heads[k] = above;
      labels[k] = this.oblLabel;
    }
  }

  /**
   * "…proposed to downgrade its trade ties with Israel, but Egypt and Qatar oppose that step",
   * with "Egypt" and "Qatar" read as more conjuncts of "Israel" and "oppose" as a conjunct verb
   * with no subject: after a comma and "but" (or "and", "while", "yet"), nouns conjoined to an
   * earlier noun and followed at once by a finite verb with no subject are that verb's subject.
   */
  private subjectAfterCoordinator(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel: conj, subjectLabel: nsubj } = this;
    const cc = this.header.labels.indexOf('cc');
    if (conj < 0 || nsubj < 0 || cc < 0) return;
    for (let v = 3; v < heads.length; v++) {
      // (A plural present may have been tagged as the infinitive of the verb it was joined to.)
      const base = this.xpos[tagIds[v]] === 'VB';
      if (!(FINITE_XPOS.has(this.xpos[tagIds[v]]) || (base && labels[v] === conj))) continue;
      if (heads.some((h, k) => h === v && (labels[k] === nsubj || labels[k] === this.passiveSubjectLabel)))
        continue;
      // Walk back over the noun phrase: nouns, their words and "and" between them.
      const nouns: number[] = [];
      let k = v - 1;
      for (; k > 0; k--) {
        const upos = this.upos[tagIds[k]];
        if (nouns.length > 0 && CLAUSE_COORDINATORS.has(lex.norm[k]) && lex.norm[k - 1] === ',') break;
        if (labels[k] === conj && NOMINAL_UPOS.has(upos) && heads[k] < k) nouns.unshift(k);
        else if (labels[k] === cc && lex.norm[k] === 'and') continue;
        // (Only a bare noun phrase: no preposition, verb or copula, "my old man is at Schlumberger".)
        else if (!(heads[k] > k && heads[k] < v) || PHRASE_BREAKERS.has(upos)) break;
      }
      const coordinator = k;
      if (nouns.length === 0) continue;
      // The nouns hang on one earlier noun, outside the verb's own phrase.
      const earlier = heads[nouns[0]];
      const joined = (n: number, i: number) => {
        const at = nouns.indexOf(heads[n]);
        return heads[n] === earlier || (at >= 0 && at < i);
      };
      if (earlier >= coordinator || !nouns.every(joined)) continue;
      // A conjunct clause (", but Egypt and Qatar oppose…"), or the main clause after an opening
      // phrase that swallowed its subject ("In the north, Russian mortars and drones hit…").
      const clause =
        labels[v] === conj &&
        CLAUSE_COORDINATORS.has(lex.norm[coordinator]) &&
        lex.norm[coordinator - 1] === ',' &&
        (heads[coordinator] === nouns[0] || heads[coordinator] === earlier);
      const opening =
        lex.norm[coordinator] === ',' &&
        heads[earlier] === v &&
        labels[earlier] === this.edit.obl &&
        this.spansFromStart(heads, earlier, coordinator);
      if (!clause && !opening) continue;
      if (base && this.presentTag >= 0) tagIds[v] = this.presentTag;
      heads[nouns[0]] = v;
      labels[nouns[0]] = nsubj;
      for (const n of nouns.slice(1)) heads[n] = nouns[0];
      for (let j = nouns[0] + 1; j < v; j++)
        if (labels[j] === cc && heads[j] === earlier) heads[j] = nouns[nouns.length - 1];
      if (opening) {
        heads[coordinator] = earlier;
        continue;
      }
      heads[coordinator] = v;
      labels[coordinator] = cc;
      heads[coordinator - 1] = v;
    }
  }

  /**
   * "Qatar blocked the Turkish plan to ban oil imports", with "to ban" read as the purpose of
   * "blocked": right after an object noun that takes an infinitive (a plan, a bid, a decision, an
   * offer…), a to-clause hung on the verb as `advcl` completes the noun (`acl`).
   */
  private infinitiveOfNoun(lex: Lex, heads: Int32Array, labels: Int32Array): void {
    if (this.aclLabel < 0 || this.advclLabel < 0 || this.objectLabel < 0) return;
    for (let to = 1; to + 1 < heads.length; to++) {
      const v = to + 1;
      if (lex.norm[to] !== 'to' || heads[to] !== v || labels[to] !== this.markLabel) continue;
      const noun = to - 1;
      if (labels[v] !== this.advclLabel || labels[noun] !== this.objectLabel || heads[noun] !== heads[v])
        continue;
      if (!INFINITIVE_NOUNS.has(lex.norm[noun])) continue;
      heads[v] = noun;
      labels[v] = this.aclLabel;
    }
  }

  /** Whether every word before `end` belongs to the phrase headed by `head` (an opening phrase). */
  private spansFromStart(heads: Int32Array, head: number, end: number): boolean {
    for (let k = 0; k < end; k++) if (k !== head && !this.dominates(heads, head, k)) return false;
    return true;
  }

  /**
   * "Russia struck Kyiv overnight with missiles", with "Kyiv" read as a compound of "missiles": a
   * noun phrase has its preposition before all its words, so a compound with its head's
   * preposition between them is a word of its own. When the head is an oblique of a verb that
   * has no object, that word is the object, and what stood between it and the preposition
   * ("overnight") goes to the verb too.
   */
  private compoundAcrossCase(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { compound, case: caseLabel, obl } = this.edit;
    if (compound < 0) return;
    for (let c = 1; c + 2 < heads.length; c++) {
      const h = heads[c];
      if (
        labels[c] !== compound ||
        h <= c + 1 ||
        labels[h] !== obl ||
        !NOMINAL_UPOS.has(this.upos[tagIds[c]])
      )
        continue;
      let prep = -1;
      for (let k = c + 1; k < h && prep < 0; k++) if (heads[k] === h && labels[k] === caseLabel) prep = k;
      const verb = heads[h];
      if (prep < 0 || verb < 0 || verb > c || this.upos[tagIds[verb]] !== 'VERB') continue;
      if (heads.some((x, k) => x === verb && labels[k] === this.objectLabel)) continue;
      heads[c] = verb;
      labels[c] = this.objectLabel;
      for (let k = c + 1; k < prep; k++) if (heads[k] === h) heads[k] = verb;
    }
  }

  /**
   * "reaffirmed that its security pact with Australia covers attacks…" came out with
   * the noun "pact" as the reported clause (with "that" on it) and "covers" hung apart as
   * `parataxis`, so an agreement in force read as one made. A noun has no "that" of its own:
   * the finite verb right after its phrase, with no subject, heads the clause, and the noun is
   * its subject (a tree edit).
   */
  private nounAsReportedClause(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { ccompLabel, markLabel, subjectLabel } = this;
    if (ccompLabel < 0 || markLabel < 0) return;
    for (let n = 0; n < heads.length; n++) {
      if (labels[n] !== ccompLabel || !NOMINAL_UPOS.has(this.upos[tagIds[n]])) continue;
      const marks: number[] = [];
      for (let k = 0; k < n; k++) if (heads[k] === n && labels[k] === markLabel) marks.push(k);
      if (marks.length === 0 || heads.some((h, k) => h === n && this.upos[tagIds[k]] === 'AUX')) continue;
      const v = this.phraseEnd(heads, n) + 1;
      if (v >= heads.length || !FINITE_XPOS.has(this.xpos[tagIds[v]]) || this.upos[tagIds[v]] !== 'VERB')
        continue;
      if (this.dominates(heads, v, n) || heads.some((h, k) => h === v && labels[k] === subjectLabel))
        continue;
      heads[v] = heads[n];
      labels[v] = ccompLabel;
      heads[n] = v;
      labels[n] = subjectLabel;
      for (const k of marks) heads[k] = v;
    }
  }

  /**
   * "…, officials said, hours after Russian drones struck an energy facility" came out with
   * "hours" the subject of "struck", the drones an `nmod` of it, and "struck" the root over the
   * report. A span of time before "after" or "before" measures the clause that follows (EWT:
   * the span hangs on the subordinator as `obl:unmarked`): the subordinator marks the verb, the
   * noun after it is the verb's subject, and the verb is a clause of the one before the span (a
   * tree edit).
   */
  private spanBeforeSubordinate(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { subjectLabel, markLabel, advclLabel, oblLabel, rootLabel } = this;
    if (subjectLabel < 0 || markLabel < 0 || advclLabel < 0 || oblLabel < 0 || rootLabel < 0) return;
    for (let t = 0; t + 2 < heads.length; t++) {
      if (
        labels[t] !== subjectLabel ||
        !TIME_SPANS.has(lex.norm[t]) ||
        !SPAN_SUBORDINATORS.has(lex.norm[t + 1])
      )
        continue;
      const verb = heads[t];
      const noun = heads[t + 1];
      if (verb <= t || this.upos[tagIds[verb]] !== 'VERB' || !FINITE_XPOS.has(this.xpos[tagIds[verb]]))
        continue;
      if (noun <= t + 1 || noun >= verb || heads[noun] !== t || !SUBJECT_UPOS.has(this.upos[tagIds[noun]]))
        continue;
      if (heads.some((h, k) => h === verb && k !== t && labels[k] === subjectLabel)) continue;
      let main = -1;
      for (let k = t - 1; k >= 0 && main < 0; k--)
        if (
          heads[k] === verb &&
          CLAUSE_LABELS.has(this.header.labels[labels[k]]) &&
          this.upos[tagIds[k]] === 'VERB'
        )
          main = k;
      heads[t] = t + 1;
      labels[t] = oblLabel;
      heads[t + 1] = verb;
      labels[t + 1] = markLabel;
      heads[noun] = verb;
      labels[noun] = subjectLabel;
      // (A clause opened by "after" is no reported clause.)
      if (labels[verb] === this.ccompLabel) labels[verb] = advclLabel;
      if (main < 0) continue;
      // The clause before the span is the one it is measured from: it takes the verb's place.
      // (So is the full stop that closes the sentence.)
      const last = heads.length - 1;
      for (let k = 0; k < t; k++) if (heads[k] === verb && k !== main) heads[k] = main;
      if (heads[last] === verb && this.upos[tagIds[last]] === 'PUNCT') heads[last] = main;
      heads[main] = heads[verb];
      labels[main] = labels[verb];
      heads[verb] = main;
      labels[verb] = advclLabel;
    }
  }

  /**
   * "Ethiopia, Egypt trade accusations over Nile dam": a headline joins its subjects with a comma
   * where prose says "and", but the parser took the first name as a vocative and only the second
   * as the subject. In a line with no closing punctuation, a name, a comma and the name that is
   * the verb's subject are that subject and its conjunct (a tree edit).
   */
  private namesListedInHeadline(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { subjectLabel, conjLabel } = this;
    const n = heads.length;
    if (subjectLabel < 0 || conjLabel < 0 || n < 4 || this.upos[tagIds[n - 1]] === 'PUNCT') return;
    let comma = 1;
    while (comma < n && this.upos[tagIds[comma - 1]] === 'PROPN' && lex.norm[comma] !== ',') comma++;
    if (comma >= n - 2 || lex.norm[comma] !== ',') return;
    let second = comma + 1;
    while (second < n && this.upos[tagIds[second]] === 'PROPN' && labels[second] !== subjectLabel) second++;
    if (second >= n || labels[second] !== subjectLabel) return;
    const first = comma - 1;
    // ("South Korea, Japan leaders meet": the first name and the one on the shared noun are that
    // noun's modifiers, joined; the verb is the root.)
    const modifier = second - 1;
    const shared = this.upos[tagIds[second]] === 'NOUN' && modifier > comma && heads[modifier] === second;
    if (shared) {
      const verb = heads[second];
      if (verb < 0 || this.upos[tagIds[verb]] !== 'VERB' || heads[first] !== -1 || heads[verb] !== first)
        return;
      if (heads.some((h, k) => h === verb && k !== second && labels[k] === subjectLabel)) return;
      const rootLabel = labels[first];
      heads[verb] = -1;
      labels[verb] = rootLabel;
      heads[first] = second;
      labels[first] = labels[modifier];
      heads[modifier] = first;
      labels[modifier] = conjLabel;
      heads[comma] = modifier;
      return;
    }
    if (this.upos[tagIds[second]] !== 'PROPN') return;
    const verb = heads[second];
    if (verb < 0 || this.upos[tagIds[verb]] !== 'VERB' || labels[first] === subjectLabel) return;
    if (heads.some((h, k) => h === verb && k !== second && labels[k] === subjectLabel)) return;
    heads[first] = verb;
    labels[first] = subjectLabel;
    heads[second] = first;
    labels[second] = conjLabel;
    heads[comma] = second;
  }

  /**
   * "sending armed men into the disputed Essequibo region, where they fired on a patrol" came out
   * with "fired" a clause of its own (`parataxis` of "accused"), so the firing read as told by the
   * reporter rather than as part of the accusation; so did "fighters of the Pakistani Taliban, or
   * TTP, who have stepped up attacks". A clause opened by "where", or with "who" or "which" as its
   * subject, right after a comma that closes a noun's phrase is that noun's relative clause (the
   * noun whose whole phrase the comma closes; a tree edit).
   */
  private relativeAfterPhrase(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { relclLabel, subjectLabel } = this;
    if (relclLabel < 0) return;
    for (let w = 2; w + 1 < heads.length; w++) {
      if (lex.norm[w - 1] !== ',') continue;
      const verb = heads[w];
      const opens =
        lex.norm[w] === 'where' || (RELATIVE_SUBJECTS.has(lex.norm[w]) && labels[w] === subjectLabel);
      if (!opens || verb <= w || this.upos[tagIds[verb]] !== 'VERB' || labels[verb] === relclLabel) continue;
      let noun = w - 2;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      // (Up to the noun whose whole phrase the comma closes: "fighters of the Pakistani Taliban, or TTP".)
      for (
        let up = heads[noun];
        up >= 0 && up < noun && NOMINAL_UPOS.has(this.upos[tagIds[up]]);
        up = heads[up]
      ) {
        if (this.phraseEnd(heads, up) !== w - 2) break;
        noun = up;
      }
      if (heads[noun] > noun && heads[noun] < w - 1) continue;
      if (heads[verb] === noun || this.dominates(heads, verb, noun)) continue;
      heads[verb] = noun;
      labels[verb] = relclLabel;
    }
  }

  /**
   * "Kosovo declared independence in 2008, a move Belgrade has never recognised" came out with
   * "recognised" at the root, "a move" its subject and the declaration its reported clause, so
   * the declaration read as never made. An indefinite noun after a comma that closes a clause
   * before the root, followed by a subject of its own and the root with no object, opens a
   * relative clause on the noun: the clause before is the root, the noun a comment on it
   * (`parataxis`), the root a relative clause of the noun with the name as its subject (a tree
   * edit).
   */
  private clauseBeforeAppositiveNoun(
    tagIds: Int32Array,
    lex: Lex,
    heads: Int32Array,
    labels: Int32Array,
  ): void {
    const { ccompLabel, subjectLabel, relclLabel, parataxisLabel, rootLabel, objectLabel, markLabel } = this;
    if (ccompLabel < 0 || relclLabel < 0 || parataxisLabel < 0 || rootLabel < 0) return;
    const root = heads.indexOf(-1);
    if (root < 0 || this.upos[tagIds[root]] !== 'VERB') return;
    let clause = -1;
    let noun = -1;
    for (let k = 0; k < root; k++) {
      if (heads[k] !== root) continue;
      if (labels[k] === ccompLabel && clause < 0) clause = k;
      else if (labels[k] === subjectLabel) noun = k;
    }
    if (clause < 0 || noun < clause || heads.some((h, k) => h === root && labels[k] === objectLabel)) return;
    if (heads.some((h, k) => h === clause && labels[k] === markLabel)) return;
    const article = noun - 1;
    const comma = article - 1;
    if (comma <= clause || lex.norm[comma] !== ',' || !INDEFINITE.has(lex.norm[article])) return;
    const end = this.phraseEnd(heads, clause);
    if (heads[article] !== noun || (end !== comma - 1 && end !== comma)) return;
    if (this.upos[tagIds[noun]] !== 'NOUN') return;
    // ("a move the government rejected": the subject may have its own article.)
    const subject = lex.norm[noun + 1] === 'the' ? noun + 2 : noun + 1;
    if (subject >= root || heads[subject] !== noun || !SUBJECT_UPOS.has(this.upos[tagIds[subject]])) return;
    heads[clause] = -1;
    labels[clause] = rootLabel;
    heads[noun] = clause;
    labels[noun] = parataxisLabel;
    heads[comma] = clause;
    heads[root] = noun;
    labels[root] = relclLabel;
    heads[subject] = root;
    labels[subject] = subjectLabel;
    for (let k = 0; k < heads.length; k++)
      if (heads[k] === root && k > root && this.upos[tagIds[k]] === 'PUNCT') heads[k] = clause;
  }

  /**
   * "would keep targeting ships linked to Israel" came out with "targeting" as an adjective on
   * "ships", the object of "keep", so nothing was targeted. After a verb of keeping on, starting
   * or stopping, a gerund is the verb it goes on with (`xcomp`), and the noun after it its object
   * (a tree edit).
   */
  private gerundAfterAspect(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { xcompLabel, objectLabel, amodLabel } = this;
    if (xcompLabel < 0 || objectLabel < 0 || amodLabel < 0) return;
    for (let g = 1; g + 1 < heads.length; g++) {
      if (this.xpos[tagIds[g]] !== 'VBG' || labels[g] !== amodLabel) continue;
      const verb = g - 1;
      const noun = heads[g];
      if (
        !ASPECT_FORMS.has(lex.norm[verb]) ||
        noun <= g ||
        heads[noun] !== verb ||
        labels[noun] !== objectLabel
      )
        continue;
      heads[g] = verb;
      labels[g] = xcompLabel;
      heads[noun] = g;
    }
  }

  /**
   * "held talks with the Houthis on ending Yemen's civil war" came out with "on ending" as a
   * clause of "held", so the war was ended, not discussed. A gerund opened by "on" or "about"
   * right after the phrase of a verb's object that names talks is what the talks are about
   * (`acl` of that noun; a tree edit).
   */
  private topicOfTalks(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { aclLabel, objectLabel, advclLabel, markLabel } = this;
    if (aclLabel < 0 || objectLabel < 0 || advclLabel < 0 || markLabel < 0) return;
    for (let g = 2; g < heads.length; g++) {
      if (this.xpos[tagIds[g]] !== 'VBG' || labels[g] !== advclLabel) continue;
      const mark = g - 1;
      if (!TOPIC_MARKS.has(lex.norm[mark]) || heads[mark] !== g) continue;
      const verb = heads[g];
      let noun = -1;
      for (let k = 0; k < mark; k++) if (heads[k] === verb && labels[k] === objectLabel) noun = k;
      // ("the agreement they reached last year on normalising relations": the topic of the deal
      // the relative clause describes, after that clause.)
      const described = verb >= 0 && labels[verb] === this.relclLabel ? heads[verb] : -1;
      if (noun >= 0 && TALK_NOUNS.has(lex.norm[noun]) && this.phraseEnd(heads, noun) === mark - 1) {
        heads[g] = noun;
      } else if (described >= 0 && described < verb && TALK_NOUNS.has(lex.norm[described])) {
        heads[g] = described;
      } else continue;
      labels[g] = aclLabel;
    }
  }

  /**
   * "signed a deal as fighting went on in the east" came out with "fighting" as a clause of
   * "signed" (whose subject it then shared) and "went" as its object. A gerund right after a
   * subordinator, followed at once by a finite verb hung on it, is that verb's subject, a noun,
   * and the verb heads the subordinate clause (a tree edit).
   */
  private gerundSubjectOfClause(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { markLabel, subjectLabel, nounTag } = this;
    if (markLabel < 0 || nounTag < 0) return;
    for (let g = 1; g + 1 < heads.length; g++) {
      const v = g + 1;
      if (this.xpos[tagIds[g]] !== 'VBG' || labels[g - 1] !== markLabel || heads[g - 1] !== g) continue;
      if (!FINITE_XPOS.has(this.xpos[tagIds[v]]) || heads[v] !== g) continue;
      if (heads.some((h, k) => h === g && k !== g - 1 && k !== v && k < g)) continue;
      heads[v] = heads[g];
      labels[v] = labels[g];
      heads[g] = v;
      labels[g] = subjectLabel;
      heads[g - 1] = v;
      tagIds[g] = nounTag;
      for (let k = v + 1; k < heads.length; k++) if (heads[k] === g) heads[k] = v;
    }
  }

  /**
   * "urged the junta to implement a peace plan the bloc agreed in 2021" came out with "agreed" a
   * clause of "urged" (so its year dated the appeal). A finite verb hung as an adverbial clause
   * with no subordinator and no object, whose subject's phrase follows at once an object or
   * oblique noun of the clause above, is a relative clause with no pronoun on that noun (its
   * object is the noun itself; a tree edit).
   */
  private reducedRelative(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { advclLabel, relclLabel, subjectLabel, markLabel, objectLabel } = this;
    if (advclLabel < 0 || relclLabel < 0 || subjectLabel < 0) return;
    const n = heads.length;
    for (let v = 2; v < n; v++) {
      if (labels[v] !== advclLabel || !FINITE_XPOS.has(this.xpos[tagIds[v]])) continue;
      let subject = -1;
      let blocked = false;
      for (let k = 0; k < n; k++) {
        if (heads[k] !== v) continue;
        if (labels[k] === subjectLabel && k < v) subject = k;
        if (labels[k] === markLabel || labels[k] === objectLabel || labels[k] === this.ccompLabel)
          blocked = true;
      }
      if (subject < 0 || blocked) continue;
      let first = subject;
      while (first > 0 && this.dominates(heads, subject, first - 1)) first--;
      // (Not after a comma: "…on treason charges, a United Nations official said".)
      if (this.upos[tagIds[first]] === 'PUNCT') continue;
      const noun = first - 1;
      if (noun < 0 || !NOMINAL_UPOS.has(this.upos[tagIds[noun]]) || this.dominates(heads, v, noun)) continue;
      if (labels[noun] !== objectLabel && labels[noun] !== this.edit.obl) continue;
      if (!this.dominates(heads, heads[v], noun)) continue;
      heads[v] = noun;
      labels[v] = relclLabel;
    }
  }

  /**
   * "will send police officers to Haiti next month" came out with "Haiti" a compound of "month",
   * the phrase "to Haiti next month" one time. A proper name right before "next", "last" or "this"
   * and a noun of time that it was hung on as a compound heads the phrase itself, and the time is
   * a bare time of the same verb (a tree edit).
   */
  private placeBeforeTime(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { compound, case: caseLabel } = this.edit;
    if (compound < 0 || caseLabel < 0 || this.oblLabel < 0) return;
    for (let p = 1; p + 2 < heads.length; p++) {
      const time = p + 2;
      if (this.upos[tagIds[p]] !== 'PROPN' || labels[p] !== compound || heads[p] !== time) continue;
      if (!TIME_SHIFTERS.has(lex.norm[p + 1]) || heads[p + 1] !== time || !SHIFTED_TIMES.has(lex.norm[time]))
        continue;
      const verb = heads[time];
      if (verb < 0) continue;
      heads[p] = verb;
      labels[p] = labels[time];
      for (let k = 0; k < p; k++) if (heads[k] === time && labels[k] === caseLabel) heads[k] = p;
      labels[time] = this.oblLabel;
    }
  }

  /**
   * "rescued 15 kidnapped villagers" came out with "15" the object of "rescued" and "kidnapped" a
   * second verb whose object was the villagers (so the troops kidnapped them). A past form right
   * after a number that a verb takes as its object, joined to that verb with no "and" and with the
   * noun right after it as its object, describes that noun: the participle its `amod`, the number
   * its `nummod`, the noun the verb's object (a tree edit).
   */
  private participleAfterNumber(tagIds: Int32Array, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel, objectLabel, amodLabel, participleTag } = this;
    const nummod = this.edit.nummod;
    if (conjLabel < 0 || objectLabel < 0 || amodLabel < 0 || nummod < 0 || participleTag < 0) return;
    for (let w = 1; w + 1 < heads.length; w++) {
      const num = w - 1;
      const noun = w + 1;
      if (!PAST_XPOS.has(this.xpos[tagIds[w]]) || labels[w] !== conjLabel) continue;
      if (this.upos[tagIds[num]] !== 'NUM' || labels[num] !== objectLabel) continue;
      const verb = heads[num];
      // (It may hang on the verb the taking verb is joined to: "killed 30 and rescued 15 kidnapped…".)
      if (verb < 0 || (heads[w] !== verb && heads[w] !== heads[verb])) continue;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]]) || heads[noun] !== w) continue;
      if (labels[noun] !== objectLabel) continue;
      // (Nothing else may hang on the participle before its noun: "killed 15 and wounded 20
      // others" is two acts; what follows the noun goes to the verb.)
      if (heads.some((h, k) => h === w && k < noun)) continue;
      this.participleOnObject(heads, labels, verb, w, noun);
      heads[num] = noun;
      labels[num] = nummod;
      tagIds[w] = participleTag;
    }
  }

  /**
   * "China's coast guard boarded a Philippine supply boat and seized(VBN) weapons" came out with
   * "seized" an adjective on "weapons", a second thing boarded. Right after "and", a past form the
   * word classes allow as a past tense, modifying the next noun, which is joined to the object of
   * a verb in the past tense, is a second verb of the same subject, the noun its object (a tree
   * edit).
   */
  private pastAfterAnd(tagIds: Int32Array, lex: Lex, heads: Int32Array, labels: Int32Array): void {
    const { conjLabel, objectLabel, amodLabel, pastTag } = this;
    const cc = this.header.labels.indexOf('cc');
    if (conjLabel < 0 || objectLabel < 0 || amodLabel < 0 || pastTag < 0 || cc < 0) return;
    for (let p = 2; p + 1 < heads.length; p++) {
      const noun = p + 1;
      if (lex.norm[p - 1] !== 'and' || labels[p] !== amodLabel || heads[p] !== noun) continue;
      if (!PAST_XPOS.has(this.xpos[tagIds[p]]) || (lex.wc[p + 2] & VERB_ED) === 0) continue;
      if (labels[noun] !== conjLabel || !NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      const object = heads[noun];
      if (object < 0 || labels[object] !== objectLabel) continue;
      const verb = heads[object];
      if (verb < 0 || this.xpos[tagIds[verb]] !== 'VBD') continue;
      heads[p] = verb;
      labels[p] = conjLabel;
      tagIds[p] = pastTag;
      heads[noun] = p;
      labels[noun] = objectLabel;
      if (heads[p - 1] === noun && labels[p - 1] === cc) heads[p - 1] = p;
    }
  }

  /** The last word of the phrase `noun` heads, when it runs on contiguously to its right. */
  private phraseEnd(heads: Int32Array, noun: number): number {
    let end = noun;
    while (end + 1 < heads.length && this.dominates(heads, noun, end + 1)) end++;
    return end;
  }

  /** Word `a` is `b` or above it in the tree. */
  private dominates(heads: Int32Array, a: number, b: number): boolean {
    for (let x = b, steps = 0; x >= 0 && steps <= heads.length; x = heads[x], steps++)
      if (x === a) return true;
    return false;
  }

  /** The words of `noun`'s phrase are opened by a comma (which may hang on the noun). */
  private commaOpens(tagIds: Int32Array, heads: Int32Array, noun: number): boolean {
    let first = noun;
    for (let k = noun - 1; k >= 0 && this.dominates(heads, noun, k) && this.xpos[tagIds[k]] !== ','; k--)
      first = k;
    return first > 0 && this.xpos[tagIds[first - 1]] === ',';
  }

  /** Word `verb` (after `i`) has a subject between `i` and itself. */
  private subjectBetween(heads: Int32Array, labels: Int32Array, i: number, verb: number): boolean {
    for (let k = i + 1; k < verb; k++) if (heads[k] === verb && labels[k] === this.subjectLabel) return true;
    return false;
  }

  /** The verb at `i` heads a clause of the reporting verb, with a subject of its own. */
  private headsClause(parse: Parse, i: number): boolean {
    const label = this.header.labels[parse.labels[i]];
    if (label !== 'ccomp' && label !== 'parataxis') return false;
    return this.hasSubject(parse, i);
  }

  /**
   * "the M23 rebel group, which Kinshasa and U.N. experts say is backed by Rwanda, seized two
   * villages" came out with "the group" as the passive subject of "backed" and "seized" with no
   * subject of its own: a long relative clause set off by commas between a subject and its verb
   * derails the parser. When the first finite verb after such a clause is not the noun's head,
   * the sentence is parsed again without the clause; if the noun then is that verb's subject,
   * that parse is kept for the words outside the clause, and the clause keeps its own first
   * parse, hung on the noun as `acl:relcl` (one more parse per such sentence).
   */
  private relativeAsideRetry(draft: Draft, heads: Int32Array, labels: Int32Array): Parse | null {
    const { tagIds, lex, wordIds, parserTags } = draft;
    const n = heads.length;
    const relcl = this.header.labels.indexOf('acl:relcl');
    const punct = this.header.labels.indexOf('punct');
    const appos = this.header.labels.indexOf('appos');
    if (relcl < 0 || punct < 0 || this.ccompLabel < 0 || n < 8) return null;
    for (let c1 = 1; c1 + 3 < n; c1++) {
      if (
        lex.norm[c1] !== ',' ||
        !(RELATIVE_WORDS.has(lex.norm[c1 + 1]) || APPOSITION_OPENERS.has(lex.norm[c1 + 1]))
      )
        continue;
      const noun = c1 - 1;
      if (!NOMINAL_UPOS.has(this.upos[tagIds[noun]])) continue;
      let c2 = c1 + 2;
      while (c2 < n && lex.norm[c2] !== ',' && this.upos[tagIds[c2]] !== 'PUNCT') c2++;
      if (c2 >= n - 1 || lex.norm[c2] !== ',' || c2 - c1 < 4) continue;
      // The verb right after the clause (adverbs may come between): "…, seized two villages"; or an
      // infinitive the noun's verb controls: "called on the United States and France, which
      // oversee the truce, to press Israel".
      // ("The PKK, which has fought the Turkish state since 1984, did not comment": or its
      // auxiliaries and "not" first.)
      let verb = c2 + 1;
      let auxiliary = false;
      while (
        verb < n &&
        (this.upos[tagIds[verb]] === 'ADV' || this.upos[tagIds[verb]] === 'AUX' || lex.norm[verb] === 'not')
      ) {
        if (this.upos[tagIds[verb]] === 'AUX') auxiliary = true;
        verb++;
      }
      const toClause =
        !auxiliary && lex.norm[verb] === 'to' && verb + 1 < n && this.xpos[tagIds[verb + 1]] === 'VB';
      if (toClause) verb++;
      const finite =
        verb < n &&
        this.upos[tagIds[verb]] === 'VERB' &&
        (FINITE_XPOS.has(this.xpos[tagIds[verb]]) ||
          (auxiliary && VERB_AFTER_AUX.has(this.xpos[tagIds[verb]])));
      // ("Venezuela and Cuba, which have acted as guarantors of the talks, called(VBN) on both
      // sides": a participle there that can be a past tense is retried as one.)
      const pastRead =
        !finite &&
        !toClause &&
        !auxiliary &&
        verb < n &&
        this.pastTag >= 0 &&
        this.xpos[tagIds[verb]] === 'VBN' &&
        (lex.wc[verb + 2] & VERB_ED) !== 0;
      if (!finite && !toClause && !pastRead) continue;
      if (heads[noun] === verb) continue;
      // The sentence without the clause: keep[i] is the old index of new word i.
      const keep: number[] = [];
      for (let i = 0; i < n; i++) if (i < c1 || i > c2) keep.push(i);
      const again = this.parseIds(
        Int32Array.from(keep, (i) => wordIds[i]),
        Int32Array.from(keep, (i) => (pastRead && i === verb ? this.pastTag + 2 : parserTags[i])),
      );
      const at = (old: number) => keep.indexOf(old);
      // (Of nouns joined by "and", the first is the subject.)
      let subjectAt = at(noun);
      while (
        subjectAt >= 0 &&
        this.header.labels[again.labels[subjectAt]] === 'conj' &&
        again.heads[subjectAt] < subjectAt
      )
        subjectAt = again.heads[subjectAt];
      if (toClause) {
        // (The infinitive must hang on the verb that governs the noun's phrase.)
        let first = at(noun);
        while (first >= 0 && this.header.labels[again.labels[first]] === 'conj') first = again.heads[first];
        const governor = first >= 0 ? again.heads[first] : -1;
        if (governor < 0 || again.heads[at(verb)] !== governor || heads[verb] === keep[governor]) continue;
      } else if (again.heads[subjectAt] !== at(verb) || again.labels[subjectAt] !== this.subjectLabel)
        continue;
      const outHeads = Int32Array.from(heads);
      const outLabels = Int32Array.from(labels);
      keep.forEach((old, i) => {
        outHeads[old] = again.heads[i] < 0 ? -1 : keep[again.heads[i]];
        outLabels[old] = again.labels[i];
      });
      // (An infinitive whose subject the governed noun is completes its verb: `xcomp`.)
      if (toClause && this.xcompLabel >= 0) outLabels[verb] = this.xcompLabel;
      // The clause: its first parse inside, its top word on the noun, the rest of its loose ends on that word.
      // (An apposition's top is its noun whose first parse looked outside the phrase.)
      const apposition = APPOSITION_OPENERS.has(lex.norm[c1 + 1]);
      let top = -1;
      for (let k = c1 + 2; k < c2 && top < 0; k++) {
        if (!apposition && this.upos[tagIds[k]] === 'VERB') top = k;
        if (apposition && NOMINAL_UPOS.has(this.upos[tagIds[k]]) && (heads[k] < c1 || heads[k] > c2)) top = k;
      }
      if (top < 0 || (apposition && appos < 0)) continue;
      outHeads[top] = noun;
      outLabels[top] = apposition ? appos : relcl;
      for (let k = c1; k <= c2; k++) {
        if (k === top) continue;
        const h = heads[k];
        if (h < c1 || h > c2 || h === k || this.dominates(outHeads, k, top)) {
          outHeads[k] = top;
          if (h < c1 || h > c2)
            outLabels[k] =
              k === c1 || k === c2 ? punct : this.upos[tagIds[k]] === 'VERB' ? this.ccompLabel : labels[k];
        }
      }
      if (pastRead) tagIds[verb] = this.pastTag;
      return { heads: outHeads, labels: outLabels };
    }
    return null;
  }

  /** Word `i` has a subject (nsubj) in the parse. */
  private hasSubject(parse: Parse, i: number): boolean {
    return parse.heads.some((h, k) => h === i && parse.labels[k] === this.subjectLabel);
  }

  /** Runs the parser on word and tag ids; heads are 0-based (-1 root), labels are label indexes. */
  parseIds(wordIds: Int32Array, tagIds: Int32Array): Parse {
    const neural = this.neural;
    if (neural && this.neuralForms) {
      const tags = Array.from(tagIds, (t) => `${this.upos[t - 2]}|${this.xpos[t - 2]}`);
      const pre = this.neuralPre.get(`${this.neuralForms.join(' ')}\t${tags.join(' ')}`);
      if (pre)
        return this.normalizeNeural(tagIds, {
          heads: Int32Array.from(pre.heads),
          labels: Int32Array.from(pre.labels),
        });
      const [r] = neural.parseMany([{ forms: this.neuralForms, tags }]);
      const index = new Map(this.header.labels.map((l, i) => [l, i]));
      return this.normalizeNeural(tagIds, {
        heads: r.heads,
        labels: Int32Array.from(r.labels, (l) => index.get(l) ?? index.get('dep') ?? 0),
      });
    }
    const n = wordIds.length;
    const state = this.state;
    state.reset(wordIds, tagIds, n);
    const { feats, moveScores, labelScores } = this;
    while (!state.terminal()) {
      // The last move, the root arc, has a fixed label.
      if (state.sp === 1 && state.b === n) {
        state.apply(LEFT, this.rootLabel);
        continue;
      }
      let move = forcedMove(state);
      if (move < 0) {
        // Hash the other templates only when the leading ones leave the move in doubt.
        state.features(feats, 'lead');
        this.moves.score(feats, state.headEnd, moveScores);
        move = bestMove(state, moveScores);
        if (lead(state, moveScores, move) < this.clearLead) {
          const nf = state.features(feats, 'rest');
          this.moves.add(feats, state.headEnd, nf, moveScores);
          move = bestMove(state, moveScores);
        }
      }
      let label = 0;
      if (move !== SHIFT) {
        const head = state.labelFeatures(move, feats, 'lead');
        labelScores.fill(0);
        this.labels.score(feats, head, labelScores);
        label = bestLabel(labelScores, this.rootLabel);
        if (labelLead(labelScores, label, this.rootLabel) < this.clearLabelLead) {
          const nf = state.labelFeatures(move, feats, 'rest');
          this.labels.score(feats, nf - head, labelScores, head);
          label = bestLabel(labelScores, this.rootLabel);
        }
      }
      state.apply(move, label);
    }
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = state.head[i] === n ? -1 : state.head[i];
      labels[i] = state.label[i] - 1;
    }
    return { heads, labels };
  }

  /**
   * All-caps headlines ("TURKEY HOSTS IRAN'S MINISTER") carry no case cues, which the tagger
   * leans on; rewrite such sentences in the case the words usually have: lower case for words
   * known as common words, title case for the rest.
   */
  private truecase(words: string[]): string[] {
    let cased = 0;
    let caps = 0;
    for (const w of words) {
      if (w.toLowerCase() === w.toUpperCase()) continue;
      cased++;
      if (w === w.toUpperCase() && w.length > 1) caps++;
    }
    if (caps < CAPS_MIN_WORDS || caps < cased * 0.7) return words;
    return words.map((w, i) => {
      if (w !== w.toUpperCase() || w.toLowerCase() === w) return w;
      const lower = w.toLowerCase();
      const tag = this.ambiguity.get(lower.replace(/[0-9]/g, '0'));
      if (tag !== undefined && tag > 0 && !this.propnTag[tag - 1]) {
        return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
      }
      // Short all-letter words ("US", "UN", "EU") are likelier acronyms than names.
      if (w.length <= 3) return w;
      return lower[0].toUpperCase() + lower.slice(1);
    });
  }
}

/** Reads the model files from a directory; any problem becomes E040 naming the file. */
export function readModelDir(dir: string | URL, parserWeights = true): ModelParts {
  const base = dir instanceof URL ? fileURLToPath(dir) : dir;
  const path = (name: string): string => join(base, name);
  const read = (name: string): Buffer => {
    try {
      return readFileSync(path(name));
    } catch (err) {
      throw new SitrepError('E040', { file: path(name), reason: (err as Error).message });
    }
  };
  const bin = read(MODEL_FILE);
  const exceptions = read(LEMMA_EXCEPTIONS_FILE).toString('utf8');
  const lexicon = read(LEMMA_LEXICON_FILE).toString('utf8');
  const classes = read(WORD_CLASSES_FILE).toString('utf8');
  try {
    const wordClasses = WordClasses.fromTsv(classes);
    return {
      ...decodeModel(bin, parserWeights),
      lemmatizer: Lemmatizer.fromTables(exceptions, lexicon, (lemma) => wordClasses.isVerb(lemma)),
      wordClasses,
    };
  } catch (err) {
    throw new SitrepError('E040', { file: path(MODEL_FILE), reason: (err as Error).message });
  }
}
