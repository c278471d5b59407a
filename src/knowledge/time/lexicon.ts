// Words the time rules recognise (data in ../lexicon/time-words.json, read by the lexicon, ../lexicon/index.ts),
// and the regular-expression fragments built from them: buildTimeWords makes one TimeWords per lexicon, and
// the rules receive it.

import type { MonthNumbers } from '../lexicon/months.ts';
import { alternation, escapeWord } from '../lexicon/patterns.ts';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** time-words.json as read. */
export interface TimeWordLists {
  weekdays: Readonly<Record<string, number>>;
  'number-words': Readonly<Record<string, number>>;
  'vague-quantities': readonly string[];
  ordinals: Readonly<Record<string, number>>;
  'unit-words': Readonly<Record<string, string>>;
  'part-of-day': Readonly<Record<string, string>>;
  seasons: Readonly<Record<string, string>>;
  'year-prepositions': readonly string[];
  'of-year-nouns': readonly string[];
  'year-determiners': readonly string[];
  'quantity-words': readonly string[];
  approximators: readonly string[];
  'unit-pattern-words': readonly string[];
  'day-parts': readonly string[];
  'period-modifiers': readonly string[];
  'period-parts': readonly string[];
  'bare-period-parts': readonly string[];
  'may-month-context': readonly string[];
  'count-nouns': readonly string[];
  holidays: Readonly<Record<string, Holiday>>;
  'set-adverbs': Readonly<Record<string, string>>;
  'century-ordinals': Readonly<Record<string, number>>;
  'future-cues': readonly string[];
  'future-clitics': readonly string[];
  'past-cues': readonly string[];
  'present-auxiliaries': readonly string[];
  'auxiliary-fillers': readonly string[];
  'clock-hedges': readonly string[];
  'part-of-day-prepositions': readonly string[];
  'number-labels': readonly string[];
  'count-hedges': readonly string[];
  'count-hedge-non-nouns': readonly string[];
  'month-sentence-openers': readonly string[];
  'span-prepositions': readonly string[];
  'duration-verbs': readonly string[];
  'reference-phrases': Readonly<Record<string, string>>;
  'reference-phrases-after-at': readonly string[];
  'duration-modifiers': readonly string[];
  'duration-demonstratives': readonly string[];
  'duration-extras': readonly string[];
  'vague-plural-modifiers': readonly string[];
  'vague-plural-units': readonly string[];
  'set-quantifiers': readonly string[];
  'set-units': readonly string[];
  'noon-words': Readonly<Record<string, number>>;
  'year-period-modifiers': readonly string[];
  directions: Readonly<Record<string, number>>;
  'deictic-days': Readonly<Record<string, number>>;
  'weekday-modifiers': readonly string[];
  'deictic-unit-modifiers': readonly string[];
  'deictic-units': readonly string[];
  'that-units': readonly string[];
  'season-modifiers': readonly string[];
  'now-adjectives': readonly string[];
  'past-amount-words': readonly string[];
  'frequency-words': readonly string[];
  'rate-words': readonly string[];
  'rate-units': readonly string[];
  tens: readonly string[];
  'compound-units': readonly string[];
  'and-a-half-units': readonly string[];
  'half-of-units': readonly string[];
  'age-cues': readonly string[];
  'next-day-parts': readonly string[];
  'part-of-day-words': readonly string[];
}

/** A holiday's date without a year: a fixed day, or the nth weekday of a month. */
export interface Holiday {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
}

