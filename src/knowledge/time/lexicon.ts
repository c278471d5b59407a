// Words the time rules recognise (data in ../lexicon/time-words.json), and the regular-expression fragments built from them.

import { MONTH_NUMBERS } from '../lexicon/months.ts';
import words from '../lexicon/time-words.json' with { type: 'json' };

export const MONTHS = MONTH_NUMBERS;

/** ISO weekday numbers. */
export const WEEKDAYS: Record<string, number> = words['weekdays'];

export const NUMBER_WORDS: Record<string, number> = words['number-words'];

/** Quantities that are not numbers: the TIMEX3 value writes X for the unknown amount. */
export const VAGUE_QUANTITIES = words['vague-quantities'];

export const ORDINALS: Record<string, number> = words['ordinals'];

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export const UNIT_WORDS: Record<string, Unit> = words['unit-words'] as Record<string, Unit>;

export const PART_OF_DAY: Record<string, string> = words['part-of-day'];

export const SEASONS: Record<string, string> = words['seasons'];

const alternatives = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const FULL_MONTHS = Object.keys(MONTHS).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
export const MONTH_RE = `(?:${alternatives(FULL_MONTHS)}|(?:${alternatives(Object.keys(MONTHS).filter((w) => !FULL_MONTHS.includes(w)))})\\.?)`;
export const WEEKDAY_RE = `(?:${alternatives(Object.keys(WEEKDAYS))})`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:one|two|three|four|five|six|seven|eight|nine)|${alternatives(Object.keys(NUMBER_WORDS).filter((w) => w !== 'half'))})`;
/** "4-5", "three to four", "one or two": TIMEX3 writes the amount as X. */
export const RANGE_RE = `(?:${NUMBER_RE}(?:\\s*(?:-|–|to|or)\\s*${NUMBER_RE})?)`;
/** Hedges newswire gold keeps inside a duration's span ("at least 23 hours", "nearly eight decades"). */
export const APPROX_RE = '(?:nearly|almost|about|around|under|some|roughly|approximately|at\\s+least|at\\s+most|up\\s+to|more\\s+than|less\\s+than|fewer\\s+than)';
export const VAGUE_RE = `(?:${alternatives(VAGUE_QUANTITIES)})`;
export const UNIT_RE = `(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|centurie)s?`;
export const PART_RE = '(?:morning|afternoon|evening|night|overnight)';
export const SEASON_RE = '(?:spring|summer|autumn|fall|winter)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export function unitOf(word: string): Unit | undefined {
  return UNIT_WORDS[word.toLowerCase().replace(/s$/, '')];
}

/** "three" → 3, "twenty-five" → 25, "2" → 2; undefined for vague words. */
export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && new RegExp(`^(?:${TENS})$`).test(compound[1]!) && compound[2]! in NUMBER_WORDS) {
    return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  }
  return undefined;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// When a bare four-digit number is a year: the words around it (see year-evidence.ts).

/** Words before a number that make it a point in time: "in 1995", "since 2003", "as of 2020". */
export const YEAR_PREPOSITIONS = words['year-prepositions'];
/** Nouns after which "of 2019" is a date ("the end of 2019", "the class of 2019"), not a share ("a total of 1720"). */
export const OF_YEAR_NOUNS = words['of-year-nouns'];
/** Determiners that make a number the modifier of a noun: "the 2003 season", "its 2019 report". Weak evidence. */
export const YEAR_DETERMINERS = words['year-determiners'];
/** Words after a number that make it a quantity whatever stands before: "1260 kilometres", "1368 million". */
export const QUANTITY_WORDS = words['quantity-words'];
/** How far from the article's year a year with only weak evidence may lie. */
export const WEAK_YEAR_SPAN = 60;
