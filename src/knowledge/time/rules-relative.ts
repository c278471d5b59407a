import { isCapitalised, numberValue, unitOf, type TimeWords, type Unit } from './lexicon.ts';
import { rule, type Rule } from './rule.ts';
import { absolute, type PartialSpec, type TimeSpec } from './spec.ts';

// Expressions whose value depends on an anchor: the publication date (deictic) or the last date mentioned (anaphoric).

const partOf = (word: string | undefined, time: TimeWords) => (word ? time.PART_OF_DAY[word.toLowerCase()] : undefined);

function weekdaySpec(word: string, modifier: string | undefined, part: string | undefined, time: TimeWords): TimeSpec | null {
  if (!isCapitalised(word)) return null;
  const spec: PartialSpec = { kind: 'partial', weekday: time.WEEKDAYS[word.toLowerCase()]! };
  const direction = modifier ? time.DIRECTIONS[modifier.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  if (direction !== undefined) spec.direction = direction;
  const code = partOf(part, time);
  if (code) spec.part = code;
  return spec;
}

export const RELATIVE_RULES: Rule[] = [
  rule('today', '{B}({DEICTICDAY})(?:{S}({PART}))?{E}', (m, _text, time) => {
    const word = m[1]!.toLowerCase();
    const offset = time.DEICTIC_DAYS[word]!;
    const part = word === 'tonight' ? 'NI' : partOf(m[2], time);
    return { kind: 'deictic', unit: 'day', offset, ...(part ? { part } : {}) };
  }),
  rule('day-before-yesterday', '{B}the{S}day{S}(before{S}yesterday|after{S}tomorrow){E}', (m) =>
    ({ kind: 'deictic', unit: 'day', offset: /before/i.test(m[1]!) ? -2 : 2 })),
  rule('this-part-of-day', '{B}(this|last|that)[\\s-]({PART}){E}', (m, _text, time) => {
    const which = m[1]!.toLowerCase();
    const part = partOf(m[2], time)!;
    if (which === 'that') return { kind: 'anaphoric', unit: 'day', offset: 0, part };
    return { kind: 'deictic', unit: 'day', offset: which === 'last' && part === 'NI' ? -1 : 0, part };
  }),
  rule('weekday', '{B}(?:({WEEKDAYMODIFIER}){S})?({WEEKDAY})(?:{S}({PART}))?{E}', (m, _text, time) =>
    weekdaySpec(m[2]!, m[1], m[3], time)),
  rule('deictic-unit', '{B}(?:(the){S})?({DEICTICMODIFIER})[\\s-]({DEICTICUNIT}){E}', (m, _text, time): TimeSpec | null => {
    const the = Boolean(m[1]);
    const modifier = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = unitOf(m[3]!, time)!;
    if (modifier === 'same' || modifier === 'previous' || modifier === 'following') {
      return { kind: 'anaphoric', unit, offset: modifier === 'same' ? 0 : modifier === 'previous' ? -1 : 1 };
    }
    // "the past year" / "the last decade" / "the next month": a stretch of time, not a calendar position.
    if (unit === 'day') return null; // "the next day" is anaphoric, another rule's job
    if (the && (modifier === 'past' || modifier === 'last' || modifier === 'next' || modifier === 'coming')) return duration(1, unit);
    return { kind: 'deictic', unit, offset: time.DIRECTIONS[modifier]! };
  }),
  rule('that-unit', '{B}that{S}({THATUNIT}){E}', (m, _text, time) => ({ kind: 'anaphoric', unit: unitOf(m[1]!, time)!, offset: 0 })),
  rule('the-next-day', '{B}the{S}(next|following|previous|prior)[\\s-]({NEXTDAYPART}){E}', (m, _text, time) => {
    const part = partOf(m[2], time);
    return { kind: 'anaphoric', unit: 'day', offset: /next|following/i.test(m[1]!) ? 1 : -1, ...(part ? { part } : {}) };
  }),
  rule('ago', '{B}(?:{APPROX}{S})?({RANGE}|{VAGUE}){S}(?:more{S})?({UNIT}){S}(ago|back|earlier|later|before|after|prior|from{S}now|hence)(?=[\\s,.;:)]|$)', (m, text, time) => {
    const unit = unitOf(m[2]!, time);
    if (!unit) return null;
    const word = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "two days after the attack": the duration is the expression, the anchor is an event.
    if (/^(?:before|after|prior)$/.test(word) && !/^\s*[,.;:)]|^$/.test(after)) return null;
    const n = numberValue(m[1]!, time);
    const sign = /ago|back|earlier|before|prior/.test(word) ? -1 : 1;
    const deictic = word === 'ago' || word === 'back' || word === 'from now' || word === 'hence';
    if (deictic) return n === undefined ? absolute(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'DATE', 'reference') : { kind: 'deictic', unit, offset: sign * n };
    // "some months later", "an hour later": newswire gold marks only the duration, so leave it to the duration rule.
    if (n === undefined || unit === 'second' || unit === 'minute' || unit === 'hour') return null;
    return { kind: 'anaphoric', unit, offset: sign * n };
  }),
  rule('day-before', '{B}the{S}day{S}(before|after)(?=\\s*[,.;:)]|$)', (m) => ({ kind: 'anaphoric', unit: 'day', offset: /before/i.test(m[1]!) ? -1 : 1 })),
  rule('season', '{B}({SEASONMODIFIER})[\\s-]({SEASON}){E}', (m, _text, time) => {
    const spec: PartialSpec = { kind: 'partial', season: time.SEASONS[m[2]!.toLowerCase()]! };
    const direction = time.DIRECTIONS[m[1]!.toLowerCase()];
    if (direction !== undefined) spec.direction = direction;
    return spec;
  }),
];

const UNIT_CODE: Record<Unit, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', half: 'H', year: 'Y', decade: 'DE', century: 'CE',
};

/** P3M, PT2H, P10Y …; X for an unknown amount. Decades and centuries are written in years, as newswire gold does. */
export function durationValue(n: number | 'X', unit: Unit): string {
  if (unit === 'decade') return n === 'X' ? 'PXDE' : `P${n * 10}Y`;
  if (unit === 'century') return n === 'X' ? 'PXCE' : `P${n * 100}Y`;
  if (unit === 'quarter') return n === 'X' ? 'PXQ' : `P${n * 3}M`;
  if (unit === 'weekend') return `P${n}WE`;
  const code = UNIT_CODE[unit];
  if (n !== 'X' && !Number.isInteger(n)) {
    // "half an hour" → PT30M, "one and a half years" is rare enough to write as P1.5Y.
    if (unit === 'hour') return `PT${Math.round(n * 60)}M`;
    if (unit === 'day') return `PT${Math.round(n * 24)}H`;
  }
  return code.startsWith('T') ? `PT${n}${code.slice(1)}` : `P${n}${code}`;
}

export function duration(n: number | 'X', unit: Unit): TimeSpec {
  return absolute(durationValue(n, unit), 'DURATION', 'duration');
}