export interface TimeWords {
  /** "january" → 1, "sept" → 9. */
  MONTHS: MonthNumbers;
  /** ISO weekday numbers. */
  WEEKDAYS: Readonly<Record<string, number>>;
  NUMBER_WORDS: Readonly<Record<string, number>>;
  /** Quantities that are not numbers: the TIMEX3 value writes X for the unknown amount. */
  VAGUE_QUANTITIES: readonly string[];
  ORDINALS: Readonly<Record<string, number>>;
  UNIT_WORDS: Readonly<Record<string, Unit>>;
  PART_OF_DAY: Readonly<Record<string, string>>;
  SEASONS: Readonly<Record<string, string>>;
  /** Fragments of the rules' patterns ({MONTH}, {WEEKDAY}, {NUM}, {RANGE}, {VAGUE} in rule.ts), built from the lists. */
  MONTH_RE: string;
  WEEKDAY_RE: string;
  NUMBER_RE: string;
  /** "4-5", "three to four", "one or two": TIMEX3 writes the amount as X. */
  RANGE_RE: string;
  VAGUE_RE: string;
  // When a bare four-digit number is a year: the words around it (see year-evidence.ts).
  /** Words before a number that make it a point in time: "in 1995", "since 2003", "as of 2020". */
  YEAR_PREPOSITION: RegExp;
  /** Nouns after which "of 2019" is a date ("the end of 2019", "the class of 2019"), not a share ("a total of 1720"). */
  OF_YEAR_NOUN: RegExp;
  /** Determiners that make a number the modifier of a noun: "the 2003 season", "its 2019 report". Weak evidence. */
  YEAR_DETERMINER: RegExp;
  /** Words after a number that make it a quantity whatever stands before: "1260 kilometres", "1368 million". */
  QUANTITY_WORD: RegExp;
  /** Hedges newswire gold keeps inside a duration's span ("at least 23 hours", "nearly eight decades"): {APPROX}. */
  APPROX_RE: string;
  /** Unit words of durations and counts, singular or plural: {UNIT}. */
  UNIT_RE: string;
  /** Parts of the day after a day or "this"/"last": {PART}. */
  PART_RE: string;
  /** The seasons' names: {SEASON}. */
  SEASON_RE: string;
  /** Holidays newswire names without a year ("Christmas Eve", "Valentine's Day"): {HOLIDAY}; an apostrophe may be curly. */
  HOLIDAY_RE: string;
  /** Holidays by name in lower case, with their date. */
  HOLIDAYS: Readonly<Record<string, Holiday>>;
  /** Adverbs of a recurring time ("weekly"): {SETADVERB}; their TIMEX3 value in SET_ADVERBS. */
  SET_ADVERB_RE: string;
  SET_ADVERBS: Readonly<Record<string, string>>;
  /** Ordinals that number a century in words ("the nineteenth century"): {CENTURYORDINAL}; their number in CENTURY_ORDINALS. */
  CENTURY_ORDINAL_RE: string;
  CENTURY_ORDINALS: Readonly<Record<string, number>>;
  /** Words just before an expression that modify it ("early", "the end of") and belong in its span. */
  MODIFIER_BEFORE: RegExp;
  /** Words after which a bare "May" is the month, not the verb. */
  MAY_CONTEXT: RegExp;
  /** Nouns after four digits that make them a count, not a year ("2000 people"). */
  COUNT_NOUNS: ReadonlySet<string>;
  /** Cues that a sentence points to the future, and ones that it points to the past (any word in -ed too). */
  FUTURE: RegExp;
  PAST: RegExp;
  /** Present and perfect forms ("is referred to", "have been planned"), which do not move a date into the past. */
  PRESENT_PARTICIPLE_FORMS: RegExp;
  /** Hedges before a clock time ("around 9 p.m."): {CLOCKHEDGE}. */
  CLOCK_HEDGE_RE: string;
  /** Prepositions that make "the morning", "the night" a time ("during the night"). */
  PART_OF_DAY_CONTEXT: RegExp;
  /** Labels before four digits that make them a number, not a year ("Route 1200", "model 2000"); a sign too. */
  NUMBER_LABEL: RegExp;
  /** Hedges before four digits that make them a count ("nearly 2000 …"), unless one of COUNT_HEDGE_NON_NOUNS follows. */
  COUNT_HEDGE: RegExp;
  COUNT_HEDGE_NON_NOUNS: ReadonlySet<string>;
  /** Sentence-initial prepositions before a month: the capitalised word does not make it a name ("In May", not "Theresa May"). */
  MONTH_SENTENCE_OPENER: RegExp;
  /** Prepositions before "the years", "the months" that make it a duration ("over the years"). */
  SPAN_BEFORE: RegExp;
  /** Words before a bare "years", "months" that make it a duration ("spent years", "for months"). */
  DURATION_BEFORE: RegExp;
  /** Vague references to the present, past or future ("nowadays", "the foreseeable future"), in pattern order: {REFERENCE};
   *  those in "reference-phrases-after-at" only after "at" ("at the moment"). Their TIMEX3 value in REFERENCES. */
  REFERENCE_RE: string;
  REFERENCES: Readonly<Record<string, string>>;
  /** What may follow "every", "per" ("every week"), besides months and weekdays: {SETUNIT}. */
  SET_UNIT_RE: string;
  /** "noon", "midnight": {NOON}; their hour in NOON_HOURS. */
  NOON_RE: string;
  NOON_HOURS: Readonly<Record<string, number>>;
  /** Which way a modifier points from the anchor ("last" -1, "this" 0, "next" 1). */
  DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>>;
  /** Days named from today ("yesterday" -1): {DEICTICDAY}; their offset in DEICTIC_DAYS. */
  DEICTIC_DAY_RE: string;
  DEICTIC_DAYS: Readonly<Record<string, number>>;
  /** Fragments that are one list's phrases as alternatives, by the name the rules write in braces (LIST_FRAGMENTS below). */
  LIST_FRAGMENTS: Readonly<Record<string, string>>;
  /** Words after "now" that make it part of an adjective, no reference ("the now-defunct"). */
  NOW_ADJECTIVE: RegExp;
  /** Amounts after "the past" that make it the start of a duration ("the past few weeks"), not a reference; a digit too. */
  PAST_AMOUNT: RegExp;
  /** The tens a compound number word opens with ("twenty-five"). */
  TENS: RegExp;
}

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
/** Words of a list as alternatives of a pattern, dots and spaces as written. */
const words = (list: readonly string[]) => list.map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|');
/** As {S} in rule.ts: one or more spaces, a no-break space too. */
const SPACE = '[\\s\\u00a0]+';
/** A cue's words as written, an apostrophe straight or curly. */
const cue = (word: string) => escapeWord(word).replace(/'/g, "['’]");
/** A list's phrases as a pattern's alternatives, in the list's order; a space stands for any run of spaces, as {S}. */
const phrases = (list: readonly string[]) => list.map((w) => escapeWord(w).replace(/ /g, SPACE)).join('|');

