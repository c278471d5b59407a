import { rule, type Rule } from './rule.ts';
import type { TimeSpec } from './spec.ts';

// Clock times and parts of the day. Their date comes from the sentence or the last day mentioned (see resolve.ts).

/** A time zone after a clock time: "GMT", "EST", "(CET)", "local time". Also read by year-evidence.ts ("1130 GMT" is no year). */
export const TIME_ZONE = 'local\\s+time|[A-Z]{2,4}T|UTC|GMT|\\([A-Z]{2,5}\\)';
const ZONE = `(?:{S}(${TIME_ZONE}))`;
/** Rules match case-insensitively; a zone abbreviation must really be upper case ("2020 Unit" is not a time). */
const EXACT_ZONE = new RegExp(`^(?:${TIME_ZONE})$`);
const zoneOk = (zone: string | undefined) => zone === undefined || EXACT_ZONE.test(zone);

function clock(hour: number, minute: number, second?: number): TimeSpec | null {
  if (hour > 24 || minute > 59) return null;
  return { kind: 'clock', hour, minute, ...(second !== undefined ? { second } : {}) };
}

export const CLOCK_RULES: Rule[] = [
  rule('clock', `{B}(?:{CLOCKHEDGE}{S})?(\\d{1,2})(?:[:.](\\d{2}))?{S}?(a\\.?m\\b\\.?|p\\.?m\\b\\.?|o'clock)${ZONE}?`, (m) => {
    if (!zoneOk(m[4])) return null;
    let hour = Number(m[1]);
    if (hour > 12) return null;
    if (/^p/i.test(m[3]!) && hour < 12) hour += 12;
    if (/^a/i.test(m[3]!) && hour === 12) hour = 0;
    return clock(hour, m[2] ? Number(m[2]) : 0);
  }),
  rule('clock-24h', `{B}(?:{CLOCKHEDGE}{S})?([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?(?:${ZONE}|{S}hours)?{E}`, (m) =>
    zoneOk(m[4]) ? clock(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined) : null),
  // "1800 UTC", "2053 Wednesday night": four digits are a clock time only with a zone or a day beside them.
  rule('clock-military', `{B}([01]\\d|2[0-3])([0-5]\\d)(?:${ZONE}|{S}hours|(?={S}{WEEKDAY}))`, (m) =>
    zoneOk(m[3]) ? clock(Number(m[1]), Number(m[2])) : null),
  rule('noon', '{B}({NOON}){E}', (m, _text, time) => clock(time.NOON_HOURS[m[1]!.toLowerCase()]!, 0)),
  rule('part-of-day', '{B}(?:the{S})?({PARTOFDAYWORD})(s)?(?:{S}hours)?{E}', (m, text, time): TimeSpec | null => {
    const part = time.PART_OF_DAY[m[1]!.toLowerCase()]!;
    const bare = !/^the/i.test(m[0]);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // Without "the", only a sentence-initial "Morning" or "in the …" context says this is a time.
    if (bare && !/^\s*$|[.!?]\s*$/.test(before)) return null;
    if (/^the/i.test(m[0]) && !time.PART_OF_DAY_CONTEXT.test(before)) return null;
    if (m[2]) return { kind: 'absolute', value: `XXXX-XX-XXT${part}`, type: 'SET', precision: 'set' };
    return { kind: 'partial', part };
  }),
];
