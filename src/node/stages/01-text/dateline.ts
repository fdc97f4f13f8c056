/**
 * Datelines: the place (and perhaps day and agency) that opens a wire report before a dash,
 * "KHARTOUM —", "KYIV (Reuters) -", "DUBAI, Nov 19 (Reuters) -". The parser parses one apart
 * from its sentence, the mentions stage takes its place as the story's likely state, and the
 * time stage marks its day as the filing date, which dates no event.
 */

/** Words of a place in capitals in a dateline ("WASHINGTON", "GAZA", "DUBAI/MANILA" split on "/" or one token). */
const DATELINE_WORD = /^[A-Z][A-Z.'-]+(?:\/[A-Z][A-Z.'-]+)*$/;
const DATELINE_DASHES = new Set(['—', '–', '-', '--']);

/**
 * The number of words of a dateline opening the sentence — up to four place words in capitals
 * (joined by "/" or ","), an optional agency in brackets, then a dash — or 0 when there is none.
 */
export function datelineEnd(words: readonly string[]): number {
  let i = 0;
  let places = 0;
  while (
    i < words.length &&
    places < 4 &&
    (DATELINE_WORD.test(words[i]) || (places > 0 && /^[/,]$/.test(words[i])))
  ) {
    if (DATELINE_WORD.test(words[i])) places++;
    i++;
  }
  if (places === 0) return 0;
  // "DUBAI, Nov 19 (Reuters) -", "GOMA, Congo (AP) —": a day or the place's state, after a comma.
  if (words[i - 1] === ',') i = afterDatelineComma(words, i);
  if (words[i] === '(') {
    const close = words.indexOf(')', i);
    if (close < 0 || close - i > 6) return 0;
    i = close + 1;
  }
  if (!DATELINE_DASHES.has(words[i] ?? '') || i + 1 >= words.length) return 0;
  return i + 1;
}

/** Where a dateline goes on after the comma at `i - 1`: past a month and day, or up to three words of a name. */
function afterDatelineComma(words: readonly string[], i: number): number {
  if (monthDayAt(words, i)) return i + 2;
  let j = i;
  while (j < i + 3 && /^[A-Z][a-z]+$/.test(words[j] ?? '')) j++;
  // ("ERBIL, Iraq, Nov 23 (AP) —": the state, then the day.)
  if (j > i && words[j] === ',' && monthDayAt(words, j + 1)) j += 3;
  return j > i && (words[j] === '(' || DATELINE_DASHES.has(words[j] ?? '')) ? j : i;
}

/** A month and a day start at word `i` ("Nov 23"). */
function monthDayAt(words: readonly string[], i: number): boolean {
  return DATELINE_MONTH.test(words[i] ?? '') && /^\d{1,2}$/.test(words[i + 1] ?? '');
}

const DATELINE_MONTH =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