/** The rules' fragments ({SETQUANTIFIER} …) that are one list's phrases as alternatives, in the list's order, and the list. */
const LIST_FRAGMENTS = {
  DURATIONMODIFIER: 'duration-modifiers', // words before a duration's amount: "the past three years", "the final two days"
  DEMONSTRATIVE: 'duration-demonstratives', // words before a duration's amount: "these two days"
  DURATIONEXTRA: 'duration-extras', // words between a duration's amount and its unit: "three more days", "two straight weeks"
  VAGUEMODIFIER: 'vague-plural-modifiers', // words before a bare plural unit that make it a vague duration: "recent years", "the coming months"
  PLURALUNIT: 'vague-plural-units', // the plural units of a vague duration
  SETQUANTIFIER: 'set-quantifiers', // words that make a recurring time: "every week", "per year"
  YEARPERIOD: 'year-period-modifiers', // words before a year or a decade: "the early 1990s", "mid 2020"
  WEEKDAYMODIFIER: 'weekday-modifiers', // words before a weekday: "last Monday", "this coming Friday"
  DEICTICMODIFIER: 'deictic-unit-modifiers', // words before a unit: "last week", "the following month", "the same year"
  DEICTICUNIT: 'deictic-units', // the units after those
  THATUNIT: 'that-units', // words after "that", referring to the last date mentioned: "that day"
  SEASONMODIFIER: 'season-modifiers', // words before a season: "last summer", "early spring"
  FREQUENCY: 'frequency-words', // "once", "twice" before a rate
  RATEWORD: 'rate-words', // the words of a rate after a frequency: "twice a week", "once per year"
  RATEUNIT: 'rate-units', // the units of that rate
  ANDAHALFUNIT: 'and-a-half-units', // units after "an", "one" that may take "and a half": "an hour and a half"
  HALFOFUNIT: 'half-of-units', // units after "half": "half an hour", "half a century"
  AGECUE: 'age-cues', // words before an age: "aged 45", "at the age of 45"
  NEXTDAYPART: 'next-day-parts', // the day or its parts after "the next", "the previous": "the following morning"
  PARTOFDAYWORD: 'part-of-day-words', // parts of the day that are a time after "the" or at a sentence's start: "in the morning"
} as const satisfies Record<string, keyof TimeWordLists>;

