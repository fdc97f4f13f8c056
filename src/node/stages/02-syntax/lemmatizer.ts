/**
 * Lemmas by suffix rules, guided by a lexicon of known lemmas and overridden by an exceptions
 * table. Both tables are derived from the EWT training lemmas by the trainer: the lexicon decides
 * between candidate stems ("hosted" → "host" not "hoste"; "accused" → "accuse"), the exceptions
 * hold what no rule reaches ("met" → "meet", "struck" → "strike", "me" → "I").
 */

const VERB_TAGS = ['VBD', 'VBN', 'VBZ', 'VBG', 'VBP', 'VB'] as const;

/**
 * Irregular English verbs as "base past participle" (slashes separate variants), a fallback for
 * forms too rare to be in the EWT-derived exceptions ("fled", "slew"). General knowledge of
 * English, written for sitrep.
 */
const IRREGULAR_VERBS = `arise arose arisen|awake awoke awoken|bear bore borne/born|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast
build built built|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught
choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut
deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven
eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled
fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten/got|give gave given
go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden
hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid
lead led led|lean leant leant|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let
lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled
overcome overcame overcome|overrun overran overrun|oversee oversaw overseen|overthrow overthrew overthrown
override overrode overridden|overtake overtook overtaken|pay paid paid|put put put|quit quit quit|read read read
rebuild rebuilt rebuilt|retake retook retaken|rid rid rid|ride rode ridden|ring rang rung
rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent
set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk
shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid
speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|spit spat spat|split split split
spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung
stride strode stridden|strike struck struck/stricken|strive strove striven|swear swore sworn|sweep swept swept
swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told
think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone
understand understood understood|undertake undertook undertaken|uphold upheld upheld|upset upset upset
wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound
withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written`;

const IRREGULAR = new Map<string, string>();
for (const entry of IRREGULAR_VERBS.split(/[|\n]/)) {
  const [base, past, participle] = entry.trim().split(' ');
  for (const form of [...past.split('/'), ...participle.split('/')]) {
    if (!IRREGULAR.has(form)) IRREGULAR.set(form, base);
  }
}

/** Prefixes that make new verbs of irregular ones with the same inflection ("retook", "overran"). */
const VERB_PREFIXES = ['re', 'over', 'under', 'out', 'up', 'mis', 'with', 'un'];

/** "retaken" → "retake", "overran" → "overrun", "withheld" → "withhold"; null if not such a form. */
function prefixedIrregular(lower: string): string | null {
  for (const prefix of VERB_PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < 3) continue;
    const base = IRREGULAR.get(lower.slice(prefix.length));
    if (base !== undefined) return prefix + base;
  }
  return null;
}

/** Past forms of the irregular verbs above, each with its base ("fled" → "flee"). */
export function irregularPastForms(): ReadonlyMap<string, string> {
  return IRREGULAR;
}

function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !isVowel(ch);
}

