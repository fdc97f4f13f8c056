/**
 * The words around a place name that tell how it is used: the preposition that makes it the
 * location of something ("in", "near", "aboard"), and the neighbours that show the name belongs
 * to a person ("Israel Katz") or an organisation ("the Washington Post") instead.
 */

/** Prepositions that locate a place, by strength: 0 where it happened, 1 weaker, 2 a destination or origin. */
const LOCATIVES: ReadonlyMap<string, number> = new Map([
  ['in', 0],
  ['at', 0],
  ['near', 0],
  ['outside', 0],
  ['aboard', 0],
  ['onboard', 0],
  ['off', 0],
  ['inside', 0],
  ['within', 0],
  ['throughout', 0],
  ['through', 0],
  ['around', 0],
  ['across', 0],
  // "over" is a place for drones ("over Moscow") but often a topic ("talks over Gaza").
  ['over', 1],
  ['into', 2],
  ['to', 2],
  ['from', 2],
  ['toward', 2],
  ['towards', 2],
  ['onto', 2],
]);

/** The tier given to "north of", "outskirts of": next to the place, so as strong as "near". */
const NEAR = 0;

/** Adjectives that name a part of a place ("northern Mali", "eastern Ukraine"). */
export const PART_ADJECTIVES: ReadonlySet<string> = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
]);

/** Words that may stand between a preposition and the place it governs ("in the besieged city of"). */
const BETWEEN = new Set([
  'the',
  'a',
  'an',
  'of',
  "'s",
  ...PART_ADJECTIVES,
  'occupied',
  'besieged',
  'embattled',
  'frontline',
  'front-line',
  'nearby',
  'neighbouring',
  'neighboring',
  'coastal',
  'war-torn',
  'disputed',
  'annexed',
  'key',
  'strategic',
  'city',
  'town',
  'village',
  'port',
  'capital',
  'region',
  'province',
  'district',
  'area',
  'areas',
  'parts',
  'part',
  'coast',
  'waters',
  'shores',
  'heart',
  'centre',
  'center',
  'outskirts',
  'suburbs',
  'streets',
  'street',
  'square',
  'vicinity',
  'skies',
  'airspace',
  'island',
  'islands',
  'peninsula',
  'county',
  'governorate',
  // ("in the border town of Naqoura", "in the remote mountain village of…")
  'border',
  'frontier',
  'remote',
  'restive',
  'small',
  'mountain',
  'mountainous',
  'rural',
  'desert',
  'industrial',
  'historic',
  'old',
  'hilltop',
  'seaside',
  'riverside',
  'northernmost',
  'southernmost',
]);

/** "north of Kyiv": a compass word before "of" places the event next to the place. */
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'outskirts',
  'suburbs',
  'vicinity',
]);

/** Words linking coordinated places ("in Kyiv and Kharkiv"), which share the preposition. */
const COORDINATORS = new Set(['and', 'or', ',', '&']);

/** How far back a preposition may stand from its place, in tokens. */
const MAX_GAP = 8;

/** Capitalised heads that make a preceding place name part of a name ("Washington Post"). */
export const ORGANIZATION_HEADS = new Set([
  'Post',
  'Times',
  'Journal',
  'Herald',
  'Tribune',
  'Independent',
  'Gazette',
  'Chronicle',
  'Telegraph',
  'Observer',
  'Council',
  'Pact',
  'Accord',
  'Accords',
  'Protocol',
  'Convention',
  'Conventions',
  'Declaration',
  'Consensus',
  'Statute',
  'Charter',
  'Format',
  'Process',
  'Group',
  'Club',
  'Party',
  'University',
  'Institute',
  'School',
  'College',
  'Academy',
  'Foundation',
  'Bank',
  'Exchange',
  'Airlines',
  'Airline',
  'Airways',
  'Brigade',
  'Brigades',
  'Battalion',
  'Corps',
  'Regiment',
  'Front',
  'Movement',
  'Martyrs',
  'Command',
  'Company',
  'Corporation',
  'Cartel',
  'Memorial',
  'Tech',
  'Initiative',
  'FC',
]);