/** The time rules' words and the fragments built from them. */
export function buildTimeWords(lists: TimeWordLists, months: MonthNumbers): TimeWords {
  const WEEKDAYS = lists['weekdays'];
  const NUMBER_WORDS = lists['number-words'];
  const VAGUE_QUANTITIES = lists['vague-quantities'];
  const FULL_MONTHS = Object.keys(months).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
  const TENS = alternation(lists['tens']);
  const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${alternation(lists['compound-units'])})|${alternatives(Object.keys(NUMBER_WORDS).filter((w) => w !== 'half'))})`;
  return {
    MONTHS: months,
    WEEKDAYS,
    NUMBER_WORDS,
    VAGUE_QUANTITIES,
    ORDINALS: lists['ordinals'],
    UNIT_WORDS: lists['unit-words'] as Readonly<Record<string, Unit>>,
    PART_OF_DAY: lists['part-of-day'],
    SEASONS: lists['seasons'],
    MONTH_RE: `(?:${alternatives(FULL_MONTHS)}|(?:${alternatives(Object.keys(months).filter((w) => !FULL_MONTHS.includes(w)))})\\.?)`,
    WEEKDAY_RE: `(?:${alternatives(Object.keys(WEEKDAYS))})`,
    NUMBER_RE,
    RANGE_RE: `(?:${NUMBER_RE}(?:\\s*(?:-|–|to|or)\\s*${NUMBER_RE})?)`,
    VAGUE_RE: `(?:${alternatives(VAGUE_QUANTITIES)})`,
    YEAR_PREPOSITION: new RegExp(`(?:^|[^\\p{L}])(?:${words(lists['year-prepositions'])})[\\s-]+(?:(?:${alternation(lists['year-period-modifiers'])})[\\s-]+)?$`, 'iu'),
    OF_YEAR_NOUN: new RegExp(`(?:^|[^\\p{L}])(?:${words(lists['of-year-nouns'])})\\s+of\\s+$`, 'iu'),
    YEAR_DETERMINER: new RegExp(`(?:(?:^|[^\\p{L}])(?:${words(lists['year-determiners'])})|\\p{L}['’]s)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?$`, 'iu'),
    QUANTITY_WORD: new RegExp(`^[\\s-]*(?:${words(lists['quantity-words'])})(?![\\p{L}])`, 'iu'),
    APPROX_RE: `(?:${words(lists['approximators'])})`,
    UNIT_RE: `(?:${alternation(lists['unit-pattern-words'])})s?`,
    PART_RE: `(?:${alternation(lists['day-parts'])})`,
    SEASON_RE: `(?:${alternation(Object.keys(lists['seasons']))})`,
    // Longest first: "Christmas Eve" before "Christmas".
    HOLIDAY_RE: `(?:${[...Object.keys(lists['holidays'])].sort((a, b) => b.length - a.length).map((h) => cue(h).replace(/ /g, SPACE)).join('|')})`,
    HOLIDAYS: lists['holidays'],
    SET_ADVERB_RE: `(?:${alternation(Object.keys(lists['set-adverbs']))})`,
    SET_ADVERBS: lists['set-adverbs'],
    CENTURY_ORDINAL_RE: `(?:${alternation(Object.keys(lists['century-ordinals']))})`,
    CENTURY_ORDINALS: lists['century-ordinals'],
    MODIFIER_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(lists['period-modifiers'])}|the\\s+(?:${alternation(lists['period-parts'])})\\s+of(?:\\s+the)?|(?:${alternation(lists['bare-period-parts'])})\\s+of)[\\s-]*$`, 'iu'),
    MAY_CONTEXT: new RegExp(`\\b(?:${alternation(lists['may-month-context'])})[\\s-]*$`, 'i'),
    COUNT_NOUNS: new Set(lists['count-nouns']),
    FUTURE: new RegExp(`\\b(?:${lists['future-cues'].map(cue).join('|')})\\b|(?:${lists['future-clitics'].map(cue).join('|')})\\b`, 'giu'),
    PAST: new RegExp(`\\b(?:${alternation(lists['past-cues'])}|\\w{3,}ed)\\b`, 'giu'),
    CLOCK_HEDGE_RE: `(?:${alternation(lists['clock-hedges'])})`,
    PART_OF_DAY_CONTEXT: new RegExp(`\\b(?:${alternation(lists['part-of-day-prepositions'])})\\s+$`, 'i'),
    NUMBER_LABEL: new RegExp(`[$£€#№]\\s*$|\\b(?:${alternation(lists['number-labels'])})\\.?\\s*$`),
    COUNT_HEDGE: new RegExp(`\\b(?:${alternation(lists['count-hedges'])})\\s*$`, 'i'),
    COUNT_HEDGE_NON_NOUNS: new Set(lists['count-hedge-non-nouns']),
    MONTH_SENTENCE_OPENER: new RegExp(`\\b(?:${alternation(lists['month-sentence-openers'])})\\s+$`),
    SPAN_BEFORE: new RegExp(`\\b(?:${alternation(lists['span-prepositions'])})\\s+$`, 'i'),
    DURATION_BEFORE: new RegExp(`\\b(?:${alternation(lists['duration-verbs'])})\\s+$`, 'i'),
    REFERENCE_RE: `(?:${Object.keys(lists['reference-phrases']).map((p) => (lists['reference-phrases-after-at'].includes(p) ? `(?<=\\bat${SPACE})(?:${phrases([p])})` : phrases([p]))).join('|')})`,
    REFERENCES: lists['reference-phrases'],
    SET_UNIT_RE: `(?:${phrases([...lists['set-units'], ...FULL_MONTHS, ...Object.keys(WEEKDAYS)])})`,
    NOON_RE: `(?:${phrases(Object.keys(lists['noon-words']))})`,
    NOON_HOURS: lists['noon-words'],
    DIRECTIONS: lists['directions'] as Readonly<Record<string, -1 | 0 | 1>>,
    DEICTIC_DAY_RE: `(?:${phrases(Object.keys(lists['deictic-days']))})`,
    DEICTIC_DAYS: lists['deictic-days'],
    NOW_ADJECTIVE: new RegExp(`^\\s*[-–]?\\s*(?:${alternation(lists['now-adjectives'])})`, 'i'),
    PAST_AMOUNT: new RegExp(`^\\s+(?:\\d|${alternation(lists['past-amount-words'])})`, 'i'),
    TENS: new RegExp(`^(?:${TENS})$`),
    LIST_FRAGMENTS: Object.fromEntries(Object.entries(LIST_FRAGMENTS).map(([key, list]) => [key, `(?:${phrases(lists[list])})`])),
    PRESENT_PARTICIPLE_FORMS: new RegExp(`\\b(?:${alternation(lists['present-auxiliaries'])})\\s+(?:(?:${alternation(lists['auxiliary-fillers'])})\\s+)*\\w+\\b`, 'giu'),
  };
}


export function monthNumber(word: string, time: TimeWords): number | undefined {
  return time.MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export function unitOf(word: string, time: TimeWords): Unit | undefined {
  return time.UNIT_WORDS[word.toLowerCase().replace(/s$/, '')];
}

/** "three" → 3, "twenty-five" → 25, "2" → 2; undefined for vague words. */
export function numberValue(word: string, time: TimeWords): number | undefined {
  const { NUMBER_WORDS } = time;
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && time.TENS.test(compound[1]!) && compound[2]! in NUMBER_WORDS) {
    return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  }
  return undefined;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** How far from the article's year a year with only weak evidence may lie. */
export const WEAK_YEAR_SPAN = 60;
