import { MONTHS, numberValue, PART_OF_DAY, unitOf, WEEKDAYS, isCapitalised } from './lexicon.ts';
import { rule, type Rule } from './rule.ts';
import { duration, durationValue } from './rules-relative.ts';
import { absolute, type TimeSpec } from './spec.ts';
import { pad } from './calendar.ts';

// Durations, sets (recurring times), vague references (now, recently, the future) and clock times.

const SET_ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', biennially: 'P2Y',
};

const REFERENCES: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'right now': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF', 'for now': 'PRESENT_REF', 'so far': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', 'long ago': 'PAST_REF', formerly: 'PAST_REF', previously: 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the coming': 'FUTURE_REF', soon: 'FUTURE_REF', 'the foreseeable future': 'FUTURE_REF',
};

export const AMOUNT_RULES: Rule[] = [
  rule('duration', '{B}(?:the{S}(?:past|last|next|first|coming|previous|final|following|other){S}|(?:nearly|almost|about|around|over|some|roughly|at{S}least){S})?({NUM}|{VAGUE})[\\s-](?:(?:and{S}a{S}half|more|further|additional|full|straight|consecutive|long){S})?({UNIT})(?:[\\s-]long)?{E}', (m, text) => {
    const unit = unitOf(m[2]!);
    if (!unit) return null;
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[$£€]/.test(before)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/^-old|^\s+old\b/.test(after)) return null; // ages are not time expressions in newswire gold
    const n = numberValue(m[1]!);
    if (n === undefined && !/^(?:several|a few|few|many|some|numerous|multiple|dozens of|hundreds of|thousands of)$/i.test(m[1]!.replace(/\s+/g, ' '))) return null;
    return duration(n ?? 'X', unit);
  }),
  rule('half-unit', '{B}half{S}(?:an?{S})?(hour|day|year|decade|century){E}', (m) => {
    const unit = unitOf(m[1]!)!;
    return unit === 'hour' ? absolute('PT30M', 'DURATION', 'duration') : unit === 'day' ? absolute('PT12H', 'DURATION', 'duration')
      : unit === 'year' ? absolute('P6M', 'DURATION', 'duration') : duration(0.5, unit);
  }),
  rule('vague-plural', '{B}(?:(recent|coming|past|many|several|the{S}past|the{S}last|the{S}coming|the{S}next){S})?(years|months|weeks|decades|days|hours|minutes|centuries)(?<=s){E}', (m, text) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!m[1] && !/\b(?:for|over|spent|spend|spending|within|took|take|takes|lasted|last|after|in)\s+$/i.test(before)) return null;
    if (!m[1] && /\bin\s+$/i.test(before)) return null; // "in years" is rare; "in recent years" has a modifier
    return duration('X', unitOf(m[2]!.replace(/ies$/, 'y'))!);
  }),
  rule('set-every', '{B}(?:every|each)(?:{S}(other))?(?:{S}({NUM}))?{S}(second|minute|hour|day|week|weekend|month|quarter|year|decade|morning|evening|night|afternoon|summer|winter|spring|autumn|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?{E}', (m, text) => {
    const word = m[3]!;
    const lower = word.toLowerCase();
    if (WEEKDAYS[lower] && isCapitalised(word)) return absolute(`XXXX-WXX-${WEEKDAYS[lower]}`, 'SET', 'set');
    if (MONTHS[lower] && isCapitalised(word)) return absolute(`XXXX-${pad(MONTHS[lower]!)}`, 'SET', 'set');
    if (PART_OF_DAY[lower]) return absolute(`TXX${PART_OF_DAY[lower]}`, 'SET', 'set');
    const unit = unitOf(lower);
    if (!unit) return null;
    const n = (m[2] ? numberValue(m[2]) ?? 1 : 1) * (m[1] ? 2 : 1);
    return absolute(durationValue(n, unit), 'SET', 'set');
  }),
  rule('set-times', '{B}(?:once|twice|thrice|(?:{NUM}){S}times){S}(?:a|an|per|each|every){S}(hour|day|week|month|year|decade)s?{E}', (m) =>
    absolute(durationValue(1, unitOf(m[1]!)!), 'SET', 'set')),
  rule('set-adverb', '{B}(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|biennially){E}', (m) =>
    absolute(SET_ADVERBS[m[1]!.toLowerCase()]!, 'SET', 'set')),
  rule('reference', '{B}(right{S}now|now|currently|at{S}present|presently|nowadays|these{S}days|at{S}the{S}moment|recently|the{S}past|long{S}ago|formerly|previously|the{S}(?:near{S}|foreseeable{S})?future|soon){E}', (m, text): TimeSpec | null => {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (key === 'now' && /^\s*[-–]?\s*(?:defunct|former|closed)/i.test(after)) return null;
    return absolute(REFERENCES[key]!, 'DATE', 'reference');
  }),
  rule('clock', '{B}(\\d{1,2})(?:[:.](\\d{2}))?{S}?(a\\.?m\\.?|p\\.?m\\.?|o\'clock)(?:{S}(?:local{S}time|[A-Z]{2,4}T|UTC|GMT|\\([A-Z]{2,5}\\)))?', (m) => {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (hour > 12 || minute > 59) return null;
    if (/^p/i.test(m[3]!) && hour < 12) hour += 12;
    if (/^a/i.test(m[3]!) && hour === 12) hour = 0;
    return { kind: 'clock', hour, minute };
  }),
  rule('clock-24h', '{B}([01]?\\d|2[0-3]):([0-5]\\d)(?:{S}(?:local{S}time|[A-Z]{2,4}T|UTC|GMT|hours))?{E}', (m) => ({ kind: 'clock', hour: Number(m[1]), minute: Number(m[2]) })),
  rule('noon', '{B}(noon|midday|midnight){E}', (m) => ({ kind: 'clock', hour: /midnight/i.test(m[1]!) ? 24 : 12, minute: 0 })),
];