/** Normalises typographic apostrophes and quotes the way EWT lemmas spell them. */
export function plainQuotes(s: string): string {
  // Most words have no curly quote: one test instead of two replacements (this runs per token).
  if (!CURLY.test(s)) return s;
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const CURLY = /[\u2018\u2019\u02bc\u201c\u201d]/;

export class Lemmatizer {
  private readonly exceptions: Map<string, string>;
  private readonly lexicon: Set<string>;

  /** For each verb form in the exceptions, its lemma under the first of VERB_TAGS that has one. */
  private readonly verbForms = new Map<string, string>();

  /**
   * `isVerb` (optional) says whether a dictionary knows a word as a verb's base form: when the
   * lexicon's choice is not one and another stem is ("severed": "severe" is an adjective, "sever"
   * a verb; "deplored": "deplor" is nothing, "deplore" a verb), the verb wins.
   */
  constructor(
    exceptions: Map<string, string>,
    lexicon: Set<string>,
    private readonly isVerb?: (lemma: string) => boolean,
  ) {
    this.exceptions = exceptions;
    this.lexicon = lexicon;
    const forms = new Set([...exceptions.keys()].map((key) => key.slice(0, key.indexOf('\t'))));
    for (const form of forms) {
      for (const tag of VERB_TAGS) {
        const lemma = exceptions.get(`${form}\t${tag}`);
        if (lemma === undefined) continue;
        this.verbForms.set(form, lemma);
        break;
      }
    }
  }

  /** Parses the two data files written by the trainer (see writeTables). */
  static fromTables(
    exceptionsTsv: string,
    lexiconTxt: string,
    isVerb?: (lemma: string) => boolean,
  ): Lemmatizer {
    const exceptions = new Map<string, string>();
    for (const line of exceptionsTsv.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [form, xpos, lemma] = line.split('\t');
      if (form === undefined || xpos === undefined || lemma === undefined) continue;
      exceptions.set(`${form}\t${xpos}`, lemma);
    }
    const lexicon = new Set<string>();
    for (const line of lexiconTxt.split('\n')) if (line !== '' && !line.startsWith('#')) lexicon.add(line);
    return new Lemmatizer(exceptions, lexicon, isVerb);
  }

  lemma(form: string, upos: string, xpos: string): string {
    const plain = plainQuotes(form);
    const lower = plain.toLowerCase();
    const exact = this.exceptions.get(`${lower}\t${xpos}`);
    if (exact !== undefined) return exact;
    // A mistagged verb form ("met" as VBN instead of VBD) still finds its irregular lemma.
    if (upos === 'VERB' || upos === 'AUX') {
      const other = this.verbForms.get(lower);
      if (other !== undefined) return other;
    }
    return this.rules(plain, lower, upos, xpos);
  }

  /** The rule lemma alone, without the exceptions table (the trainer uses it to find exceptions). */
  rules(plain: string, lower: string, upos: string, xpos: string): string {
    if (upos === 'PROPN') {
      if (xpos === 'NNPS' && plain.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
        return plain.slice(0, -1);
      }
      return plain;
    }
    if (upos === 'PUNCT' || upos === 'SYM' || upos === 'NUM' || upos === 'X') return plain;
    switch (xpos) {
      case 'NNS':
        return this.plural(lower);
      case 'VBZ':
        return this.thirdPerson(lower);
      case 'VBD':
      case 'VBN':
        return IRREGULAR.get(lower) ?? prefixedIrregular(lower) ?? this.verbStem(lower, 'ed');
      case 'VBG':
        return this.verbStem(lower, 'ing');
      case 'JJR':
      case 'RBR':
        return this.comparative(lower, 'er');
      case 'JJS':
      case 'RBS':
        return this.comparative(lower, 'est');
      default:
        return lower;
    }
  }

  private known(s: string): boolean {
    return this.lexicon.has(s);
  }

  private plural(w: string): string {
    if (w.length <= 2 || !w.endsWith('s')) return w;
    if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
    const s1 = w.slice(0, -1);
    const s2 = w.slice(0, -2);
    if (this.known(s1)) return s1;
    if (w.endsWith('es') && this.known(s2)) return s2;
    if (w.endsWith('ves')) {
      const f = `${w.slice(0, -3)}f`;
      if (this.known(f)) return f;
      if (this.known(`${f}e`)) return `${f}e`;
    }
    if (/(ch|sh|ss|x|zz)es$/.test(w)) return s2;
    if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
    return s1;
  }

  private thirdPerson(w: string): string {
    if (w.length <= 2 || !w.endsWith('s')) return w;
    if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
    const s1 = w.slice(0, -1);
    const s2 = w.slice(0, -2);
    if (this.known(s1)) return s1;
    if (w.endsWith('es') && this.known(s2)) return s2;
    if (/(ch|sh|ss|x|zz|o)es$/.test(w)) return s2;
    return s1;
  }

  /** The stem of an -ed or -ing form, a dictionary verb when the lexicon's choice is none (see isVerb). */
  private verbStem(w: string, suffix: 'ed' | 'ing'): string {
    const chosen = this.suffixed(w, suffix);
    if (!this.isVerb || chosen === w || this.isVerb(chosen)) return chosen;
    const stem = w.slice(0, -suffix.length);
    const undoubled = stem.slice(0, -1);
    const doubled = stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2];
    const candidates = [stem, `${stem}e`, ...(doubled ? [undoubled] : [])];
    return candidates.find((c) => c !== chosen && this.isVerb?.(c)) ?? chosen;
  }

  private suffixed(w: string, suffix: 'ed' | 'ing'): string {
    if (!w.endsWith(suffix) || w.length < suffix.length + 2) return w;
    const stem = w.slice(0, -suffix.length);
    if (suffix === 'ed') {
      if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
      if (w.endsWith('eed') && this.known(w.slice(0, -1))) return w.slice(0, -1);
    }
    if (suffix === 'ing' && w.endsWith('ying') && this.known(`${w.slice(0, -4)}ie`))
      return `${w.slice(0, -4)}ie`;
    const last = stem[stem.length - 1];
    const doubled = stem.length >= 3 && last === stem[stem.length - 2] && isConsonant(last);
    const undoubled = stem.slice(0, -1);
    // Ask the lexicon first: it knows "stop" (stopped), "host" (hosted) and "accuse" (accused).
    if (doubled && this.known(undoubled) && !this.known(stem)) return undoubled;
    if (this.known(stem)) return stem;
    if (this.known(`${stem}e`)) return `${stem}e`;
    if (stem.endsWith('e') && this.known(stem.slice(0, -1))) return stem.slice(0, -1);
    // Unknown verb: English spelling conventions.
    if (doubled) {
      if (last === 's' || last === 'z' || last === 'f') return stem;
      if (last === 'l') return stem.length >= 6 ? undoubled : stem;
      return stem.length >= 4 ? undoubled : stem;
    }
    return needsE(stem) ? `${stem}e` : stem;
  }

  private comparative(w: string, suffix: 'er' | 'est'): string {
    if (!w.endsWith(suffix) || w.length < suffix.length + 3) return w;
    const stem = w.slice(0, -suffix.length);
    if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
    const last = stem[stem.length - 1];
    if (last === stem[stem.length - 2] && isConsonant(last) && this.known(stem.slice(0, -1))) {
      return stem.slice(0, -1);
    }
    if (this.known(stem)) return stem;
    if (this.known(`${stem}e`)) return `${stem}e`;
    return stem;
  }
}

