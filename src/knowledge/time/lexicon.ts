// Words the time rules recognise, and the regular-expression fragments built from them.

import { MONTH_NUMBERS } from '../lexicon/months.ts';

export const MONTHS = MONTH_NUMBERS;

/** ISO weekday numbers. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, 'a dozen': 12, dozen: 12,
  'a half': 0.5, half: 0.5,
};

/** Quantities that are not numbers: the TIMEX3 value writes X for the unknown amount. */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'many', 'some', 'numerous', 'multiple', 'dozens of', 'hundreds of', 'thousands of'];

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export const UNIT_WORDS: Record<string, Unit> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', weekend: 'weekend', month: 'month',
  quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', centurie: 'century', fortnight: 'week',
};

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

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
export const YEAR_PREPOSITIONS = [
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'throughout', 'before', 'after', 'circa', 'c.',
  'as of', 'back in', 'between', 'year', 'the year', 'early', 'mid', 'late', 'for',
];
/** Nouns after which "of 2019" is a date ("the end of 2019", "the class of 2019"), not a share ("a total of 1720"). */
export const OF_YEAR_NOUNS = [
  'end', 'start', 'beginning', 'middle', 'rest', 'remainder', 'half', 'quarter', 'part', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'class', 'months', 'weeks', 'days', 'election', 'elections', 'season', 'budget', 'events', 'course',
];
/** Determiners that make a number the modifier of a noun: "the 2003 season", "its 2019 report". Weak evidence. */
export const YEAR_DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose', 'your', 'my'];
/** Words after a number that make it a quantity whatever stands before: "1260 kilometres", "1368 million". */
export const QUANTITY_WORDS = [
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'mn', 'bn', 'percent', 'per', 'km', 'kilometres', 'kilometers', 'kilometre',
  'kilometer', 'metres', 'meters', 'miles', 'mile', 'feet', 'ft', 'tonnes', 'tons', 'megawatt', 'megawatts', 'mw', 'gw', 'kw', 'kilowatt',
  'kilowatts', 'watts', 'volts', 'hectares', 'acres', 'kg', 'kilograms', 'pounds', 'dollars', 'euros', 'yen', 'rupees', 'yuan', 'units',
  'points', 'votes', 'barrels', 'litres', 'liters', 'gallons', 'degrees', 'calories', 'bytes', 'pixels', 'copies', 'cases', 'deaths',
];
/** How far from the article's year a year with only weak evidence may lie. */
export const WEAK_YEAR_SPAN = 60;
