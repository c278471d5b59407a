import { numberValue, unitOf, isCapitalised, type Unit } from './lexicon.ts';
import { rule, type Rule } from './rule.ts';
import { duration, durationValue } from './rules-relative.ts';
import { absolute, type TimeSpec } from './spec.ts';
import { pad } from './calendar.ts';

// Durations, ages, sets (recurring times) and vague references (now, recently, the future).

/** "one and a half years" → P1Y6M; other halves become an unknown amount. */
function halfMore(n: number, unit: Unit): string {
  if (unit === 'year') return `P${n}Y6M`;
  if (unit === 'hour') return `PT${n}H30M`;
  if (unit === 'minute') return `PT${n}M30S`;
  if (unit === 'day') return `P${n}DT12H`;
  return durationValue('X', unit);
}

export const AMOUNT_RULES: Rule[] = [
  rule('duration', '{B}(?:(?:the{S}|{DEMONSTRATIVE}{S})?{DURATIONMODIFIER}{S}|{DEMONSTRATIVE}{S}|{APPROX}{S})?({RANGE}|{VAGUE})[\\s-](?:({DURATIONEXTRA}){S})?({UNIT})(?:({S}and{S}a{S}half)|[\\s-]long)?{E}', (m, text, time) => {
    const unit = unitOf(m[3]!, time);
    if (!unit) return null;
    if (/[$£€]/.test(text.slice(Math.max(0, m.index - 1), m.index))) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/^[\s-]old\b/.test(after)) return null; // the age rule's job
    if (unit === 'quarter' && /^\s+of\b/.test(after)) return null; // "three quarters of the states" is a fraction
    // "23 hours a week" is a rate: the "a week" belongs to the amount before it.
    if (/^an?$/i.test(m[1]!) && /(?:\d|hours?|days?|times|minutes?)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const n = numberValue(m[1]!, time);
    if (n !== undefined && m[4]) return absolute(halfMore(n, unit), 'DURATION', 'duration');
    return duration(n ?? 'X', unit);
  }),
  rule('and-a-half', '{B}(?:{APPROX}{S})?(?:an?|one){S}({ANDAHALFUNIT})(?:{S}and{S}a{S}half)?{E}', (m, _text, time) =>
    absolute(/half/i.test(m[0]) ? halfMore(1, unitOf(m[1]!, time)!) : durationValue(1, unitOf(m[1]!, time)!), 'DURATION', 'duration')),
  rule('half-unit', '{B}half{S}(?:an?{S})?({HALFOFUNIT}){E}', (m, _text, time) => {
    const unit = unitOf(m[1]!, time)!;
    return unit === 'hour' ? absolute('PT30M', 'DURATION', 'duration') : unit === 'day' ? absolute('PT12H', 'DURATION', 'duration')
      : unit === 'year' ? absolute('P6M', 'DURATION', 'duration') : duration(0.5, unit);
  }),
  rule('age', '{B}(?:{AGECUE}{S}({RANGE})|({RANGE}){S}years?{S}old){E}', (m, _text, time) => {
    const n = numberValue(m[1] ?? m[2]!, time);
    return absolute(n === undefined ? 'PXY' : `P${n}Y`, 'DURATION', 'duration');
  }),
  rule('vague-plural', '{B}(?:({VAGUEMODIFIER}){S})?({PLURALUNIT})(?<=s){E}', (m, text, time) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const modifier = m[1]?.toLowerCase();
    if (modifier === 'the' && !time.SPAN_BEFORE.test(before)) return null; // "over the years"
    if (!modifier && !time.DURATION_BEFORE.test(before)) return null;
    return duration('X', unitOf(m[2]!.replace(/ies$/, 'y'), time)!);
  }),
  rule('set-every', '{B}{SETQUANTIFIER}(?:{S}(other))?(?:{S}({NUM}))?{S}({SETUNIT})s?{E}', (m, _text, time) => {
    const { WEEKDAYS, MONTHS, PART_OF_DAY } = time;
    const word = m[3]!;
    const lower = word.toLowerCase();
    if (WEEKDAYS[lower] && isCapitalised(word)) return absolute(`XXXX-WXX-${WEEKDAYS[lower]}`, 'SET', 'set');
    if (MONTHS[lower] && isCapitalised(word)) return absolute(`XXXX-${pad(MONTHS[lower]!)}`, 'SET', 'set');
    if (PART_OF_DAY[lower]) return absolute(`XXXX-XX-XXT${PART_OF_DAY[lower]}`, 'SET', 'set');
    const unit = unitOf(lower, time);
    if (!unit) return null;
    const n = (m[2] ? numberValue(m[2], time) ?? 1 : 1) * (m[1] ? 2 : 1);
    return absolute(durationValue(n, unit), 'SET', 'set');
  }),
  rule('set-times', '{B}(?:{FREQUENCY}|(?:{NUM}){S}times){S}{RATEWORD}(?:{S}({NUM}))?{S}({RATEUNIT})s?{E}', (m, _text, time) =>
    absolute(durationValue(m[1] ? numberValue(m[1], time) ?? 1 : 1, unitOf(m[2]!, time)!), 'SET', 'set')),
  rule('set-weekdays', '{B}(weekdays|weekends){E}', (m) => absolute(/weekdays/i.test(m[1]!) ? 'XXXX-WXX-WD' : 'XXXX-WXX-WE', 'SET', 'set')),
  rule('set-adverb', '{B}({SETADVERB}){E}', (m, text, time) => {
    // "The Daily Telegraph", "Weekly Standard": a capitalised adverb before a capitalised word is a name.
    if (isCapitalised(m[1]!) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    if (/everyday/i.test(m[1]!) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // "everyday life"
    return absolute(time.SET_ADVERBS[m[1]!.toLowerCase()]!, 'SET', 'set');
  }),
  rule('reference', '{B}({REFERENCE}){E}', (m, text, time): TimeSpec | null => {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (key === 'now' && time.NOW_ADJECTIVE.test(after)) return null; // "the now-defunct"
    if (key === 'the past' && time.PAST_AMOUNT.test(after)) return null;
    return absolute(time.REFERENCES[key]!, 'DATE', 'reference');
  }),
];