/**
 * Whether a stem stripped of -ed/-ing lost a silent e ("negotiat" → "negotiate", "invok" → "invoke"),
 * judged from its ending. Only used for verbs the lexicon does not know.
 */
function needsE(stem: string): boolean {
  const n = stem.length;
  if (n < 2) return false;
  const a = stem[n - 3];
  const b = stem[n - 2];
  const c = stem[n - 1];
  if (c === 'v' || c === 'u' || c === 'z' || c === 'c') return true;
  if (c === 's') return b !== 's' && !(b === 'u' && a === 'c');
  if (c === 'l') return isConsonant(b) && b !== 'l' && b !== 'r' && b !== 'w';
  if (c === 'g') return b === 'a' || b === 'r' || b === 'd';
  if (c === 't')
    return b === 'a' ? isConsonant(a) || a === 'i' : b === 'u' || b === 'o' ? isConsonant(a) : false;
  // "acceded", "seceded": the -cede verbs.
  if (c === 'd')
    return ((b === 'i' || b === 'u' || b === 'o' || b === 'a') && isConsonant(a)) || (b === 'e' && a === 'c');
  if (c === 'r') return (b === 'i' || b === 'u' || b === 'a') && isConsonant(a);
  if (c === 'n') return b === 'i' && isConsonant(a);
  if (c === 'k' || c === 'm' || c === 'p') return isVowel(b) && isConsonant(a);
  return false;
}