/** Place names that are also common given names or surnames, or ordinary words. */
export const AMBIGUOUS = new Set([
  'Jordan',
  'Georgia',
  'Chad',
  'Israel',
  'Lebanon',
  'Victoria',
  'Washington',
  'Paris',
  'Sofia',
  'Florence',
  'Hamilton',
  'Kingston',
  'Douglas',
  'Charlotte',
  'Austin',
  'Phoenix',
  'Sydney',
  'Adelaide',
  'Darwin',
  'Wellington',
  'Orlando',
  'Columbus',
  'Cleveland',
  'Salvador',
  'Constantine',
  'Nasir',
  'Gao',
  'Medina',
  'Ariel',
  'Uri',
  'Van',
  'Santiago',
  'Lima',
  'Juarez',
  'Juárez',
  'León',
  'Kirov',
  'Engels',
  'Kaya',
  'Montana',
  'Virginia',
  'India',
  'Indiana',
  'Carolina',
  'Dakota',
  'Regina',
  'Stanley',
  'Jackson',
  'Lincoln',
  'Dover',
  'Carrefour',
  'Batman',
  'Hail',
  'Nice',
  'Male',
  'Shire',
  'Sake',
  'Cork',
  'Bristol',
  'Al-Aqsa',
  'Holland',
  'Bender',
  'Delmas',
  'Lyman',
  'Ream',
  'Rota',
  'Colon',
  'Bara',
  'Sari',
]);

/**
 * Ambiguous names that are ordinary English words: at the start of a sentence their capital
 * letter says nothing, so there they count only after a preposition.
 */
export const COMMON_WORDS = new Set([
  'Nice',
  'Male',
  'Van',
  'Hail',
  'Shire',
  'Sake',
  'Cork',
  'Batman',
  'Dover',
]);

/** Plural nouns a sea name modifies when it names the states around it ("the Gulf states"). */
export const GROUP_NOUNS = new Set([
  'states',
  'countries',
  'nations',
  'monarchies',
  'allies',
  'neighbours',
  'neighbors',
  'leaders',
  'rulers',
  'governments',
  'capitals',
  'partners',
  'officials',
  'diplomats',
  'sources',
  'members',
]);

/** The text view the context rules read. */
export interface TokenView {
  /** Lower-cased text of token i. */
  readonly word: (token: number) => string;
  /** doc.tokens index of the first token of each token's sentence. */
  readonly sentenceStart: (token: number) => number;
  /** Place (doc.places index, or match index while matching) ending just before token i, or -1. */
  readonly placeEndingAt: (token: number) => number;
  /** First token of a place found by placeEndingAt. */
  readonly placeFirst: (place: number) => number;
}

/**
 * The tier of the preposition governing the place whose first token is `first` (0 strongest),
 * or null when no locative preposition governs it. Walks back over articles, modifiers and
 * "city of"; a place coordinated with an earlier one ("in Kyiv and Kharkiv") shares its preposition.
 */
export function prepositionTier(view: TokenView, first: number, depth = 0): number | null {
  const floor = Math.max(view.sentenceStart(first), first - MAX_GAP);
  for (let j = first - 1; j >= floor; j--) {
    const word = view.word(j);
    const tier = LOCATIVES.get(word);
    if (tier !== undefined) return tier;
    if (word === 'of' && j > floor && DIRECTIONS.has(view.word(j - 1)))
      return nearOrGoverned(view, j - 1, depth);
    // ("in the Russian Black Sea port of Novorossiysk", "the town of Kupiansk": the locality's own
    // preposition, a few words before it, places the event by the name.)
    if (word === 'of' && j > floor && LOCALITY_NOUNS.has(view.word(j - 1)))
      return localityTier(view, j - 1, floor);
    if (COORDINATORS.has(word) && depth < 4) return coordinated(view, j, depth);
    if (!BETWEEN.has(word)) return null;
  }
  return null;
}

/** The locative preposition up to six words before a locality noun, or null. */
function localityTier(view: TokenView, noun: number, floor: number): number | null {
  for (let j = noun - 1; j >= Math.max(floor, noun - 6); j--) {
    const tier = LOCATIVES.get(view.word(j));
    if (tier !== undefined) return tier;
  }
  return null;
}

/** Nouns of a locality named with "of" ("the port of …", "the town of …"). */
const LOCALITY_NOUNS = new Set([
  'port',
  'town',
  'city',
  'village',
  'district',
  'region',
  'province',
  'island',
  'area',
]);

/** "10 km north of Kyiv" has no preposition but still places the event by Kyiv. */
function nearOrGoverned(view: TokenView, direction: number, depth: number): number {
  const before = prepositionTier(view, direction, depth + 1);
  return before === null ? NEAR : Math.min(before, NEAR);
}

function coordinated(view: TokenView, coordinator: number, depth: number): number | null {
  const previous = view.placeEndingAt(coordinator);
  if (previous < 0) return null;
  return prepositionTier(view, view.placeFirst(previous), depth + 1);
}

/** True for a word token starting with a capital letter. */
export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return text[0] !== text[0].toLowerCase();
}
